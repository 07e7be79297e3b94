# collections.ChainMap
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm["debug"], len(cm), sorted(cm))
print(cm.get("missing", "dflt"), "color" in cm)
cm["color"] = "blue"
print(cli, defaults)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], len(child.maps))
del cm["color"]
print(cli, cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cm) == {"debug": True, "user": "admin", "color": "red"})
print(ChainMap({"a": 1}, {"a": 2, "b": 3}))
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3})))
