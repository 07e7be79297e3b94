from .. import util
from ..sub import SUB_VALUE
from . import NESTED
def report():
    return f"deep: {util.shout('x')} {SUB_VALUE} {NESTED} {__name__} {__package__}"
