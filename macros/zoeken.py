"""Makes Material's search work for Dutch and for the other names of a werkvorm.

Material appends `*` to every query term (search as you type). lunr then
skips the pipeline, stemmer included, for any term with a `*`, and would stem
the `*` along with the word if it did not. So the index holds `verzamel` while
the query stays `verzamelen*`, and plural or conjugated words find nothing.
The patch keeps the pipeline on for such terms and stems the word before
putting the `*` back. It is applied to the built worker and fails loudly if a
Material upgrade changes the code it replaces.
"""

import json
from pathlib import Path

WERKER_PATROON = "assets/javascripts/workers/search.*.min.js"

VERVANGINGEN = (
    (
        'r.str.indexOf("*")!=-1&&(e.currentClause.usePipeline=!1)',
        'r.str.indexOf("*")!=-1&&(e.currentClause.usePipeline=!0)',
    ),
    (
        "c.usePipeline?f=this.pipeline.runString(c.term,{fields:c.fields}):f=[c.term]",
        'c.usePipeline?f=this.pipeline.runString(c.term.replace(/\\*$/,""),{fields:c.fields})'
        '.map(function(s){return c.term.slice(-1)=="*"?s+"*":s}):f=[c.term]',
    ),
)


class ZoekPatchFout(RuntimeError):
    """The search worker no longer looks as expected; the stemming patch must be revisited."""


def stam_ook_met_jokerteken(werker: str) -> str:
    """The worker with the stemming patch; a worker patched before (`mkdocs build --dirty`) stays as it is."""
    for origineel, vervanging in VERVANGINGEN:
        if werker.count(vervanging) == 1 and origineel not in werker:
            continue
        if werker.count(origineel) != 1:
            raise ZoekPatchFout(
                f"De zoekfunctie van Material is veranderd: '{origineel}' staat er niet precies één keer in. "
                "Controleer macros/zoeken.py na een upgrade van mkdocs-material."
            )
        werker = werker.replace(origineel, vervanging)
    return werker


def patch_zoekwerker(site_dir: Path) -> Path | None:
    """Patches the built search worker; a site built without the search plugin has none, and needs none."""
    werkers = sorted(Path(site_dir).glob(WERKER_PATROON))
    if not werkers:
        return None
    if len(werkers) > 1:
        raise ZoekPatchFout(f"Er staan {len(werkers)} zoekwerkers in {site_dir}; verwacht er één. Bouw de site opnieuw zonder --dirty.")
    (werker,) = werkers
    werker.write_text(stam_ook_met_jokerteken(werker.read_text(encoding="utf-8")), encoding="utf-8")
    return werker


ZOEKINDEX = "search/search_index.json"
ALIASVELD = "aliassen"
"""A search field of its own (boost in mkdocs.yml) for a werkvorm's other names. Tags would not do:
lunr keeps each tag as one token, so "moreel beraad" as a tag never matches the words of a query."""


def met_aliassen(index: dict, aliassen_per_pagina: dict[str, list[str]]) -> dict:
    """Adds each page's other names to its first entry in the search index (the page itself, not a section)."""
    for document in index["docs"]:
        namen = aliassen_per_pagina.get(document["location"])
        if namen:
            document[ALIASVELD] = " ".join(namen)
    return index


def voeg_aliassen_toe(site_dir: Path, aliassen_per_pagina: dict[str, list[str]]) -> None:
    pad = Path(site_dir) / ZOEKINDEX
    if not pad.exists():
        return
    index = met_aliassen(json.loads(pad.read_text(encoding="utf-8")), aliassen_per_pagina)
    pad.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
