# Error test (syntax walrus attribute).
# The file is compiled before anything runs, so a syntax error means
# empty stdout; stderr holds the SyntaxError report with file, line,
# the offending source line and a caret marker.
def preamble_helper(value):
    return value * 2
preamble_total = preamble_helper(21)
print("never printed, even though it comes first", preamble_total)
class C: pass
c = C()
if (c.attr := 5):
    pass
