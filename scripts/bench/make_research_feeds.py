#!/usr/bin/env python3
"""Writes the feeds of a research library (scripts/make-library): N French articles spread over
the RSS and Atom feeds of a few made-up outlets, each article with its own title, date, web
address and, for most outlets, an id (RSS <guid>, Atom <id>).

Usage: make_research_feeds.py OUT_DIR N BASE_TEXT...

Each BASE_TEXT is a real article in Parole's text convention (title on line 1, one paragraph
per line): the Wikinews pages of ../shared/corpus, the dev texts, the press-tune probes. Article
i is base i mod len(bases) with:
  - a distinct title (the base title and a subject of the day) and a date between 2010 and 2014,
  - a dateline, and one or two more paragraphs quoting a speaker drawn from lists of first
    names, last names and roles (a few speakers recur in hundreds of articles, most in a few),
  - now and then a sentence that several outlets quote on different days ("Nous ne laisserons
    personne sur le bord du chemin"): what a fact-checker looks for, earliest first.
Outlets write their items in different ways: RSS with a permanent guid, RSS with a guid that is
no address, RSS without guid, Atom with an id. A few items carry hostile text (terminal escape
sequences written as character references, bidirectional overrides, a very long title).
The draw is deterministic (fixed seed), so the library is the same at every run. Prints the
number of articles written.
"""
import os
import random
import sys
from xml.sax.saxutils import escape

FIRST = ["Marie", "Jean", "Sophie", "Pierre", "Claire", "Nicolas", "Isabelle", "Laurent", "Anne",
         "Olivier", "Julie", "François", "Hélène", "Marc", "Camille", "Thomas", "Nathalie", "Éric",
         "Sylvie", "Dmitri", "Angela", "Mariano", "Ahmed", "Fatima", "Kofi", "Yuki", "Lars", "Ana",
         "Barack", "Gérard", "Cécile", "Noël", "Zoé", "Jérôme"]
LAST = ["Martin", "Bernard", "Dubois", "Moreau", "Lefèvre", "Roux", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Peskov",
        "Schmidt", "Rossi", "García", "Nakamura", "Okafor", "Haddad", "Johansson", "Kowalski",
        "Petrov", "Silva", "Novak", "Yilmaz", "Chen", "Obama", "Lévêque", "Béranger", "Le Pen",
        "Parent-Massin"]
ROLES = ["porte-parole du gouvernement", "ministre de l'Intérieur", "président de la région",
         "directrice de l'ONG", "porte-parole du Kremlin", "secrétaire général du syndicat",
         "maire de la ville", "ambassadeur de France", "procureur de la République",
         "présidente de l'association", "député de la majorité", "économiste"]
QUOTES = ["Nous suivons la situation de très près", "Il faut agir sans attendre",
          "Cette décision est une erreur", "Nous ne céderons pas", "Le dialogue reste ouvert",
          "Les chiffres parlent d'eux-mêmes", "Personne ne pouvait prévoir cela",
          "Nous attendons des réponses claires", "C'est un jour important pour le pays",
          "La sécurité des habitants passe avant tout"]
# Sentences several outlets quote, each first said by one speaker on one day.
RECURRING = ["Nous ne laisserons personne sur le bord du chemin",
             "L'État tiendra ses engagements jusqu'au bout",
             "Il n'y aura pas d'augmentation d'impôts cette année",
             "La réforme est nécessaire et elle sera menée à son terme",
             "On n'a jamais vu une telle mobilisation"]
