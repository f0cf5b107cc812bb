#!/usr/bin/env python3
"""Entity errors of a prediction directory, as counts by category only (no article, no name).

  scripts/ner-error-counts.py GOLD_DIR PRED_DIR [SCORE_PY]

GOLD_DIR holds NAME.txt and NAME.gold.json (score.py's format), PRED_DIR NAME.json (the analysis
JSON). Gold spans are placed in the text as score.py places them (its `align`). Each gold name and
each predicted name that is not an exact match (span and type) falls in one category:
  "X missed"                 no predicted name overlaps a gold X
  "X with a wrong boundary"  a predicted X overlaps it with another span
  "X typed Y"                the same span, another type
  "X typed Y, wrong boundary" an overlapping name of another type and span
  "spurious X"               a predicted X overlapping no gold name
Meant for the held-out half, where errors are looked at only in aggregate.
"""
import collections
import importlib.util
import json
import os
import sys


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    score_py = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py")
    spec = importlib.util.spec_from_file_location("score", score_py)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    counts = collections.Counter()
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        stem = name[: -len(".gold.json")]
        with open(os.path.join(gold_dir, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)
        pred_path = os.path.join(pred_dir, stem + ".json")
        pred = {"entities": []}
        if os.path.exists(pred_path):
            with open(pred_path, encoding="utf-8") as f:
                pred = json.load(f)
        g = {(e["start"], e["end"], e["type"]) for e in score.align(text, gold.get("entities", []))}
        p = {(e["start"], e["end"], e["type"]) for e in pred.get("entities", [])}
        exact = g & p
        overlaps = lambda a, b: a[0] < b[1] and b[0] < a[1]
        for e in sorted(g - exact):
            near = [q for q in p - exact if overlaps(e, q)]
            if not near:
                counts[f"{e[2]} missed"] += 1
            elif any(q[2] == e[2] for q in near):
                counts[f"{e[2]} with a wrong boundary"] += 1
            elif any(q[:2] == e[:2] for q in near):
                counts[f"{e[2]} typed {[q for q in near if q[:2] == e[:2]][0][2]}"] += 1
            else:
                counts[f"{e[2]} typed {near[0][2]}, wrong boundary"] += 1
        for q in sorted(p - exact):
            if not any(overlaps(q, e) for e in g):
                counts[f"spurious {q[2]}"] += 1
    for category, n in counts.most_common():
        print(f"  {n:4d}  {category}")
    print(f"  {sum(counts.values()):4d}  in all")


if __name__ == "__main__":
    main()
