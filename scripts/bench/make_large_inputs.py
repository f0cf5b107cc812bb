#!/usr/bin/env python3
"""Writes large single articles from the CC0 Assemblée nationale sentences, to check that
`parole analyze` handles big inputs in memory proportional to their size.

Usage: make_large_inputs.py OUT_DIR SOURCE.xz...

Writes (sizes in bytes of UTF-8):
  line-1mb.txt   a title, then one paragraph of about 1 MB on a single line
  file-1mb.txt   a title, then paragraphs of 4 sentences, one per line, about 1 MB
  file-10mb.txt  the same, about 10 MB
  file-50mb.txt  the same, about 50 MB (the sentences repeat once they run out)
"""
import itertools
import lzma
import os
import sys


def sentences(paths):
    out = []
    for path in paths:
        with lzma.open(path, "rt", encoding="utf-8") as f:
            out.extend(line.strip() for line in f if line.strip())
    return out


def write(path, title, paragraphs, size):
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(title + "\n")
        for paragraph in paragraphs:
            line = paragraph + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            if written >= size:
                return


def main():
    out_dir, sources = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    all_sentences = sentences(sources)

    def paragraphs():
        cycle = itertools.cycle(all_sentences)
        while True:
            yield " ".join(next(cycle) for _ in range(4))

    line, size = [], 0
    for s in itertools.cycle(all_sentences):
        line.append(s)
        size += len(s.encode("utf-8")) + 1
        if size >= 1_000_000:
            break
    write(os.path.join(out_dir, "line-1mb.txt"), "Une très longue ligne", [" ".join(line)], 0)
    write(os.path.join(out_dir, "file-1mb.txt"), "Un article de 1 Mo", paragraphs(), 1_000_000)
    write(os.path.join(out_dir, "file-10mb.txt"), "Un article de 10 Mo", paragraphs(), 10_000_000)
    write(os.path.join(out_dir, "file-50mb.txt"), "Un article de 50 Mo", paragraphs(), 50_000_000)


if __name__ == "__main__":
    main()
