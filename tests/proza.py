"""The prose a reader sees on a page, without markup, link targets, code or bibliographic data."""

import re

from macros.lezen import lees_pagina

KAARTVELDEN_MET_PROZA = ("titel", "samenvatting", "benodigdheden", "aliassen", "setting", "vraag", "looptijd")
_WEG = [
    re.compile(r"```.*?```", re.DOTALL),  # code blocks
    re.compile(r"`[^`]*`"),  # inline code
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"https?://\S+"),
    re.compile(r"\b[\w.-]+\.(?:nl|be|com|org|eu)\b"),  # domain names
    re.compile(r"<[^>]+>"),  # HTML tags
    re.compile(r"\{[#.][^}]*\}"),  # attr_list anchors
]
WOORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ]+)*")


def proza_van_bestand(tekst: str, bestand: str) -> str:
    pagina = lees_pagina(tekst, bestand)
    delen = [pagina.body, str(pagina.kop.get("title", "")), str(pagina.kop.get("description", ""))]
    for veld in KAARTVELDEN_MET_PROZA:
        waarde = pagina.kop.get(veld, "")
        delen += waarde if isinstance(waarde, list) else [str(waarde)]
    delen += [rol.get("taak", "") for rol in pagina.kop.get("rollen", [])]
    delen += [f"{begrip.get('term', '')} {begrip.get('uitleg', '')}" for begrip in pagina.kop.get("begrippen", [])]
    for stap in pagina.kop.get("stappen", []):
        delen += [stap.get("naam", ""), stap.get("wat", ""), *stap.get("taken", {}).values(), *stap.get("vragen", [])]
    return _zonder_markup("\n\n".join(delen))


def _zonder_markup(tekst: str) -> str:
    for patroon in _WEG:
        tekst = patroon.sub(" ", tekst)
    return tekst


def woorden(tekst: str) -> list[str]:
    return WOORD.findall(tekst)


def kleine_letters(woord: str) -> str:
    """Lowercases for the dictionary; `Eén` opens a sentence, so its lowercase form is `één`."""
    return "één" if woord == "Eén" else woord.lower()
