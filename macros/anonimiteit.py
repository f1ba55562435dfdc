"""The anonymisation guard: finds what could point to a real person in a case text.

Casussen and the examples in werkvormen are written from real practice. One
phone number, street, municipality or first name is enough to recognise a
client or a colleague, so every build checks them and stops on any hit.
Run it by hand over any text: `python -m macros.anonimiteit bestand.txt …`.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from macros.lezen import LeesFout, lees_tekst
from macros.tekstregels import normaliseer, regelnummer
from macros.woordenboek import hoe_vaak

DATA = Path(__file__).resolve().parent.parent / "data"
MAANDEN = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
STRAATWOORDEN = "straat|laan|weg|plein|gracht|kade|singel|dijk|markt|pad|steeg|hof|dreef|park|plantsoen|erf|wal|baan"

SPATIE = r"[^\S\n]"
"""White space within a line: the guard reads a whole text at once, and no hit may run across two lines."""
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEBSITE = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:nl|be|com|org|eu|net)\b")
TELEFOON_KANDIDAAT = re.compile(r"(?<![\w/.])(?:\+|\()?\d[\d \t().-]{7,16}\d(?![\w/])")
POSTCODE = re.compile(rf"\b[1-9]\d{{3}}{SPATIE}?(?!SA|SD|SS)[A-Z]{{2}}\b")
STRAAT_MET_NUMMER = re.compile(rf"\b[A-Z][a-zà-ÿ]*(?:{STRAATWOORDEN}){SPATIE}+\d+[a-zA-Z]?\b")
BSN_KANDIDAAT = re.compile(r"\b(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3})\b")
IBAN_KANDIDAAT = re.compile(rf"\b[A-Z]{{2}}\d{{2}}(?:{SPATIE}?[A-Z0-9]{{4}}){{2,7}}(?:{SPATIE}?[A-Z0-9]{{1,3}})?\b")
DATUM = re.compile(
    rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}}\b|\b\d{{1,2}}{SPATIE}+(?:{MAANDEN}){SPATIE}+(?:19|20)\d{{2}}\b", re.IGNORECASE
)
GEBOREN = re.compile(rf"\bgeboren{SPATIE}+(?:op|in){SPATIE}+\w+", re.IGNORECASE)
ORGANISATIEVORM = re.compile(
    rf"\b(?:Stichting|Vereniging|Zorggroep|Coöperatie|Woningcorporatie|Wooncorporatie|Welzijnsstichting){SPATIE}+[A-Z][\w'-]+"
    rf"|\b[A-Z][\w-]+{SPATIE}+(?:B\.V\.|BV|N\.V\.)(?!\w)"
    rf"|\b[A-Z][a-z]+{SPATIE}(?:Advies|Groep|Consult|Welzijn|Zorg)\b"
)
REGIO_ORGANISATIE = re.compile(
    r"\b(?:GGD|Veilig Thuis|Bureau Jeugdzorg|Veiligheidsregio|Jeugdbescherming|Regionale Ambulancevoorziening|RAV)"
    rf"{SPATIE}+(?:[A-Z][\w'-]*)(?:(?:{SPATIE}|-)+[A-Z][\w'-]*)*"
)
"""A national kind of organisation followed by its region ('GGD Hollands Midden') names one real organisation."""
AANSPREEKVORM = re.compile(
    rf"\b(?:[Mm]evrouw|[Mm]eneer|[Dd]e heer|[Mm]w\.|[Mm]evr\.|[Dd]hr\.){SPATIE}+"
    rf"((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e){SPATIE}+)*[A-Z][\w'-]+)"
)
"""An honorific followed by a capitalised word is a surname: 'meneer Jansen', 'mevrouw van Dam', 'dhr. Bakker'."""
MERKNAAM = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
HOOFDLETTERWOORD = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\b")
GEWOON_WOORD_VANAF = 2000
"""How often a lowercase word must occur in the Dutch word list to count as an ordinary word (wil, best,
hoop) rather than a name (Marieke and Hans are in that list too, from subtitles, but far less often)."""
VEREIST: dict[re.Pattern, tuple[str, ...]] = {
    EMAIL: ("@",),
    WEBSITE: ("http", "www.", ".nl", ".be", ".com", ".org", ".eu", ".net"),
    GEBOREN: ("geboren",),
    AANSPREEKVORM: ("mevrouw", "meneer", "heer", "mw.", "mevr.", "dhr."),
    REGIO_ORGANISATIE: ("ggd", "veilig thuis", "bureau jeugdzorg", "veiligheidsregio", "jeugdbescherming", "regionale ambulance", "rav"),
}
"""Per pattern, words (in lower case) of which every hit holds at least one. A text without any of them cannot
hold a hit, and looking for a word is far quicker than running the pattern over a long text."""
ZINSBEGIN = re.compile(r"(?:^|[.!?:…]|[\"'‘“„«(])[\s*_>#\-\"'‘“„«(\d.)]*$", re.MULTILINE)
"""Where a sentence starts: at the beginning of a line, after a full stop, colon, or an opening quote or bracket."""


@dataclass(frozen=True)
class Vondst:
    regel: int
    soort: str
    gevonden: str
    reden: str

    def melding(self) -> str:
        return f"regel {self.regel}: {self.melding_zonder_regel()}"

    def melding_zonder_regel(self) -> str:
        return f"{self.soort} '{self.gevonden}' gevonden; {self.reden}"


@dataclass(frozen=True)
class Namenlijsten:
    """What the guard knows: place and organisation names, and a test for first names and ordinary words."""

    gemeenten: re.Pattern
    gemeenten_ook_woord: frozenset[str]
    organisaties: re.Pattern
    is_voornaam: Callable[[str], bool]
    is_gewoon_woord: Callable[[str], bool]
    geen_naam: re.Pattern


def _regels(bestand: Path) -> list[str]:
    return [regel.strip() for regel in bestand.read_text(encoding="utf-8").splitlines() if regel.strip() and not regel.startswith("#")]


def _alternatief(namen: Iterable[str], achtervoegsel: str = "") -> re.Pattern:
    """One regex for many names, longest first, as whole words (with an optional suffix like 'se' in 'Utrechtse')."""
    gesorteerd = sorted(set(namen), key=len, reverse=True)
    # The look-ahead at the first letters lets the scan skip most positions in one step: four times faster.
    eerste_tekens = re.escape("".join(sorted({naam[0] for naam in gesorteerd})))
    return re.compile(rf"(?=[{eerste_tekens}])(?<![\w'’-])({'|'.join(map(re.escape, gesorteerd))}){achtervoegsel}(?![\w-])")


@cache
def laad_lijsten(data: Path = DATA) -> Namenlijsten:
    """Loads the name lists once; the first-name test uses gender-guesser's dictionary of Dutch names."""
    import gender_guesser.detector

    gemeenten = [regel.removesuffix("*").strip() for regel in _regels(data / "gemeenten.txt")]
    ook_woord = frozenset(regel.removesuffix("*").strip() for regel in _regels(data / "gemeenten.txt") if regel.endswith("*"))
    namen = gender_guesser.detector.Detector(case_sensitive=True)
    woorden = hoe_vaak()
    return Namenlijsten(
        gemeenten=_alternatief(gemeenten, achtervoegsel="(?:se|s)?"),
        gemeenten_ook_woord=ook_woord,
        organisaties=_alternatief(_regels(data / "organisaties.txt")),
        is_voornaam=lambda woord: namen.get_gender(woord, "the_netherlands") != "unknown",
        is_gewoon_woord=lambda woord: woorden[woord.lower()] >= GEWOON_WOORD_VANAF,
        geen_naam=_alternatief(_regels(data / "geen-namen.txt")),
    )


