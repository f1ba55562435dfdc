"""Compiled theme templates kept for as long as the process runs (one `mkdocs serve`), for every build in it.

MkDocs makes a new Jinja environment for every build, so `make serve` compiled Material's 36 templates again
after every saved edit. Jinja's bytecode cache keeps the compiled code, keyed on the template's name and
checked against its source, so an edited override is compiled again. This module lives in `sys.modules`
across rebuilds; MkDocs loads a hook file anew for each build, so the cache cannot live there.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class GeheugenCache(BytecodeCache):
    """Compiled templates in memory, by Jinja's key (template name and file)."""

    def __init__(self) -> None:
        self.gecompileerd: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self.gecompileerd.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.gecompileerd[bucket.key] = bucket.bytecode_to_string()


GEHEUGEN = GeheugenCache()
