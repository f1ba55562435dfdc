"""The only MkDocs-specific code: load the catalog once, then let pages ask the renderers.

mkdocs-macros calls `define_env` once at configuration time, before any page
is read, and `on_post_page_macros` for each page. Content pages are never
rendered as Jinja (`render_by_default: false`), so braces in text stay text.
"""

import posixpath
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError

from macros import render
from macros.catalog import WERKVORMEN_MAP, InhoudFout, laad_catalogus
from macros.zoeken import ZoekPatchFout, patch_zoekwerker

GENERATOREN = {
    "werkvormen-overzicht": render.werkvormen_overzicht,
    "bakens-overzicht": render.bakens_overzicht,
}
"""What a page may ask for with `genereer:` in its front matter; the result replaces the marker line."""
MARKERING = "<!-- overzicht -->"


def define_env(env):
    try:
        catalogus = laad_catalogus(Path(env.conf["docs_dir"]))
    except InhoudFout as fout:
        raise PluginError(str(fout)) from None
    env.variables["catalogus"] = catalogus
    env.conf["nav"] = render.nav_met_werkvormen(env.conf["nav"], catalogus)


def on_post_page_macros(env):
    catalogus = env.variables["catalogus"]
    bron = PurePosixPath(env.page.file.src_path)
    werkvorm = catalogus.werkvormen.get(bron.stem) if bron.parent.as_posix() == WERKVORMEN_MAP else None
    if werkvorm is not None:
        env.page.meta["description"] = werkvorm.samenvatting
        env.markdown = render.werkvorm_pagina(werkvorm, env.markdown, catalogus)
    generator = env.page.meta.get("genereer")
    if generator:
        env.markdown = _vul_overzicht_in(env.markdown, generator, bron, catalogus)


def _vul_overzicht_in(markdown: str, generator: str, bron: PurePosixPath, catalogus) -> str:
    if generator not in GENERATOREN:
        raise PluginError(f"docs/{bron}: genereer: onbekende waarde '{generator}'; toegestaan: {', '.join(GENERATOREN)}")
    if markdown.count(MARKERING) != 1:
        raise PluginError(f"docs/{bron}: genereer: '{generator}' vraagt precies één regel '{MARKERING}' op de plek van het overzicht")
    return markdown.replace(MARKERING, GENERATOREN[generator](catalogus, _pad_naar_werkvormen(bron)))


def _pad_naar_werkvormen(bron: PurePosixPath) -> str:
    pad = posixpath.relpath(WERKVORMEN_MAP, bron.parent.as_posix() or ".")
    return "" if pad == "." else pad + "/"


def on_post_build(env):
    try:
        patch_zoekwerker(Path(env.conf["site_dir"]))
    except ZoekPatchFout as fout:
        raise PluginError(str(fout)) from None
