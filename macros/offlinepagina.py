"""The page "Offline gebruiken": the download of the offline version, made by `make build` next to the site.

The zip is no page of MkDocs, so the link is raw HTML with the address from the one link helper (Plek). In the
offline version itself there is nothing to download: the page says so instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from macros.catalog import Catalogus
from macros.plek import Plek

OFFLINE_DOWNLOAD = "download/intervisiewijzer-offline.zip"
"""Where `make build` puts the offline zip in the site (the Makefile's OFFLINE_DOWNLOAD, kept equal by a test)."""


def downloadlink(_catalogus: Catalogus, plek: Plek, _meta: Mapping) -> str:
    if not plek.mappen:
        return (
            '<p class="offline-hier"><strong>Je gebruikt nu al de offline versie.</strong> '
            "Een nieuwere versie download je op deze pagina van de site zelf.</p>"
        )
    return (
        f'<p><a class="md-button md-button--primary" href="{plek.bestand(OFFLINE_DOWNLOAD)}" download>'
        "Download de offline versie (zip)</a></p>"
    )
