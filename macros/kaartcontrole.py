"""The checks of one card file on its own: its fields, its body, and names that could point to a real person.

Each file's result depends on that file alone, so it is kept per file text: while `make serve` runs, a saved
edit re-checks the one file that changed, not the whole library. What needs several files (unique ids,
references, pseudonyms used once) is in macros.catalog.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from macros import anonimiteit
from macros.kopjes import CASUS_KOPJES, VERPLICHTE_KOPJES, controleer_body, sectie
from macros.lezen import LeesFout, Pagina, lees_pagina
from macros.meldingen import fouten_als_zinnen
from macros.model import Casus, Werkvorm
from macros.plaatsing import CASUSSEN_MAP, WERKVORMEN_MAP, verdwaalde_kaart
from macros.ruwe_html import onveilige_opmaak
from macros.tekstregels import beschrijf_teken, onzichtbaar_teken

VOORBEELDKOPJE = VERPLICHTE_KOPJES[-1]
MAX_BODY = 60_000
"""Characters of Markdown under the front matter; a much longer page breaks search in the browser."""
BEWAARDE_BESTANDEN = 20_000
"""How many checked file texts are kept between builds of one `make serve`; far more than any library holds."""


@dataclass(frozen=True)
class Probleem:
    """One thing an author must fix: where it is and what is wrong, in Dutch."""

    bestand: str
    melding: str

    def __str__(self) -> str:
        return f"{self.bestand}: {self.melding}"


Kaart = Werkvorm | Casus


@dataclass(frozen=True)
class Soort:
    """A kind of content: its folder, its card model and the sections its body must have."""

    map: str
    model: type[Werkvorm] | type[Casus]
    kopjes: tuple[str, ...]


WERKVORM = Soort(WERKVORMEN_MAP, Werkvorm, VERPLICHTE_KOPJES)
CASUS = Soort(CASUSSEN_MAP, Casus, CASUS_KOPJES)
KAARTSOORTEN = {soort.map: soort for soort in (WERKVORM, CASUS)}


def valideer(pagina: Pagina, soort: Soort = WERKVORM) -> tuple[Kaart | None, list[Probleem]]:
    """Validates one file on its own: card fields, body sections and markup, id against file name."""
    if melding := verdwaalde_kaart(pagina.kop, soort.map):
        return None, [Probleem(pagina.bestand, melding)]
    problemen = [Probleem(pagina.bestand, melding) for melding in controleer_body(pagina.body, soort.kopjes)]
    problemen += body_problemen(pagina)
    try:
        item = soort.model.model_validate(pagina.kop)
    except ValidationError as fout:
        return None, [Probleem(pagina.bestand, zin) for zin in fouten_als_zinnen(fout)] + problemen
    verwachte_id = Path(pagina.bestand).stem
    if item.id != verwachte_id:
        problemen.append(
            Probleem(
                pagina.bestand,
                f"id: '{item.id}' is niet gelijk aan de bestandsnaam; gebruik '{verwachte_id}' "
                f"(of hernoem het bestand naar {item.id}.md als die id nog vrij is)",
            )
        )
    return item, problemen


def valideer_werkvorm(pagina: Pagina) -> tuple[Kaart | None, list[Probleem]]:
    return valideer(pagina, WERKVORM)


def body_problemen(pagina: Pagina) -> list[Probleem]:
    """What no page body may hold, whatever its kind: code that runs, invisible characters, or endless length."""
    problemen = [Probleem(pagina.bestand, vondst.melding()) for vondst in onveilige_opmaak(pagina.body, pagina.eerste_bodyregel)]
    if len(pagina.body) > MAX_BODY:
        problemen.append(Probleem(pagina.bestand, f"tekst: {len(pagina.body)} tekens; hoogstens {MAX_BODY} mag. Maak de pagina korter"))
    for nummer, regel in enumerate(pagina.body.splitlines(), start=pagina.eerste_bodyregel):
        if gevonden := onzichtbaar_teken(regel.replace("\t", " ")):
            problemen.append(
                Probleem(pagina.bestand, f"regel {nummer}: bevat een onzichtbaar teken ({beschrijf_teken(gevonden[1])}); haal het weg")
            )
    return problemen


def soort_van(bestand: str) -> Soort:
    return CASUS if Path(bestand).parent.name == CASUSSEN_MAP else WERKVORM


def anonimiteitsproblemen(pagina: Pagina, kaart: Kaart) -> list[Probleem]:
    """Checks all text where a person could be named: a casus' body and card, a werkvorm's example and step texts
    in full; the text that names real authors on purpose (titles, origin, sources) for personal data only."""
    lijsten = anonimiteit.laad_lijsten()
    if isinstance(kaart, Casus):
        teksten = [(pagina.body, pagina.eerste_bodyregel, ""), *_velden(casus_velden(kaart))]
        auteursteksten = _velden(bron_velden(kaart.bronnen, "titel"))
        pseudoniemen = kaart.pseudoniemen
    else:
        voorbeeld = sectie(pagina.body, VOORBEELDKOPJE)
        teksten = [(voorbeeld.tekst, pagina.eerste_bodyregel + voorbeeld.regel - 1, "")] if voorbeeld else []
        teksten += _velden(werkvorm_velden(kaart))
        auteursteksten = _velden(werkvorm_auteursvelden(kaart))
        pseudoniemen = []
    return _vondsten(pagina, teksten, lijsten, pseudoniemen, ()) + _vondsten(
        pagina, auteursteksten, lijsten, (), anonimiteit.PERSOONSGEGEVENS
    )


def _vondsten(pagina: Pagina, teksten: list[tuple[str, int, str]], lijsten, pseudoniemen, controles: tuple) -> list[Probleem]:
    # One pass over all of a file's texts; only a file with a hit is checked field by field, to name the field.
    if not anonimiteit.controleer("\n".join(tekst for tekst, _, _ in teksten), lijsten, pseudoniemen, controles=controles):
        return []
    return [
        Probleem(pagina.bestand, f"{veld}: {vondst.melding_zonder_regel()}" if veld else vondst.melding())
        for tekst, eerste, veld in teksten
        for vondst in anonimiteit.controleer(tekst, lijsten, pseudoniemen, eerste, controles)
    ]


def persoonsgegevens_in_pagina(pagina: Pagina) -> list[Probleem]:
    """Any other page names real authors and organisations, but never contact details or 'meneer Jansen'."""
    lijsten = anonimiteit.laad_lijsten()
    return _vondsten(pagina, [(pagina.body, pagina.eerste_bodyregel, "")], lijsten, (), anonimiteit.PERSOONSGEGEVENS)


def _velden(velden: dict[str, str]) -> list[tuple[str, int, str]]:
    return [(tekst, 1, veld) for veld, tekst in velden.items()]


def bron_velden(bronnen, *velden: str) -> dict[str, str]:
    return {
        f"bronnen[{i}].{veld}": getattr(bron, veld)
        for i, bron in enumerate(bronnen, start=1)
        for veld in velden
        if getattr(bron, veld, None)
    }


def casus_velden(casus: Casus) -> dict[str, str]:
    """A casus' card text by field name; of its sources only the notes, since authors are named on purpose."""
    velden = {veld: getattr(casus, veld) for veld in ("titel", "samenvatting", "setting", "vraag", "looptijd", "herkomst")}
    return velden | bron_velden(casus.bronnen, "noot")


