#!/usr/bin/env python3
"""Builds a benchmark corpus of French article files from the CC0 Assemblée nationale
sentences (one sentence per line, .xz parts).

Usage: make_articles.py OUT_DIR MIN_WORDS SOURCE.xz...

Sentences are taken in order and grouped into articles shaped like Parole's input: a short
title on line 1, then one paragraph per line (3 to 5 sentences each, 4 to 7 paragraphs per
article). The grouping is deterministic (fixed seed), so every run builds the same corpus.
Stops once MIN_WORDS words (whitespace-separated) are written; prints the totals as
`articles words bytes` on standard output.
"""
import lzma
import os
import random
import sys


def sentences(paths):
    for path in paths:
        with lzma.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    yield line


def main():
    out_dir, min_words, sources = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        if name.endswith(".txt"):
            os.remove(os.path.join(out_dir, name))
    rng = random.Random(20261125)
    stream = sentences(sources)
    articles = words = size = 0
    try:
        while words < min_words:
            title = next(stream)
            while len(title.split()) > 14:
                title = next(stream)
            lines = [title.rstrip(".")]
            for _ in range(rng.randint(4, 7)):
                lines.append(" ".join(next(stream) for _ in range(rng.randint(3, 5))))
            text = "\n".join(lines) + "\n"
            articles += 1
            with open(os.path.join(out_dir, f"an-{articles:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            words += len(text.split())
            size += len(text.encode("utf-8"))
    except StopIteration:
        pass
    if words < min_words:
        sys.exit(f"make_articles: only {words} words available, {min_words} asked")
    print(articles, words, size)


if __name__ == "__main__":
    main()
