"""The process-wide template cache: a second build in the same process does not compile a template again,
unless its source changed (an edited override)."""

import jinja2
import yaml
from mkdocs.utils.yaml import get_yaml_loader

from macros.sjabloongeheugen import GeheugenCache
from tests.conftest import PROJECT


def omgeving(cache: GeheugenCache, bron: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader({"pagina.html": bron}), bytecode_cache=cache)


def test_een_tweede_omgeving_gebruikt_de_gecompileerde_code(monkeypatch):
    cache = GeheugenCache()
    assert omgeving(cache, "Hallo {{ naam }}").get_template("pagina.html").render(naam="Anouk") == "Hallo Anouk"
    assert len(cache.gecompileerd) == 1

    def niet_compileren(*_args, **_kwargs):
        raise AssertionError("opnieuw gecompileerd")

    monkeypatch.setattr(jinja2.Environment, "compile", niet_compileren)
    assert omgeving(cache, "Hallo {{ naam }}").get_template("pagina.html").render(naam="Bo") == "Hallo Bo"


def test_een_gewijzigd_sjabloon_wordt_opnieuw_gecompileerd(monkeypatch):
    cache = GeheugenCache()
    omgeving(cache, "Oud {{ naam }}").get_template("pagina.html")
    gecompileerd = []
    echte_compile = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, *a, **k: gecompileerd.append(1) or echte_compile(self, *a, **k))
    assert omgeving(cache, "Nieuw {{ naam }}").get_template("pagina.html").render(naam="Bo") == "Nieuw Bo"
    assert gecompileerd


def test_de_hook_geeft_het_thema_de_cache_van_het_proces():
    from macros import mkdocs_sjablonen
    from macros.sjabloongeheugen import GEHEUGEN

    thema = jinja2.Environment()
    assert mkdocs_sjablonen.on_env(thema, None, None).bytecode_cache is GEHEUGEN
    config = yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())
    assert "macros/mkdocs_sjablonen.py" in config["hooks"]
