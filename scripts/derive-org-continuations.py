#!/usr/bin/env python3
"""How organisation names go on after their capitalised head, counted in gold directories.

Two counts over tune-side gold directories (NAME.txt + NAME.gold.json):

1. `inside`: gold ORG names holding a lower-case preposition other than "de" after their first
   word ("Organisation internationale pour les migrations", "Mission d'appui à la sécurité"): by
   preposition, the articles and distinct names, with examples.
2. `after-head`: every capitalised word of the head class (the `institutionHead` set of
   entity-rules.tsv, and with --heads-from-gold every capitalised word that heads a gold ORG name
   of two words or more) followed in its sentence, before any punctuation or verb, by a lower-case
   preposition of the continuation class (the words given with --prepositions): whether the gold
   name that starts at the head runs over the preposition (`in`), stops before it (`out`), or
   there is no gold ORG name there (`none`), by head and preposition, with the words after the
   gold name's end (where a continuation stops: "du canton de Fribourg", "de Lyon").

Usage: scripts/derive-org-continuations.py [--examples 4] [--heads-from-gold]
           [--prepositions "pour à au aux contre sans sur en"] NAME=GOLD_DIR[:even] ...
Reads no held-out file: pass only tune-side directories.
"""
import argparse
import collections
import json
import os
import re

from entity_gold import gold_files, rule_sets

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RULES = os.path.join(ROOT, "Sources/ParoleKit/Resources/fr/entity-rules.tsv")
TOKEN = re.compile(r"\w+['’]|\w+(?:-\w+)*|[^\w\s]")
# words that end the stretch after a head: verbs, relatives and clause words (a name never runs
# over them)
STOP = set("""a ont est sont était sera avait avaient qui que dont où se s' s’ ne n' n’ il elle ils
elles on y lui leur ce c' c’ mais car donc or ou avait aurait serait doit peut va vont fait font
selon lors après avant depuis pendant""".split())
ARTICLE = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux"}


def tokens(text):
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=4)
    ap.add_argument("--heads-from-gold", action="store_true")
    ap.add_argument("--prepositions", default="pour à au aux contre sans sur en dans par avec chez entre")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    preps = set(a.prepositions.split())
    sets = rule_sets(RULES)
    heads = {w for w, s in sets.items() if "institutionHead" in s}
    docs = []  # (dirname, article, text, gold ORG names)
    for spec in a.dirs:
        name, _, path = spec.partition("=")
        for f in gold_files(path):
            txt = f[: -len(".gold.json")] + ".txt"
            if not os.path.exists(txt):
                continue
            gold = json.load(open(f, encoding="utf-8"))
            orgs = [e["text"] for e in gold["entities"] if e["type"] == "ORG"]
            docs.append((name, os.path.basename(txt)[:-4], open(txt, encoding="utf-8").read(), orgs))
    if a.heads_from_gold:
        for _, _, _, orgs in docs:
            for o in orgs:
                t = [w for w, _, _ in tokens(o)]
                if len(t) >= 2 and t[0][:1].isupper() and not t[0].isupper():
                    heads.add(t[0].lower())

    # 1. prepositions inside gold ORG names
    inside = collections.defaultdict(lambda: (set(), set(), []))
    for d, art, _, orgs in docs:
        for o in set(orgs):
            t = [w for w, _, _ in tokens(o)]
            for k in range(1, len(t) - 1):
                if t[k] in preps:
                    arts, names, ex = inside[t[k]]
                    arts.add((d, art))
                    if o not in names:
                        names.add(o)
                        ex.append(f"{d}/{art}: {o}")
    print("# 1. gold ORG names with a preposition inside (preposition, articles, names, examples)")
    for p, (arts, names, ex) in sorted(inside.items(), key=lambda kv: -len(kv[1][0])):
        print(f"{p}\t{len(arts)}\t{len(names)}\t" + " | ".join(ex[: a.examples]))

    # 2. a head, then a preposition of the class: in or out of the gold name
    table = collections.defaultdict(lambda: collections.defaultdict(list))
    for d, art, text, orgs in docs:
        tok = tokens(text)
        for i, (w, s, e) in enumerate(tok):
            if not (w[:1].isupper() and not w.isupper() and w.lower() in heads):
                continue
            # the stretch after the head, up to punctuation or a verb
            k = i + 1
            found = None
            while k < len(tok) and k <= i + 12:
                x = tok[k][0]
                if not re.match(r"\w", x) or x.lower() in STOP and x.islower():
                    break
                if "\n" in text[tok[k - 1][2] : tok[k][1]]:
                    break
                if x in preps:
                    found = k
                    break
                k += 1
            if found is None or found + 1 >= len(tok):
                continue
            nxt = tok[found + 1][0]
            if not re.match(r"\w", nxt):
                continue
            # the longest gold ORG starting at the head (or at a capitalised article before it)
            starts = [s]
            if i > 0 and tok[i - 1][0] in ("La", "Le", "Les", "L'", "L’"):
                starts.append(tok[i - 1][1])
            best = None
            for o in orgs:
                for st in starts:
                    if text.startswith(o, st) and (best is None or st + len(o) > best[1]):
                        best = (st, st + len(o), o)
            prep = tok[found][0]
            if best is None:
                verdict = "none"
            elif best[1] > tok[found][1]:
                verdict = "in"
            else:
                verdict = "out"
            after = text[best[1] : best[1] + 30].replace("\n", "⏎") if best else ""
            shown = best[2] if best else text[s : tok[min(found + 4, len(tok) - 1)][2]].replace("\n", " ")
            table[(w.lower(), prep)][verdict].append((d, art, shown, after))
    print("\n# 2. head + preposition after it: gold name over it (in), before it (out), no gold ORG (none)")
    print("head\tprep\tin\tout\tnone\tarticles(in)\texamples")
    total = collections.Counter()
    byprep = collections.defaultdict(collections.Counter)
    for (h, p), v in sorted(table.items(), key=lambda kv: -sum(len(x) for x in kv[1].values())):
        n = {k: len(v[k]) for k in ("in", "out", "none")}
        total.update(n)
        byprep[p].update(n)
        arts = len({(d, art) for d, art, _, _ in v["in"]})
        ex = []
        for verdict in ("in", "out", "none"):
            for d, art, shown, after in v[verdict][: a.examples]:
                ex.append(f"[{verdict}] {d}/{art}: {shown} ‖ {after}")
        print(f"{h}\t{p}\t{n['in']}\t{n['out']}\t{n['none']}\t{arts}\t" + " | ".join(ex))
    print("\n# by preposition: in / out / none")
    for p, n in sorted(byprep.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{p}\t{n['in']}\t{n['out']}\t{n['none']}")
    print(f"all\t{total['in']}\t{total['out']}\t{total['none']}")


if __name__ == "__main__":
    main()
