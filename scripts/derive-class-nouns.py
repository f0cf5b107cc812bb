#!/usr/bin/env python3
"""Lower-case nouns that name the class of the name next to them, counted in gold directories.

For every capitalised word inside a sentence, the words around it are read in three shapes:

  before   DET NOUN [ADJ] Name         ("le film Skyfall", "la sonde spatiale Juno")
  after    Name , DET [ADJ] NOUN        ("Skyfall, le nouveau film de…": apposition after the name)
  apposed  DET NOUN [lower-case words] , Name   ("le collisionneur de particules, le LHC" is
           not one: the name follows the comma directly, "deux détecteurs, ATLAS et CMS")
  named    NAMING-VERB [«] Name         ("baptisé Télétel", "appelée « PH1 »")
  governing  DET NOUN de|du|des|d' Name ("le lancement de Skyfall", "le naufrage du Storstad",
           "à bord du Titanic": the noun of an action on a thing; fourteenth session)
  subject  Name [ne|s'] VERB             (the word after a one-word name, with an auxiliary's
           participle: "X a coulé", "X sort"; fourteenth session)

and the outcome is the type of the gold name that starts at that word (exact start), or O when no
gold name starts there. A noun is a candidate for a typed class-noun set of entity-rules.tsv when
it is seen in at least MIN_ARTICLES articles and at least SHARE of its outcomes are one type (O
included in the denominator: a noun as often followed by a plain capitalised word is no class
noun). Gold spans come from the gold texts (every occurrence of a gold name's text is marked with
its type, longest first), so counts are approximate where one string is two types in one article.

Usage: scripts/derive-class-nouns.py [--min-articles 3] [--share 0.7]
           [--shape before|after|apposed|named|governing|subject]
           NAME=GOLD_DIR[:even] ...
Prints one line per noun: shape, noun, majority type, share, articles, outcomes by type, the
directories it was seen in, and the entity-rules.tsv sets that already hold it. Pass only
tune-side directories (never the odd train files, the odd probes or a test file).
"""
import argparse
import collections
import json
import os
import re

from entity_gold import gold_files, rule_sets

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RULES = os.path.join(ROOT, "Sources/ParoleKit/Resources/fr/entity-rules.tsv")
DETERMINERS = {"le", "la", "les", "l'", "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "leur",
               "du", "des", "au", "aux", "nouveau", "nouvelle"}
NAMING = {"baptisé", "baptisée", "baptisés", "baptisées", "appelé", "appelée", "appelés", "appelées",
          "nommé", "nommée", "nommés", "nommées", "surnommé", "surnommée", "dénommé", "dénommée",
          "intitulé", "intitulée", "dit", "dite"}
AUXILIARIES = {"a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "sera", "seront",
               "aura", "auront", "fut", "eut", "va", "vont"}
TOKEN = re.compile(r"\w+(?:[-.]\w+)*'?|[«»,;:.!?()\"]", re.UNICODE)



def starts(text, entities):
    """Character offset → type of the gold name starting there (every occurrence of its text)."""
    marks = {}
    covered = [False] * (len(text) + 1)
    for e in sorted(entities, key=lambda e: -len(e["text"])):
        t = e["text"].strip()
        if not t:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if covered[m.start()]:
                continue
            marks[m.start()] = e["type"]
            for k in range(m.start(), m.end()):
                covered[k] = True
    return marks, covered


def is_cap(w):
    return w[:1].isupper()


