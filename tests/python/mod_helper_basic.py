"""Helper module for import tests."""
print("mod_helper_basic: executing module body, __name__ =", __name__)
CONSTANT = 42
_private = "hidden"
items = []
def greet(name):
    return f"hello {name} from {__name__}"
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Thing({self.v})"
def add_item(x):
    items.append(x)
    return len(items)
if __name__ == "__main__":
    print("never printed when imported")
