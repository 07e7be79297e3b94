# a directory without __init__.py is a namespace package
import pkg_ns_helper.nsmod
print(pkg_ns_helper.nsmod.NS_VALUE)
from pkg_ns_helper import nsmod
print(nsmod is pkg_ns_helper.nsmod)
print(getattr(pkg_ns_helper, "__file__", None))
print(pkg_ns_helper.__name__)
import sys
print("pkg_ns_helper" in sys.modules, "pkg_ns_helper.nsmod" in sys.modules)
print(type(pkg_ns_helper).__name__, hasattr(pkg_ns_helper, "__path__"))
print(sorted(k for k in vars(nsmod) if not k.startswith("__")))
