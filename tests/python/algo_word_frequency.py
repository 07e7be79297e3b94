# text processing: word frequencies and formatting
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for w, c in top:
    print(f"{w:<{width}} {c:>3} {'#' * c}")
print(len(words), len(freq))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
print(max(words, key=len), min(sorted(set(words)), key=len))
caps = [w for w in text.replace(",", " ").split() if w[0].isupper()]
print(caps)
print(text.count("it was"), text.lower().count("it was"))
lines = text.splitlines()
print([len(l) for l in lines], [l.split()[0] for l in lines])
