"""What the search index holds beyond the pages' own words, added once after the build (macros/glue.py).

Material indexes what a page says; people search with other words. A werkvorm's other names, the words of
the field for what the site calls differently (data/zoekwoorden.yml) and the parts of Dutch compounds each
get a field of their own with its own weight (mkdocs.yml), so they find a page without outranking its title.
Each glossary term becomes a result of its own, whose address lands on the term (`begrippen/?begrip=anker`).
"""

from __future__ import annotations

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

_WOORD = re.compile(r"[a-zà-ÿ]+")
_WOORD_BUITEN_HTML = re.compile(r"<[^>]*>|&[#\w]+;|([a-zà-ÿ]+)")
"""Tags and character entities are matched (and skipped) whole, so 'p' in '<p>' or 'nbsp' is never a word."""


@dataclass(frozen=True)
class Zoekwoord:
    """Words people search with (`zoekwoorden`) for what the site says in its own words (`op_de_site`); a site
    word also counts at the start of a longer word ('agressie' in 'agressief')."""

    op_de_site: tuple[str, ...]
    zoekwoorden: tuple[str, ...]


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
    return list(filter(None, _WOORD_BUITEN_HTML.findall(f"{document.get('title', '')} {document.get('text', '')}".lower())))


class Splitser:
    """Splits Dutch compounds into two ordinary words ('intervisiegroep' → 'intervisie', 'groep').

    A part must be a common Dutch word (pyspellchecker's list) or a word of the site itself, four letters or
    more, with an optional linking sound (-s-, -e-, -en-). Of several splits the one whose rarest part is most
    common wins, and only if the word is no more common than that part: 'mogelijk' is a word, not 'moge' + 'lijk'.
    Each word is split once per build.
    """

    def __init__(self, woorden_van_de_site: Iterable[str]):
        self._site = frozenset(woorden_van_de_site)
        self._vaak = hoe_vaak()
        self._gesplitst: dict[str, tuple[str, str] | None] = {}

    def _bekend(self, deel: str) -> bool:
        return len(deel) >= KORTSTE_DEEL and (self._vaak[deel] >= GEWOON_DEEL_VANAF or deel in self._site)

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
            if woord.startswith(klank, plek) and self._bekend(links := woord[:plek]) and self._bekend(woord[plek + len(klank) :])
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
    verrijking = Verrijking(hulp, Splitser(set().union(*woorden_per_document)))
    for document, woorden in zip(documenten, woorden_per_document, strict=True):
        if namen := aliassen.get(document["location"]):
            # Escaped like every text Material puts in its index: a field it only searches today may be shown tomorrow.
            document[ALIASVELD] = html.escape(" ".join(namen), quote=False)
        if begrippenpagina and document["location"].split("#")[0] == begrippenpagina:
            continue  # every term has an entry of its own; the page of all terms would match every search word
        verrijking.vul(document, woorden)
    return index


@dataclass(frozen=True)
class Woordkenmerk:
    """What one word of the site adds, worked out once per build however many entries use it."""

    delen: tuple[str, ...]
    """Its two parts if it is a compound ('leerverslag' → 'leer', 'verslag'), else nothing."""
    items: tuple[tuple[int, int], ...]
    """(search-word item, how many of the word and its parts start with that item's site words)."""
    samenstellingsdelen: tuple[str, ...]
    """The parts of typed compounds the word starts with ('gesprekken' starts with 'gesprek')."""


LEEG = Woordkenmerk((), (), ())


