# partition, rpartition, strip family
print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=".partition("="), "".partition("x"))
print(repr("  \t padded \n ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print("mississippi".rstrip("ips"), "mississippi".strip("m"))
print(repr("\u00a0nbsp\u2003".strip()))
print("".strip(), repr("   ".strip()))
print("aXbXc".strip(""), "hello".strip(None))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
