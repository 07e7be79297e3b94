# packages and relative imports
import pkg_helper
print(pkg_helper.PKG_CONST, pkg_helper.shout("hi"))
print(pkg_helper.sub.SUB_VALUE, pkg_helper.sub.which())
print(pkg_helper.__name__, pkg_helper.__package__, pkg_helper.__doc__)
print(hasattr(pkg_helper, "__path__"), hasattr(pkg_helper.util, "__path__"))
import pkg_helper.nested.deep
print(pkg_helper.nested.deep.report())
from pkg_helper.nested import deep as d
print(d is pkg_helper.nested.deep)
from pkg_helper import util
print(util.helper_name())
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg_helper")))
import pkg_helper.sub as s
print(s.SUB_VALUE)
