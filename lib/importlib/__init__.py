# pygil's `importlib`: import_module and reload on top of the interpreter's import system.
import sys
import _imp


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(f"the 'package' argument is required to perform a relative import for {name!r}")
        level = len(name) - len(name.lstrip("."))
        name = name[level:]
        parts = package.split(".")
        base = ".".join(parts[:len(parts) - (level - 1)])
        name = f"{base}.{name}" if name else base
    __import__(name)
    return sys.modules[name]


def reload(module):
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    _imp.exec_source(module)
    return module


def invalidate_caches():
    pass
