"""Renders cards, step tables, source lists and overviews as Markdown.

Everything here is a pure function from validated data to Markdown text, so
MkDocs checks every link it emits and another builder could reuse it. Text
from front matter is escaped: it is data, never markup or template code.
"""

from __future__ import annotations

import html

from macros.catalog import Catalogus
from macros.model import BAKENS, IEDEREEN, NIVEAUS, VERPLICHTE_KOPJES, VRAAGTYPES, Bron, Stap, Werkvorm, rol_label

KOPJE_VOOR_STAPPEN = VERPLICHTE_KOPJES[2]


def tekst(waarde: str) -> str:
    """Escapes front-matter text so that Markdown, HTML, attr_list and tables leave it as it is."""
    veilig = html.escape(waarde, quote=False)
    return veilig.replace("|", "&#124;").replace("{", "&#123;").replace("}", "&#125;").replace("\n", " ")


def minuten(aantal: int) -> str:
    return "1 minuut" if aantal == 1 else f"{aantal} minuten"


def klok(minuten_vanaf_start: int) -> str:
    """Shows an offset as h:mm, the way a timekeeper reads it off a clock."""
    uren, rest = divmod(minuten_vanaf_start, 60)
    return f"{uren}:{rest:02d}"


def groep(werkvorm: Werkvorm) -> str:
    grootte = werkvorm.groepsgrootte
    if grootte.min == grootte.max:
        return f"{grootte.min} personen"
    return f"{grootte.min} tot {grootte.max} personen"


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


def kaart(werkvorm: Werkvorm) -> str:
    regels = [
        f"- **Duur:** {minuten(werkvorm.duur)}",
        f"- **Groep:** {groep(werkvorm)}",
        f"- **Niveau:** {NIVEAUS[werkvorm.niveau]}",
        f"- **Soort vraag:** {', '.join(VRAAGTYPES[soort] for soort in werkvorm.vraagtypes)}",
        f"- **Rollen:** {', '.join(rol.label for rol in werkvorm.rollen)}",
    ]
    if werkvorm.benodigdheden:
        regels.append(f"- **Nodig:** {'; '.join(tekst(ding) for ding in werkvorm.benodigdheden)}")
    return "\n".join(
        [
            '<div class="werkvorm-kaart" markdown>',
            "",
            f'<p class="samenvatting">{tekst(werkvorm.samenvatting)}</p>',
            "",
            *regels,
            "",
            "</div>",
        ]
    )


def rollen(werkvorm: Werkvorm) -> str:
    regels = ["## Rollen", ""]
    regels += [f"- **{rol.label}:** {tekst(rol.taak)}" for rol in werkvorm.rollen]
    return "\n".join(regels)


def stappentabel(werkvorm: Werkvorm) -> str:
    regels = ["| Stap | Tijd | Vanaf | Aan het woord | Wat gebeurt er |", "| --- | ---: | ---: | --- | --- |"]
    for nummer, (stap, start) in enumerate(zip(werkvorm.stappen, starttijden(werkvorm), strict=True), start=1):
        regels.append(
            f"| [{nummer}. {tekst(stap.naam)}](#{stap_anker(nummer)}) | {stap.minuten} min. | {klok(start)} "
            f"| {sprekers(stap)} | {tekst(stap.wat)} |"
        )
    regels.append(f"| **Totaal** | **{werkvorm.duur} min.** | | | |")
    return "\n".join(regels)


def stap_detail(werkvorm: Werkvorm, nummer: int) -> str:
    stap = werkvorm.stappen[nummer - 1]
    start = starttijden(werkvorm)[nummer - 1]
    regels = [
        f"### Stap {nummer}: {tekst(stap.naam)} {{#{stap_anker(nummer)}}}",
        "",
        f"*{minuten(stap.minuten)}, vanaf {klok(start)}. Aan het woord: {sprekers(stap)}.*",
        "",
        tekst(stap.wat),
        "",
    ]
    regels += [f"- **{rol_label(rol)}:** {tekst(taak)}" for rol, taak in stap.taken.items()]
    if stap.vragen:
        regels += ["", "Voorbeeldvragen:", ""]
        regels += [f"- {tekst(vraag)}" for vraag in stap.vragen]
    return "\n".join(regels)


def stappen(werkvorm: Werkvorm) -> str:
    delen = ["## Stappen", stappentabel(werkvorm)]
    delen += [stap_detail(werkvorm, nummer) for nummer in range(1, len(werkvorm.stappen) + 1)]
    return "\n\n".join(delen)