class Verrijking:
    """Search words and compound parts for one entry at a time, repeated as often as the entry uses what they
    stand for (at most three times), so the page about a subject ranks above a page that mentions it once.

    Compounds work both ways: a page with 'intervisiegroep' is found by 'groep', and a page that says 'dilemma'
    and 'gesprekken' apart is found by 'dilemmagesprek' (data/samenstellingen.txt: compounds people type)."""

    def __init__(self, hulp: Zoekhulp, splitser: Splitser):
        self.splitser = splitser
        self.items = hulp.zoekwoorden
        self.samenstellingen = [(woord, delen) for woord in hulp.samenstellingen if (delen := splitser.delen(woord))]
        self.delen_van_samenstellingen = tuple(sorted({deel for _, delen in self.samenstellingen for deel in delen}))
        self.per_linkerdeel: dict[str, list[tuple[str, str]]] = {}
        for samenstelling, (links, rechts) in self.samenstellingen:
            self.per_linkerdeel.setdefault(links, []).append((samenstelling, rechts))
        self._kenmerken: dict[str, Woordkenmerk] = {}
        self._zonder_kenmerk: set[str] = set()

    def kenmerk(self, woord: str) -> Woordkenmerk:
        if woord not in self._kenmerken:
            delen = self.splitser.delen(woord) or ()
            # The site's words count inside compounds too: 'leerverslag' is about a 'verslag'.
            vormen = (woord, *delen)
            items = tuple(
                (nummer, treffers)
                for nummer, item in enumerate(self.items)
                if (treffers := sum(vorm.startswith(item.op_de_site) for vorm in vormen))
            )
            samenstellingsdelen = tuple(deel for deel in self.delen_van_samenstellingen if woord.startswith(deel))
            self._kenmerken[woord] = Woordkenmerk(delen, items, samenstellingsdelen)
        return self._kenmerken[woord]

    def _met_kenmerk(self, woorden: set[str]) -> set[str]:
        """The words that add something; most add nothing and are set aside once per build, so a set difference
        (in C) instead of a Python loop over every word of every entry keeps this fast at 3000 werkvormen."""
        overig = woorden - self._zonder_kenmerk
        for woord in [woord for woord in overig if woord not in self._kenmerken]:
            if self.kenmerk(woord) == LEEG:
                self._zonder_kenmerk.add(woord)
        return overig - self._zonder_kenmerk

    def vul(self, document: dict, woorden: list[str]) -> None:
        aantallen = Counter(woorden)
        per_item: dict[int, int] = {}
        per_deel: dict[str, int] = {}
        nieuwe_delen: set[str] = set()
        for woord in self._met_kenmerk(set(aantallen)):
            aantal, kenmerk = aantallen[woord], self._kenmerken[woord]
            nieuwe_delen.update(kenmerk.delen)
            for nummer, treffers in kenmerk.items:
                per_item[nummer] = per_item.get(nummer, 0) + aantal * treffers
            for deel in kenmerk.samenstellingsdelen:
                per_deel[deel] = per_deel.get(deel, 0) + aantal
        for woord in self._met_kenmerk(set(woorden_van({"title": document.get("title", "")}))):
            for nummer, _ in self._kenmerken[woord].items:
                per_item[nummer] = HOOGSTENS_HERHAALD  # a title that uses the site's word is about it
        if per_item:
            herhaald = [(self.items[nummer].zoekwoorden, min(keer, HOOGSTENS_HERHAALD)) for nummer, keer in sorted(per_item.items())]
            document[ZOEKWOORDVELD] = " ".join(woord for woorden_, keer in herhaald for woord in woorden_ * keer)
        delen = sorted(nieuwe_delen - aantallen.keys())
        for links, keer_links in sorted(per_deel.items()):  # sorted: the same index from every build
            for samenstelling, rechts in self.per_linkerdeel.get(links, ()):
                if rechts in per_deel and samenstelling not in aantallen:
                    delen += [samenstelling] * min(keer_links, per_deel[rechts], HOOGSTENS_HERHAALD)
        if delen:
            document[DELENVELD] = " ".join(delen)


def begrip_items(pagina: str, begrippen: Iterable[tuple[str, str, str]]) -> list[dict]:
    """One search entry per glossary term (anchor, term, explanation) on the glossary `pagina`, a result of its own.

    Material groups entries by the address before '#' and links a group to its page; a section of the glossary
    page would put 'maatwerkvoorziening' under the top of a page of 87 terms. An address of its own,
    `begrippen/?begrip=anker`, makes the term a result of its own; docs/javascripts/begrip.js then shows the
    term. Material shows titles and text as HTML, so both are escaped, as Material does for page text."""
    return [
        {"location": f"{pagina}?begrip={anker}", "title": html.escape(term), "text": html.escape(uitleg)}
        for anker, term, uitleg in begrippen
    ]


def verrijk_zoekindex(
    site_dir: Path, aliassen: Mapping[str, list[str]], begrippenpagina: str, begrippen: Iterable[tuple[str, str, str]]
) -> None:
    """Rewrites the built index in place; a site built without the search plugin has none, and needs none."""
    pad = Path(site_dir) / ZOEKINDEX
    if not pad.exists():
        return
    hulp = Zoekhulp(lees_zoekwoorden(), lees_samenstellingen())
    items = begrip_items(begrippenpagina, begrippen)
    index = verrijk(json.loads(pad.read_text(encoding="utf-8")), aliassen, items, hulp, begrippenpagina)
    pad.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def omvang_per_veld(index: dict) -> Counter[str]:
    """Characters per field over all entries, for the size report in BENCHMARKS.md."""
    omvang: Counter[str] = Counter()
    for document in index["docs"]:
        omvang.update({veld: len(waarde) for veld, waarde in document.items() if isinstance(waarde, str)})
    return omvang