SUBJECTS = ["réactions", "le point", "ce qu'il faut retenir", "analyse", "suite", "reportage",
            "entretien", "chronologie", "les questions", "en bref", "décryptage", "témoignages"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# name, host, how its feed identifies items: "permalink" (guid = link), "guid" (guid not an
# address), "none" (link only), "atom" (Atom <id>).
OUTLETS = [("Le Quotidien du Nord", "quotidien-nord.example", "permalink"),
           ("La Gazette de l'Ouest", "gazette-ouest.example", "guid"),
           ("Le Courrier du Sud", "courrier-sud.example", "none"),
           ("L'Écho des Alpes", "echo-alpes.example", "atom"),
           ("Dépêches Express", "depeches-express.example", "guid"),
           ("Le Journal de l'Est", "journal-est.example", "atom"),
           ("Radio Centre Info", "radio-centre.example", "permalink"),
           ("Le Petit Parisien Numérique", "petit-parisien.example", "none")]
ITEMS_PER_FEED = 100


def slug(text):
    keep = []
    for ch in text.lower():
        if ch.isalnum() and ch.isascii():
            keep.append(ch)
        elif keep and keep[-1] != "-":
            keep.append("-")
    return "".join(keep).strip("-")[:60] or "article"


def main():
    out_dir, count, bases = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    texts = []
    for path in sorted(bases):
        with open(path, encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip()]
        if len(lines) >= 2:
            texts.append(lines)
    if not texts:
        sys.exit("make_research_feeds.py: no base text")
    rng = random.Random(20141)
    people = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(ROLES)) for _ in range(600)]
    # Who first said each recurring sentence, and when (the earliest day any outlet quotes it).
    recurring = [(s, people[rng.randrange(50)]) for s in RECURRING]
    os.makedirs(out_dir, exist_ok=True)
    items = {outlet: [] for outlet in OUTLETS}
    for i in range(count):
        outlet = OUTLETS[i % len(OUTLETS)]
        lines = texts[i % len(texts)]
        first, last, role = people[int(rng.paretovariate(1.1)) % len(people)]
        year, month, day = rng.randint(2010, 2014), rng.randint(1, 12), rng.randint(1, 28)
        hour, minute = rng.randint(6, 22), rng.randint(0, 59)
        title = f"{lines[0]} — {rng.choice(SUBJECTS)} ({i + 1})"
        body = list(lines[1:])
        body[0] = f"{day} {MONTHS[month - 1]} {year}. - " + body[0]
        name = f"{first} {last}" if rng.random() < 0.7 else f"M. {last}"
        body.append(f"« {rng.choice(QUOTES)} », a déclaré {name}, {role}.")
        if rng.random() < 0.5:
            body.append(f"{first} {last}, {role}, a ajouté que « {rng.choice(QUOTES).lower()} ».")
        if rng.random() < 0.03:
            sentence, (rf, rl, rr) = rng.choice(recurring)
            body.append(f"« {sentence} », a affirmé {rf} {rl}, {rr}.")
        if i % 997 == 13:
            # Hostile text: an escape sequence and a bell as character references, a
            # right-to-left override, a title of 600 characters.
            title = "Alerte &#x1b;[2J&#x1b;]0;pwned&#x7; \u202eenilno\u202c " + title + " x" * 300
        weekday = DAYS_EN[(year * 365 + month * 31 + day) % 7]
        items[outlet].append({
            "title": title, "body": body, "i": i,
            "date": (year, month, day, hour, minute, weekday),
            "link": f"https://www.{outlet[1]}/{year}/{month:02d}/{day:02d}/{slug(lines[0])}-{i + 1}",
            "author": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        })
    for outlet, entries in items.items():
        name, host, style = outlet
        for part in range(0, len(entries), ITEMS_PER_FEED):
            chunk = entries[part:part + ITEMS_PER_FEED]
            path = os.path.join(out_dir, f"{host.split('.')[0]}-{part // ITEMS_PER_FEED:03d}"
                                + (".atom" if style == "atom" else ".xml"))
            with open(path, "w", encoding="utf-8") as f:
                f.write(atom(name, host, chunk) if style == "atom" else rss(name, host, style, chunk))
    print(count)


def text(value):
    # Character references written by the generator (&#x1b;) stay references; the rest is escaped.
    return escape(value).replace("&amp;#x", "&#x")


def html_body(body):
    return escape("".join(f"<p>{escape(p)}</p>" for p in body))


def rss(name, host, style, entries):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{escape(name)}</title><link>https://www.{host}/</link>",
           "<description>Actualités</description><language>fr</language>"]
    for e in entries:
        year, month, day, hour, minute, weekday = e["date"]
        out.append("<item>")
        out.append(f"<title>{text(e['title'])}</title>")
        out.append(f"<link>{escape(e['link'])}</link>")
        if style == "permalink":
            out.append(f'<guid isPermaLink="true">{escape(e["link"])}</guid>')
        elif style == "guid":
            out.append(f'<guid isPermaLink="false">{host}-{e["i"] + 1}</guid>')
        out.append(f"<pubDate>{weekday}, {day:02d} {MONTHS_EN[month - 1]} {year} "
                   f"{hour:02d}:{minute:02d}:00 +0100</pubDate>")
        out.append(f"<dc:creator>{escape(e['author'])}</dc:creator>")
        out.append(f"<description>{html_body(e['body'])}</description>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


def atom(name, host, entries):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
           f"<title>{escape(name)}</title>",
           f'<link rel="alternate" href="https://www.{host}/"/>',
           f"<id>tag:{host},2010:feed</id><updated>2014-12-31T00:00:00Z</updated>"]
    for e in entries:
        year, month, day, hour, minute, _ = e["date"]
        out.append("<entry>")
        out.append(f"<title>{text(e['title'])}</title>")
        out.append(f'<link rel="alternate" href="{escape(e["link"])}"/>')
        out.append(f"<id>tag:{host},{year}:{e['i'] + 1}</id>")
        stamp = f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+01:00"
        out.append(f"<published>{stamp}</published><updated>{stamp}</updated>")
        out.append(f"<author><name>{escape(e['author'])}</name></author>")
        out.append(f'<content type="html">{html_body(e["body"])}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
