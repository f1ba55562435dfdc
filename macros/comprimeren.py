"""A gzip copy next to the search index, for servers that send a compressed file as it is (nginx's gzip_static).

The index is the largest file of the site (about 2 MB) and every visitor who searches loads it. Compressing it
anew for each request held nginx to 20 requests per second (`make belasting`); the copy is made once per build.
"""

from __future__ import annotations

import gzip
from pathlib import Path


def gzip_ernaast(bestand: Path) -> Path:
    """Writes `bestand.gz` with the same content, without a date (the same bytes each build).

    Level 6, gzip's default: level 9 took a third longer on the index for 0.6% fewer bytes."""
    kopie = bestand.with_name(bestand.name + ".gz")
    kopie.write_bytes(gzip.compress(bestand.read_bytes(), compresslevel=6, mtime=0))
    return kopie
