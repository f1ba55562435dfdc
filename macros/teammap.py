"""The team folder: every werkvorm's print sheet, each on a new page, in parts of at most DEEL_GROOTTE werkvormen.

A team prints the folder once and puts it in the team room. One page with every werkvorm grew faster than the
library (at 3000 werkvormen it alone took 94 s of the build, against 17 s at 1000), and nobody prints a
thousand sheets at once; so a large library gets a folder in parts. Part 1 is docs/teammap.md and lists the
parts; parts 2 and up are made by the build (macros/mkdocs_bron.py) from `deelbron`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from macros.bronvermelding import bronnen
from macros.catalog import Catalogus
from macros.kaart import kaart
from macros.model import Werkvorm
from macros.opmaak import tekst
from macros.plek import Plek
from macros.printen import PrintInfo, printblad, printkop, printvragen
from macros.stappenplan import stappentabel

DEEL_GROOTTE = 100
"""Werkvormen per part: about 250 printed pages, what a ring binder holds."""
TEAMMAP = "teammap.md"
DELENMAP = "teammap"


def aantal_delen(aantal_werkvormen: int) -> int:
    return max(1, math.ceil(aantal_werkvormen / DEEL_GROOTTE))


def deel_adres(deel: int) -> str:
    """The docs file of a part: part 1 is the team folder page itself."""
    return TEAMMAP if deel == 1 else f"{DELENMAP}/deel-{deel}.md"


def deelbron(deel: int, delen: int) -> str:
    """The Markdown file the build adds for part 2 and up; its content comes from `teammap` like part 1's."""
    return (
        "---\n"
        f"title: Teammap, deel {deel} van {delen}\n"
        f"description: Deel {deel} van de teammap om af te drukken, elke werkvorm op een nieuwe pagina.\n"
        "genereer: teammap\n"
        f"deel: {deel}\n"
        "search:\n  exclude: true\n"
        "---\n\n"
        f"# Teammap, deel {deel} van {delen}\n\n"
        "<!-- overzicht -->\n"
    )


def teammap(catalogus: Catalogus, plek: Plek, meta: Mapping, print_info: Callable[[str], PrintInfo]) -> str:
    """One part of the team folder: the list of parts when there are more, the contents, then every sheet."""
    alle = catalogus.op_titel()
    delen = [alle[begin : begin + DEEL_GROOTTE] for begin in range(0, len(alle), DEEL_GROOTTE)] or [[]]
    deel = int(meta.get("deel", 1))
    if not 1 <= deel <= len(delen):
        raise ValueError(f"deel: {deel} bestaat niet; de teammap heeft {len(delen)} delen")
    blokken = [_delenlijst(delen, deel, plek)] if len(delen) > 1 else []
    blokken += ["## Inhoud", "\n".join(f"- [{tekst(w.titel)}](#{w.id}) ({w.duur} min.)" for w in delen[deel - 1])]
    for werkvorm in delen[deel - 1]:
        blokken += _blad(werkvorm, plek, print_info)
    return "\n\n".join(blokken)


def _delenlijst(delen: list[list[Werkvorm]], huidig: int, plek: Plek) -> str:
    regels = []
    for nummer, werkvormen in enumerate(delen, start=1):
        naam = f"Deel {nummer}: {tekst(werkvormen[0].titel)} tot en met {tekst(werkvormen[-1].titel)}"
        stuk = f"**{naam}** (deze pagina)" if nummer == huidig else f"[{naam}]({plek.md(deel_adres(nummer))})"
        regels.append(f"- {stuk}, {len(werkvormen)} werkvormen")
    inleiding = f"De teammap is zo groot dat hij in {len(delen)} delen komt. Druk elk deel apart af."
    return "\n\n".join(["## Delen", inleiding, "\n".join(regels)])


def _blad(werkvorm: Werkvorm, plek: Plek, print_info: Callable[[str], PrintInfo]) -> list[str]:
    return [
        '<section class="teammap-werkvorm" markdown>',
        f"## {tekst(werkvorm.titel)} {{#{werkvorm.id}}}",
        printkop(print_info(werkvorm.id)),
        kaart(werkvorm, plek),
        stappentabel(werkvorm, plek),
        printvragen(werkvorm),
        bronnen(werkvorm.bronnen, kop="**Bronnen**"),
        printblad(werkvorm),
        "</section>",
    ]
