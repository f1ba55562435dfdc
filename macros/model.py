"""The werkvorm card: vocabularies, the pydantic model and its Dutch error messages.

The front matter of a werkvorm file *is* the card, so every rule an author can
break lives here, and every broken rule becomes one Dutch sentence that names
the field, the value found and what is allowed.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

VRAAGTYPES: dict[str, str] = {
    "concreet-probleem": "Concreet probleem",
    "houding-en-gedrag": "Houding en gedrag",
    "dilemma": "Dilemma",
    "emotie": "Emotie",
    "samenwerking": "Samenwerking",
    "kennisvraag": "Kennisvraag",
    "leren-van-succes": "Leren van succes",
}

NIVEAUS: dict[str, str] = {
    "starter": "Starter",
    "gevorderd": "Gevorderd",
}

BAKENS: dict[str, str] = {
    "vraag-achter-de-vraag": "Gericht op de vraag achter de vraag",
    "eigen-kracht": "Gebaseerd op de eigen kracht van de burger",
    "direct-erop-af": "Direct eropaf",
    "formeel-en-informeel": "Formeel en informeel in optimale verhouding",
    "collectief-en-individueel": "Doordachte balans van collectief en individueel",
    "integraal-werken": "Integraal werken",
    "resultaatgericht": "Niet vrijblijvend, maar resultaatgericht",
    "ruimte-en-vertrouwen": "Gebaseerd op ruimte voor de professional en vertrouwen",
}

THEMAS: dict[str, str] = {
    "gekanteld-werken": "Gekanteld werken en eigen kracht",
    "informeel-netwerk": "Samenwerken met het informele netwerk",
    "doelgericht-werken": "Doelgericht werken met gezinnen",
    "veiligheid": "Veiligheid samen inschatten",
    "samenwerken-in-het-team": "Samenwerken in het sociale team",
    "tijd-en-regelruimte": "Tijd en regelruimte",
    "effect-zichtbaar-maken": "Effect zichtbaar maken",
}

IEDEREEN = "iedereen"

VERPLICHTE_KOPJES: tuple[str, ...] = (
    "Wanneer gebruik je deze werkvorm",
    "Voorbereiding",
    "Valkuilen en tips",
    "Varianten",
    "Voorbeeld",
)
"""The body's own sections, in order; the steps are rendered before the third."""

CASUS_KOPJES: tuple[str, ...] = ("Situatie", "Vraag", "Aanpak", "Resultaat", "Leerpunten")
MAX_UITLEG = 300

MAX_SAMENVATTING = 200
SLUG_PATROON = r"^[a-z0-9]+(-[a-z0-9]+)*$"

SJABLOONCODE = ("{{", "{%")


def _geen_sjablooncode(tekst: str) -> str:
    """Card data is text for people and for werkvormen.json; template code in it is always a slip."""
    if any(teken in tekst for teken in SJABLOONCODE):
        raise ValueError("bevat sjablooncode ('{{' of '{%'); schrijf gewone tekst")
    return tekst


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATROON)]
Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_geen_sjablooncode)]
Samenvatting = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=20, max_length=MAX_SAMENVATTING), AfterValidator(_geen_sjablooncode)
]
Voornaam = Annotated[str, StringConstraints(pattern=r"^[A-ZÀ-Ý][a-zà-ÿ]+(-[A-ZÀ-Ý][a-zà-ÿ]+)?$")]


def rol_label(rol: str) -> str:
    """Shows a role slug as a word a reader knows: `reflecterend-team` → `Reflecterend team`."""
    return rol.replace("-", " ").capitalize()


def _alleen_uit(waarden: list[str], woordenlijst: dict[str, str]) -> list[str]:
    onbekend = [waarde for waarde in waarden if waarde not in woordenlijst]
    if onbekend:
        raise ValueError(f"onbekende waarde {_lijst(onbekend)}; toegestaan: {_lijst(woordenlijst)}")
    dubbel = sorted({waarde for waarde in waarden if waarden.count(waarde) > 1})
    if dubbel:
        raise ValueError(f"{_lijst(dubbel)} staat er meer dan één keer in")
    return waarden


def _lijst(waarden) -> str:
    return ", ".join(f"'{waarde}'" for waarde in sorted(waarden))


def _keuzelijst(woordenlijst: dict[str, str]):
    """A non-empty list of values from a fixed vocabulary, each at most once."""
    return Annotated[list[str], Field(min_length=1), AfterValidator(lambda waarden: _alleen_uit(waarden, woordenlijst))]


