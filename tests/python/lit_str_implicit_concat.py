# Implicit concatenation of adjacent literals
s = "abc" 'def' """ghi"""
print(s)
x = ("multi "
     "line "
     "concat")
print(x)
print(b"by" b'tes')
name = "pygil"
print("hello " f"{name}" " bye")
print(f"{1}" f"{2}" "3")
print(len("a" "b" "c"))
print(r"\n" "\n" == "\\n\n")
items = ["a" "b", "c"]
print(items)
