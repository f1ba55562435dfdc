"""Every place where the site leans on how Material or MkDocs works inside, checked against the pinned versions.

UPGRADE.md lists these couplings; when an upgrade changes one of them, a test here fails and names it,
instead of the site quietly keeping an old copy or losing a fix.
"""

import re
from pathlib import Path

import material

PROJECT = Path(__file__).resolve().parent.parent
THEMA = Path(material.__file__).parent / "templates"
ONZE_ZOEKPARTIAL = PROJECT / "overrides" / "partials" / "search.html"
ONZE_KOP = "{#- Material's search partial, with one change: the dialog gets an accessible name (axe: aria-dialog-name). -#}\n"
DE_WIJZIGING = ('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">')


def test_zoekpartial_is_die_van_material_met_precies_een_wijziging():
    upstream = (THEMA / "partials" / "search.html").read_text(encoding="utf-8")
    zonder_generatorkop = re.sub(r"\A\{#-\s*This file was automatically generated - do not edit\s*-#\}\n", "", upstream)
    assert zonder_generatorkop != upstream, "de kop van Materials partial is veranderd; kijk de override opnieuw na"
    assert zonder_generatorkop.count(DE_WIJZIGING[0]) == 1
    verwacht = ONZE_KOP + zonder_generatorkop.replace(*DE_WIJZIGING)
    assert ONZE_ZOEKPARTIAL.read_text(encoding="utf-8") == verwacht


def test_het_thema_zet_titel_en_beschrijving_onontsnapt_in_de_kop():
    """macros/paginas.py escapes them itself; if Material starts escaping, the text would be escaped twice."""
    basis = (THEMA / "base.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="{{ page.meta.description }}">' in basis
    assert "<title>{{ page.meta.title }} - {{ config.site_name }}</title>" in basis


def test_het_thema_laadt_polyfills_uit_de_configuratie():
    """The offline build loads our own iframe-worker shim through config.extra.polyfills (macros/glue.py)."""
    assert "{% for script in config.extra.polyfills %}" in (THEMA / "base.html").read_text(encoding="utf-8")


def test_de_knopklassen_bestaan_in_het_thema():
    """The werkvorm page and the kiezer use Material's button classes instead of styles of their own."""
    (css,) = (THEMA / "assets" / "stylesheets").glob("main.*.min.css")
    tekst = css.read_text(encoding="utf-8")
    assert ".md-button--primary" in tekst and ".md-typeset .md-button" in tekst


def test_de_makefile_en_python_zetten_dezelfde_stille_bouw():
    """The shell (make serve, make build) and Python (tests, make pdf) silence the MkDocs 2 notice alike."""
    from scripts.bouwen import STILLE_BOUW

    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert dict(re.findall(r"^export (\w+) := (\S+)$", makefile, re.MULTILINE)) == STILLE_BOUW


def test_make_serve_draait_zoals_de_benchmark_het_meet():
    """benchmarks/herladen.py measures live reload with the options make serve uses."""
    from scripts.bouwen import SERVE_OPTIES

    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^SERVE_OPTIES := (.+)$", makefile, re.MULTILINE).group(1).split() == list(SERVE_OPTIES)
    assert "mkdocs serve $(SERVE_OPTIES)" in makefile


def test_kaartpaginas_bereiken_mkdocs_zonder_kaart(tmp_path):
    """macros/mkdocs_bron.py: a card page's source without its front matter, every other page untouched."""
    from types import SimpleNamespace

    from macros.mkdocs_bron import on_page_read_source

    bron = tmp_path / "x.md"
    bron.write_text("---\nid: x\ntitel: X\n---\n\n## Waarom\n\nTekst.\n", encoding="utf-8")

    def pagina(src_uri: str):
        return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri, abs_src_path=str(bron)))

    assert on_page_read_source(pagina("werkvormen/x.md"), {}) == "\n## Waarom\n\nTekst.\n"
    assert on_page_read_source(pagina("casussen/x.md"), {}) == "\n## Waarom\n\nTekst.\n"
    assert on_page_read_source(pagina("werkvormen/index.md"), {}) is None
    assert on_page_read_source(pagina("intervisie/x.md"), {}) is None