def werkvorm_velden(werkvorm: Werkvorm) -> dict[str, str]:
    """The card text of a werkvorm that describes practice."""
    velden = {veld: getattr(werkvorm, veld) for veld in ("samenvatting", "online", "grote_groep", "inkorten") if getattr(werkvorm, veld)}
    velden |= {f"benodigdheden[{i}]": ding for i, ding in enumerate(werkvorm.benodigdheden, start=1)}
    velden |= {f"rollen[{i}].taak": rol.taak for i, rol in enumerate(werkvorm.rollen, start=1)}
    for i, stap in enumerate(werkvorm.stappen, start=1):
        velden[f"stappen[{i}].naam"] = stap.naam
        velden[f"stappen[{i}].wat"] = stap.wat
        velden |= {f"stappen[{i}].taken.{rol}": taak for rol, taak in stap.taken.items()}
        velden |= {f"stappen[{i}].vragen[{j}]": vraag for j, vraag in enumerate(stap.vragen, start=1)}
    return velden


def werkvorm_auteursvelden(werkvorm: Werkvorm) -> dict[str, str]:
    """The card text of a werkvorm that names the method's authors ('Walt Disney', 'Byron Katie') on purpose."""
    velden = {veld: getattr(werkvorm, veld) for veld in ("titel", "herkomst", "aanpassing") if getattr(werkvorm, veld)}
    velden |= {f"aliassen[{i}]": alias for i, alias in enumerate(werkvorm.aliassen, start=1)}
    return velden | bron_velden(werkvorm.bronnen, "titel", "noot")


@dataclass(frozen=True)
class GecontroleerdeKaart:
    """One card file after every check that needs only this file: the card (None when its fields are invalid)
    and the problems found."""

    pagina: Pagina
    kaart: Kaart | None
    problemen: tuple[Probleem, ...]


def controleer_kaart(pagina: Pagina) -> GecontroleerdeKaart:
    kaart, problemen = valideer(pagina, soort_van(pagina.bestand))
    # A file that breaks a rule of its own text gets that message alone: '<ScRiPt>' is no organisation's name.
    if kaart is not None and not problemen:
        problemen += anonimiteitsproblemen(pagina, kaart)
    return GecontroleerdeKaart(pagina, kaart, tuple(problemen))


@lru_cache(maxsize=BEWAARDE_BESTANDEN)
def lees_en_controleer(tekst: str, bestand: str) -> GecontroleerdeKaart | Probleem:
    """A card file's text read and checked, or the reason it cannot be read; the same text is checked once."""
    try:
        return controleer_kaart(lees_pagina(tekst, bestand, kop_verplicht=True))
    except LeesFout as fout:
        return Probleem(bestand, str(fout))
