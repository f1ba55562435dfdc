"""What paper needs: the print sheet under each werkvorm and the role cards (the team folder: macros/teammap.py).

A sheet says where it came from (its stable URL, a QR code of it, the date of its last commit), so a
printout on a wall leads back to the page; the ground rules fit the kind of meeting.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import segno

from macros.model import Werkvorm
from macros.opmaak import datum_nl, tekst

SPELREGELS: dict[str, tuple[str, ...]] = {
    "intervisie": (
        "Wat hier gezegd wordt, blijft hier.",
        "Inwoners en collega's van buiten de groep blijven anoniem.",
        "Eerst vragen stellen, pas daarna adviseren.",
        "De inbrenger beslist zelf wat hij met de adviezen doet.",
        "Storingen hebben voorrang: wie niet bij het gesprek kan blijven, zegt dat.",
        "De gespreksleider bewaakt de tijd; iedereen helpt mee.",
    ),
    "teamleren": (
        "Besluiten en afspraken over een inwoner of gezin gaan in het dossier.",
        "Buiten het team blijven inwoners anoniem.",
        "Eerst vragen stellen en feiten en zorgen scheiden, dan oordelen.",
        "De gespreksleider bewaakt de tijd; iedereen helpt mee.",
    ),
    "oefening": (
        "Je oefent: iets proberen en het anders doen hoort erbij.",
        "Wat een collega tijdens het oefenen vertelt, blijft in de groep.",
        "Inwoners blijven anoniem.",
        "De gespreksleider bewaakt de tijd; iedereen helpt mee.",
    ),
}
"""The short ground rules on a printout. Intervisie's confidentiality does not fit a team decision: under the
meldcode, what a team decides about a family belongs in the dossier (see docs/intervisie/spelregels.md)."""


@dataclass(frozen=True)
class PrintInfo:
    """What a printout needs from outside the card: the page's stable URL, its QR code and its last change."""

    url: str
    qr_svg: str
    datum: str


def printinfo(site_url: str, datum_van: Callable[[str], str]) -> Callable[[str], PrintInfo]:
    """Per werkvorm id its stable URL, QR code and date of last change, made once and only when a page asks."""

    @cache
    def voor(werkvorm_id: str) -> PrintInfo:
        url = f"{site_url.rstrip('/')}/werkvormen/{werkvorm_id}/"
        return PrintInfo(url=url, qr_svg=qr_svg(url), datum=datum_nl(datum_van(werkvorm_id)))

    return voor


QR_MASKER = 3
"""The mask pattern of every QR code. Any of the eight is valid; letting segno score all eight took 7 ms per
code, most of the QR time of a build. 3 is what it picks for most of our addresses; tests/test_print.py reads
every code back."""


QR_RAND = 2
"""Modules of white around the code, in the SVG itself, so a scanner finds its edges on any background."""
_DONKER = re.compile(rb"[^\x00]+")


def qr_code(url: str) -> segno.QRCode:
    """Error level M as asked, without segno's search for a higher level that fits (a third of the time)."""
    return segno.make(url, error="m", mask=QR_MASKER, boost_error=False, micro=False)


def qr_svg(url: str) -> str:
    """A QR code of the URL as inline SVG, made at build time, so a printout leads back to the page.

    One path with a horizontal line per run of dark modules, in module units; the print style sets the size.
    Written here because segno's general SVG writer took as long as making the code."""
    matrix = qr_code(url).matrix
    zijde = len(matrix) + 2 * QR_RAND
    return (
        f'<svg role="img" aria-label="QR-code naar de werkvorm op de site" class="qr" viewBox="0 0 {zijde} {zijde}">'
        f'<path stroke="#000" d="{_pad(matrix)}"/></svg>'
    )


def _pad(matrix) -> str:
    """Relative moves ('m' from the end of the previous line), as short as a path gets: the page budget counts."""
    delen: list[str] = []
    x, y = 0, 0
    for rij, modules in enumerate(matrix, start=QR_RAND):
        for treffer in _DONKER.finditer(bytes(modules)):
            begin, lengte = treffer.start() + QR_RAND, treffer.end() - treffer.start()
            delen.append(f"m{begin - x} {rij - y}h{lengte}" if delen else f"M{begin} {rij + 0.5}h{lengte}")
            x, y = begin + lengte, rij
    return "".join(delen)


def rolkaarten() -> str:
    """The place of the role cards: one cut-out card per role with its task in each step. The page already says
    all of that (the roles, and each step's tasks), so docs/javascripts/werkvorm.js makes the cards from it
    instead of the page carrying every task twice (a tenth of the largest page)."""
    inleiding = "Knip de kaarten uit en geef iedere rol de eigen kaart."
    # A section, not a div: Material's search ends an exclusion at the first closing tag of the same name.
    zonder_js = '<p class="rolkaarten-zonder-js">Zonder JavaScript staan de taken per rol bij elke stap hierboven.</p>'
    return "\n".join(["## Rolkaarten", "", inleiding, "", f'<section class="rolkaarten" data-search-exclude>{zonder_js}</section>'])


def printkop(info: PrintInfo) -> str:
    """Where a printout came from (its stable URL, a QR code of it, the date of its last change), for the top of the
    first page, beside the card: so it is on page 1 and never alone on a page of its own."""
    schema, _, rest = info.url.partition("://")
    # The address may wrap after a slash, never inside a part (a hyphen is a break too): "…/werkvormen/" and
    # "samen-veiligheid-inschatten/".
    delen = [f"{deel}/" for deel in rest.rstrip("/").split("/")]
    delen[0] = f"{schema}://{delen[0]}"
    adres = "<wbr>".join(f'<span class="heel">{html.escape(deel)}</span>' for deel in delen)
    return f'<aside class="printkop" data-search-exclude>{info.qr_svg}<p>{adres}<br>Laatst gewijzigd: {info.datum}</p></aside>'


def printblad(werkvorm: Werkvorm) -> str:
    """What only a printout shows: roles with a line for a name and the ground rules in short."""
    rollen_ = "".join(
        f'<li><strong>{tekst(rol.label)}</strong>: <span class="naamlijn"></span><br>{tekst(rol.taak)}</li>' for rol in werkvorm.rollen
    )
    regels = "".join(f"<li>{tekst(regel)}</li>" for regel in SPELREGELS[werkvorm.soort])
    return (
        f'<section class="printblad" data-search-exclude><div class="printblad-kolommen"><div><h2>Rollen</h2><ul>{rollen_}</ul></div>'
        f"<div><h2>Spelregels</h2><ul>{regels}</ul></div></div></section>"
    )


def printvragen(werkvorm: Werkvorm) -> str:
    """Per step its example questions in one paragraph, for the team folder, whose pages have no step details.
    A werkvorm's own page prints the questions of its step details instead (no second copy in the page)."""
    stappen = [
        f"<p><strong>{nummer}. {tekst(stap.naam)}:</strong> {' '.join(tekst(vraag) for vraag in stap.vragen)}</p>"
        for nummer, stap in enumerate(werkvorm.stappen, start=1)
        if stap.vragen
    ]
    return f'<div class="printvragen"><h2>Voorbeeldvragen</h2>{"".join(stappen)}</div>' if stappen else ""
