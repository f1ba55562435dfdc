"""Overview pages: werkvormen per question type, length, group size, level and kind, per baken and per theme,
and the casussen (the overview of all werkvormen: macros/werkvormfilter.py). Pages ask for them with
`genereer:` in their front matter.

Every generator has the same signature, (catalogus, plek, meta): `plek` is the page the overview lands on, so
its links are relative to that page; `meta` is the page's front matter, which only baken and theme pages need.
"""

from __future__ import annotations

from collections.abc import Mapping

from macros import kiezen
from macros.catalog import Catalogus
from macros.model import Casus, Werkvorm
from macros.opmaak import tekst
from macros.plek import Plek, baken_link, casus_link, werkvorm_link
from macros.woordenlijsten import BAKENS, NIVEAUS, SOORTEN, THEMAS, VRAAGTYPES

Sectie = tuple[str, str, list[Werkvorm]]


def bakens_overzicht(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    """Per baken its page and the werkvormen that serve it, so a team can pick a werkvorm for a principle."""
    delen = []
    for baken in BAKENS:
        werkvormen = [w for w in catalogus.op_titel() if baken in w.bakens]
        regels = [f"### {baken_link(baken, plek)} {{#{baken}}}", ""]
        regels += [f"- {werkvorm_link(w, plek)}" for w in werkvormen] or ["Nog geen werkvormen bij dit baken."]
        delen.append("\n".join(regels))
    return "\n\n".join(delen)


def casussen_overzicht(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    regels = ["| Casus | Waarover | Setting | Werkvormen |", "| --- | --- | --- | --- |"]
    for casus in catalogus.casussen_op_titel():
        werkvormen = ", ".join(werkvorm_link(catalogus.werkvormen[w], plek) for w in casus.werkvormen)
        regels.append(f"| {casus_link(casus, plek)} | {tekst(casus.samenvatting)} | {tekst(casus.setting)} | {werkvormen} |")
    return "\n".join(regels)


def baken_koppelingen(catalogus: Catalogus, plek: Plek, meta: Mapping) -> str:
    """On a baken page: the werkvormen and casussen whose front matter names this baken."""
    baken = bekende_sleutel(meta, "baken", BAKENS)
    werkvormen = [w for w in catalogus.op_titel() if baken in w.bakens]
    casussen = [c for c in catalogus.casussen_op_titel() if baken in c.bakens]
    return _twee_lijsten(("Werkvormen bij dit baken", werkvormen), ("Casussen bij dit baken", casussen), plek)


def thema_koppelingen(catalogus: Catalogus, plek: Plek, meta: Mapping) -> str:
    """On a theme page: the casussen on this theme, and the werkvormen those casussen used."""
    thema = bekende_sleutel(meta, "thema", THEMAS)
    casussen = [c for c in catalogus.casussen_op_titel() if thema in c.themas]
    gebruikt = {w for c in casussen for w in c.werkvormen}
    werkvormen = [w for w in catalogus.op_titel() if w.id in gebruikt]
    return _twee_lijsten(("Casussen bij dit thema", casussen), ("Werkvormen uit deze casussen", werkvormen), plek)


def _twee_lijsten(eerste: tuple[str, list], tweede: tuple[str, list], plek: Plek) -> str:
    delen = []
    for kop, items in (eerste, tweede):
        regels = [f"## {kop}", ""]
        for item in items:
            link = casus_link(item, plek) if isinstance(item, Casus) else werkvorm_link(item, plek)
            regels.append(f"- {link}: {tekst(item.samenvatting)}")
        delen.append("\n".join(regels if items else [*regels, "Nog geen."]))
    return "\n\n".join(delen)


def bekende_sleutel(meta: Mapping, veld: str, woordenlijst: dict[str, str]) -> str:
    waarde = meta.get(veld)
    if waarde not in woordenlijst:
        raise ValueError(f"{veld}: onbekende waarde '{waarde}'; toegestaan: {', '.join(woordenlijst)}")
    return waarde


def werkvorm_regel(werkvorm: Werkvorm, plek: Plek) -> str:
    """One line with the facts a group chooses by: link, kind, duration, group size, level, summary."""
    grootte = werkvorm.groepsgrootte
    return (
        f"- {werkvorm_link(werkvorm, plek)}: {SOORTEN[werkvorm.soort].lower()}, {werkvorm.duur} min., "
        f"{grootte.min}–{grootte.max} personen, {NIVEAUS[werkvorm.niveau].lower()}. {tekst(werkvorm.samenvatting)}"
    )


def index(secties: list[Sectie], plek: Plek, kop: str = "##") -> str:
    delen = []
    for slug, label, werkvormen in secties:
        regels = [f"{kop} {label} {{#{slug}}}", ""]
        regels += [werkvorm_regel(w, plek) for w in werkvormen] or ["Nog geen werkvormen."]
        delen.append("\n".join(regels))
    return "\n\n".join(delen)


def per_vraagtype(catalogus: Catalogus) -> list[Sectie]:
    return [(v, label, [w for w in catalogus.op_titel() if v in w.vraagtypes]) for v, label in VRAAGTYPES.items()]


def index_vraagtype(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    return index(per_vraagtype(catalogus), plek)


def index_duur(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    secties = [(b.slug, b.label, [w for w in catalogus.op_titel() if kiezen.duurband(w) == b]) for b in kiezen.DUURBANDEN]
    return index(secties, plek)


def index_groepsgrootte(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    secties = [(b.slug, b.label, [w for w in catalogus.op_titel() if b in kiezen.groepsmaten(w)]) for b in kiezen.GROEPSMATEN]
    return index(secties, plek)


def index_soort(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    return index([(n, label, [w for w in catalogus.op_titel() if w.soort == n]) for n, label in SOORTEN.items()], plek)


def index_niveau(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    return index([(n, label, [w for w in catalogus.op_titel() if w.niveau == n]) for n, label in NIVEAUS.items()], plek)
