"""The steps of a werkvorm: the time table (also on paper) and each step in detail, with a stable anchor.

The table carries data attributes so the page can rescale the minutes to a chosen session length; the clock
column is for paper, where the gespreksleider writes the real time. Session mode reads each step's name, speakers,
text, role tasks (the list under the step's heading) and example questions from the table and the step details,
so the page holds them once.
"""

from __future__ import annotations

from macros.model import IEDEREEN, Stap, Werkvorm, rol_label
from macros.opmaak import klok, minuten, tekst
from macros.plek import Plek


def sprekers(stap: Stap) -> str:
    if stap.wie == [IEDEREEN]:
        return "Iedereen"
    return ", ".join(rol_label(rol) for rol in stap.wie)


def stap_anker(nummer: int) -> str:
    return f"stap-{nummer}"


def starttijden(werkvorm: Werkvorm) -> list[int]:
    """Minutes from the session's start at which each step begins."""
    tijden, verstreken = [], 0
    for stap in werkvorm.stappen:
        tijden.append(verstreken)
        verstreken += stap.minuten
    return tijden


def rollen(werkvorm: Werkvorm) -> str:
    regels = ["## Rollen", ""]
    regels += [f"- **{rol.label}:** {tekst(rol.taak)}" for rol in werkvorm.rollen]
    return "\n".join(regels)


def stappentabel(werkvorm: Werkvorm, plek: Plek) -> str:
    """The step plan as an HTML table; each step links to its detail on the werkvorm's page, seen from `plek`."""
    pagina = f"werkvormen/{werkvorm.id}.md"
    rijen = []
    for nummer, (stap, start) in enumerate(zip(werkvorm.stappen, starttijden(werkvorm), strict=True), start=1):
        rijen.append(
            f'<tr><td><a href="{plek.url(pagina, stap_anker(nummer))}">{nummer}. <span class="stap-naam">{tekst(stap.naam)}</span></a></td>'
            f'<td data-tijd="{nummer}">{stap.minuten} min.</td><td data-vanaf="{nummer}">{klok(start)}</td>'
            f'<td class="stap-wie">{sprekers(stap)}</td><td class="stap-wat">{tekst(stap.wat)}</td>'
            f'<td class="klokvak" data-search-exclude><span class="sr-only">Noteer hier de kloktijd</span></td></tr>'
        )
    return "\n".join(
        [
            '<table class="stappentabel">',
            '<thead><tr><th scope="col">Stap</th><th scope="col">Tijd</th><th scope="col">Vanaf</th>'
            '<th scope="col">Aan het woord</th><th scope="col">Wat gebeurt er</th>'
            '<th scope="col" class="klokvak" data-search-exclude>Klok</th></tr></thead>',
            "<tbody>",
            *rijen,
            "</tbody>",
            f'<tfoot><tr><th scope="row">Totaal</th><td data-totaal>{werkvorm.duur} min.</td><td colspan="4"></td></tr></tfoot>',
            "</table>",
        ]
    )


def stap_detail(werkvorm: Werkvorm, nummer: int) -> str:
    stap = werkvorm.stappen[nummer - 1]
    start = starttijden(werkvorm)[nummer - 1]
    regels = [
        f"### Stap {nummer}: {tekst(stap.naam)} {{#{stap_anker(nummer)}}}",
        "",
        f'<p class="stap-tijd"><em><span data-tijd-lang="{nummer}">{minuten(stap.minuten)}</span>, vanaf '
        f'<span data-vanaf="{nummer}">{klok(start)}</span>. Aan het woord: {sprekers(stap)}.</em></p>',
        "",
        tekst(stap.wat),
        "",
    ]
    regels += [f"- **{rol_label(rol)}:** {tekst(taak)}" for rol, taak in stap.taken.items()]
    if stap.vragen:
        regels += ["", f'<div class="voorbeeldvragen" data-stap="{nummer}" markdown>', "", "Voorbeeldvragen:", ""]
        regels += [f"- {tekst(vraag)}" for vraag in stap.vragen]
        regels += ["", "</div>"]
    return "\n".join(regels)


def stappen(werkvorm: Werkvorm) -> str:
    plek = Plek(f"werkvormen/{werkvorm.id}.md")
    delen = ["## Stappen", stappentabel(werkvorm, plek)]
    delen += [stap_detail(werkvorm, nummer) for nummer in range(1, len(werkvorm.stappen) + 1)]
    return "\n\n".join(delen)
