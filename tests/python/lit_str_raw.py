# Raw string literals
print(r'\n', R'\t', r"\\", r'\'')
print(len(r'\n'), len('\n'))
print(r'C:\path\to\file')
print(repr(r'a\b'))
print(rb'\x00', Rb'\n', br'\d', BR'x')
print(r'''raw
triple\n''')
print(r"\N{DASH}")
print(r'\u1234', len(r'\u1234'))
print(r'a' 'b\n' r'\c')
