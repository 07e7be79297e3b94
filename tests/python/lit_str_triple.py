# Triple quoted strings
s = """first
second
  third"""
print(s)
print(len(s.splitlines()))
t = '''It's "quoted" here'''
print(t)
u = """ends with quote\""""
print(u)
v = """\
no leading newline"""
print(repr(v))
w = '''a
b'''
print(repr(w))
print("""one""" """two""")
print("""'"'"'""")
def f():
    """Docstring of f."""
    return 1
print(f.__doc__)
