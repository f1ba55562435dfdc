"""Markup a page body may not contain: scripts, event handlers and script addresses.

Page bodies are Markdown and may hold some HTML, but nothing that runs code in
a reader's browser. A contributed page with `<script>`, `onerror=` or a
`javascript:` link is refused with the line it is on.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from macros.tekstregels import regelnummer

TUSSENRUIMTE = r"[\s\x00-\x1f]*"
"""Browsers drop tabs, line breaks and other control characters inside an address, so `jav&#x09;ascript:` runs."""


def _schema(naam: str) -> str:
    return TUSSENRUIMTE.join(naam)


GEVAARLIJK = (
    (re.compile(r"<\s*/?\s*(script|iframe|object|embed|base|meta|link|form|style|svg|math)\b", re.IGNORECASE), "een <{0}>-element"),
    (re.compile(rf"\b({_schema('javascript')}|{_schema('vbscript')}|data){TUSSENRUIMTE}:(?!\s)", re.IGNORECASE), "een {0}:-adres"),
)
"""`data:` only without a space after it, so a sentence like 'de data: ...' is not flagged."""

OPMAAKPLEK = re.compile(r"<[a-z][^<>]*>?|\{[^{}\n]*\}", re.IGNORECASE)
"""Where an attribute can stand: an HTML tag (`<svg/onload=...>`) or a Markdown attribute list (`{: onclick=...}`).
Two places never overlap, so finding them all reads the text once, however long it is."""
GEBEURTENIS = re.compile(r"(?<![\w&?-])(on[a-z]{1,30})\s*=", re.IGNORECASE)


@dataclass(frozen=True)
class Vondst:
    regel: int
    wat: str

    def melding(self) -> str:
        return f"regel {self.regel}: bevat {self.wat}; een pagina mag geen code uitvoeren, haal het weg"


def onveilige_opmaak(tekst: str, eerste_regel: int = 1) -> list[Vondst]:
    """Every hit with its line; entities are decoded first, so `&#106;avascript:` is found too."""
    tekst = html.unescape(tekst)
    regel = regelnummer(tekst, eerste_regel)
    vondsten = []
    for patroon, wat in GEVAARLIJK:
        for treffer in patroon.finditer(tekst):
            vondsten.append(Vondst(regel(treffer.start()), wat.format(re.sub(TUSSENRUIMTE, "", treffer.group(1)).lower())))
    for plek in OPMAAKPLEK.finditer(tekst):
        for treffer in GEBEURTENIS.finditer(plek.group()):
            vondsten.append(Vondst(regel(plek.start() + treffer.start()), f"een gebeurtenis-attribuut ({treffer.group(1).lower()}=)"))
    return _per_regel(vondsten)


def _per_regel(vondsten: list[Vondst]) -> list[Vondst]:
    """One finding per line, naming everything on it: `<svg/onload=...>` is one mistake, not two."""
    per_regel: dict[int, list[str]] = {}
    for vondst in vondsten:
        if vondst.wat not in per_regel.setdefault(vondst.regel, []):
            per_regel[vondst.regel].append(vondst.wat)
    return [Vondst(regel, " en ".join(wat)) for regel, wat in sorted(per_regel.items())]
