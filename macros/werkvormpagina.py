"""A werkvorm page: title, card and controls, the author's sections with roles and steps between them, the
shorter, online and large-group versions, and the lists (bakens, related werkvormen, casussen, sources),
followed by what only paper and the scripts use."""

from __future__ import annotations

from macros import kiezen
from macros.bronvermelding import bronnen
from macros.catalog import Catalogus
from macros.kaart import kaart, uitvoeringen
from macros.kopjes import VERPLICHTE_KOPJES, splits_voor
from macros.model import LANGSTE_SESSIE, Werkvorm
from macros.opmaak import tekst
from macros.plek import Plek, baken_link, casus_link, werkvorm_link
from macros.printen import PrintInfo, printblad, printkop, rolkaarten
from macros.scriptgegevens import sessiegegevens
from macros.stappenplan import rollen, stappen

KOPJE_VOOR_STAPPEN = VERPLICHTE_KOPJES[2]
KOPJE_VOORBEELD = VERPLICHTE_KOPJES[-1]


def acties(werkvorm: Werkvorm, plek: Plek) -> str:
    """Controls that need JavaScript (session length, session mode, print); hidden until the script shows them.

    The session length takes any whole number of minutes from the werkvorm's shortest length up (regels.js says
    which); the steps are scaled to it."""
    return (
        f'<div class="werkvorm-acties" hidden data-search-exclude><p><label for="sessieduur">Sessieduur in minuten</label> '
        f'<input id="sessieduur" type="number" min="{werkvorm.kortste_duur}" max="{LANGSTE_SESSIE}" step="1" '
        f'value="{werkvorm.duur}" inputmode="numeric"> '
        '<button type="button" class="md-button md-button--primary" id="sessie-start">Start de sessie</button> '
        '<button type="button" class="md-button" id="print-werkvorm">Print</button> '
        '<button type="button" class="md-button" id="print-rolkaarten">Print de rolkaarten</button> '
        f'<a class="md-button" id="pdf-link" href="{plek.bestand(f"pdf/{werkvorm.id}.pdf")}" hidden>PDF</a></p>'
        '<p id="sessieduur-melding" class="sessieduur-melding" role="status" hidden></p></div>'
    )


def anders_uitvoeren(werkvorm: Werkvorm) -> str:
    """Shorter, online and large-group versions, each under a stable anchor the card links to."""
    regels = ["## Korter, online of met een grote groep"]
    for anker, label, uitleg in uitvoeringen(werkvorm):
        regels += ["", f"### {label[0].upper()}{label[1:]} {{#{anker}}}", "", tekst(uitleg)]
    return "\n".join(regels)


def bakens(werkvorm: Werkvorm, plek: Plek) -> str:
    regels = ["## Bakens van Welzijn Nieuwe Stijl", ""]
    regels += [f"- {baken_link(baken, plek)}" for baken in werkvorm.bakens]
    return "\n".join(regels)


def verwante_werkvormen(werkvorm: Werkvorm, catalogus: Catalogus, plek: Plek) -> str:
    verwant = catalogus.verwantschap.van(werkvorm)
    if not verwant:
        return ""
    regels = ["## Verwante werkvormen", ""]
    regels += [f"- {werkvorm_link(ander, plek)}: {tekst(ander.samenvatting)}" for ander in verwant]
    return "\n".join(regels)


def casussen_bij(werkvorm: Werkvorm, catalogus: Catalogus, plek: Plek) -> str:
    """At most five casussen, so the page stays the same size however many casussen use it.

    The section is there even without casussen: trainers link its anchor, and it must not come and go."""
    casussen = catalogus.casussen_met_werkvorm(werkvorm.id)
    regels = ["## Casussen met deze werkvorm", ""]
    if not casussen:
        return "\n".join([*regels, "Nog geen casus op deze site gebruikt deze werkvorm."])
    regels += [f"- {casus_link(casus, plek)}: {tekst(casus.samenvatting)}" for casus in casussen[: kiezen.MAX_CASUSSEN]]
    if len(casussen) > kiezen.MAX_CASUSSEN:
        regels += ["", f"Deze werkvorm komt in {len(casussen)} casussen voor; zie alle [casussen]({plek.md('casussen/index.md')})."]
    return "\n".join(regels)


def werkvorm_pagina(werkvorm: Werkvorm, body: str, catalogus: Catalogus, print_info: PrintInfo | None = None, mappen: bool = True) -> str:
    plek = Plek(f"werkvormen/{werkvorm.id}.md", mappen)
    voor, na = splits_voor(body, KOPJE_VOOR_STAPPEN)
    na, voorbeeld = splits_voor(na, KOPJE_VOORBEELD)
    delen = [
        f"# {tekst(werkvorm.titel)}",
        printkop(print_info) if print_info else "",
        kaart(werkvorm, plek),
        acties(werkvorm, plek),
        voor.strip(),
        rollen(werkvorm),
        stappen(werkvorm),
        na.strip(),
        anders_uitvoeren(werkvorm),
        voorbeeld.strip(),
        bakens(werkvorm, plek),
        verwante_werkvormen(werkvorm, catalogus, plek),
        casussen_bij(werkvorm, catalogus, plek),
        bronnen(werkvorm.bronnen),
        rolkaarten(),
        printblad(werkvorm),
        sessiegegevens(werkvorm, plek),
    ]
    return "\n\n".join(deel for deel in delen if deel) + "\n"
