#!/usr/bin/env python3
"""Run a spaCy pipeline's entity recogniser over a directory of NAME.txt files.

Usage: spacy-ner.py MODEL INPUT_DIR OUTPUT_DIR [REPEATS]
Writes OUTPUT_DIR/NAME.json ({"entities": [{start, end, type, text}]}, offsets in code
points) and prints {"words", "seconds", "words_per_second"} (best of REPEATS runs) for the `ner` component alone:
texts are tokenized beforehand (make_doc), only `ner` is timed (its own tok2vec included).
Used by scripts/compare-ner; never at Parole's run time.
"""
import json
import os
import sys
import time

import spacy

TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def main(model, src, dst, repeats=3):
    nlp = spacy.load(model)
    ner = nlp.get_pipe("ner")
    names = sorted(f[:-4] for f in os.listdir(src) if f.endswith(".txt"))
    texts = []
    for n in names:
        with open(os.path.join(src, n + ".txt"), encoding="utf-8") as f:
            texts.append(f.read())
    words = sum(len(t.split()) for t in texts)
    os.makedirs(dst, exist_ok=True)
    times = []
    docs = None
    for _ in range(repeats):
        fresh = [nlp.make_doc(t) for t in texts]
        t0 = time.perf_counter()
        docs = list(ner.pipe(fresh, batch_size=64))
        times.append(time.perf_counter() - t0)
    for n, doc in zip(names, docs):
        ents = [{"start": e.start_char, "end": e.end_char, "type": TYPES.get(e.label_, "MISC"), "text": e.text}
                for e in doc.ents]
        with open(os.path.join(dst, n + ".json"), "w", encoding="utf-8") as f:
            json.dump({"entities": ents}, f, ensure_ascii=False)
    best = min(times)
    print(json.dumps({"words": words, "seconds": best, "words_per_second": words / best}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 3)
