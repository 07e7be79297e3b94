# assert and pass
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("with message:", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print("tuple message:", e.args)
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    pass
print("done", __debug__)
