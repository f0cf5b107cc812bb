#!/usr/bin/env python3
"""Writes news-like French articles on a single line, and the same text in paragraphs, to
check that `parole analyze` takes time proportional to a paragraph's length.

Usage: make_long_lines.py OUT_DIR CORPUS_DIR... [--sizes "0.25 0.5 1 2 5"]

The paragraphs (every line but the title) of the `.txt` articles of the CORPUS_DIRs, in name
order, repeated until the size is reached: news text with guillemets, speech verbs and names.
For each size S in MB (bytes of UTF-8), writes
  news-line-SMB.txt   a title, then the paragraphs joined by spaces on one line
  news-para-SMB.txt   the same title and paragraphs, one per line
"""
import os
import sys


def paragraphs(folders):
    out = []
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt") or name.endswith(".gold.txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                lines = f.read().splitlines()[1:]
            out.extend(line.strip() for line in lines if line.strip())
    return out


def main():
    args = sys.argv[1:]
    sizes = ["0.25", "0.5", "1", "2", "5"]
    if "--sizes" in args:
        k = args.index("--sizes")
        sizes = args[k + 1].split()
        del args[k : k + 2]
    out_dir, folders = args[0], args[1:]
    os.makedirs(out_dir, exist_ok=True)
    source = paragraphs(folders)
    if not source:
        sys.exit("make_long_lines.py: no paragraphs in " + " ".join(folders))
    for size in sizes:
        limit = int(float(size) * 1_000_000)
        chosen, total, i = [], 0, 0
        while total < limit:
            p = source[i % len(source)]
            chosen.append(p)
            total += len(p.encode("utf-8")) + 1
            i += 1
        title = "Un article de presse de %s Mo" % size
        with open(os.path.join(out_dir, "news-line-%smb.txt" % size), "w", encoding="utf-8") as f:
            f.write(title + "\n" + " ".join(chosen) + "\n")
        with open(os.path.join(out_dir, "news-para-%smb.txt" % size), "w", encoding="utf-8") as f:
            f.write(title + "\n" + "\n".join(chosen) + "\n")


if __name__ == "__main__":
    main()