Vraagtypes = _keuzelijst(VRAAGTYPES)
Bakenlijst = _keuzelijst(BAKENS)
Themalijst = _keuzelijst(THEMAS)
Niveau = Annotated[str, AfterValidator(lambda niveau: _alleen_uit([niveau], NIVEAUS)[0])]


class Strikt(BaseModel):
    """Unknown fields are typos; a card with a typo must not build quietly."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Groepsgrootte(Strikt):
    min: int = Field(ge=2, le=30)
    max: int = Field(ge=2, le=30)

    @model_validator(mode="after")
    def _min_niet_boven_max(self) -> Groepsgrootte:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is groter dan max ({self.max}); min moet kleiner of gelijk zijn")
        return self


class Rol(Strikt):
    rol: Slug
    taak: Tekst

    @property
    def label(self) -> str:
        return rol_label(self.rol)


class Stap(Strikt):
    naam: Tekst
    minuten: int = Field(ge=1, le=240)
    wie: list[Slug] = Field(min_length=1)
    wat: Tekst
    taken: dict[Slug, Tekst]
    vragen: list[Tekst] = []

    @field_validator("wie")
    @classmethod
    def _iedereen_staat_alleen(cls, wie: list[str]) -> list[str]:
        if IEDEREEN in wie and len(wie) > 1:
            raise ValueError(f"'{IEDEREEN}' staat alleen; gevonden: {wie}")
        return wie


class Bron(Strikt):
    auteur: Tekst
    titel: Tekst
    jaar: int | None = Field(default=None, ge=1900, le=2100)
    uitgever: Tekst | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None
    noot: Tekst | None = None


class Werkvorm(Strikt):
    id: Slug
    titel: Tekst
    samenvatting: Samenvatting
    vraagtypes: Vraagtypes
    duur: int = Field(ge=5, le=480)
    groepsgrootte: Groepsgrootte
    niveau: Niveau
    rollen: list[Rol] = Field(min_length=1)
    stappen: list[Stap] = Field(min_length=2)
    benodigdheden: list[Tekst] = []
    bronnen: list[Bron] = Field(min_length=1)
    bakens: Bakenlijst
    verwant: list[Slug] = []
    aliassen: list[Tekst] = []

    @model_validator(mode="after")
    def _samenhang(self) -> Werkvorm:
        problemen = [
            *self._stappen_tellen_op(),
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

    def _rollen_uniek(self) -> list[str]:
        namen = [rol.rol for rol in self.rollen]
        dubbel = sorted({naam for naam in namen if namen.count(naam) > 1})
        return [f"rollen: '{naam}' staat er meer dan één keer in" for naam in dubbel]

    def _sprekers_zijn_rollen(self) -> list[str]:
        toegestaan = {rol.rol for rol in self.rollen} | {IEDEREEN}
        return [
            f"stappen[{nummer}].wie: '{spreker}' is geen rol van deze werkvorm; kies uit {_lijst(toegestaan)}"
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
                problemen.append(f"stappen[{nummer}].taken: geen taak voor {_lijst(ontbreekt)}; elke rol krijgt per stap een taak")
            if onbekend:
                problemen.append(f"stappen[{nummer}].taken: {_lijst(onbekend)} is geen rol van deze werkvorm; kies uit {_lijst(rollen)}")
        return problemen

    def rol(self, naam: str) -> Rol:
        return next(rol for rol in self.rollen if rol.rol == naam)


class Casus(Strikt):
    """A practice case; `thema's` is spelled as authors write it, `themas` in code."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: Slug
    titel: Tekst
    samenvatting: Samenvatting
    setting: Tekst
    vraag: Tekst
    werkvormen: list[Slug] = Field(min_length=1)
    bakens: Bakenlijst
    themas: Themalijst = Field(alias="thema's")
    looptijd: Tekst
    pseudoniemen: list[Voornaam] = []
    bronnen: list[Bron] = Field(min_length=1)


class Begrip(Strikt):
    """A glossary term; `vormen` are the exact spellings in running text that get its tooltip."""

    term: Tekst
    uitleg: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=10, max_length=MAX_UITLEG), AfterValidator(_geen_sjablooncode)
    ]
    vormen: list[Tekst] = Field(min_length=1)


class Begrippenlijst(Strikt):
    begrippen: list[Begrip] = Field(min_length=1)

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


