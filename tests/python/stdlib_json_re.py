# json (dumps/loads options and errors) and re (search, groups, sub, split, flags, errors)
import json
import re

data = {"name": "Ada", "tags": ["x", "y"], "score": 9.5, "ok": True, "none": None, "n": 10**20}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(["é", "😀", "\n"]), json.dumps(["é"], ensure_ascii=False), json.dumps({1: 2, None: 3}))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps(float("inf")), json.dumps(set(), default=sorted))
back = json.loads(text)
print(back == data, json.loads('[1, 2.0, "\\u00e9", {"a": null}]'), json.loads("  -3e2 "))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads("1.5", parse_float=str))
for bad in ("", "[1,", '{"a" 1}', "[1] x", '"abc', "{'a': 1}"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, (e.pos, e.lineno, e.colno))
for obj in (object(), {(1, 2): 3}):
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)

m = re.search(r"(?P<word>\w+)@(\w+)\.com", "mail ada@example.com now")
print(m, m.group(), m.group("word"), m.groups(), m.span(2), m.groupdict(), m.lastindex)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"))
print([mm.span() for mm in re.finditer(r"o", "foo boo")])
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda mm: str(int(mm.group()) * 2), "a1b2"))
print(re.subn("a", "-", "banana"), re.split(r"[,;]\s*", "a, b;c"), re.split(r"(-)", "1-2-3", maxsplit=1))
print(re.match(r"abc", "ABC", re.IGNORECASE), re.match(r"abc", "xabc"), re.fullmatch(r"\d{3}", "123"))
print(re.findall(r"^\w", "one\ntwo\nthree", re.M), re.findall(r".", "a\nb", re.S))
print(re.compile(r"\s+").split("  lots   of space "), re.escape("1+1=2?"))
pat = re.compile(r"""
    (\d{4})   # year
    -(\d{2})  # month
""", re.VERBOSE)
print(pat.match("2024-05").groups(), pat.groups, pat.flags & re.VERBOSE != 0)
print(repr(re.I), re.I | re.M, re.compile("x", re.I))
for bad in ("(", "a**", "[z-a]", r"\q"):
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
