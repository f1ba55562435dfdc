"""The method card at the top of a werkvorm page and in the team folder: the facts a group chooses by.

Each fact links to the overview that lists werkvormen with the same fact; lines that only help on screen
(other names, links within the page) are marked so the printout leaves them out.
"""

from __future__ import annotations

from macros import kiezen
from macros.model import Werkvorm
from macros.opmaak import ALLEEN_SCHERM, minuten, tekst
from macros.plek import Plek
from macros.woordenlijsten import NIVEAUS, SOORTEN, VRAAGTYPES, OnlineGeschikt

SESSIEDUUR_OP_KAART = "<span data-sessieduur hidden></span>"
"""Where docs/javascripts/werkvorm.js shows a chosen session length ("nu 45 minuten, ingekort van 75")."""


def groep(werkvorm: Werkvorm) -> str:
    grootte = werkvorm.groepsgrootte
    if grootte.min == grootte.max:
        return f"{grootte.min} personen"
    return f"{grootte.min} tot {grootte.max} personen"


def kan_korter(werkvorm: Werkvorm) -> bool:
    return werkvorm.kortste_duur < werkvorm.duur


def uitvoeringen(werkvorm: Werkvorm) -> list[tuple[str, str, str]]:
    """The ways to run it besides the standard: anchor, label and the author's text of each."""
    manieren = [("online", "online" if werkvorm.online_geschikt == OnlineGeschikt.VOLLEDIG else "online, alleen beperkt", werkvorm.online)]
    if kan_korter(werkvorm) and werkvorm.inkorten:
        manieren.insert(0, ("korter", f"korter, in {werkvorm.kortste_duur} minuten", werkvorm.inkorten))
    if werkvorm.grote_groep:
        manieren.append(("grote-groep", "met een grote groep", werkvorm.grote_groep))
    return manieren


def kaart(werkvorm: Werkvorm, plek: Plek) -> str:
    """The card, written for the page at `plek` (the werkvorm's own page, or the team folder)."""
    pagina = f"werkvormen/{werkvorm.id}.md"

    def index(overzicht: str, anker: str) -> str:
        return plek.md(f"overzichten/{overzicht}.md", anker)

    band, maat = kiezen.duurband(werkvorm), kiezen.groepsmaten(werkvorm)[0]
    korter = f", [kan in {werkvorm.kortste_duur}]({plek.md(pagina, 'korter')})" if kan_korter(werkvorm) else ""
    vraagtypes = ", ".join(f"[{VRAAGTYPES[v]}]({index('vraagtype', v)})" for v in werkvorm.vraagtypes)
    regels = [
        f"- **Soort:** [{SOORTEN[werkvorm.soort]}]({index('soort', werkvorm.soort)})",
        f"- **Duur:** [{minuten(werkvorm.duur)}]({index('duur', band.slug)}){korter}{SESSIEDUUR_OP_KAART}",
        f"- **Groep:** [{groep(werkvorm)}]({index('groepsgrootte', maat.slug)})",
        f"- **Niveau:** [{NIVEAUS[werkvorm.niveau]}]({index('niveau', werkvorm.niveau)})",
        f"- **Soort vraag:** {vraagtypes}",
        f"- **Rollen:** {', '.join(rol.label for rol in werkvorm.rollen)}",
    ]
    if werkvorm.benodigdheden:
        regels.append(f"- **Nodig:** {'; '.join(tekst(ding) for ding in werkvorm.benodigdheden)}")
    if werkvorm.aliassen:
        regels.append(f"- {ALLEEN_SCHERM}**Ook bekend als:** {', '.join(tekst(alias) for alias in werkvorm.aliassen)}")
    manieren = ", ".join(f"[{label}]({plek.md(pagina, anker)})" for anker, label, _ in uitvoeringen(werkvorm))
    regels.append(f"- {ALLEEN_SCHERM}**Ook mogelijk:** {manieren}")
    if werkvorm.aanpassing:
        regels.append(f"- **Aangepast door Intervisiewijzer:** {tekst(werkvorm.aanpassing)}")
    if werkvorm.herkomst:
        regels.append(f"- **Herkomst:** {tekst(werkvorm.herkomst)}")
    samenvatting = f'<p class="samenvatting">{tekst(werkvorm.samenvatting)}</p>'
    return "\n".join(['<div class="werkvorm-kaart" markdown>', "", samenvatting, "", *regels, "", "</div>"])


def tags(werkvorm: Werkvorm) -> list[str]:
    """Tags for Material's tags plugin: the question types and the level, in the words of the card."""
    return [VRAAGTYPES[v] for v in werkvorm.vraagtypes] + [NIVEAUS[werkvorm.niveau]]
