# import failures that are caught
try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    from mod_helper_basic import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import pkg_helper.missing_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    from pkg_helper import missing_attr
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import mod_helper_raises
except KeyError as e:
    print("import raised KeyError:", e)
import sys
print("mod_helper_raises" in sys.modules)
try:
    import mod_helper_basic.not_a_package
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
