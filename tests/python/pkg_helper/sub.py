from .util import shout as _shout
from . import util
SUB_VALUE = _shout("sub")
def which():
    return (__name__, __package__, util.helper_name())
