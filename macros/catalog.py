"""Loads and validates every content file once, before any page is rendered.

MkDocs hands pages to plugins one at a time, so page N cannot see page N+1's
front matter. Reading all of it up front gives every renderer the whole
catalog and lets one run report every problem in every file at once; `make
check` and `make build` call this same function, so they agree on what is valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from macros import anonimiteit
from macros.kopjes import CASUS_KOPJES, VERPLICHTE_KOPJES, controleer_body, sectie
from macros.lezen import LeesFout, Pagina, lees_pagina, lees_tekst
from macros.meldingen import fouten_als_zinnen
from macros.model import Begrip, Begrippenlijst, Casus, Werkvorm
from macros.plaatsing import CASUSSEN_MAP, OVERZICHTSPAGINA, WERKVORMEN_MAP, inhoudsbestanden, plaatsfout, verdwaalde_kaart
from macros.ruwe_html import onveilige_opmaak
from macros.tekstregels import beschrijf_teken, onzichtbaar_teken

BEGRIPPENPAGINA = "begrippen.md"
VOORBEELDKOPJE = VERPLICHTE_KOPJES[-1]
MAX_BODY = 60_000
"""Characters of Markdown under the front matter; a much longer page breaks search in the browser."""


@dataclass(frozen=True)
class Probleem:
    """One thing an author must fix: where it is and what is wrong, in Dutch."""

    bestand: str
    melding: str

    def __str__(self) -> str:
        return f"{self.bestand}: {self.melding}"


class InhoudFout(Exception):
    """Raised with every problem of the whole content at once, so authors fix them in one go."""

    def __init__(self, problemen: list[Probleem]):
        self.problemen = problemen
        regels = "\n".join(f"  - {probleem}" for probleem in problemen)
        super().__init__(f"De inhoud bevat {len(problemen)} fout(en):\n{regels}")


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


@dataclass(frozen=True)
class Catalogus:
    werkvormen: dict[str, Werkvorm]
    bodies: dict[str, str] = field(default_factory=dict)
    casussen: dict[str, Casus] = field(default_factory=dict)
    casus_bodies: dict[str, str] = field(default_factory=dict)
    begrippen: tuple[Begrip, ...] = ()

    def op_titel(self) -> list[Werkvorm]:
        return sorted(self.werkvormen.values(), key=lambda werkvorm: werkvorm.titel.casefold())

    def casussen_op_titel(self) -> list[Casus]:
        return sorted(self.casussen.values(), key=lambda casus: casus.titel.casefold())

    def casussen_met_werkvorm(self, werkvorm_id: str) -> list[Casus]:
        return [casus for casus in self.casussen_op_titel() if werkvorm_id in casus.werkvormen]


def valideer(pagina: Pagina, soort: Soort = WERKVORM) -> tuple[Kaart | None, list[Probleem]]:
    """Validates one file on its own: card fields, body sections and markup, id against file name."""
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


def bouw_catalogus(paginas: list[Pagina], begrippen: tuple[Begrip, ...] = ()) -> Catalogus:
    """Validates all cards together: each file, unique ids, references between files, pseudonyms and anonymity."""
    items: dict[str, dict[str, Kaart]] = {WERKVORMEN_MAP: {}, CASUSSEN_MAP: {}}
    geldig: dict[str, Pagina] = {}
    problemen: list[Probleem] = []
    for pagina in paginas:
        soort = soort_van(pagina.bestand)
        item, eigen_problemen = valideer(pagina, soort)
        problemen.extend(eigen_problemen)
        if item is None or item.id != Path(pagina.bestand).stem:
            continue
        if item.id in items[soort.map]:
            eerder = geldig[f"{soort.map}/{item.id}"].bestand
            problemen.append(Probleem(pagina.bestand, f"id: '{item.id}' wordt ook gebruikt in {eerder}; elke id is uniek"))
            continue
        items[soort.map][item.id] = item
        geldig[f"{soort.map}/{item.id}"] = pagina
    werkvormen = {id_: w for id_, w in items[WERKVORMEN_MAP].items() if isinstance(w, Werkvorm)}
    casussen = {id_: c for id_, c in items[CASUSSEN_MAP].items() if isinstance(c, Casus)}
    bestaand = {Path(pagina.bestand).stem for pagina in paginas if soort_van(pagina.bestand) == WERKVORM}
    problemen += _verwijzingen(werkvormen, casussen, geldig, bestaand)
    problemen += _pseudoniemen_eenmalig(casussen, geldig)
    problemen += _anonimiteit(geldig, werkvormen, casussen)
    if problemen:
        raise InhoudFout(problemen)
    return Catalogus(
        werkvormen=werkvormen,
        bodies={id_: geldig[f"{WERKVORMEN_MAP}/{id_}"].body for id_ in werkvormen},
        casussen=casussen,
        casus_bodies={id_: geldig[f"{CASUSSEN_MAP}/{id_}"].body for id_ in casussen},
        begrippen=begrippen,
    )


def _verwijzingen(werkvormen: dict, casussen: dict, geldig: dict[str, Pagina], bestaand: set[str]) -> list[Probleem]:
    """References to werkvormen that have no file; a werkvorm file with its own errors counts as existing,
    so one broken card gives its own messages and not one more in every card that names it."""

    def onbekend(map_: str, item, veld: str, doel: str) -> Probleem:
        return Probleem(
            geldig[f"{map_}/{item.id}"].bestand,
            f"{veld}: '{doel}' is geen bestaande werkvorm; gebruik de id van een bestand in docs/werkvormen/",
        )

    problemen = [onbekend(WERKVORMEN_MAP, w, "verwant", doel) for w in werkvormen.values() for doel in w.verwant if doel not in bestaand]
    problemen += [onbekend(CASUSSEN_MAP, c, "werkvormen", doel) for c in casussen.values() for doel in c.werkvormen if doel not in bestaand]
    return problemen


def _pseudoniemen_eenmalig(casussen: dict[str, Casus], geldig: dict[str, Pagina]) -> list[Probleem]:
    """A pseudonym used in two cases suggests they are about the same person; each name appears once on the site."""
    eerst: dict[str, str] = {}
    problemen = []
    for casus in sorted(casussen.values(), key=lambda c: c.id):
        for naam in casus.pseudoniemen:
            if naam in eerst:
                problemen.append(
                    Probleem(
                        geldig[f"{CASUSSEN_MAP}/{casus.id}"].bestand,
                        f"pseudoniemen: '{naam}' staat ook in {geldig[f'{CASUSSEN_MAP}/{eerst[naam]}'].bestand}; "
                        "kies een voornaam die nog nergens op de site gebruikt is",
                    )
                )
            else:
                eerst[naam] = casus.id
    return problemen


def _anonimiteit(geldig: dict[str, Pagina], werkvormen: dict[str, Werkvorm], casussen: dict[str, Casus]) -> list[Probleem]:
    """Checks all text where a person could be named: a casus' body and card, a werkvorm's example and step texts."""
    lijsten = anonimiteit.laad_lijsten()
    problemen = []
    for sleutel, pagina in geldig.items():
        map_, id_ = sleutel.split("/")
        if map_ == CASUSSEN_MAP:
            casus = casussen[id_]
            teksten = [(pagina.body, pagina.eerste_bodyregel, ""), *_velden(casus_velden(casus))]
            pseudoniemen = casus.pseudoniemen
        else:
            voorbeeld = sectie(pagina.body, VOORBEELDKOPJE)
            teksten = [(voorbeeld.tekst, pagina.eerste_bodyregel + voorbeeld.regel - 1, "")] if voorbeeld else []
            teksten += _velden(werkvorm_velden(werkvormen[id_]))
            pseudoniemen = []
        for tekst, eerste, veld in teksten:
            for vondst in anonimiteit.controleer(tekst, lijsten, pseudoniemen, eerste):
                problemen.append(Probleem(pagina.bestand, f"{veld}: {vondst.melding_zonder_regel()}" if veld else vondst.melding()))
    return problemen


def _velden(velden: dict[str, str]) -> list[tuple[str, int, str]]:
    return [(tekst, 1, veld) for veld, tekst in velden.items()]


def casus_velden(casus: Casus) -> dict[str, str]:
    """A casus' card text by field name; of its sources only the notes, since authors are named on purpose."""
    velden = {veld: getattr(casus, veld) for veld in ("titel", "samenvatting", "setting", "vraag", "looptijd", "herkomst")}
    velden |= {f"bronnen[{i}].noot": bron.noot for i, bron in enumerate(casus.bronnen, start=1) if bron.noot}
    return velden


