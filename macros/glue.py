"""The only MkDocs-specific code: load the catalog once, then let pages ask the renderers.

mkdocs-macros calls `define_env` once at configuration time, before any page
is read, and `on_post_page_macros` for each page. Content pages are never
rendered as Jinja (`render_by_default: false`), so braces in text stay text.
"""

import html
import json
from functools import partial
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError

from macros import render
from macros.catalog import CASUSSEN_MAP, WERKVORMEN_MAP, InhoudFout, laad_catalogus
from macros.wijzigingen import datum_van, laatste_wijzigingen
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
    "index-soort": render.index_soort,
}
"""What a page may ask for with `genereer:` in its front matter; the result replaces the marker line.
The kiezer and the team folder also write raw HTML links, so they are bound to the page's Adres per page."""
MARKERING = "<!-- overzicht -->"
OPEN_DATA = "werkvormen.json"


def define_env(env):
    try:
        catalogus = laad_catalogus(Path(env.conf["docs_dir"]))
    except InhoudFout as fout:
        raise PluginError(str(fout)) from None
    env.variables["catalogus"] = catalogus
    _shim_voor_offline(env.conf)
    env.variables["printinfo"] = _print_info(env, catalogus)
    # One glossary for the abbr extension instead of definitions on every page: a build is 15x faster.
    env.conf["mdx_configs"].setdefault("abbr", {})["glossary"] = render.tooltips(catalogus.begrippen)
    env.conf["nav"] = render.nav_met_catalogus(env.conf["nav"], catalogus)


def on_post_page_macros(env):
    catalogus = env.variables["catalogus"]
    bron = PurePosixPath(env.page.file.src_path)
    map_ = bron.parent.as_posix()
    if map_ == WERKVORMEN_MAP and bron.stem in catalogus.werkvormen:
        werkvorm = catalogus.werkvormen[bron.stem]
        env.page.meta |= {"title": werkvorm.titel, "description": werkvorm.samenvatting, "tags": render.tags(werkvorm)}
        info = env.variables["printinfo"][werkvorm.id]
        env.markdown = render.werkvorm_pagina(werkvorm, env.markdown, catalogus, info, _adres(env))
    elif map_ == CASUSSEN_MAP and bron.stem in catalogus.casussen:
        casus = catalogus.casussen[bron.stem]
        env.page.meta |= {"title": casus.titel, "description": casus.samenvatting}
        env.markdown = render.casus_pagina(casus, env.markdown, catalogus)
    _ontsnap_kopgegevens(env.page.meta)
    generator = env.page.meta.get("genereer")
    if generator:
        adres = _adres(env)
        generatoren = {
            **GENERATOREN,
            "kiezer": partial(render.kiezer, adres=adres),
            "teammap": partial(render.teammap, print_info=env.variables["printinfo"], adres=adres),
        }
        env.markdown = _vul_overzicht_in(env.markdown, generator, bron, catalogus, env.page.meta, generatoren)


def _ontsnap_kopgegevens(meta: dict) -> None:
    """The theme prints a page's title and description into <title> and an attribute without escaping them."""
    for sleutel in ("title", "description"):
        if sleutel in meta:
            meta[sleutel] = html.escape(str(meta[sleutel]), quote=True)


def _vul_overzicht_in(markdown: str, generator: str, bron: PurePosixPath, catalogus, meta=None, generatoren=GENERATOREN) -> str:
    if generator not in generatoren:
        raise PluginError(f"docs/{bron}: genereer: onbekende waarde '{generator}'; toegestaan: {', '.join(generatoren)}")
    if markdown.count(MARKERING) != 1:
        raise PluginError(f"docs/{bron}: genereer: '{generator}' vraagt precies één regel '{MARKERING}' op de plek van het overzicht")
    try:
        overzicht = generatoren[generator](catalogus, _pad_naar_docs(bron), meta or {})
    except ValueError as fout:
        raise PluginError(f"docs/{bron}: {fout}") from None
    return markdown.replace(MARKERING, overzicht)


IFRAME_WORKER_SHIM = "javascripts/vendor/iframe-worker-shim.js"


def _shim_voor_offline(conf) -> None:
    """Offline search needs the iframe-worker shim. Only the offline build loads it, from our own copy;
    otherwise Material's offline plugin would add it from another host, and every online page would
    wait for a script it does not use."""
    offline = conf["plugins"].get("material/offline") or conf["plugins"].get("offline")
    if offline and offline.config.enabled:
        conf["extra"]["polyfills"] = [IFRAME_WORKER_SHIM]


def _adres(env) -> render.Adres:
    return render.Adres.voor_url(env.page.url, env.conf["use_directory_urls"])


def _project(env) -> Path:
    return Path(env.conf["config_file_path"]).parent


def _print_info(env, catalogus) -> dict[str, render.PrintInfo]:
    """Per werkvorm its stable URL (site_url + page), the QR code of it and the date its file last changed."""
    project, docs = _project(env), Path(env.conf["docs_dir"])
    wijzigingen = laatste_wijzigingen(project)
    info = {}
    for id_ in catalogus.werkvormen:
        url = f"{env.conf['site_url'].rstrip('/')}/{WERKVORMEN_MAP}/{id_}/"
        datum = datum_van(docs / WERKVORMEN_MAP / f"{id_}.md", project, wijzigingen)
        info[id_] = render.PrintInfo(url=url, qr_svg=render.qr_svg(url), datum=render.datum_nl(datum))
    return info


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
    vanaf_root = render.Adres("", env.conf["use_directory_urls"])
    voeg_aliassen_toe(site, {vanaf_root.pagina(f"werkvormen/{w.id}"): w.aliassen for w in catalogus.werkvormen.values()})
    gegevens = render.open_data(catalogus, vanaf_root)
    (site / OPEN_DATA).write_text(json.dumps(gegevens, ensure_ascii=False, indent=1), encoding="utf-8")
