# textwrap: wrap/fill with the TextWrapper options, shorten with placeholders, dedent, indent
import textwrap
from textwrap import TextWrapper

text = ("The well-known quick brown fox -- a rather long-winded animal -- jumps over the lazy dog. "
        "Then it naps!  Supercalifragilisticexpialidocious words\tand tabs\nand newlines appear too.")
for width in (1, 5, 10, 17, 30, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", 40, expand_tabs=False), textwrap.wrap("a\tb", 40, tabsize=4))
print(textwrap.wrap("x\ny z", 40, replace_whitespace=False))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="    "))
for n in (1, 2, 3):
    print(textwrap.wrap(text, 24, max_lines=n))
print(textwrap.wrap(text, 24, max_lines=2, placeholder="..."))
for w in (10, 15, 20, 40, 200):
    print(repr(textwrap.shorten("Hello   world,  how are\tyou today?", w)))
print(textwrap.shorten("Hello world!", 11, placeholder="~"), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("pre-processing co-operate e-mail x-ray --option a--b", 8))
print(textwrap.wrap("abcdefgh-ijklmnop-qrstuv", 10), textwrap.wrap("----------", 4))
for bad in (lambda: textwrap.wrap("a b", 0), lambda: textwrap.wrap("a b", 3, max_lines=1, placeholder=" [long]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
w = TextWrapper(width=12, initial_indent="> ")
print(w.wrap("one two three four five"), w.width, w.placeholder, w.max_lines)
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n  \n\tb")), repr(textwrap.dedent("  x\n\ty")))
print(repr(textwrap.dedent("no margin\n  here")), repr(textwrap.dedent("   \n    a\n   ")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(repr(textwrap.indent("x\r\ny\n", "--")))