def is_lower_word(w):
    return w[:1].isalpha() and w[:1].islower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--share", type=float, default=0.7)
    ap.add_argument("--shape", default="")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    sets = rule_sets(RULES)
    # (shape, noun) -> outcome -> set of articles; and occurrence counts
    seen = collections.defaultdict(lambda: collections.defaultdict(set))
    count = collections.defaultdict(collections.Counter)
    dirs = collections.defaultdict(set)
    for spec in a.dirs:
        label, _, path = spec.partition("=")
        for f in gold_files(path):
            article = label + ":" + os.path.basename(f).split(".")[0]
            text = open(f[: -len(".gold.json")] + ".txt", encoding="utf-8").read().replace("’", "'")
            entities = json.load(open(f, encoding="utf-8"))["entities"]
            for e in entities:
                e["text"] = e["text"].replace("’", "'")
            marks, covered = starts(text, entities)
            toks = [(m.group(0), m.start()) for m in TOKEN.finditer(text)]
            words = [t.lower() for t, _ in toks]

            def note(shape, noun, outcome):
                seen[(shape, noun)][outcome].add(article)
                count[(shape, noun)][outcome] += 1
                dirs[(shape, noun)].add(label)

            for i, (w, off) in enumerate(toks):
                j = i
                if w == "«" and i + 1 < len(toks):
                    j = i + 1
                if not is_cap(toks[j][0]) or i == 0:
                    continue
                prev = toks[i - 1][0]
                if prev in ".!?:" or "\n" in text[toks[i - 1][1]: toks[j][1]]:
                    continue  # a sentence or line opening says nothing
                outcome = marks.get(toks[j][1], "O")
                if j == i and covered[off] and outcome == "O":
                    continue  # inside a longer name
                # before: DET NOUN [ADJ] Name
                for back in (1, 2):
                    n = i - back
                    if n - 1 < 0:
                        break
                    noun = words[n]
                    if not is_lower_word(toks[n][0]) or len(noun) < 3:
                        break
                    if words[n - 1] in DETERMINERS or words[n - 1].endswith("'"):
                        if words[n - 1].endswith("'") and words[n - 1] not in ("l'",):
                            break
                        note("before", noun, outcome)
                        break
                # apposed: DET NOUN [up to three lower-case words] , Name
                if words[i - 1] == ",":
                    for back in range(2, 6):
                        n = i - back
                        if n - 1 < 0 or not is_lower_word(toks[n][0]):
                            break
                        if words[n - 1] in DETERMINERS and len(words[n]) >= 3:
                            note("apposed", words[n], outcome)
                            break
                # governing: DET NOUN de|du|des|d'|de la|de l' Name ("le lancement de Skyfall",
                # "le naufrage du Storstad", "à bord du Titanic")
                k = i - 1
                if words[k] in ("la", "l'") and k >= 1 and words[k - 1] == "de":
                    k -= 1
                if words[k] in ("de", "du", "des", "d'") and k >= 2 and is_lower_word(toks[k - 1][0]):
                    noun = words[k - 1]
                    if len(noun) >= 3 and (words[k - 2] in DETERMINERS or words[k - 2] in ("à", "l'")
                                           or words[k - 2].endswith("'")):
                        note("governing", noun, outcome)
                # subject: Name [ne|n'] WORD [WORD] — the verb after a name of one word
                if j == i and i + 1 < len(toks) and not is_cap(toks[i + 1][0]):
                    k = i + 1
                    if words[k] in ("ne", "n'", "s'", "se"):
                        k += 1
                    if k < len(toks) and is_lower_word(toks[k][0]):
                        verb = words[k]
                        if verb in AUXILIARIES and k + 1 < len(toks) and is_lower_word(toks[k + 1][0]):
                            n2 = k + 1
                            if words[n2] in ("été", "pas", "déjà", "aussi", "bien") and n2 + 1 < len(toks) \
                                    and is_lower_word(toks[n2 + 1][0]):
                                n2 += 1
                            verb = verb + " " + words[n2]
                        note("subject", verb, outcome)
                # named: VERB [«] Name
                if words[i - 1] in NAMING:
                    note("named", words[i - 1], outcome)
                # after: Name , DET [ADJ] NOUN  (the name ends at the comma)
                if j == i:
                    k = i + 1
                    while k < len(toks) and (is_cap(toks[k][0]) or toks[k][0][:1].isdigit()):
                        k += 1
                    if k + 2 < len(toks) and toks[k][0] == "," and words[k + 1] in DETERMINERS:
                        for m in (k + 2, k + 3):
                            if m < len(toks) and is_lower_word(toks[m][0]) and len(words[m]) >= 3:
                                if m == k + 3 or words[m] not in ("premier", "première", "nouveau",
                                                                   "nouvelle", "grand", "grande",
                                                                   "petit", "petite", "célèbre"):
                                    note("after", words[m], outcome)
                                    break
    rows = []
    for key, outcomes in seen.items():
        shape, noun = key
        if a.shape and shape != a.shape:
            continue
        arts = set().union(*outcomes.values())
        if len(arts) < a.min_articles:
            continue
        total = sum(count[key].values())
        best, n = max(((t, c) for t, c in count[key].items() if t != "O"), key=lambda x: x[1],
                      default=("O", 0))
        share = n / total
        if share < a.share:
            continue
        rows.append((shape, -share, -len(arts), noun, best, total, count[key], sorted(dirs[key])))
    for shape, share, arts, noun, best, total, c, d in sorted(rows):
        outs = " ".join(f"{t}:{c[t]}" for t in ("PER", "ORG", "LOC", "MISC", "O") if c[t])
        held = ",".join(sorted(sets.get(noun, ()))) or "-"
        print(f"{shape}\t{noun}\t{best}\t{-share:.2f}\t{-arts}\t{outs}\t{'+'.join(d)}\t{held}")


if __name__ == "__main__":
    main()
