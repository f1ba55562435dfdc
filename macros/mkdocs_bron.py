"""An MkDocs hook (`hooks:` in mkdocs.yml): card pages reach MkDocs without their card, and a large library's
team folder gets its parts.

MkDocs reads every page's front matter into `page.meta`. A werkvorm's card is most of its file, and the catalog
has already read and checked it (macros/catalog.py); reading it again cost MkDocs a tenth of a build at 1000
werkvormen. So MkDocs gets the body of a card page only, and the macros add the title, description and tags
from the catalog (macros/paginas.py). Other pages keep their front matter. Without this hook (another builder)
the site is the same, only slower; a library of more than one team folder part (macros/teammap.py) needs it.
"""

from __future__ import annotations


def on_page_read_source(page, config):  # noqa: ARG001 (MkDocs passes both by name)
    # Imported here: MkDocs loads hooks before mkdocs-macros puts the project on the import path.
    from macros.lezen import zonder_kop
    from macros.plaatsing import is_kaartpagina

    if not is_kaartpagina(page.file.src_uri):
        return None
    with open(page.file.abs_src_path, encoding="utf-8") as bestand:
        return zonder_kop(bestand.read())


def on_files(files, config):
    """Adds the team folder's parts 2 and up, as many as the number of werkvormen asks for."""
    from mkdocs.structure.files import File

    from macros.plaatsing import WERKVORMEN_MAP, is_kaartpagina
    from macros.teammap import aantal_delen, deel_adres, deelbron

    werkvormen = sum(1 for f in files.documentation_pages() if f.src_uri.startswith(f"{WERKVORMEN_MAP}/") and is_kaartpagina(f.src_uri))
    delen = aantal_delen(werkvormen)
    for deel in range(2, delen + 1):
        files.append(File.generated(config, deel_adres(deel), content=deelbron(deel, delen)))
    return files