def kopjes_in(body: str) -> list[str]:
    """The `## ` headings of a Markdown body, skipping fenced code where `##` is not a heading."""
    kopjes, in_code = [], False
    for regel in body.splitlines():
        if regel.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        elif not in_code and (treffer := re.match(r"^##\s+(.+?)\s*#*\s*$", regel)):
            kopjes.append(treffer.group(1))
    return kopjes


def controleer_body(body: str, verplicht: tuple[str, ...] = VERPLICHTE_KOPJES) -> list[str]:
    """Checks that the body has exactly the required sections in order, each with text."""
    gevonden = kopjes_in(body)
    problemen = []
    if gevonden != list(verplicht):
        problemen.append(
            f"tekst: de kopjes zijn {gevonden or 'geen'}; verplicht zijn precies deze '## '-kopjes in deze volgorde: "
            + ", ".join(verplicht)
        )
    if re.search(r"^#\s", body, flags=re.MULTILINE):
        problemen.append("tekst: bevat een '# '-kop; de titel komt uit het veld 'titel', schrijf hem niet zelf")
    for kopje, inhoud in _secties(body).items():
        if kopje in verplicht and len(inhoud.split()) < 15:
            problemen.append(
                f"tekst: het kopje '{kopje}' heeft te weinig tekst ({len(inhoud.split())} woorden); schrijf minstens 15 woorden"
            )
    return problemen


def _secties(body: str) -> dict[str, str]:
    delen = re.split(r"^##\s+(.+?)\s*$", body, flags=re.MULTILINE)
    return {delen[i]: delen[i + 1] for i in range(1, len(delen) - 1, 2)}


def fouten_als_zinnen(fout: ValidationError) -> list[str]:
    """Turns pydantic's English errors into Dutch sentences naming field, value and what is allowed."""
    return [_zin(detail) for detail in fout.errors(include_url=False)]


def _zin(detail: dict) -> str:
    veld = _veldpad(detail["loc"])
    waarde = detail.get("input")
    soort = detail["type"]
    context = detail.get("ctx") or {}
    if soort == "value_error":
        bericht = str(context.get("error", detail["msg"]))
        return f"{veld}: {bericht}" if veld else bericht
    uitleg = _UITLEG.get(soort, "deze waarde is niet toegestaan")
    if callable(uitleg):
        uitleg = uitleg(context)
    if soort == "missing":
        return f"{veld}: ontbreekt; dit veld is verplicht"
    return f"{veld}: waarde {_toon(waarde)} klopt niet; {uitleg}"


def _veldpad(loc: tuple) -> str:
    pad = ""
    for deel in loc:
        if isinstance(deel, int):
            pad += f"[{deel + 1}]"
        else:
            pad += f".{deel}" if pad else str(deel)
    return pad


def _toon(waarde) -> str:
    tekst = repr(waarde)
    return tekst if len(tekst) <= 80 else tekst[:77] + "..."


_UITLEG = {
    "int_type": "verwacht een heel getal",
    "int_parsing": "verwacht een heel getal",
    "int_from_float": "verwacht een heel getal, zonder komma",
    "string_type": "verwacht tekst",
    "list_type": "verwacht een lijst, zoals [a, b]",
    "dict_type": "verwacht velden met een naam, zoals {naam: tekst}",
    "model_type": "verwacht velden met een naam, zoals {min: 4, max: 8}",
    "extra_forbidden": "dit veld bestaat niet; zie SCHRIJFWIJZER.md voor de toegestane velden",
    "bool_type": "verwacht ja of nee",
    "greater_than_equal": lambda ctx: f"moet minstens {ctx.get('ge')} zijn",
    "less_than_equal": lambda ctx: f"mag hoogstens {ctx.get('le')} zijn",
    "too_short": lambda ctx: f"verwacht minstens {ctx.get('min_length')} item(s)",
    "too_long": lambda ctx: f"verwacht hoogstens {ctx.get('max_length')} item(s)",
    "string_too_short": lambda ctx: f"verwacht minstens {ctx.get('min_length')} teken(s)",
    "string_too_long": lambda ctx: f"mag hoogstens {ctx.get('max_length')} tekens lang zijn; maak hem korter",
    "string_pattern_mismatch": lambda ctx: (
        "verwacht een adres dat begint met https://"
        if "https" in str(ctx.get("pattern"))
        else "verwacht kleine letters, cijfers en streepjes, zoals 'vijf-stappen'"
    ),
}
