"""An MkDocs hook (`hooks:` in mkdocs.yml): the theme's Jinja environment gets the process-wide template cache
(macros/sjabloongeheugen.py), so a rebuild in `make serve` does not compile the theme again."""

from __future__ import annotations


def on_env(env, config, files):  # noqa: ARG001 (MkDocs passes all three by name)
    # Imported here: MkDocs loads hooks before mkdocs-macros puts the project on the import path.
    from macros.sjabloongeheugen import GEHEUGEN

    env.bytecode_cache = GEHEUGEN
    return env
