"""The yardstick for build speed: plain Material over the Markdown our macros produce, as static files.

`maak_kale_site` takes a project, runs the page step (macros.paginas.bouw_pagina, the same function the
build calls) over every page, and writes the result as ordinary Markdown pages with only the front matter
Material reads. Its mkdocs.yml has the same theme, features, Markdown extensions, glossary, nav and search
settings, and no macros. What a build of our project costs beyond a build of this one is the cost of the
macros: reading and checking all content, and generating the pages.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml
from mkdocs.utils import meta as mkdocs_meta
from mkdocs.utils.yaml import get_yaml_loader

MATERIAL_META = ("title", "description", "tags", "hide", "search")
"""The front-matter keys Material and its plugins read; the rest of a card is data for the macros."""


def maak_kale_site(project: Path, doel: Path) -> None:
    sys.path.insert(0, str(project))
    try:
        from macros.begrippenpagina import tooltips
        from macros.bijeenkomst import laad_onderdelen
        from macros.catalog import laad_catalogus
        from macros.navigatie import nav_met_secties
        from macros.paginas import Site, bouw_pagina
        from macros.printen import printinfo
        from macros.teammap import aantal_delen, deel_adres, deelbron

        config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())
        docs = project / config.get("docs_dir", "docs")
        catalogus = laad_catalogus(docs)
        site = Site(catalogus, printinfo(config["site_url"], lambda _id: "2026-01-01"), laad_onderdelen(project))
        shutil.copytree(docs, doel / "docs", ignore=shutil.ignore_patterns("*.md"))
        shutil.copytree(project / "overrides", doel / "overrides")
        paginas = {pad.relative_to(docs).as_posix(): pad.read_text(encoding="utf-8") for pad in sorted(docs.rglob("*.md"))}
        delen = aantal_delen(len(catalogus.werkvormen))
        paginas |= {deel_adres(deel): deelbron(deel, delen) for deel in range(2, delen + 1)}  # what our hook adds
        for bron, tekst in paginas.items():
            markdown, meta = mkdocs_meta.get_data(tekst)
            markdown, meta = bouw_pagina(bron, markdown, meta, site)
            kop = {sleutel: meta[sleutel] for sleutel in MATERIAL_META if sleutel in meta}
            uit = doel / "docs" / bron
            uit.parent.mkdir(parents=True, exist_ok=True)
            uit.write_text(f"---\n{yaml.safe_dump(kop, allow_unicode=True)}---\n\n{markdown}", encoding="utf-8")
        config["plugins"] = [plugin for plugin in config["plugins"] if _naam(plugin) in ("search", "tags")]
        config.pop("hooks", None)  # ours shorten what MkDocs reads of card pages and add the team folder's parts: done here
        config["markdown_extensions"] = [
            {"abbr": {"glossary": tooltips(catalogus.begrippen)}} if uitbreiding == "abbr" else uitbreiding
            for uitbreiding in config["markdown_extensions"]
        ]
        config["nav"] = nav_met_secties(config["nav"])
        (doel / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    finally:
        sys.path.remove(str(project))
        for module in [naam for naam in sys.modules if naam == "macros" or naam.startswith("macros.")]:
            del sys.modules[module]


def _naam(plugin: str | dict) -> str:
    return plugin if isinstance(plugin, str) else next(iter(plugin))
