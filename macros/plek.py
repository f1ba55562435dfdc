"""The one way to write a link: from the page a text stands on to another page or file of the site.

Generated Markdown links name the target's source file (`werkvormen/x.md`), so MkDocs checks and rewrites them.
Raw HTML and JSON are not rewritten by MkDocs, so they get the target's URL, computed the way MkDocs computes
it (with `use_directory_urls`, or with `.html` in the offline build). Both start from the same Plek.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from macros.model import Casus, Werkvorm
from macros.opmaak import tekst
from macros.plaatsing import CASUSSEN_MAP, WERKVORMEN_MAP
from macros.woordenlijsten import BAKENS, THEMAS


@dataclass(frozen=True)
class Plek:
    """The source path of the page a text stands on (relative to docs/) and how the site writes its URLs."""

    bron: str = "index.md"
    mappen: bool = True

    def md(self, doel: str, anker: str = "") -> str:
        """A Markdown link target for the docs file `doel`, relative to this page, with an optional anchor."""
        pad = "" if doel == self.bron else posixpath.relpath(doel, posixpath.dirname(self.bron) or ".")
        return pad + (f"#{anker}" if anker else "")

    def url(self, doel: str, anker: str = "") -> str:
        """The URL of the docs file `doel` relative to this page's URL, for raw HTML and JSON."""
        if doel == self.bron:
            return f"#{anker}" if anker else "./"
        return self.bestand(self.site_url(doel)) + (f"#{anker}" if anker else "")

    def bestand(self, pad: str) -> str:
        """A path in the built site (a page URL, a PDF) as seen from this page's URL."""
        eigen = self.site_url(self.bron)
        basis = (eigen[:-1] if eigen.endswith("/") else posixpath.dirname(eigen)) or "."
        relatief = posixpath.relpath(pad.rstrip("/") or ".", basis)
        if pad.endswith("/") or pad == "":
            return "./" if relatief == "." else relatief + "/"
        return relatief

    def site_url(self, doel: str) -> str:
        """The page's URL from the site root, as MkDocs writes it: werkvormen/x.md is werkvormen/x/ or werkvormen/x.html."""
        stam = doel.removesuffix(".md")
        if not self.mappen:
            return stam + ".html"
        if stam == "index":
            return ""
        return stam.removesuffix("/index") + "/"


def werkvorm_link(werkvorm: Werkvorm, plek: Plek, anker: str = "") -> str:
    return f"[{tekst(werkvorm.titel)}]({plek.md(f'{WERKVORMEN_MAP}/{werkvorm.id}.md', anker)})"


def casus_link(casus: Casus, plek: Plek) -> str:
    return f"[{tekst(casus.titel)}]({plek.md(f'{CASUSSEN_MAP}/{casus.id}.md')})"


def baken_link(baken: str, plek: Plek) -> str:
    return f"[{BAKENS[baken]}]({plek.md(f'principes/{baken}.md')})"


def thema_link(thema: str, plek: Plek) -> str:
    return f"[{THEMAS[thema]}]({plek.md(f'principes/themas/{thema}.md')})"
