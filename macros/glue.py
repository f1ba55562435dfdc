"""The only MkDocs-specific code: load the catalog once, then let pages ask the renderers.

mkdocs-macros calls `define_env` once at configuration time, before any page
is read, and `on_post_page_macros` for each page. Content pages are never
rendered as Jinja (`render_by_default: false`), so braces in text stay text.
"""

import json
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError

from macros import render
from macros.catalog import CASUSSEN_MAP, WERKVORMEN_MAP, InhoudFout, laad_catalogus
from macros.zoeken import ZoekPatchFout, patch_zoekwerker, voeg_aliassen_toe

GENERATOREN = {
    "werkvormen-overzicht": render.werkvormen_overzicht,
    "bakens-overzicht": render.bakens_overzicht,
    "casussen-overzicht": render.casussen_overzicht,
    "baken": render.baken_koppelingen,
    "thema": render.thema_koppelingen,
    "begrippen": render.begrippenlijst,
    "index-vraagtype": render.index_vraagtype,
    "index-duur": render.index_duur,
    "index-groepsgrootte": render.index_groepsgrootte,
    "index-niveau": render.index_niveau,
    "kiezer": render.kiezer,
}
"""What a page may ask for with `genereer:` in its front matter; the result replaces the marker line."""
MARKERING = "<!-- overzicht -->"
OPEN_DATA = "werkvormen.json"


def define_env(env):
    try:
        catalogus = laad_catalogus(Path(env.conf["docs_dir"]))
    except InhoudFout as fout:
        raise PluginError(str(fout)) from None
    env.variables["catalogus"] = catalogus
    # One glossary for the abbr extension instead of definitions on every page: a build is 15x faster.
    env.conf["mdx_configs"].setdefault("abbr", {})["glossary"] = render.tooltips(catalogus.begrippen)
    env.conf["nav"] = render.nav_met_catalogus(env.conf["nav"], catalogus)


def on_post_page_macros(env):
    catalogus = env.variables["catalogus"]
    bron = PurePosixPath(env.page.file.src_path)
    map_ = bron.parent.as_posix()
    if map_ == WERKVORMEN_MAP and bron.stem in catalogus.werkvormen:
        werkvorm = catalogus.werkvormen[bron.stem]
        env.page.meta["description"] = werkvorm.samenvatting
        env.page.meta["tags"] = render.tags(werkvorm)
        env.markdown = render.werkvorm_pagina(werkvorm, env.markdown, catalogus)
    elif map_ == CASUSSEN_MAP and bron.stem in catalogus.casussen:
        casus = catalogus.casussen[bron.stem]
        env.page.meta["description"] = casus.samenvatting
        env.markdown = render.casus_pagina(casus, env.markdown, catalogus)
    generator = env.page.meta.get("genereer")
    if generator:
        env.markdown = _vul_overzicht_in(env.markdown, generator, bron, catalogus, env.page.meta)


def _vul_overzicht_in(markdown: str, generator: str, bron: PurePosixPath, catalogus, meta: dict | None = None) -> str:
    if generator not in GENERATOREN:
        raise PluginError(f"docs/{bron}: genereer: onbekende waarde '{generator}'; toegestaan: {', '.join(GENERATOREN)}")
    if markdown.count(MARKERING) != 1:
        raise PluginError(f"docs/{bron}: genereer: '{generator}' vraagt precies één regel '{MARKERING}' op de plek van het overzicht")
    try:
        overzicht = GENERATOREN[generator](catalogus, _pad_naar_docs(bron), meta or {})
    except ValueError as fout:
        raise PluginError(f"docs/{bron}: {fout}") from None
    return markdown.replace(MARKERING, overzicht)


def _pad_naar_docs(bron: PurePosixPath) -> str:
    """The relative path from a page's folder to the docs root, for links in generated Markdown."""
    return "../" * len(bron.parent.parts)


def on_post_build(env):
    site = Path(env.conf["site_dir"])
    try:
        patch_zoekwerker(site)
    except ZoekPatchFout as fout:
        raise PluginError(str(fout)) from None
    catalogus = env.variables["catalogus"]
    voeg_aliassen_toe(site, {f"werkvormen/{w.id}/": w.aliassen for w in catalogus.werkvormen.values()})
    gegevens = render.open_data(catalogus)
    (site / OPEN_DATA).write_text(json.dumps(gegevens, ensure_ascii=False, indent=1), encoding="utf-8")
