"""A source as data that can be checked: its kind, who wrote it, when, what, and where it appeared.

A coach only links a page whose sources a reader can find again. So a book
names its publisher, an article its journal, a web page the original
publisher's https address; persons have a first name or initials; and copies
of documents on mirror sites are refused outright, because they are not where
the text was published.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, PlainValidator, StrictInt, model_validator

from macros.basis import Strikt
from macros.tekstregels import EEN_REGEL, Max, Tekst

SOORTEN_BRON: dict[str, str] = {"boek": "Boek", "artikel": "Artikel", "rapport": "Rapport", "web": "Webpagina"}
"""Kinds of source; boek, artikel and rapport are publications, web is a page on the publisher's own site."""

PUBLICATIES = ("boek", "artikel", "rapport")
ZONDER_JAAR = "z.j."

SPIEGELSITES = (
    "1library",
    "5dok",
    "adoc.pub",
    "docplayer",
    "docslib",
    "documents.pub",
    "doczz",
    "dokumen.pub",
    "dokumen.tips",
    "expydoc",
    "fdocuments",
    "kipdf",
    "paperzz",
    "pdfcoffee",
    "pdfslide",
    "scribd",
    "silo.tips",
    "slideplayer",
    "studylib",
    "vdocuments",
    "yumpu",
)
"""Hosts that republish other people's documents; the original publisher is the source, never such a copy."""

URL_TEKENS = re.compile(
    r"^https://[A-Za-z0-9.-]+(?::\d+)?(?:/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$"
)
"""An https address written with the characters RFC 3986 allows, so it can never end a link or an attribute early."""

TUSSENVOEGSELS = frozenset(
    {"van", "von", "de", "der", "den", "ter", "ten", "te", "du", "la", "le", "'t", "in", "het", "op", "di", "da", "del"}
)
VOORLETTERS = re.compile(r"^(?:[^\W\d_]{1,2}\.-?)+$")
NAAMDEEL = re.compile(r"^[^\W\d_][^\W\d_'’]+(?:['’-][^\W\d_]+)*$")


def is_persoonsnaam(naam: str) -> bool:
    """First name or initials, then surname: 'Jeroen Hendriksen', 'J.C. de Jong', 'Urška Štremfel'; never one word."""
    delen = naam.split(" ")
    if len(delen) < 2 or not all(delen):
        return False
    eerste, *midden, laatste = delen
    hoofdletter = lambda deel: NAAMDEEL.match(deel) and deel[0].isupper()  # noqa: E731
    return bool(
        (VOORLETTERS.match(eerste) or hoofdletter(eerste))
        and all(deel in TUSSENVOEGSELS or VOORLETTERS.match(deel) or hoofdletter(deel) for deel in midden)
        and hoofdletter(laatste)
    )


def _jaar(waarde: object) -> int | str:
    """A year of publication, or 'z.j.' (zonder jaar); one rule, so an author gets one message."""
    if waarde == ZONDER_JAAR or (type(waarde) is int and 1900 <= waarde <= 2100):
        return waarde
    raise ValueError(f"waarde {waarde!r:.40} klopt niet; verwacht een jaartal zoals 2016, of '{ZONDER_JAAR}' bij een webpagina")


def is_spiegelsite(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(spiegel in host for spiegel in SPIEGELSITES)


def _geldige_url(url: str) -> str:
    if not URL_TEKENS.match(url):
        raise ValueError("verwacht een volledig adres dat begint met https://, zonder spaties, aanhalingstekens of < > { } | \\ ^ `")
    if is_spiegelsite(url):
        raise ValueError(
            f"'{urlsplit(url).hostname}' is een site met kopieën van documenten, geen bron; "
            "noem de oorspronkelijke uitgever of laat de bewering weg"
        )
    return url


def _persoon(naam: str) -> str:
    if not is_persoonsnaam(naam):
        raise ValueError(
            f"'{naam}' is geen naam met voornaam of voorletters en achternaam (zoals 'Jeroen Hendriksen' of 'J. Hendriksen'); "
            "een organisatie als auteur zet je onder 'organisatie'"
        )
    return naam


Url = Annotated[str, Field(max_length=500), AfterValidator(_geldige_url)]
Persoon = Annotated[str, Field(max_length=80), AfterValidator(_persoon)]


class Bron(Strikt):
    soort: Literal["boek", "artikel", "rapport", "web"]
    auteurs: list[Persoon] = []
    organisatie: Annotated[Tekst, Max(120), EEN_REGEL] | None = None
    redactie: bool = False
    jaar: Annotated[int | str, PlainValidator(_jaar)]
    titel: Annotated[Tekst, Max(300), EEN_REGEL]
    uitgever: Annotated[Tekst, Max(120), EEN_REGEL] | None = None
    plaats: Annotated[Tekst, Max(60), EEN_REGEL] | None = None
    druk: Annotated[StrictInt, Field(ge=1, le=100)] | None = None
    tijdschrift: Annotated[Tekst, Max(150), EEN_REGEL] | None = None
    jaargang: Annotated[Tekst, Max(20), EEN_REGEL] | None = None
    nummer: Annotated[Tekst, Max(20), EEN_REGEL] | None = None
    paginas: Annotated[Tekst, Max(20), EEN_REGEL] | None = None
    url: Url | None = None
    noot: Annotated[Tekst, Max(500)] | None = None

    @model_validator(mode="after")
    def _compleet(self) -> Bron:
        problemen = self._wie() + self._waar()
        if self.jaar == ZONDER_JAAR and self.soort != "web":
            problemen.append(f"jaar: '{ZONDER_JAAR}' mag alleen bij een webpagina; een {self.soort} heeft een jaar van verschijnen")
        if problemen:
            raise ValueError("; ".join(problemen))
        return self

    def _wie(self) -> list[str]:
        if self.auteurs and self.organisatie:
            return ["noem auteurs óf een organisatie, niet allebei"]
        if self.organisatie and self.soort not in ("rapport", "web"):
            return [
                f"organisatie: een {self.soort} heeft auteurs met voornaam of voorletters; een organisatie mag bij een rapport of webpagina"
            ]
        if not self.auteurs and not self.organisatie:
            return [
                "auteurs: ontbreekt; noem de auteurs (voornaam of voorletters en achternaam) "
                "of, bij een rapport of webpagina, de organisatie"
            ]
        return []

    def _waar(self) -> list[str]:
        if self.soort in ("boek", "rapport") and not self.uitgever:
            return [f"uitgever: ontbreekt; een {self.soort} noemt zijn uitgever"]
        if self.soort == "artikel" and not self.tijdschrift:
            return ["tijdschrift: ontbreekt; een artikel noemt het tijdschrift waarin het verscheen"]
        if self.soort == "web" and not self.url:
            return ["url: ontbreekt; een webpagina noemt het https-adres bij de oorspronkelijke uitgever"]
        return []

    @property
    def is_publicatie(self) -> bool:
        return self.soort in PUBLICATIES

    @property
    def wie(self) -> str:
        """Authors as a reader expects them: 'A, B en C', with '(red.)' for editors."""
        if self.organisatie:
            return self.organisatie
        namen = self.auteurs[0] if len(self.auteurs) == 1 else ", ".join(self.auteurs[:-1]) + " en " + self.auteurs[-1]
        return namen + (" (red.)" if self.redactie else "")
