#!/usr/bin/env python3
"""What each entity rule contributes on gold sets, from `parole-train ablate-rules` outputs.

  scripts/ner-ablation-table.py SET=GOLD_DIR:ABLATION_DIR [SET=...] [--score SCORE_PY]

ABLATION_DIR holds all/ (the whole pipeline) and without-RULE/ (that rule left out), each with
NAME.json per NAME.gold.json of GOLD_DIR. For every rule and set it prints the rule's share of
entity F1 (F1 with every rule minus F1 without it) and "+a/-b": gold names (exact span and type)
found only with the rule / only without it. Rules that change nothing on any set are listed
together at the end. Counts only: no article, no name.
"""
import json
import os
import sys
import importlib.util


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predicted(pred_dir, names):
    out = {}
    for name in names:
        path = os.path.join(pred_dir, name + ".json")
        with open(path, encoding="utf-8") as f:
            out[name] = {(e["start"], e["end"], e["type"]) for e in json.load(f).get("entities", [])}
    return out


def f1(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv):
    score_py = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py")
    if "--score" in argv:
        k = argv.index("--score")
        score_py = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    score = load_score(score_py)
    sets = []
    for arg in argv:
        label, dirs = arg.split("=", 1)
        gold_dir, ablation_dir = dirs.split(":", 1)
        names = sorted(f[: -len(".gold.json")] for f in os.listdir(gold_dir) if f.endswith(".gold.json"))
        gold = {}
        for name in names:
            with open(os.path.join(gold_dir, name + ".txt"), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(gold_dir, name + ".gold.json"), encoding="utf-8") as f:
                items = json.load(f).get("entities", [])
            gold[name] = {(e["start"], e["end"], e["type"]) for e in score.align(text, items)}
        sets.append((label, names, gold, ablation_dir))
    rules = sorted(
        {d[len("without-"):] for _, _, _, a in sets for d in os.listdir(a) if d.startswith("without-")})
    full = {}
    for label, names, gold, adir in sets:
        pred = predicted(os.path.join(adir, "all"), names)
        tp = sum(len(gold[n] & pred[n]) for n in names)
        npred = sum(len(pred[n]) for n in names)
        ngold = sum(len(gold[n]) for n in names)
        full[label] = (pred, f1(tp, npred, ngold))
    print("rule".ljust(30) + "".join(f"{label:>22}" for label, _, _, _ in sets))
    print("all rules".ljust(30) + "".join(f"{full[label][1]:>22.4f}" for label, _, _, _ in sets))
    quiet = []
    for rule in rules:
        cells, moved = [], False
        for label, names, gold, adir in sets:
            path = os.path.join(adir, "without-" + rule)
            if not os.path.isdir(path):
                cells.append(f"{'-':>22}")
                continue
            pred = predicted(path, names)
            all_pred = full[label][0]
            tp = sum(len(gold[n] & pred[n]) for n in names)
            npred = sum(len(pred[n]) for n in names)
            ngold = sum(len(gold[n]) for n in names)
            gained = sum(len(gold[n] & all_pred[n] - pred[n]) for n in names)
            lost = sum(len(gold[n] & pred[n] - all_pred[n]) for n in names)
            changed = sum(len(all_pred[n] ^ pred[n]) for n in names)
            moved = moved or changed > 0
            share = full[label][1] - f1(tp, npred, ngold)
            cells.append(f"{share:+.4f} +{gained}/-{lost}".rjust(22))
        if moved:
            print(rule.ljust(30) + "".join(cells))
        else:
            quiet.append(rule)
    if quiet:
        print("no change on any set: " + ", ".join(quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