def bron(bron: Bron) -> str:
    delen = [tekst(bron.auteur) + (f" ({bron.jaar})" if bron.jaar else "")]
    titel = f"*{tekst(bron.titel)}*"
    delen.append(f"[{titel}]({bron.url})" if bron.url else titel)
    if bron.uitgever:
        delen.append(tekst(bron.uitgever))
    regel = ". ".join(delen) + "."
    return regel + (f" {tekst(bron.noot)}" if bron.noot else "")


def bronnen(lijst: list[Bron]) -> str:
    return "\n".join(["## Bronnen", "", *(f"- {bron(item)}" for item in lijst)])


def verwante_werkvormen(werkvorm: Werkvorm, catalogus: Catalogus) -> str:
    if not werkvorm.verwant:
        return ""
    regels = ["## Verwante werkvormen", ""]
    for doel in werkvorm.verwant:
        ander = catalogus.werkvormen[doel]
        regels.append(f"- [{tekst(ander.titel)}]({ander.id}.md): {tekst(ander.samenvatting)}")
    return "\n".join(regels)


def bakens(werkvorm: Werkvorm) -> str:
    regels = ["## Bakens van Welzijn Nieuwe Stijl", ""]
    regels += [f"- {BAKENS[baken]}" for baken in werkvorm.bakens]
    return "\n".join(regels)


def werkvorm_pagina(werkvorm: Werkvorm, body: str, catalogus: Catalogus) -> str:
    """The whole page: title, card, the author's sections with the steps between them, then the lists."""
    voor, na = _splits_voor_kopje(body, KOPJE_VOOR_STAPPEN)
    delen = [
        f"# {tekst(werkvorm.titel)}",
        kaart(werkvorm),
        voor.strip(),
        rollen(werkvorm),
        stappen(werkvorm),
        na.strip(),
        bakens(werkvorm),
        verwante_werkvormen(werkvorm, catalogus),
        bronnen(werkvorm.bronnen),
    ]
    return "\n\n".join(deel for deel in delen if deel) + "\n"


def _splits_voor_kopje(body: str, kopje: str) -> tuple[str, str]:
    markering = f"\n## {kopje}"
    plek = ("\n" + body).find(markering)
    if plek < 0:
        return body, ""
    return body[:plek], body[plek:]


def werkvormen_overzicht(catalogus: Catalogus, map_prefix: str = "") -> str:
    """A table of every werkvorm; map_prefix is the path from the calling page to docs/werkvormen/."""
    regels = ["| Werkvorm | Waarvoor | Duur | Groep | Niveau |", "| --- | --- | ---: | --- | --- |"]
    for werkvorm in catalogus.op_titel():
        regels.append(
            f"| [{tekst(werkvorm.titel)}]({map_prefix}{werkvorm.id}.md) | {tekst(werkvorm.samenvatting)} "
            f"| {werkvorm.duur} min. | {werkvorm.groepsgrootte.min}–{werkvorm.groepsgrootte.max} "
            f"| {NIVEAUS[werkvorm.niveau]} |"
        )
    return "\n".join(regels)


def bakens_overzicht(catalogus: Catalogus, map_prefix: str = "") -> str:
    """Per baken the werkvormen that serve it, so a team can pick a werkvorm for the principle it works on."""
    delen = []
    for baken, label in BAKENS.items():
        werkvormen = [w for w in catalogus.op_titel() if baken in w.bakens]
        regels = [f"### {label} {{#{baken}}}", ""]
        regels += [f"- [{tekst(w.titel)}]({map_prefix}{w.id}.md)" for w in werkvormen] or ["Nog geen werkvormen bij dit baken."]
        delen.append("\n".join(regels))
    return "\n\n".join(delen)


def nav_met_werkvormen(nav: list, catalogus: Catalogus, overzicht: str = "werkvormen/index.md") -> list:
    """Expands the nav entry that points at the werkvormen overview into a section with every werkvorm."""

    def uitgebreid(item):
        if isinstance(item, dict) and len(item) == 1:
            ((titel, doel),) = item.items()
            if doel == overzicht:
                return {titel: [overzicht, *({w.titel: f"werkvormen/{w.id}.md"} for w in catalogus.op_titel())]}
            if isinstance(doel, list):
                return {titel: [uitgebreid(sub) for sub in doel]}
        return item

    return [uitgebreid(item) for item in nav]
