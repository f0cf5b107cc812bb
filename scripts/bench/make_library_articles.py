#!/usr/bin/env python3
"""Builds the benchmark corpus of scripts/bench-library: N article files made from real
articles, with varied names and dates.

Usage: make_library_articles.py OUT_DIR N BASE_TEXT...

Each BASE_TEXT is a real article in Parole's text convention (title on line 1, one paragraph
per line): the 60 Wikinews pages of ../shared/corpus (extracted by `parole analyze`) and the dev
texts. Article i is base i mod len(bases), given a distinct title, a dateline with a date between
2010 and 2014, and one more paragraph quoting a speaker drawn from lists of first names, last
names and roles, so that the library has many actors, some of them in many articles (the same
"First Last, role" recurs) and some named by surname only (merged when the role matches). The
draw is deterministic (fixed seed). Prints the number of files written.
"""
import os
import random
import sys

FIRST = ["Marie", "Jean", "Sophie", "Pierre", "Claire", "Nicolas", "Isabelle", "Laurent", "Anne",
         "Olivier", "Julie", "François", "Hélène", "Marc", "Camille", "Thomas", "Nathalie", "Éric",
         "Sylvie", "Dmitri", "Angela", "Mariano", "Ahmed", "Fatima", "Kofi", "Yuki", "Lars", "Ana"]
LAST = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Roux", "Fournier",
        "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
        "Peskov", "Schmidt", "Rossi", "García", "Nakamura", "Okafor", "Haddad", "Johansson",
        "Kowalski", "Petrov", "Silva", "Novak", "Yilmaz", "Chen"]
ROLES = ["porte-parole du gouvernement", "ministre de l'Intérieur", "président de la région",
         "directrice de l'ONG", "porte-parole du Kremlin", "secrétaire général du syndicat",
         "maire de la ville", "ambassadeur de France", "procureur de la République",
         "présidente de l'association"]
QUOTES = ["Nous suivons la situation de très près", "Il faut agir sans attendre",
          "Cette décision est une erreur", "Nous ne céderons pas", "Le dialogue reste ouvert",
          "Les chiffres parlent d'eux-mêmes", "Personne ne pouvait prévoir cela",
          "Nous attendons des réponses claires"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def main():
    out_dir, count, bases = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    texts = []
    for path in bases:
        with open(path, encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip()]
        if len(lines) >= 2:
            texts.append(lines)
    rng = random.Random(20121)
    people = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(ROLES)) for _ in range(400)]
    os.makedirs(out_dir, exist_ok=True)
    for i in range(count):
        lines = texts[i % len(texts)]
        first, last, role = people[int(rng.paretovariate(1.2)) % len(people)]
        year, month, day = rng.randint(2010, 2014), rng.randint(1, 12), rng.randint(1, 28)
        title = f"{lines[0]} ({i + 1})"
        body = [l for l in lines[1:]]
        dateline = f"{day} {MONTHS[month - 1]} {year}. - "
        body[0] = dateline + body[0]
        name = f"{first} {last}" if rng.random() < 0.7 else f"M. {last}"
        body.append(f"« {rng.choice(QUOTES)} », a déclaré {name}, {role}.")
        body.append(f"{first} {last}, {role}, a ajouté que « {rng.choice(QUOTES).lower()} ».")
        with open(os.path.join(out_dir, f"a{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join([title] + body) + "\n")
    print(count)


if __name__ == "__main__":
    main()
