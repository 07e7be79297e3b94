# Word frequency count: string building, str.split, dict updates and sorting.
# The text is generated deterministically with a small linear congruential
# generator over a fixed syllable table.

SYLLABLES = [
    "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po",
    "an", "el", "in", "or", "us", "qua", "tri", "bel", "dor", "fen",
]
PUNCT = [",", ".", ";", "!", "?"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return (self.state >> 8) % bound


def make_word(rng):
    # skewed length so that short words are much more common
    n = 1 + rng.next(3) * rng.next(2) + rng.next(2)
    parts = []
    for _ in range(n):
        parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
    return "".join(parts)


def make_text(nwords, seed):
    rng = Lcg(seed)
    vocab = [make_word(rng) for _ in range(3000)]
    lines = []
    line = []
    for i in range(nwords):
        # Zipf-like choice: small indices are far more likely
        idx = rng.next(len(vocab)) * rng.next(1000) // 1000
        w = vocab[idx]
        if rng.next(7) == 0:
            w = w.capitalize()
        if rng.next(11) == 0:
            w = w + PUNCT[rng.next(len(PUNCT))]
        line.append(w)
        if len(line) >= 12:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(",.;!?").lower()
        if not word:
            continue
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def main():
    text = make_text(400000, 2024)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(counts.values())
    print(len(text), total, len(counts))
    for word, n in ranked[:5]:
        print(word, n)
    checksum = 0
    for i, (word, n) in enumerate(ranked):
        checksum = (checksum * 131 + n * (i + 1) + len(word)) % 1000000007
    print(checksum)


main()
