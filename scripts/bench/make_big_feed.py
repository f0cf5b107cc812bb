#!/usr/bin/env python3
"""Writes an RSS 2.0 feed of N items (scripts/bench-feed-update): distinct titles, links, guids
and texts of a few sentences with a quote each, the first NEW items the newest. Deterministic.

    make_big_feed.py OUT N [--new K] [--changed C]

--new K adds K items before the N (an update later brings them); --changed C rewrites the text
of the first C of the N (an update analyses them again).
"""
import sys
from xml.sax.saxutils import escape

NAMES = ["Jean Fontaine", "Marie Lévêque", "Paul Durand", "Sylvie Moreau", "Ahmed Benali"]
CITIES = ["Brest", "Lyon", "Lille", "Nantes", "Marseille", "Toulouse"]


def item(number, changed=False):
    name = NAMES[number % len(NAMES)]
    city = CITIES[number % len(CITIES)]
    title = f"Conseil municipal de {city} : séance numéro {number}"
    words = "révisé" if changed else "examiné"
    text = (
        f"Le conseil municipal de {city} a {words} mardi le dossier numéro {number}. "
        f"« Nous avons avancé sur le budget {number} », a déclaré {name}, adjoint au maire. "
        f"Selon l'opposition, le projet coûtera plus cher que prévu. "
        f"La prochaine séance aura lieu dans un mois."
    )
    day = 1 + number % 28
    return (
        "<item>"
        f"<title>{escape(title)}</title>"
        f"<link>https://conseil.example/{number}</link>"
        f"<guid isPermaLink=\"false\">conseil-{number}</guid>"
        f"<pubDate>Mon, {day:02d} Oct 2012 10:00:00 +0000</pubDate>"
        f"<description>{escape(text)}</description>"
        "</item>\n"
    )


def main():
    args = sys.argv[1:]
    out, count = args[0], int(args[1])
    new = int(args[args.index("--new") + 1]) if "--new" in args else 0
    changed = int(args[args.index("--changed") + 1]) if "--changed" in args else 0
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>')
        f.write("<title>Le Conseil</title><link>https://conseil.example/</link>\n")
        for number in range(count + new, count, -1):
            f.write(item(number))
        for number in range(count, 0, -1):
            f.write(item(number, changed=number > count - changed))
        f.write("</channel></rss>\n")


main()
