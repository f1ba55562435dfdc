"""The renderers: card, step table, step anchors, sources, overview and nav, as Markdown text."""

import markdown

from macros import (
    begrippenpagina,
    bronvermelding,
    casuspagina,
    kaart,
    kiezerpagina,
    navigatie,
    opmaak,
    overzichten,
    scriptgegevens,
    stappenplan,
    werkvormpagina,
)
from macros.afkortingen import EersteUitleg
from macros.catalog import Catalogus
from macros.model import Begrip, Casus, Werkvorm
from macros.plek import Plek
from tests.kaarten import CASUS_BODY, GELDIGE_BODY, geldige_casus, geldige_kaart

OP_DE_PAGINA = Plek("werkvormen/proefmethode.md")
IN_EEN_MAP = Plek("overzichten/x.md")


def werkvorm(**wijzigingen) -> Werkvorm:
    return Werkvorm.model_validate(geldige_kaart(**wijzigingen))


def casus(**wijzigingen) -> Casus:
    return Casus.model_validate(geldige_casus(**wijzigingen))


def catalogus(*werkvormen: Werkvorm, casussen: tuple[Casus, ...] = (), begrippen: tuple[Begrip, ...] = ()) -> Catalogus:
    return Catalogus({w.id: w for w in werkvormen}, casussen={c.id: c for c in casussen}, begrippen=begrippen)


def als_html(tekst: str) -> str:
    return markdown.markdown(tekst, extensions=["tables", "attr_list", "md_in_html", "toc"])


def test_tekst_ontsnapt_markup_tabellen_en_accolades():
    assert opmaak.tekst("a | b {c} <d> & e") == "a &#124; b &#123;c&#125; &lt;d&gt; &amp; e"


def test_minuten_en_klok():
    assert opmaak.minuten(1) == "1 minuut"
    assert opmaak.minuten(15) == "15 minuten"
    assert opmaak.klok(0) == "0:00"
    assert opmaak.klok(65) == "1:05"


def test_groep_en_sprekers():
    assert kaart.groep(werkvorm()) == "4 tot 8 personen"
    assert kaart.groep(werkvorm(groepsgrootte={"min": 6, "max": 6})) == "6 personen"
    eerste, tweede = werkvorm().stappen
    assert stappenplan.sprekers(eerste) == "Inbrenger"
    assert stappenplan.sprekers(tweede) == "Iedereen"


def test_starttijden_lopen_op():
    assert stappenplan.starttijden(werkvorm()) == [0, 10]


def test_kaart_toont_de_feiten():
    html = als_html(kaart.kaart(werkvorm(benodigdheden=["Flap-over"]), OP_DE_PAGINA))
    for feit in ("30 minuten", "4 tot 8 personen", "Starter", "Concreet probleem", "Inbrenger, Deelnemers", "Flap-over"):
        assert feit in html
    assert 'class="samenvatting"' in html


def test_stappentabel_heeft_een_rij_per_stap_een_klokvak_en_een_totaal():
    tabel = stappenplan.stappentabel(werkvorm(), OP_DE_PAGINA)
    rijen = [regel for regel in tabel.splitlines() if regel.startswith("<tr>")]
    assert len(rijen) == 2
    assert rijen[0].startswith(
        '<tr><td><a href="#stap-1">1. <span class="stap-naam">Inbreng</span></a></td>'
        '<td data-tijd="1">10 min.</td><td data-vanaf="1">0:00</td>'
    )
    assert '<td data-tijd="2">20 min.</td><td data-vanaf="2">0:10</td><td class="stap-wie">Iedereen</td>' in rijen[1]
    assert all('<td class="klokvak" data-search-exclude>' in rij for rij in rijen)
    assert '<tfoot><tr><th scope="row">Totaal</th><td data-totaal>30 min.</td>' in tabel
    assert stappenplan.stappentabel(werkvorm(), Plek("teammap.md")).count('href="../werkvormen/proefmethode/#stap-') == 2


def test_stapdetail_heeft_een_vast_anker_taken_en_vragen():
    html = als_html(stappenplan.stap_detail(werkvorm(), 1))
    assert '<h3 id="stap-1">Stap 1: Inbreng</h3>' in html
    assert "Vertelt." in html and "Luisteren." in html
    assert '<div class="voorbeeldvragen" data-stap="1">' in html and "<li>Wat is je vraag?</li>" in html
    assert "Voorbeeldvragen" not in als_html(stappenplan.stap_detail(werkvorm(), 2))


