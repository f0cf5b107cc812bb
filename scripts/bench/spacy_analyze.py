#!/usr/bin/env python3
"""Runs a spaCy pipeline over every .txt article of a directory, on one thread.

Usage: spacy_analyze.py MODEL DIR

Loads MODEL with its full default pipeline, reads the articles in name order and runs
`nlp.pipe` over them (one process), consuming every Doc. Prints one JSON object:
{"model", "articles", "tokens", "load_seconds", "seconds"} where `seconds` covers reading the
files and the pipeline, not loading the model.
"""
import json
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import spacy  # noqa: E402


def texts(directory):
    for name in sorted(os.listdir(directory)):
        if name.endswith(".txt"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                yield f.read()


def main():
    model, directory = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    nlp = spacy.load(model)
    t1 = time.perf_counter()
    articles = tokens = 0
    for doc in nlp.pipe(texts(directory), batch_size=64, n_process=1):
        articles += 1
        tokens += len(doc)
        _ = doc.ents  # the entities are the part Parole also produces
    t2 = time.perf_counter()
    print(json.dumps({"model": model, "pipeline": nlp.pipe_names, "articles": articles, "tokens": tokens,
                      "load_seconds": round(t1 - t0, 3), "seconds": round(t2 - t1, 3)}))


if __name__ == "__main__":
    main()