def werkvorm_velden(werkvorm: Werkvorm) -> dict[str, str]:
    """The card text of a werkvorm that describes practice; its title, sources and origin name real authors on purpose."""
    velden = {veld: getattr(werkvorm, veld) for veld in ("samenvatting", "online", "grote_groep", "inkorten") if getattr(werkvorm, veld)}
    velden |= {f"benodigdheden[{i}]": ding for i, ding in enumerate(werkvorm.benodigdheden, start=1)}
    velden |= {f"rollen[{i}].taak": rol.taak for i, rol in enumerate(werkvorm.rollen, start=1)}
    for i, stap in enumerate(werkvorm.stappen, start=1):
        velden[f"stappen[{i}].wat"] = stap.wat
        velden |= {f"stappen[{i}].taken.{rol}": taak for rol, taak in stap.taken.items()}
        velden |= {f"stappen[{i}].vragen[{j}]": vraag for j, vraag in enumerate(stap.vragen, start=1)}
    return velden


def lees_begrippen(pagina: Pagina) -> tuple[Begrip, ...]:
    """The glossary lives in the front matter of docs/begrippen.md."""
    try:
        lijst = Begrippenlijst.model_validate({"begrippen": pagina.kop.get("begrippen")})
    except ValidationError as fout:
        raise InhoudFout([Probleem(pagina.bestand, zin) for zin in fouten_als_zinnen(fout)]) from None
    return tuple(lijst.begrippen)


