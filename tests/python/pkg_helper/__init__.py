"""pkg_helper package."""
print("pkg_helper/__init__ running as", __name__)
from .util import shout
from . import sub
PKG_CONST = "pkg-const"
__all__ = ["shout", "PKG_CONST"]
