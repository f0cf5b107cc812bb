"""Helpers the entity derivation scripts share (derive-entity-heads.py, derive-class-nouns.py)."""
import collections
import glob
import os
import re


def gold_files(spec):
    """The NAME.gold.json files of a directory given as PATH or PATH:even (even file numbers)."""
    path, _, part = spec.partition(":")
    for f in sorted(glob.glob(os.path.join(path, "*.gold.json"))):
        digits = re.sub(r"\D", "", os.path.basename(f).split(".")[0])
        if part == "even" and (not digits or int(digits) % 2):
            continue
        yield f


def rule_sets(rules_path):
    """Lower-cased word → the names of the entity-rules.tsv sets that hold it."""
    sets = collections.defaultdict(set)
    for line in open(rules_path, encoding="utf-8"):
        if "\t" in line and not line.startswith("#"):
            name, words = line.rstrip("\n").split("\t", 1)
            for w in words.split():
                sets[w.lower()].add(name)
    return sets
