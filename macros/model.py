"""The cards: werkvorm, casus and glossary term, with every rule an author can break.

The front matter of a content file *is* its card, so the rules live here, and
every broken rule becomes one Dutch sentence that names the field, the value
found and what is allowed (see macros/meldingen.py).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field, StrictBool, StrictInt, StringConstraints, field_validator, model_validator

from macros.basis import Strikt
from macros.bronnen import Bron
from macros.tekstregels import EEN_REGEL, Max, Tekst
from macros.woordenlijsten import Baken, Niveau, OnlineGeschikt, Soort, Thema, Vraagtype

IEDEREEN = "iedereen"
MAX_SAMENVATTING = 120
MAX_UITLEG = 300
KORTSTE_SESSIE = 10
LANGSTE_SESSIE = 480
"""The longest session a werkvorm may take or be scaled to; regels.js has the same bound (MAX_DUUR), a test keeps them equal."""
SLUG_PATROON = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ZINSEINDE_MIDDENIN = re.compile(r"[.!?]\s+\S")
VASTE_TIJD = re.compile(
    r"\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|zestig)"
    r"\s+(?:minuut|minuten)\b|\b(?:een|een half|anderhalf|half)\s+(?:kwartier|uur)\b",
    re.IGNORECASE,
)


def _een_zin(tekst: str) -> str:
    """A card's summary is one plain line: the overviews, the kiezer and search results show it as such."""
    if ZINSEINDE_MIDDENIN.search(tekst):
        raise ValueError("bestaat uit meer dan één zin; schrijf één korte zin in eenvoudige taal")
    return tekst


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATROON, max_length=60)]
Samenvatting = Annotated[Annotated[Tekst, Max(MAX_SAMENVATTING), EEN_REGEL], Field(min_length=20), AfterValidator(_een_zin)]
VOORNAAM = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(-[A-ZÀ-Ý][a-zà-ÿ]+)?$")


def _voornaam(naam: str) -> str:
    if not VOORNAAM.match(naam):
        raise ValueError(f"'{naam}' is geen voornaam zoals die in de tekst staat; schrijf hem met een hoofdletter, zoals 'Anouk'")
    return naam


Voornaam = Annotated[str, AfterValidator(_voornaam)]
Minuten = Annotated[StrictInt, Field(ge=1, le=240)]


def rol_label(rol: str) -> str:
    """Shows a role slug as a word a reader knows: `reflecterend-team` → `Reflecterend team`."""
    return rol.replace("-", " ").capitalize()


def lijst(waarden) -> str:
    return ", ".join(f"'{waarde}'" for waarde in sorted(waarden))


def _eenmalig(waarden: list) -> list:
    dubbel = sorted({waarde for waarde in waarden if waarden.count(waarde) > 1})
    if dubbel:
        raise ValueError(f"{lijst(dubbel)} staat er meer dan één keer in")
    return waarden


Vraagtypes = Annotated[list[Vraagtype], Field(min_length=1), AfterValidator(_eenmalig)]
Bakenlijst = Annotated[list[Baken], Field(min_length=1), AfterValidator(_eenmalig)]
Themalijst = Annotated[list[Thema], Field(min_length=1), AfterValidator(_eenmalig)]
Idlijst = Annotated[list[Slug], AfterValidator(_eenmalig)]


class Groepsgrootte(Strikt):
    min: Annotated[StrictInt, Field(ge=2, le=30)]
    max: Annotated[StrictInt, Field(ge=2, le=30)]

    @model_validator(mode="after")
    def _min_niet_boven_max(self) -> Groepsgrootte:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is groter dan max ({self.max}); min moet kleiner of gelijk zijn")
        return self


class Rol(Strikt):
    rol: Slug
    taak: Annotated[Tekst, Max(400)]

    @property
    def label(self) -> str:
        return rol_label(self.rol)