def controleer(
    tekst: str, lijsten: Namenlijsten, pseudoniemen: Iterable[str] = (), eerste_regel: int = 1, controles: tuple = ()
) -> list[Vondst]:
    """Every hit in the text, in reading order, with its line number counted from eerste_regel.

    Each check runs over the whole text at once (no pattern crosses a line), not line by line: a library of
    a thousand werkvormen has some fifty thousand lines to check in every build."""
    toegestaan = frozenset(pseudoniemen)
    tekst = "\n".join(normaliseer(tekst).splitlines())
    tekst = lijsten.geen_naam.sub(lambda treffer: " " * len(treffer.group(0)), tekst)
    regel_van = regelnummer(tekst, eerste_regel)
    vondsten = [
        (regel_van(positie), volgorde, Vondst(0, soort, gevonden, reden))
        for volgorde, controle in enumerate(controles or CONTROLES)
        for positie, soort, gevonden, reden in controle(tekst, lijsten, toegestaan)
    ]
    vondsten.sort(key=lambda vondst: vondst[:2])
    return [dataclasses.replace(vondst, regel=regel) for regel, _, vondst in vondsten]


def _treffers(patroon: re.Pattern, tekst: str) -> Iterator[re.Match]:
    if vereist := VEREIST.get(patroon):
        klein = tekst.lower()
        if not any(woord in klein for woord in vereist):
            return iter(())
    return patroon.finditer(tekst)


