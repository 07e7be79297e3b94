# the warnings module writes to stderr
import warnings
print("before")
warnings.warn("careful now")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("user again", UserWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    print(len(caught), caught[0].category.__name__, str(caught[0].message))
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("UserWarning raised:", e)
print("after")
