# simple ciphers with str methods
import string
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3 % 26))
print(caesar("xyz", 13), caesar(caesar("Round Trip", 13), 13))
def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("Attack at dawn", "lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))
print(string.digits, string.punctuation[:10], len(string.printable), string.hexdigits)
freq = sorted(((enc.lower().count(c), c) for c in set(enc.lower()) if c.isalpha()), reverse=True)[:3]
print(freq)
