"""Glossary tooltips on a term's first use in running text, as a style guide would have it.

The abbr extension (with the glossary from docs/begrippen.md) puts the explanation on every occurrence: on a
long werkvorm page that was 134 copies, a fifth of the page. After it, this step keeps the tooltip on the first
occurrence of each term in running text and turns every other one back into plain text. Headings and the card
at the top of a werkvorm or casus (a summary of labels and links, explained on the page below it) get none.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

KOPPEN = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
KAART = "werkvorm-kaart"
NA_ABBR = 6
"""Treeprocessors run from high to low priority; the abbr extension's runs at 7."""


class EersteUitleg(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_AlleenDeEersteKeer(md), "eerste-uitleg", NA_ABBR)


class _AlleenDeEersteKeer(Treeprocessor):
    def run(self, root: Element) -> None:
        ouders = {kind: ouder for ouder in root.iter() for kind in ouder}
        uitgelegd: set[str] = set()
        for abbr in list(root.iter("abbr")):
            uitleg = abbr.get("title", "")
            if uitleg in uitgelegd or _zonder_uitleg(abbr, ouders):
                _vervang_door_tekst(abbr, ouders[abbr])
            else:
                uitgelegd.add(uitleg)


def _zonder_uitleg(element: Element, ouders: dict[Element, Element]) -> bool:
    while element in ouders:
        element = ouders[element]
        if element.tag in KOPPEN or KAART in element.get("class", "").split():
            return True
    return False


def _vervang_door_tekst(element: Element, ouder: Element) -> None:
    """Removes the element and keeps its text where it stood."""
    tekst = (element.text or "") + (element.tail or "")
    plaats = list(ouder).index(element)
    if plaats == 0:
        ouder.text = (ouder.text or "") + tekst
    else:
        vorige = ouder[plaats - 1]
        vorige.tail = (vorige.tail or "") + tekst
    ouder.remove(element)
