"""Small throw-away sites for build behaviour, as mkdocs-macros' own tests do: one scenario, one tiny site.

The real site takes seconds to build; a scenario about escaping or a broken file only needs a home page,
one werkvorm and one casus, built with the project's own macros, theme overrides and data.
"""

import shutil
from pathlib import Path

import yaml

from tests.conftest import PROJECT
from tests.kaarten import CASUS_BODY, GELDIGE_BODY, als_bestand, geldige_casus, geldige_kaart

CONFIG = {
    "site_name": "Proefsite",
    "site_url": "https://proef.example/",
    "docs_dir": "docs",
    "strict": True,
    "theme": {"name": "material", "language": "nl", "custom_dir": "overrides", "font": False},
    "plugins": [
        {"search": {"lang": "nl"}},
        {"macros": {"module_name": "macros", "render_by_default": False, "on_error_fail": True, "on_undefined": "strict"}},
    ],
    "markdown_extensions": ["toc", "attr_list", "md_in_html", "tables", "abbr", "def_list"],
    "not_in_nav": "/werkvormen/*.md\n/casussen/*.md\n",
    "nav": [{"Startpagina": "index.md"}],
    # The card links to overview and baken pages this tiny site does not have; that is not what its scenarios test.
    "validation": {"links": {"not_found": "info", "anchors": "info"}},
}


def klein_project(doel: Path, kaart: dict | None = None, casus: dict | None = None) -> Path:
    """A site with the project's code and a home page, one werkvorm (`kaart`) and one casus (`casus`)."""
    for naam in ("macros", "overrides", "data"):
        shutil.copytree(PROJECT / naam, doel / naam, ignore=shutil.ignore_patterns("__pycache__"))
    (doel / "mkdocs.yml").write_text(yaml.safe_dump(CONFIG, allow_unicode=True, sort_keys=False), encoding="utf-8")
    docs = doel / "docs"
    (docs / "werkvormen").mkdir(parents=True)
    (docs / "casussen").mkdir()
    (docs / "index.md").write_text("# Proefsite\n\nEen kleine site voor een test.\n", encoding="utf-8")
    (docs / "werkvormen" / "proefmethode.md").write_text(als_bestand(kaart or geldige_kaart(), GELDIGE_BODY), encoding="utf-8")
    (docs / "casussen" / "proefcasus.md").write_text(als_bestand(casus or geldige_casus(), CASUS_BODY), encoding="utf-8")
    return doel