class Stap(Strikt):
    naam: Annotated[Tekst, Max(60), EEN_REGEL]
    minuten: Minuten
    wie: Annotated[list[Slug], Field(min_length=1), AfterValidator(_eenmalig)]
    wat: Annotated[Tekst, Max(600)]
    taken: dict[Slug, Annotated[Tekst, Max(400)]]
    vragen: Annotated[list[Annotated[Tekst, Max(300)]], Field(max_length=10)] = []

    @model_validator(mode="after")
    def _noemt_geen_vaste_tijd(self) -> Stap:
        """The step table shows the minutes and scales them to the session; a fixed time in the text would not."""
        for tekst in (self.wat, *self.vragen, *self.taken.values()):
            if treffer := VASTE_TIJD.search(tekst):
                raise ValueError(
                    f"stap '{self.naam}' noemt een vaste tijd ('{treffer.group(0)}'); de tijden staan in 'minuten' en schalen mee "
                    "met de sessieduur; schrijf bijvoorbeeld 'kort' of 'een paar minuten'"
                )
        return self

    @field_validator("wie")
    @classmethod
    def _iedereen_staat_alleen(cls, wie: list[str]) -> list[str]:
        if IEDEREEN in wie and len(wie) > 1:
            raise ValueError(f"'{IEDEREEN}' staat alleen; gevonden: {wie}")
        return wie


class Werkvorm(Strikt):
    id: Slug
    titel: Annotated[Tekst, Max(80), EEN_REGEL]
    samenvatting: Samenvatting
    soort: Soort
    vraagtypes: Vraagtypes
    duur: Annotated[StrictInt, Field(ge=5, le=LANGSTE_SESSIE)]
    kortste_duur: Annotated[StrictInt, Field(ge=KORTSTE_SESSIE, le=LANGSTE_SESSIE)]
    inkorten: Annotated[Tekst, Max(600)] | None = None
    groepsgrootte: Groepsgrootte
    grote_groep: Annotated[Tekst, Max(600)] | None = None
    online: Annotated[Tekst, Max(1000)]
    online_geschikt: OnlineGeschikt
    niveau: Niveau
    aanpassing: Annotated[Tekst, Max(800)] | None = None
    herkomst: Annotated[Tekst, Max(600)] | None = None
    rollen: Annotated[list[Rol], Field(min_length=1, max_length=10)]
    stappen: Annotated[list[Stap], Field(min_length=2, max_length=20)]
    benodigdheden: list[Annotated[Tekst, Max(200)]] = []
    bronnen: Annotated[list[Bron], Field(min_length=1, max_length=12)]
    bakens: Bakenlijst
    verwant: Idlijst = []
    aliassen: list[Annotated[Tekst, Max(60), EEN_REGEL]] = []
    kijkt_terug: StrictBool = False

    @model_validator(mode="after")
    def _samenhang(self) -> Werkvorm:
        problemen = [
            *self._stappen_tellen_op(),
            *self._kortste_duur_past(),
            *self._herkomst_zonder_publicatie(),
            *self._rollen_uniek(),
            *self._sprekers_zijn_rollen(),
            *self._taken_per_rol(),
        ]
        if self.id in self.verwant:
            problemen.append(f"verwant: '{self.id}' verwijst naar zichzelf; noem alleen andere werkvormen")
        if problemen:
            raise ValueError("; ".join(problemen))
        return self

    def _stappen_tellen_op(self) -> list[str]:
        totaal = sum(stap.minuten for stap in self.stappen)
        if totaal == self.duur:
            return []
        return [f"duur: {self.duur} minuten, maar de stappen tellen op tot {totaal}; maak ze gelijk"]

    def _kortste_duur_past(self) -> list[str]:
        if self.kortste_duur > self.duur:
            return [f"kortste_duur: {self.kortste_duur} minuten is langer dan de duur ({self.duur}); de kortste duur is hoogstens de duur"]
        if self.kortste_duur < len(self.stappen):
            return [f"kortste_duur: {self.kortste_duur} minuten is te kort voor {len(self.stappen)} stappen van minstens een minuut"]
        if self.kortste_duur < self.duur and not self.inkorten:
            return ["inkorten: ontbreekt; zeg welke stappen korter worden of vervallen als de groep maar de kortste duur heeft"]
        return []

    def _herkomst_zonder_publicatie(self) -> list[str]:
        if any(bron.is_publicatie for bron in self.bronnen) or self.herkomst:
            return []
        return [
            "herkomst: ontbreekt; zonder boek, artikel of rapport als bron zeg je hier eerlijk dat de werkvorm uit de praktijk komt "
            "en welke bronnen hem beschrijven"
        ]

    def _rollen_uniek(self) -> list[str]:
        namen = [rol.rol for rol in self.rollen]
        dubbel = sorted({naam for naam in namen if namen.count(naam) > 1})
        return [f"rollen: '{naam}' staat er meer dan één keer in" for naam in dubbel]

    def _sprekers_zijn_rollen(self) -> list[str]:
        toegestaan = {rol.rol for rol in self.rollen} | {IEDEREEN}
        return [
            f"stappen[{nummer}].wie: '{spreker}' is geen rol van deze werkvorm; kies uit {lijst(toegestaan)}"
            for nummer, stap in enumerate(self.stappen, start=1)
            for spreker in stap.wie
            if spreker not in toegestaan
        ]

    def _taken_per_rol(self) -> list[str]:
        rollen = [rol.rol for rol in self.rollen]
        problemen = []
        for nummer, stap in enumerate(self.stappen, start=1):
            ontbreekt = [rol for rol in rollen if rol not in stap.taken]
            onbekend = [rol for rol in stap.taken if rol not in rollen]
            if ontbreekt:
                problemen.append(f"stappen[{nummer}].taken: geen taak voor {lijst(ontbreekt)}; elke rol krijgt per stap een taak")
            if onbekend:
                problemen.append(f"stappen[{nummer}].taken: {lijst(onbekend)} is geen rol van deze werkvorm; kies uit {lijst(rollen)}")
        return problemen

    def rol(self, naam: str) -> Rol:
        return next(rol for rol in self.rollen if rol.rol == naam)