def test_bron_met_en_zonder_url():
    boek, artikel, web = werkvorm(
        bronnen=[
            {
                "soort": "boek",
                "auteurs": ["A. Auteur", "Bea de Wit"],
                "titel": "Boek",
                "jaar": 2009,
                "uitgever": "Uitgeverij",
                "plaats": "Utrecht",
                "druk": 3,
                "noot": "Over stappen.",
            },
            {
                "soort": "artikel",
                "auteurs": ["Tom Andersen"],
                "titel": "Een artikel",
                "jaar": 1987,
                "tijdschrift": "Family Process",
                "jaargang": "26",
                "nummer": "4",
                "paginas": "415-428",
            },
            {"soort": "web", "organisatie": "Site", "jaar": "z.j.", "titel": "Pagina (uitleg)", "url": "https://voorbeeld.nl/a_(b)"},
        ]
    ).bronnen
    assert (
        bronvermelding.bron(boek)
        == 'A. Auteur en Bea de Wit (2009). *Boek* (3e druk). Utrecht: Uitgeverij. <span class="bronnoot">Over stappen.</span>'
    )
    assert bronvermelding.bron(artikel) == "Tom Andersen (1987). Een artikel. *Family Process*, 26(4), 415-428."
    assert bronvermelding.bron(web) == "Site (z.j.). [*Pagina &#40;uitleg&#41;*](https://voorbeeld.nl/a_%28b%29)."


def test_werkvormpagina_zet_de_stappen_tussen_voorbereiding_en_valkuilen():
    pagina = werkvormpagina.werkvorm_pagina(werkvorm(), GELDIGE_BODY, catalogus(werkvorm()))
    volgorde = [
        "# Proefmethode",
        "werkvorm-kaart",
        "## Wanneer",
        "## Voorbereiding",
        "## Rollen",
        "## Stappen",
        "## Valkuilen",
        "## Varianten",
        "## Voorbeeld",
        "## Bakens",
        "## Bronnen",
    ]
    plekken = [pagina.index(stuk) for stuk in volgorde]
    assert plekken == sorted(plekken)
    assert "## Verwante werkvormen" not in pagina


def test_verwante_werkvormen_linken_naar_bestaande_paginas():
    ander = werkvorm(id="ander", titel="Ander")
    eigen = werkvorm(verwant=["ander"])
    tekst = werkvormpagina.verwante_werkvormen(eigen, catalogus(eigen, ander), OP_DE_PAGINA)
    assert "- [Ander](ander.md): Een korte werkvorm" in tekst


def test_nav_wordt_aangevuld_met_principes_en_overzichten_maar_niet_met_elke_werkvorm():
    nav = [
        {"Home": "index.md"},
        {"Werkvormen": "werkvormen/index.md"},
        {"Meer": [{"Principes": "principes/index.md"}]},
        {"Overzichten": "overzichten/index.md"},
    ]
    nieuw = navigatie.nav_met_secties(nav)
    assert nieuw[:2] == [{"Home": "index.md"}, {"Werkvormen": "werkvormen/index.md"}]
    assert nieuw[3]["Overzichten"][:2] == ["overzichten/index.md", {"Per soort vraag": "overzichten/vraagtype.md"}]
    principes = nieuw[2]["Meer"][0]["Principes"]
    assert principes[0] == "principes/index.md"
    assert principes[1] == {"Gericht op de vraag achter de vraag": "principes/vraag-achter-de-vraag.md"}
    assert principes[-1]["Thema's"][0] == {"Gekanteld werken en eigen kracht": "principes/themas/gekanteld-werken.md"}


def test_bakens_overzicht_toont_per_baken_de_werkvormen():
    tekst = overzichten.bakens_overzicht(catalogus(werkvorm(), werkvorm(id="aap", titel="Aapmethode", bakens=["eigen-kracht"])), IN_EEN_MAP)
    vraag, rest = tekst.split("### [Gebaseerd op de eigen kracht van de burger](../principes/eigen-kracht.md) {#eigen-kracht}")
    assert "[Proefmethode](../werkvormen/proefmethode.md)" in vraag
    assert rest.lstrip().startswith("- [Aapmethode](../werkvormen/aap.md)")
    assert "### [Direct eropaf](../principes/direct-erop-af.md) {#direct-erop-af}\n\nNog geen werkvormen bij dit baken." in tekst


def test_werkvormpagina_toont_de_casussen_die_hem_gebruikten():
    pagina = werkvormpagina.werkvorm_pagina(werkvorm(), GELDIGE_BODY, catalogus(werkvorm(), casussen=(casus(),)))
    assert "## Casussen met deze werkvorm\n\n- [Een team dat leert vragen](../casussen/proefcasus.md): Een wijkteam" in pagina
    assert "- [Gericht op de vraag achter de vraag](../principes/vraag-achter-de-vraag.md)" in pagina