def laad_catalogus(docs_dir: Path) -> Catalogus:
    """Reads every page under docs_dir once; raises InhoudFout listing all problems of all files."""
    docs_dir = Path(docs_dir)
    kaarten: list[Pagina] = []
    begrippen: tuple[Begrip, ...] = ()
    problemen: list[Probleem] = []
    for pad in inhoudsbestanden(docs_dir):
        naam = _naam(pad, docs_dir)
        if melding := plaatsfout(pad, docs_dir):
            problemen.append(Probleem(naam, melding))
            continue
        map_ = pad.parent.relative_to(docs_dir).as_posix()
        is_kaart = map_ in KAARTSOORTEN and pad.name != OVERZICHTSPAGINA
        try:
            pagina = lees_pagina(lees_tekst(pad), naam, kop_verplicht=is_kaart)
        except LeesFout as fout:
            problemen.append(Probleem(naam, str(fout)))
            continue
        if is_kaart:
            kaarten.append(pagina)
            continue
        problemen += body_problemen(pagina)
        if melding := verdwaalde_kaart(pagina.kop):
            problemen.append(Probleem(naam, melding))
        if pad == docs_dir / BEGRIPPENPAGINA:
            try:
                begrippen = lees_begrippen(pagina)
            except InhoudFout as fout:
                problemen += fout.problemen
    try:
        catalogus = bouw_catalogus(kaarten, begrippen)
    except InhoudFout as fout:
        raise InhoudFout(problemen + fout.problemen) from None
    if problemen:
        raise InhoudFout(problemen)
    return catalogus


def _naam(pad: Path, docs_dir: Path) -> str:
    return pad.relative_to(docs_dir.parent).as_posix()
