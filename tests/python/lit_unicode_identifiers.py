# non-ASCII identifiers
café = "coffee"
π = 3.14159
名前 = "name"
def größe(x):
    return x * 2
class Ünïcode:
    ñ = 1
print(café, π, 名前, größe(21), Ünïcode.ñ, Ünïcode.__name__)
print("café" in dir(), größe.__name__)
ﬁ = "ligature normalizes"
print(fi)
Ｘ = "fullwidth X"
print(X)
print(getattr(Ünïcode, "ñ"), "ñ".isidentifier(), "1ñ".isidentifier())