def test_casuspagina_heeft_kaart_met_links_body_en_bronnen():
    pagina = casuspagina.casus_pagina(casus(), CASUS_BODY, catalogus(werkvorm(), casussen=(casus(),)))
    assert pagina.startswith("# Een team dat leert vragen\n")
    assert "- **Werkvormen:** [Proefmethode](../werkvormen/proefmethode.md)" in pagina
    assert "- **Thema's:** [Gekanteld werken en eigen kracht](../principes/themas/gekanteld-werken.md)" in pagina
    assert pagina.index("## Situatie") < pagina.index("## Leerpunten")
    assert "- **Herkomst:** Samengesteld uit situaties" in pagina
    assert "## Bronnen" not in pagina, "een casus zonder bronnen krijgt geen lege lijst"


def test_casussenoverzicht():
    tabel = overzichten.casussen_overzicht(catalogus(werkvorm(), casussen=(casus(),)), IN_EEN_MAP)
    assert tabel.splitlines()[2].startswith("| [Een team dat leert vragen](../casussen/proefcasus.md) | Een wijkteam")


def test_baken_en_thema_koppelingen():
    cat = catalogus(werkvorm(), werkvorm(id="aap", titel="Aap", bakens=["eigen-kracht"]), casussen=(casus(),))
    baken = overzichten.baken_koppelingen(cat, IN_EEN_MAP, {"baken": "vraag-achter-de-vraag"})
    assert "## Werkvormen bij dit baken\n\n- [Proefmethode](../werkvormen/proefmethode.md)" in baken
    assert "[Aap]" not in baken
    assert "## Casussen bij dit baken\n\n- [Een team dat leert vragen](../casussen/proefcasus.md)" in baken
    thema = overzichten.thema_koppelingen(cat, Plek("principes/themas/x.md"), {"thema": "gekanteld-werken"})
    assert "- [Een team dat leert vragen](../../casussen/proefcasus.md)" in thema
    assert "## Werkvormen uit deze casussen\n\n- [Proefmethode](../../werkvormen/proefmethode.md)" in thema
    leeg = overzichten.thema_koppelingen(cat, Plek("principes/themas/x.md"), {"thema": "veiligheid"})
    assert leeg.count("Nog geen.") == 2


def test_onbekend_baken_op_een_pagina():
    import pytest

    with pytest.raises(ValueError, match="baken: onbekende waarde 'geluk'"):
        overzichten.baken_koppelingen(catalogus(), Plek(), {"baken": "geluk"})


def test_begrippen_en_tooltips():
    wmo = Begrip(term="Wmo", uitleg="Wet maatschappelijke ondersteuning.", vormen=["Wmo"])
    kanteling = Begrip(term="De Kanteling", uitleg="Een andere manier van werken.", vormen=["De Kanteling", "de Kanteling"])
    lijst = begrippenpagina.begrippenlijst(catalogus(begrippen=(wmo, kanteling)))
    assert lijst.startswith("De Kanteling {#begrip-de-kanteling}\n:   Een andere manier van werken.")
    assert begrippenpagina.tooltips((wmo, kanteling)) == {
        "Wmo": "Wet maatschappelijke ondersteuning.",
        "De Kanteling": "Een andere manier van werken.",
        "de Kanteling": "Een andere manier van werken.",
    }
    html = markdown.markdown(
        "De Wmo geldt.", extensions=["abbr"], extension_configs={"abbr": {"glossary": begrippenpagina.tooltips((wmo,))}}
    )
    assert '<abbr title="Wet maatschappelijke ondersteuning.">Wmo</abbr>' in html


def test_kaart_linkt_naar_de_overzichten_en_noemt_aliassen():
    tekst = kaart.kaart(werkvorm(aliassen=["moreel beraad"]), OP_DE_PAGINA)
    assert "[30 minuten](../overzichten/duur.md#tot-45-minuten)" in tekst
    assert "[4 tot 8 personen](../overzichten/groepsgrootte.md#klein)" in tekst
    assert "[Starter](../overzichten/niveau.md#starter)" in tekst
    assert "[Concreet probleem](../overzichten/vraagtype.md#concreet-probleem)" in tekst
    assert '- <span class="alleen-scherm"></span>**Ook bekend als:** moreel beraad' in tekst


def test_casussen_bij_een_werkvorm_zijn_begrensd():
    casussen = tuple(casus(id=f"casus-{n}", titel=f"Casus {n}") for n in range(7))
    tekst = werkvormpagina.casussen_bij(werkvorm(), catalogus(werkvorm(), casussen=casussen), OP_DE_PAGINA)
    assert tekst.count("](../casussen/casus-") == 5
    assert "Deze werkvorm komt in 7 casussen voor" in tekst