class Casus(Strikt):
    """A practice case; `thema's` is spelled as authors write it, `themas` in code."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: Slug
    titel: Annotated[Tekst, Max(100), EEN_REGEL]
    samenvatting: Samenvatting
    setting: Annotated[Tekst, Max(200)]
    vraag: Annotated[Tekst, Max(300)]
    werkvormen: Annotated[Idlijst, Field(min_length=1)]
    bakens: Bakenlijst
    themas: Themalijst = Field(alias="thema's")
    looptijd: Annotated[Tekst, Max(100), EEN_REGEL]
    pseudoniemen: Annotated[list[Voornaam], AfterValidator(_eenmalig)] = []
    herkomst: Annotated[Tekst, Max(600)]
    bronnen: Annotated[list[Bron], Field(max_length=12)] = []


class Begrip(Strikt):
    """A glossary term; `vormen` are the exact spellings in running text that get its tooltip."""

    term: Annotated[Tekst, Max(60), EEN_REGEL]
    uitleg: Annotated[Annotated[Tekst, Max(MAX_UITLEG)], Field(min_length=10)]
    vormen: Annotated[list[Annotated[Tekst, Max(60), EEN_REGEL]], Field(min_length=1)]
    bron: Bron | None = None


class Begrippenlijst(Strikt):
    begrippen: Annotated[list[Begrip], Field(min_length=1)]

    @model_validator(mode="after")
    def _vormen_uniek(self) -> Begrippenlijst:
        gezien: dict[str, str] = {}
        problemen = []
        for begrip in self.begrippen:
            for vorm in begrip.vormen:
                if vorm in gezien and gezien[vorm] != begrip.term:
                    problemen.append(
                        f"begrippen: vorm '{vorm}' staat bij '{gezien[vorm]}' en bij '{begrip.term}'; een vorm hoort bij één begrip"
                    )
                gezien[vorm] = begrip.term
        if problemen:
            raise ValueError("; ".join(problemen))
        return self
