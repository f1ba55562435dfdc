"""What a person sees in Chromium: a werkvorm found through Dutch search, with its step table."""

from urllib.parse import urlparse


def test_werkvorm_vinden_met_nederlandse_zoekvraag(pagina, server):
    verzoeken = []
    pagina.on("request", lambda verzoek: verzoeken.append(verzoek.url))
    pagina.goto(server + "/")
    zoekveld = pagina.get_by_role("textbox", name="Zoeken")
    zoekveld.click()
    # "voorvallen" only matches "voorval" through Dutch stemming.
    zoekveld.fill("voorvallen bespreken")
    eerste = pagina.locator(".md-search-result__item").first
    eerste.wait_for()
    eerste.locator("a").first.click()
    pagina.wait_for_url("**/werkvormen/incidentmethode/**")
    assert pagina.locator("h1").inner_text().removesuffix("¶").strip() == "Incidentmethode"
    tabel = pagina.locator("table").filter(has_text="Aan het woord")
    assert tabel.locator("tbody tr").count() == 8
    assert tabel.locator("tbody tr").first.inner_text().startswith("1. Terugblik")
    tabel.locator("a[href='#stap-4']").click()
    assert pagina.url.endswith("#stap-4")
    assert pagina.locator("#stap-4").is_visible()
    hosts = {urlparse(url).netloc for url in verzoeken if not url.startswith(("data:", "blob:"))}
    assert hosts == {urlparse(server).netloc}


def test_begrip_toont_zijn_uitleg_als_tooltip(pagina, server):
    pagina.goto(server + "/casussen/vraagverlegenheid-aan-de-keukentafel/")
    begrip = pagina.locator("article abbr", has_text="raagverlegenheid").first
    uitleg = begrip.get_attribute("title")
    assert uitleg.startswith("De drempels die mensen ervaren om hulp te vragen.")
    tooltip = pagina.locator(".md-tooltip2--active")
    assert tooltip.count() == 0
    begrip.hover()
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().strip() == uitleg