def test_indexpaginas_per_kenmerk():
    cat = catalogus(werkvorm(), werkvorm(id="aap", titel="Aap", niveau="gevorderd", vraagtypes=["dilemma"]))
    vraag = overzichten.index_vraagtype(cat, IN_EEN_MAP)
    assert "## Dilemma {#dilemma}\n\n- [Aap](../werkvormen/aap.md): intervisie, 30 min., 4–8 personen, gevorderd." in vraag
    assert "## Emotie {#emotie}\n\nNog geen werkvormen." in vraag
    assert "## Tot 45 minuten {#tot-45-minuten}\n\n- [Aap]" in overzichten.index_duur(cat, IN_EEN_MAP)
    assert "## Groot: 9 personen of meer {#groot}\n\nNog geen werkvormen." in overzichten.index_groepsgrootte(cat, IN_EEN_MAP)
    assert "## Gevorderd {#gevorderd}\n\n- [Aap]" in overzichten.index_niveau(cat, IN_EEN_MAP)
    assert "## Oefening {#oefening}\n\nNog geen werkvormen." in overzichten.index_soort(cat, IN_EEN_MAP)


def test_kiezer_heeft_formulier_gegevens_en_statische_lijsten():
    import json
    import re

    tekst = kiezerpagina.kiezer(catalogus(werkvorm(samenvatting="Een samenvatting met </script> erin, lang genoeg.")), Plek("kiezer.md"))
    assert '<form class="kiezer" id="kiezer" hidden data-search-exclude>' in tekst
    assert '<input type="radio" name="vraag" value="dilemma">' in tekst
    gegevens = json.loads(re.search(r'id="kiezer-gegevens">(.*?)</script>', tekst, re.DOTALL).group(1))
    assert gegevens["werkvormen"][0]["url"] == "../werkvormen/proefmethode/"
    assert gegevens["vraagtypes"]["dilemma"] == "Dilemma"
    assert '<div class="kiezer-zonder-js" markdown>' in tekst
    assert "### Concreet probleem {#concreet-probleem}\n\n- [Proefmethode](werkvormen/proefmethode.md)" in tekst


def test_tags_en_open_data():
    w = werkvorm(aliassen=["proef"])
    assert kaart.tags(w) == ["Concreet probleem", "Starter"]
    data = scriptgegevens.open_data(catalogus(w), Plek())
    (item,) = data["werkvormen"]
    assert item["url"] == "werkvormen/proefmethode/"
    assert item["id"] == "proefmethode" and item["stappen"][0]["taken"]["inbrenger"] == "Vertelt."
    assert "noot" not in item["bronnen"][0]
    assert item["soort"] == "intervisie" and item["kortste_duur"] == 20


def test_een_begrip_krijgt_alleen_de_eerste_keer_in_lopende_tekst_uitleg():
    """The tooltip sits on the first use of a term (in any of its forms) in running text: not in a heading or the card."""
    kanteling = Begrip(term="De Kanteling", uitleg="Een andere manier van werken.", vormen=["De Kanteling", "de Kanteling"])
    wmo = Begrip(term="Wmo", uitleg="Wet maatschappelijke ondersteuning.", vormen=["Wmo"])
    html = markdown.markdown(
        '## De Kanteling\n\n<div class="werkvorm-kaart" markdown>\n\n- Wet: Wmo\n\n</div>\n\n'
        "Na de Kanteling kwam de Wmo.\n\n- De Wmo en de Kanteling, *de Wmo*.",
        extensions=["abbr", "md_in_html", EersteUitleg()],
        extension_configs={"abbr": {"glossary": begrippenpagina.tooltips((kanteling, wmo))}},
    )
    assert html.count("<abbr") == 2
    assert "<h2>De Kanteling</h2>" in html and "<li>Wet: Wmo</li>" in html
    kanteling_uitgelegd = '<abbr title="Een andere manier van werken.">de Kanteling</abbr>'
    assert f'Na {kanteling_uitgelegd} kwam de <abbr title="Wet maatschappelijke ondersteuning.">Wmo</abbr>.' in html
    assert "<li>De Wmo en de Kanteling, <em>de Wmo</em>.</li>" in html


def test_de_kaart_zegt_of_een_werkvorm_helemaal_online_kan():
    volledig = kaart.kaart(werkvorm(), OP_DE_PAGINA)
    beperkt = kaart.kaart(werkvorm(online_geschikt="beperkt"), OP_DE_PAGINA)
    assert "[online](#online)" in volledig and "beperkt" not in volledig
    assert "[online, alleen beperkt](#online)" in beperkt
    assert "### Online, alleen beperkt {#online}" in werkvormpagina.anders_uitvoeren(werkvorm(online_geschikt="beperkt"))
