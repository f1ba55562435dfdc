"""The only MkDocs-specific code: load the catalog once, hand each page to macros.paginas, finish the site.

mkdocs-macros calls `define_env` once at configuration time, before any page is read, `on_post_page_macros`
for each page and `on_post_build` at the end. Content pages are never rendered as Jinja
(`render_by_default: false`), so braces in text stay text.
"""

import datetime
import json
from pathlib import Path

from mkdocs.exceptions import PluginError

from macros.afkortingen import EersteUitleg
from macros.begrippenpagina import begrip_anker, tooltips
from macros.beveiligingstxt import BEVEILIGINGSTXT, ContactFout, security_txt
from macros.bijeenkomst import PLANNERGEGEVENS, PLANNERPAGINA, BijeenkomstFout, laad_onderdelen, plannergegevens
from macros.catalog import BEGRIPPENPAGINA, InhoudFout, laad_catalogus
from macros.comprimeren import gzip_ernaast
from macros.lezen import LeesFout
from macros.navigatie import nav_met_secties
from macros.paginas import PaginaFout, Site, bouw_pagina
from macros.plaatsing import WERKVORMEN_MAP
from macros.plek import Plek
from macros.printen import printinfo
from macros.scriptgegevens import open_data
from macros.werkvormfilter import STIJLBLAD, stijlblad
from macros.wijzigingen import datum_van, laatste_wijzigingen
from macros.zoeken import ZoekPatchFout, patch_zoekwerker
from macros.zoekindex import ZOEKINDEX, verrijk_zoekindex

OPEN_DATA = "werkvormen.json"
IFRAME_WORKER_SHIM = "javascripts/vendor/iframe-worker-shim.js"


def define_env(env):
    docs = Path(env.conf["docs_dir"])
    try:
        catalogus = laad_catalogus(docs)
        onderdelen = laad_onderdelen(Path(env.conf["config_file_path"]).parent)
    except (InhoudFout, BijeenkomstFout) as fout:
        raise PluginError(str(fout)) from None
    env.variables["site"] = Site(catalogus, printinfo(env.conf["site_url"], _datums(env)), onderdelen)
    _shim_voor_offline(env.conf)
    # One glossary for the abbr extension instead of definitions on every page: a build is 15x faster.
    env.conf["mdx_configs"].setdefault("abbr", {})["glossary"] = tooltips(catalogus.begrippen)
    if not any(isinstance(uitbreiding, EersteUitleg) for uitbreiding in env.conf["markdown_extensions"]):
        env.conf["markdown_extensions"].append(EersteUitleg())
    env.conf["nav"] = nav_met_secties(env.conf["nav"])


def on_post_page_macros(env):
    try:
        env.markdown, meta = bouw_pagina(
            env.page.file.src_path, env.markdown, env.page.meta, env.variables["site"], env.conf["use_directory_urls"]
        )
    except PaginaFout as fout:
        raise PluginError(str(fout)) from None
    env.page.meta.update(meta)


def on_post_build(env):
    site_dir, site = Path(env.conf["site_dir"]), env.variables["site"]
    try:
        patch_zoekwerker(site_dir)
    except ZoekPatchFout as fout:
        raise PluginError(str(fout)) from None
    wortel = Plek("index.md", env.conf["use_directory_urls"])
    aliassen = {wortel.url(f"{WERKVORMEN_MAP}/{w.id}.md"): w.aliassen for w in site.catalogus.werkvormen.values()}
    begrippen = [(begrip_anker(b), b.term, b.uitleg) for b in site.catalogus.begrippen]
    try:
        verrijk_zoekindex(site_dir, aliassen, wortel.url(BEGRIPPENPAGINA), begrippen)
    except LeesFout as fout:
        raise PluginError(str(fout)) from None
    if env.conf["use_directory_urls"] and (site_dir / ZOEKINDEX).is_file():
        # For a web server; the offline version, read from disk, has its index as a script, and a site may have no search.
        gzip_ernaast(site_dir / ZOEKINDEX)
    gegevens = open_data(site.catalogus, wortel)
    (site_dir / OPEN_DATA).write_text(json.dumps(gegevens, ensure_ascii=False, indent=1), encoding="utf-8")
    (site_dir / STIJLBLAD).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / STIJLBLAD).write_text(stijlblad(site.catalogus), encoding="utf-8")
    planner = Plek(PLANNERPAGINA, env.conf["use_directory_urls"])
    (site_dir / PLANNERGEGEVENS).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / PLANNERGEGEVENS).write_text(plannergegevens(site.catalogus, site.onderdelen, planner), encoding="utf-8")
    _schrijf_security_txt(env.conf, site_dir)


def _schrijf_security_txt(conf, site_dir: Path) -> None:
    """Only a site whose mkdocs.yml names a contact gets the file (the test sites name none)."""
    if (contact := conf["extra"].get("beveiligingscontact")) is None:
        return
    try:
        tekst = security_txt(str(contact), conf["site_url"] or "", datetime.date.today())
    except ContactFout as fout:
        raise PluginError(str(fout)) from None
    (site_dir / BEVEILIGINGSTXT).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / BEVEILIGINGSTXT).write_text(tekst, encoding="utf-8")


def _datums(env):
    """The date of each werkvorm's last commit (today for uncommitted work), from one git call per build."""
    project, docs = Path(env.conf["config_file_path"]).parent, Path(env.conf["docs_dir"])
    wijzigingen = laatste_wijzigingen(project)
    return lambda werkvorm_id: datum_van(docs / WERKVORMEN_MAP / f"{werkvorm_id}.md", project, wijzigingen)


def _shim_voor_offline(conf) -> None:
    """Offline search needs the iframe-worker shim. Only the offline build loads it, from our own copy;
    otherwise Material's offline plugin would add it from another host, and every online page would
    wait for a script it does not use."""
    offline = conf["plugins"].get("material/offline") or conf["plugins"].get("offline")
    if offline and offline.config.enabled:
        conf["extra"]["polyfills"] = [IFRAME_WORKER_SHIM]