def _zinsbegin(tekst: str, positie: int) -> bool:
    return bool(ZINSBEGIN.search(tekst, tekst.rfind("\n", 0, positie) + 1, positie))


def _zonder_mail(tekst: str) -> str:
    return EMAIL.sub(lambda treffer: " " * len(treffer.group(0)), tekst) if "@" in tekst else tekst


def _contact(tekst, _lijsten, _toegestaan):
    for treffer in _treffers(EMAIL, tekst):
        yield treffer.start(), "e-mailadres", treffer.group(0), "een e-mailadres wijst direct naar een persoon of organisatie"
    for treffer in TELEFOON_KANDIDAAT.finditer(_zonder_mail(tekst)):
        if _is_telefoonnummer(treffer.group(0)):
            yield (
                treffer.start(),
                "telefoonnummer",
                treffer.group(0).strip(),
                "een telefoonnummer wijst direct naar een persoon of organisatie",
            )


def _website(tekst, _lijsten, _toegestaan):
    for treffer in _treffers(WEBSITE, _zonder_mail(tekst)):
        yield treffer.start(), "website", treffer.group(0), "een website wijst naar een echte organisatie"


def _is_telefoonnummer(kandidaat: str) -> bool:
    cijfers = re.sub(r"\D", "", kandidaat)
    if cijfers.startswith("0031"):
        cijfers = "0" + cijfers[4:]
    elif kandidaat.lstrip().startswith("+31"):
        cijfers = "0" + cijfers[2:]
    return len(cijfers) == 10 and cijfers.startswith("0")


def _adres(tekst, _lijsten, _toegestaan):
    for treffer in POSTCODE.finditer(tekst):
        yield treffer.start(), "postcode", treffer.group(0), "een postcode, zeker met huisnummer, wijst naar een adres"
    for treffer in STRAAT_MET_NUMMER.finditer(tekst):
        yield treffer.start(), "adres", treffer.group(0), "een straat met huisnummer wijst naar een woning"


def _nummers(tekst, _lijsten, _toegestaan):
    for treffer in BSN_KANDIDAAT.finditer(tekst):
        if _elfproef(re.sub(r"\D", "", treffer.group(0))):
            yield treffer.start(), "BSN", treffer.group(0), "een burgerservicenummer identificeert één persoon"
    for treffer in IBAN_KANDIDAAT.finditer(tekst):
        if _iban_klopt(treffer.group(0)):
            yield treffer.start(), "IBAN", treffer.group(0), "een rekeningnummer wijst naar een persoon of organisatie"


def _datums(tekst, _lijsten, _toegestaan):
    for patroon in (DATUM, GEBOREN):
        for treffer in _treffers(patroon, tekst):
            yield treffer.start(), "datum", treffer.group(0), "een volledige datum, zoals een geboortedatum, maakt iemand herkenbaar"


