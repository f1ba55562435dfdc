"""What the search index holds beyond the pages' own words, added once after the build (macros/glue.py).

Material indexes what a page says; people search with other words. A werkvorm's other names, the words of
the field for what the site calls differently (data/zoekwoorden.yml) and the parts of Dutch compounds each
get a field of their own with its own weight (mkdocs.yml), so they find a page without outranking its title.
Each glossary term becomes an entry of its own, with the term's anchor as its address.
"""

from __future__ import annotations

import bisect
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from macros.lezen import LeesFout, lees_tekst, lees_yaml
from macros.woordenboek import hoe_vaak

ZOEKINDEX = "search/search_index.json"
ALIASVELD = "aliassen"
ZOEKWOORDVELD = "zoekwoorden"
DELENVELD = "delen"
DATA = Path(__file__).resolve().parent.parent / "data"
ZOEKWOORDEN = DATA / "zoekwoorden.yml"
SAMENSTELLINGEN = DATA / "samenstellingen.txt"

HOOGSTENS_HERHAALD = 3
"""An entry that uses the site's word more often gets the search words more often (up to three times), so the
page about the subject ranks above a page that mentions it once."""
KORTSTE_DEEL = 4
"""Parts of a compound have at least four letters: 'team' and 'rol' in 'teamrol' yes, 'ges' in 'gesprek' no."""
GEWOON_DEEL_VANAF = 200
"""How common a word must be in the Dutch word list to count as a part (rare words split names and typos)."""
TUSSENKLANKEN = ("", "s", "e", "en")

_TAG = re.compile(r"<[^>]+>")
_WOORD = re.compile(r"[a-zà-ÿ]+")


@dataclass(frozen=True)
class Zoekwoord:
    """Words people search with (`zoekwoorden`) for what the site says in its own words (`op_de_site`)."""

    op_de_site: tuple[str, ...]
    zoekwoorden: tuple[str, ...]

    def patroon(self) -> re.Pattern[str]:
        """The site's words at the start of a word, so 'agressie' also counts in 'agressief' and 'agressieve'."""
        return re.compile(r"\b(?:" + "|".join(map(re.escape, self.op_de_site)) + r")")


@dataclass(frozen=True)
class Zoekhulp:
    """The two project lists in data/: search words for the site's words, and compounds people type."""

    zoekwoorden: tuple[Zoekwoord, ...]
    samenstellingen: tuple[str, ...]


def lees_zoekwoorden(pad: Path = ZOEKWOORDEN) -> tuple[Zoekwoord, ...]:
    """Reads and checks the list; a mistake names the file, the entry and what is allowed, in Dutch."""
    try:
        data = lees_yaml(lees_tekst(pad), eerste_regel=1)
    except LeesFout as fout:
        raise LeesFout(f"{pad.name}: {fout}") from None
    if not isinstance(data, list) or not data:
        raise LeesFout(f"{pad.name}: verwacht een lijst van items met 'op_de_site' en 'zoekwoorden'")
    items = tuple(_zoekwoord(pad.name, nummer, item) for nummer, item in enumerate(data, start=1))
    _eenmaal_per_lijst(pad.name, items)
    return items


def _zoekwoord(bestand: str, nummer: int, item: object) -> Zoekwoord:
    if not isinstance(item, dict) or set(item) != {"op_de_site", "zoekwoorden"}:
        raise LeesFout(f"{bestand}, item {nummer}: verwacht precies de velden 'op_de_site' en 'zoekwoorden'")
    velden = {}
    for veld in ("op_de_site", "zoekwoorden"):
        woorden = item[veld]
        if not isinstance(woorden, list) or not woorden or not all(isinstance(w, str) and _WOORD.fullmatch(w) for w in woorden):
            raise LeesFout(
                f"{bestand}, item {nummer}, veld '{veld}': {woorden!r:.80} is niet toegestaan; "
                "verwacht een lijst van losse woorden in kleine letters (a–z, met accenten), zonder spaties"
            )
        velden[veld] = tuple(woorden)
    return Zoekwoord(**velden)


