#!/usr/bin/env python3
"""Head and suffix words of ORG and MISC names, counted in gold directories (tune side only).

For every gold name of two words or more, its first word (the head: "Banque", "direction") and its
last word (the suffix: "Limited", "SAS") are counted: in how many articles, under how many distinct
names, in how many of the given directories, and with which types. A word is a candidate for a word
set of entity-rules.tsv when it heads (or ends) names of one type (ORG or MISC, at least SHARE of
its names) in at least MIN_ARTICLES articles, under at least MIN_NAMES distinct names, and the set
does not hold it yet. Words the first-name list or the place lists hold are left out (people and places are the
model's and the gazetteer's).

Usage: scripts/derive-entity-heads.py [--min-articles 3] [--min-names 3] [--share 0.8]
           NAME=GOLD_DIR[:even] ...   (e.g. tune=../shared/corpus/train:even dev=../shared/corpus/dev)
Prints one line per candidate: position, word, type, articles, names, directories, the set it
would join and whether it is already in a set of entity-rules.tsv. Reads no held-out file: pass
only tune-side directories.
"""
import argparse
import collections
import json
import os
import re
import sys

from entity_gold import gold_files, rule_sets

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RULES = os.path.join(ROOT, "Sources/ParoleKit/Resources/fr/entity-rules.tsv")
FIRSTNAMES = os.path.join(ROOT, "Sources/ParoleKit/Resources/fr/firstnames.tsv")
PLACES = [os.path.join(ROOT, "Sources/ParoleKit/Resources/fr", f) for f in ("places.tsv", "cities.txt")]
# the set a head or suffix of each type joins
TARGET = {("first", "ORG"): "institutionHead", ("first", "MISC"): "eventHead",
          ("last", "ORG"): "companySuffix", ("last", "MISC"): "eventSuffix"}
LOWERCASE_TARGET = {"ORG": "lowercaseInstitutionHead"}
# words after which the last word is a complement ("Conseil de sécurité de l'ONU"), no suffix
COMPLEMENT = {"de", "du", "des", "d", "l", "la", "le", "les", "et", "à", "au", "aux", "en"}



def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--min-names", type=int, default=3)
    ap.add_argument("--share", type=float, default=0.8)
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    sets = rule_sets(RULES)
    first_names = set()
    if os.path.exists(FIRSTNAMES):
        for line in open(FIRSTNAMES, encoding="utf-8"):
            first_names.add(line.split("\t")[0].lower())
    places = set()  # a place ending a name is its complement ("Région Occitanie"), no suffix
    for path in PLACES:
        for line in open(path, encoding="utf-8"):
            if not line.startswith("#"):
                places.add(line.split("\t")[0].strip().lower())
    # (position, word) -> type -> set of (article, name)
    seen = collections.defaultdict(lambda: collections.defaultdict(set))
    pools = collections.defaultdict(set)
    lowercase = collections.defaultdict(set)  # articles where the word is written lower-case
    for spec in a.dirs:
        label, _, path = spec.partition("=")
        for f in gold_files(path):
            article = label + ":" + os.path.basename(f).split(".")[0]
            for e in json.load(open(f, encoding="utf-8"))["entities"]:
                words = [w for w in re.split(r"[\s'’]+", e["text"].strip()) if w]
                if len(words) < 2:
                    continue
                for pos, w in (("first", words[0]), ("last", words[-1])):
                    # a suffix is a capitalised word ending the name, not a complement or an
                    # adjective ("Novartis Europharm Limited", not "Banque centrale européenne")
                    if pos == "last" and (words[-2].lower() in COMPLEMENT or not w[:1].isupper()):
                        continue
                    key = (pos, w.lower())
                    seen[key][e["type"]].add((article, e["text"].lower()))
                    pools[key].add(label)
                    if w[:1].islower():
                        lowercase[key].add(article)
    rows = []
    for (pos, w), by_type in seen.items():
        if w in first_names or w in places or re.fullmatch(r"[\d\W]+", w):
            continue
        total = sum(len(v) for v in by_type.values())
        t, hits = max(by_type.items(), key=lambda kv: len(kv[1]))
        if t not in ("ORG", "MISC") or len(hits) < a.share * total:
            continue
        articles = {x for x, _ in hits}
        names = {n for _, n in hits}
        if len(articles) < a.min_articles or len(names) < a.min_names:
            continue
        # a head written lower-case in two articles or more heads lower-case names too
        target = TARGET[(pos, t)]
        if pos == "first" and t in LOWERCASE_TARGET and len(lowercase[(pos, w)]) >= 2:
            target += "," + LOWERCASE_TARGET[t]
        missing = [s for s in target.split(",") if s not in sets[w]]
        rows.append((len(articles), pos, w, t, len(names), sorted(pools[(pos, w)]),
                     ",".join(missing) if missing else "-",
                     "in " + ",".join(sorted(sets[w])) if sets[w] else "new"))
    rows.sort(key=lambda r: (r[1], -r[0], r[2]))
    for n, pos, w, t, names, pl, target, status in rows:
        print(f"{pos}\t{w}\t{t}\tarticles={n}\tnames={names}\tdirs={'+'.join(pl)}\t{target}\t{status}")


if __name__ == "__main__":
    sys.exit(main())
