"""The navigation: each overview page in the nav gets its pages as a section.

Werkvormen and casussen are not in the navigation: every page would list all of them, so page size and
build time would grow with the library. Their overviews, the kiezer and search lead there.
"""

from __future__ import annotations

from macros.woordenlijsten import BAKENS, THEMAS

SECTIES: dict[str, list[dict]] = {
    "overzichten/index.md": [
        {"Per soort vraag": "overzichten/vraagtype.md"},
        {"Per duur": "overzichten/duur.md"},
        {"Per groepsgrootte": "overzichten/groepsgrootte.md"},
        {"Per niveau": "overzichten/niveau.md"},
        {"Per soort": "overzichten/soort.md"},
        {"Per tag": "overzichten/tags.md"},
    ],
    "principes/index.md": [
        *({label: f"principes/{baken}.md"} for baken, label in BAKENS.items()),
        {"Thema's": [{label: f"principes/themas/{thema}.md"} for thema, label in THEMAS.items()]},
    ],
}
"""Per overview page, the pages that belong under it, in reading order."""


def nav_met_secties(nav: list) -> list:
    """Expands each nav entry that points at an overview page into a section with its pages."""

    def uitgebreid(item):
        if isinstance(item, dict) and len(item) == 1:
            ((titel, doel),) = item.items()
            if isinstance(doel, str) and doel in SECTIES:
                return {titel: [doel, *SECTIES[doel]]}
            if isinstance(doel, list):
                return {titel: [uitgebreid(sub) for sub in doel]}
        return item

    return [uitgebreid(item) for item in nav]
