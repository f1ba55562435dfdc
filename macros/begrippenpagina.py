"""The glossary: one definition list with a stable anchor and, where known, a source per term; and the same
explanations as tooltips on every page (the abbr extension's glossary)."""

from __future__ import annotations

from collections.abc import Mapping

from macros.bronvermelding import bron
from macros.catalog import Catalogus
from macros.model import Begrip
from macros.opmaak import tekst
from macros.plek import Plek


def begrip_anker(begrip: Begrip) -> str:
    return "begrip-" + "-".join("".join(teken for teken in begrip.term.lower() if teken.isalnum() or teken == " ").split())


def begrippenlijst(catalogus: Catalogus, _plek: Plek | None = None, _meta: Mapping | None = None) -> str:
    regels = []
    for begrip in sorted(catalogus.begrippen, key=lambda b: b.term.casefold()):
        bron_ = f' <span class="begrip-bron">Bron: {bron(begrip.bron)}</span>' if begrip.bron else ""
        regels += [f"{tekst(begrip.term)} {{#{begrip_anker(begrip)}}}", f":   {tekst(begrip.uitleg)}{bron_}", ""]
    return "\n".join(regels)


def tooltips(begrippen: tuple[Begrip, ...]) -> dict[str, str]:
    """Each spelling of a term with its explanation, shown as a tooltip wherever it occurs."""
    return {vorm: begrip.uitleg for begrip in begrippen for vorm in begrip.vormen}
