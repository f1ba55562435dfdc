"""Where content files may live: cards directly in their folder, every page ending in lowercase `.md`.

MkDocs publishes `.markdown` and `.MD` files and cards in any folder, but the catalog would not check them.
So a file in the wrong place, with the wrong extension or a name that is not a slug is refused, and a card
outside its folder is recognised and sent home.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from macros.model import SLUG_PATROON

WERKVORMEN_MAP = "werkvormen"
CASUSSEN_MAP = "casussen"
KAARTMAPPEN = (WERKVORMEN_MAP, CASUSSEN_MAP)
OVERZICHTSPAGINA = "index.md"
MARKDOWN_EXTENSIES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
"""What MkDocs publishes as a page; only lowercase .md is checked, so the others are refused."""


def is_kaartpagina(bron: str) -> bool:
    """A werkvorm or casus file (docs-relative, with '/'), not the overview page of its folder."""
    map_, _, naam = bron.rpartition("/")
    return map_ in KAARTMAPPEN and naam != OVERZICHTSPAGINA


def inhoudsbestanden(docs_dir: Path) -> list[Path]:
    """Every Markdown-like file under docs_dir and every file in a card folder, without following links to folders."""
    gevonden = []
    for map_, _, namen in os.walk(docs_dir, followlinks=False):
        delen = Path(map_).relative_to(docs_dir).parts
        in_kaartmap = bool(delen) and delen[0] in KAARTMAPPEN
        gevonden += [Path(map_) / naam for naam in namen if in_kaartmap or naam.lower().endswith(MARKDOWN_EXTENSIES)]
    return sorted(gevonden)


def plaatsfout(pad: Path, docs_dir: Path) -> str | None:
    """Why a file is in the wrong place or has the wrong name, or None."""
    relatief = pad.relative_to(docs_dir)
    if pad.suffix != ".md":
        return f"de extensie '{pad.suffix}' wordt niet gecontroleerd; een pagina eindigt op .md (kleine letters)"
    if relatief.parts[0] in KAARTMAPPEN:
        if len(relatief.parts) > 2:
            return f"staat in een submap; zet het bestand direct in docs/{relatief.parts[0]}/"
        if pad.name != OVERZICHTSPAGINA and not re.match(SLUG_PATROON, pad.stem):
            return f"de bestandsnaam '{pad.name}' mag alleen kleine letters, cijfers en streepjes hebben, zoals 'vijf-stappen.md'"
    return None


def verdwaalde_kaart(kop: dict) -> str | None:
    """A card outside its folder would be published as a plain page without any check."""
    if "stappen" in kop and "rollen" in kop:
        return f"dit lijkt een werkvorm; een werkvorm staat in docs/{WERKVORMEN_MAP}/<id>.md"
    if "pseudoniemen" in kop or ("setting" in kop and "werkvormen" in kop):
        return f"dit lijkt een casus; een casus staat in docs/{CASUSSEN_MAP}/<id>.md"
    return None
