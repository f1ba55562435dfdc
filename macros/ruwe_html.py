"""Markup a page body may not contain: scripts, event handlers and script addresses.

Page bodies are Markdown and may hold some HTML, but nothing that runs code in
a reader's browser. A contributed page with `<script>`, `onerror=` or a
`javascript:` link is refused with the line it is on.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

GEVAARLIJK = (
    (re.compile(r"<\s*/?\s*(script|iframe|object|embed|base|meta|link|form|style)\b", re.IGNORECASE), "een <{0}>-element"),
    (re.compile(r"<[a-z][^>]*?\s(on[a-z]+)\s*=", re.IGNORECASE | re.DOTALL), "een gebeurtenis-attribuut ({0}=)"),
    (re.compile(r"\b((?:java|vb)script|data)\s*:(?!\s)", re.IGNORECASE), "een {0}:-adres"),
)
"""`data:` only without a space after it, so a sentence like 'de data: ...' is not flagged."""


@dataclass(frozen=True)
class Vondst:
    regel: int
    wat: str

    def melding(self) -> str:
        return f"regel {self.regel}: bevat {self.wat}; een pagina mag geen code uitvoeren, haal het weg"


def onveilige_opmaak(tekst: str, eerste_regel: int = 1) -> list[Vondst]:
    """Every hit with its line; entities are decoded first, so `&#106;avascript:` is found too."""
    tekst = html.unescape(tekst)
    vondsten = []
    for patroon, wat in GEVAARLIJK:
        for treffer in patroon.finditer(tekst):
            regel = eerste_regel + tekst.count("\n", 0, treffer.start())
            vondsten.append(Vondst(regel, wat.format(treffer.group(1).lower())))
    return sorted(set(vondsten), key=lambda vondst: vondst.regel)