def _eenmaal_per_lijst(bestand: str, items: tuple[Zoekwoord, ...]) -> None:
    """A word on both sides of one item, or among the search words of two items, is a mistake in the list."""
    gezien: dict[str, int] = {}
    for nummer, item in enumerate(items, start=1):
        for woord in item.zoekwoorden:
            if woord in item.op_de_site:
                raise LeesFout(f"{bestand}, item {nummer}: '{woord}' staat in 'op_de_site' en in 'zoekwoorden'; één van de twee")
            if woord in gezien:
                raise LeesFout(f"{bestand}, item {nummer}: zoekwoord '{woord}' staat ook bij item {gezien[woord]}; noem het één keer")
            gezien[woord] = nummer


def woorden_van(document: Mapping) -> list[str]:
    """The words of a search entry's title and text, in lower case, without the HTML Material keeps in it."""
    return _WOORD.findall(html.unescape(_TAG.sub(" ", f"{document.get('title', '')} {document.get('text', '')}")).lower())


class Splitser:
    """Splits Dutch compounds into two ordinary words ('intervisiegroep' → 'intervisie', 'groep').

    A part must be a common Dutch word (pyspellchecker's list) or a word of the site itself, four letters or
    more, with an optional linking sound (-s-, -e-, -en-). Of several splits the one whose rarest part is most
    common wins, and only if the word is no more common than that part: 'mogelijk' is a word, not 'moge' + 'lijk'.
    Each word is split once per build.
    """

    def __init__(self, woorden_van_de_site: Iterable[str]):
        vaak = hoe_vaak()
        self._bekend = frozenset(w for w in woorden_van_de_site if len(w) >= KORTSTE_DEEL) | {
            w for w in vaak if len(w) >= KORTSTE_DEEL and vaak[w] >= GEWOON_DEEL_VANAF
        }
        self._vaak = vaak
        self._gesplitst: dict[str, tuple[str, str] | None] = {}

    def delen(self, woord: str) -> tuple[str, str] | None:
        if len(woord) < 2 * KORTSTE_DEEL:
            return None
        if woord not in self._gesplitst:
            self._gesplitst[woord] = self._beste_splitsing(woord)
        return self._gesplitst[woord]

    def _beste_splitsing(self, woord: str) -> tuple[str, str] | None:
        kandidaten = [
            (links, woord[plek + len(klank) :])
            for plek in range(KORTSTE_DEEL, len(woord) - KORTSTE_DEEL + 1)
            for klank in TUSSENKLANKEN
            if woord.startswith(klank, plek) and (links := woord[:plek]) in self._bekend and woord[plek + len(klank) :] in self._bekend
        ]
        beste = max(kandidaten, key=self._zeldzaamste_deel, default=None)
        return beste if beste and self._vaak[woord] <= self._zeldzaamste_deel(beste) else None

    def _zeldzaamste_deel(self, delen: tuple[str, str]) -> int:
        return min(self._vaak[delen[0]], self._vaak[delen[1]])


def lees_samenstellingen(pad: Path = SAMENSTELLINGEN) -> tuple[str, ...]:
    """Compounds people type that the site may not use; one per line, '#' starts a comment."""
    regels = (regel.split("#", 1)[0].strip() for regel in lees_tekst(pad).splitlines())
    woorden = tuple(regel for regel in regels if regel)
    for woord in woorden:
        if not _WOORD.fullmatch(woord):
            raise LeesFout(f"{pad.name}: '{woord}' is niet toegestaan; verwacht één woord per regel in kleine letters, zonder spaties")
    return woorden


def verrijk(index: dict, aliassen: Mapping[str, list[str]], begrippen: list[dict], hulp: Zoekhulp, begrippenpagina: str = "") -> dict:
    """The index with other names, search words and compound parts in their fields, and an entry per glossary term."""
    documenten = index["docs"] = [*index["docs"], *begrippen]
    woorden_per_document = [woorden_van(document) for document in documenten]
    verrijking = Verrijking(hulp, Splitser(w for woorden in woorden_per_document for w in woorden))
    for document, woorden in zip(documenten, woorden_per_document, strict=True):
        if namen := aliassen.get(document["location"]):
            document[ALIASVELD] = " ".join(namen)
        if begrippenpagina and document["location"].split("#")[0] == begrippenpagina:
            continue  # every term has an entry of its own; the page of all terms would match every search word
        verrijking.vul(document, woorden)
    return index


