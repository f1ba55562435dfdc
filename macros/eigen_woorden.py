"""Own words: how close a page comes to the source texts the project grew out of (the seeds).

Two measures, because retelling takes two forms:

- **Six words in a row.** A run of six words that also stands in a seed is copied text, whatever the rest.
- **A paraphrased sentence.** Swapping a few words for synonyms keeps a seed sentence's content words. A page
  sentence (of at least `MIN_ZINSLENGTE` words) and a seed sentence are too close when they share at least
  `MIN_GEDEELD` content-word stems and those make up at least `MIN_DEEL` of the shorter of the two. Content
  words are words of three letters or more that are not function words; a stem is a word's first seven
  letters, so "consulent" and "consultatie" differ but "begeleider" and "begeleiders" match.

The seeds themselves are not in the repository: `data/zaden-vingerafdruk.json` holds hashes of their six-word
runs and of their sentences' stems (`python -m scripts.zaden` makes it), enough to measure and nothing to read.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

RUN = 6
MIN_GEDEELD = 4
MIN_DEEL = 0.6
MIN_ZINSLENGTE = 6
"""Words; a shorter line (a heading, a term) is a name, not a retold sentence."""
STAMLENGTE = 7
WOORD = re.compile(r"[a-zà-ÿ]+(?:['’][a-zà-ÿ]+)*")
ZINSEINDE = re.compile(r"(?<=[.!?…])\s+|\n\s*\n|\n[-*•]\s")
STOPWOORDEN = frozenset(
    """aan achter af al alle alles als altijd ander andere anders bij binnen bovendien daar daarna daarom dan dat de
    deze die dit doen door dus een eens eerst en er erg even ga gaan gaat geen geweest had heb hebben heeft hem
    hen het hier hij hoe hun ieder iedereen iets ik in is ja je jij jou jouw juist kan kon kunnen kun laat maar me
    meer meest men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons onze ook op over per te
    tegen toch toen tot u uit van veel voor waar waarom wanneer want was wat we wel werd wie wij wil willen wordt
    worden wat zal ze zelf zich zij zijn zo zoals zou zullen zonder""".split()  # noqa: SIM905 - a word list reads best as words
) | frozenset("intervisie elkaar samen open vragen vraag stellen steeds team teams wmo".split())  # noqa: SIM905
"""Dutch function words, and the handful of words every page of an intervisie site uses: sharing those says nothing."""


def woorden(tekst: str) -> list[str]:
    return WOORD.findall(tekst.lower())


def _hash(tekst: str) -> str:
    return hashlib.blake2b(tekst.encode("utf-8"), digest_size=8).hexdigest()


def zesgrammen(tekst: str) -> dict[str, str]:
    """Hash of each run of RUN words → the run itself (for the message)."""
    rij = woorden(tekst)
    return {_hash(" ".join(rij[i : i + RUN])): " ".join(rij[i : i + RUN]) for i in range(len(rij) - RUN + 1)}


def zinnen(tekst: str) -> list[str]:
    return [zin.strip() for zin in ZINSEINDE.split(tekst) if zin.strip()]


def stammen(zin: str) -> frozenset[str]:
    return frozenset(_hash(woord[:STAMLENGTE]) for woord in woorden(zin) if len(woord) >= 3 and woord not in STOPWOORDEN)


@dataclass(frozen=True)
class Vingerafdruk:
    runs: frozenset[str]
    zinnen: tuple[frozenset[str], ...]

    @classmethod
    def van_teksten(cls, teksten: Iterable[str]) -> Vingerafdruk:
        teksten = list(teksten)
        runs = frozenset(h for tekst in teksten for h in zesgrammen(tekst))
        alle = tuple(s for tekst in teksten for zin in zinnen(tekst) if len(s := stammen(zin)) >= MIN_GEDEELD)
        return cls(runs, alle)

    def naar_json(self) -> str:
        return json.dumps({"runs": sorted(self.runs), "zinnen": [sorted(z) for z in self.zinnen]}, indent=0)

    @classmethod
    def lees(cls, pad: Path) -> Vingerafdruk:
        gegevens = json.loads(pad.read_text(encoding="utf-8"))
        return cls(frozenset(gegevens["runs"]), tuple(frozenset(z) for z in gegevens["zinnen"]))


@dataclass(frozen=True)
class Overlap:
    soort: str
    tekst: str

    def __str__(self) -> str:
        return f"{self.soort}: '{self.tekst}'"


def overlappingen(tekst: str, zaden: Vingerafdruk) -> list[Overlap]:
    """Every six-word run shared with a seed, and every sentence whose content words a seed sentence shares too closely."""
    gevonden = [Overlap("zes woorden uit een bron", run) for h, run in zesgrammen(tekst).items() if h in zaden.runs]
    for zin in zinnen(tekst):
        eigen = stammen(zin)
        if len(eigen) < MIN_GEDEELD or len(woorden(zin)) < MIN_ZINSLENGTE:
            continue
        if any(_te_dichtbij(eigen, zaad) for zaad in zaden.zinnen):
            gevonden.append(Overlap("zin lijkt op een zin uit een bron", zin[:160]))
    return gevonden


def _te_dichtbij(eigen: frozenset[str], zaad: frozenset[str]) -> bool:
    gedeeld = len(eigen & zaad)
    return gedeeld >= MIN_GEDEELD and gedeeld / min(len(eigen), len(zaad)) >= MIN_DEEL