def _elfproef(cijfers: str) -> bool:
    som = sum(int(cijfer) * gewicht for cijfer, gewicht in zip(cijfers[:8], range(9, 1, -1), strict=True)) - int(cijfers[8])
    return som % 11 == 0 and cijfers != "000000000"


def _iban_klopt(kandidaat: str) -> bool:
    compact = kandidaat.replace(" ", "")
    herschikt = compact[4:] + compact[:4]
    return int("".join(str(int(teken, 36)) for teken in herschikt)) % 97 == 1


def _namen(tekst, lijsten, toegestaan):
    for treffer in lijsten.gemeenten.finditer(tekst):
        naam = treffer.group(1)
        if naam not in lijsten.gemeenten_ook_woord or not _zinsbegin(tekst, treffer.start()):
            yield (
                treffer.start(),
                "gemeente",
                treffer.group(0),
                "een gemeentenaam maakt de casus herleidbaar; schrijf 'een middelgrote gemeente'",
            )
    for patroon in (REGIO_ORGANISATIE, lijsten.organisaties, ORGANISATIEVORM, MERKNAAM):
        for treffer in _treffers(patroon, tekst):
            yield (
                treffer.start(),
                "organisatie",
                treffer.group(0),
                "een organisatienaam maakt de casus herleidbaar; schrijf wat voor organisatie het is",
            )
    in_achternaam = {positie for naam in _achternamen(tekst, toegestaan) for positie in range(naam.start(), naam.end())}
    for treffer in HOOFDLETTERWOORD.finditer(tekst):
        woord = treffer.group(0)
        if treffer.start() in in_achternaam or woord in toegestaan or not lijsten.is_voornaam(woord):
            continue
        if lijsten.is_gewoon_woord(woord) and _zinsbegin(tekst, treffer.start()):
            continue
        yield (
            treffer.start(),
            "persoonsnaam",
            woord,
            "een naam kan naar een echt persoon wijzen; gebruik een rol of zet een verzonnen naam onder 'pseudoniemen'",
        )


def _achternamen(tekst: str, toegestaan: frozenset[str]) -> list[re.Match]:
    return [treffer for treffer in _treffers(AANSPREEKVORM, tekst) if treffer.group(1) not in toegestaan]


def _aanspreekvormen(tekst, _lijsten, toegestaan):
    for treffer in _achternamen(tekst, toegestaan):
        yield (
            treffer.start(),
            "achternaam",
            treffer.group(0),
            "een aanspreekvorm met achternaam wijst naar een echt persoon; schrijf 'de vader'",
        )


CONTROLES = (_contact, _website, _adres, _nummers, _datums, _aanspreekvormen, _namen)
PERSOONSGEGEVENS = (_contact, _adres, _nummers, _aanspreekvormen)
"""What never belongs in text that names real authors, places and organisations on purpose (a werkvorm's title,
origin and source notes, any other page of the site): contact details, an address, a BSN or IBAN, 'meneer Jansen'."""


def main(bestanden: list[str]) -> int:
    """Checks each named file; exit 0 when nothing was found, 1 on a finding, 2 when a file cannot be checked."""
    if not bestanden:
        print("Gebruik: python -m macros.anonimiteit BESTAND [BESTAND ...]; noem minstens één tekstbestand.", file=sys.stderr)
        return 2
    lijsten = laad_lijsten()
    totaal, onleesbaar = 0, 0
    for bestand in bestanden:
        try:
            tekst = lees_tekst(Path(bestand))
        except LeesFout as fout:
            print(f"{bestand}: {fout}", file=sys.stderr)
            onleesbaar += 1
            continue
        for vondst in controleer(tekst, lijsten):
            print(f"{bestand}: {vondst.melding()}")
            totaal += 1
    print(f"{totaal} mogelijke herleidbare gegevens gevonden.", file=sys.stderr)
    return 2 if onleesbaar else 1 if totaal else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