class Verrijking:
    """Search words and compound parts for one entry at a time, repeated as often as the entry uses what they
    stand for (at most three times), so the page about a subject ranks above a page that mentions it once.

    Compounds work both ways: a page with 'intervisiegroep' is found by 'groep', and a page that says 'dilemma'
    and 'gesprekken' apart is found by 'dilemmagesprek' (data/samenstellingen.txt: compounds people type)."""

    def __init__(self, hulp: Zoekhulp, splitser: Splitser):
        self.splitser = splitser
        self.patronen = [(item, item.patroon()) for item in hulp.zoekwoorden]
        self.samenstellingen = [(woord, delen) for woord in hulp.samenstellingen if (delen := splitser.delen(woord))]

    def vul(self, document: dict, woorden: list[str]) -> None:
        delen = {woord: paar for woord in set(woorden) if (paar := self.splitser.delen(woord))}
        # The site's words count inside compounds too: 'leerverslag' is about a 'verslag'.
        met_delen = " ".join(deel for woord in woorden for deel in (woord, *delen.get(woord, ())))
        titel = " ".join(woorden_van({"title": document.get("title", "")}))
        if extra := self._zoekwoorden(met_delen, titel):
            document[ZOEKWOORDVELD] = " ".join(extra)
        aanwezig = set(woorden)
        nieuw = sorted({deel for paar in delen.values() for deel in paar} - aanwezig) + self._samenstellingen(woorden, aanwezig)
        if nieuw:
            document[DELENVELD] = " ".join(nieuw)

    def _zoekwoorden(self, tekst: str, titel: str) -> list[str]:
        """Each item's search words as often as the text uses its site words; a title that uses them counts fully."""
        uit: list[str] = []
        for item, patroon in self.patronen:
            keer = HOOGSTENS_HERHAALD if patroon.search(titel) else min(len(patroon.findall(tekst)), HOOGSTENS_HERHAALD)
            uit += list(item.zoekwoorden) * keer
        return uit

    def _samenstellingen(self, woorden: list[str], aanwezig: set[str]) -> list[str]:
        """Compounds people type whose parts the entry uses apart (also inflected: 'gesprekken' for 'gesprek')."""
        gesorteerd, aantal = sorted(aanwezig), Counter(woorden)

        def hoe_vaak_begint_met(deel: str) -> int:
            begin = bisect.bisect_left(gesorteerd, deel)
            eind = bisect.bisect_left(gesorteerd, deel + "\uffff")
            return sum(aantal[woord] for woord in gesorteerd[begin:eind])

        uit: list[str] = []
        for samenstelling, (links, rechts) in self.samenstellingen:
            if samenstelling not in aanwezig:
                uit += [samenstelling] * min(hoe_vaak_begint_met(links), hoe_vaak_begint_met(rechts), HOOGSTENS_HERHAALD)
        return uit


def begrip_items(begrippen: Iterable[tuple[str, str, str, str]]) -> list[dict]:
    """One search entry per glossary term (page address, anchor, term, explanation), shown as a result of its own.

    Material groups entries by the address before '#' and links a group to its page; a section of the glossary
    page would put 'maatwerkvoorziening' under the top of a page of 87 terms. An address of its own,
    `begrippen/?begrip=anker`, makes the term a result of its own; docs/javascripts/begrip.js then shows the
    term. Material shows titles and text as HTML, so both are escaped, as Material does for page text."""
    return [
        {"location": f"{pagina}?begrip={anker}", "title": html.escape(term), "text": html.escape(uitleg)}
        for pagina, anker, term, uitleg in begrippen
    ]


def verrijk_zoekindex(site_dir: Path, aliassen: Mapping[str, list[str]], begrippen: Iterable[tuple[str, str, str, str]]) -> None:
    """Rewrites the built index in place; a site built without the search plugin has none, and needs none."""
    pad = Path(site_dir) / ZOEKINDEX
    if not pad.exists():
        return
    hulp = Zoekhulp(lees_zoekwoorden(), lees_samenstellingen())
    begrippen = list(begrippen)
    pagina = begrippen[0][0] if begrippen else ""
    index = verrijk(json.loads(pad.read_text(encoding="utf-8")), aliassen, begrip_items(begrippen), hulp, pagina)
    pad.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def omvang_per_veld(index: dict) -> Counter[str]:
    """Characters per field over all entries, for the size report in BENCHMARKS.md."""
    omvang: Counter[str] = Counter()
    for document in index["docs"]:
        omvang.update({veld: len(waarde) for veld, waarde in document.items() if isinstance(waarde, str)})
    return omvang
