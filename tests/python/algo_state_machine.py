# a table-driven state machine parsing a tiny config format
text = """
# comment line
name = demo
count = 3
[section]
key = value with spaces
flag=true
[other]
x = 1
bad line here
"""
def parse(src):
    result = {}
    section = result
    errors = []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = result.setdefault(line[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            errors.append((lineno, raw))
            continue
        value = value.strip()
        if value.isdigit():
            value = int(value)
        elif value in ("true", "false"):
            value = value == "true"
        section[key.strip()] = value
    return result, errors
cfg, errs = parse(text)
print(cfg)
print(errs)
transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
               ("paused", "resume"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
state = "idle"
for event in ["start", "pause", "start", "resume", "stop", "stop"]:
    new = transitions.get((state, event))
    print(f"{state:8} --{event:>6}--> {new or 'INVALID'}")
    state = new or state
