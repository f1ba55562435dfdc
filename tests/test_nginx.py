"""The server configuration in deploy/ with Debian's real nginx on loopback (the `server` fixture): the headers
internet.nl checks, the Content-Security-Policy made from the build, caching, compression, the Dutch 404 page,
the permanent redirects and security.txt. The browser tests run against the same server, so every page they
use is checked under the policy (tests/conftest.py, `bewaak_beleid`).

The header rules below are those of internet.nl's website test (checks/tasks/http_headers.py in
internetstandards/Internet.nl), as far as they concern one response.
"""

import gzip
import http.client
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest
import sectxt

from macros.beveiligingstxt import BEVEILIGINGSTXT
from scripts import nginx
from tests.conftest import PROJECT, bewaakte_pagina

HSTS_MINIMAAL = 31536000
"""One year: internet.nl scores a shorter max-age as insufficient."""
GOEDE_REFERRERS = {"no-referrer", "same-origin"}


def csp_fouten(beleid: str) -> list[str]:
    """What internet.nl holds against a Content-Security-Policy, in its own words (empty: the policy passes)."""
    richtlijnen: dict[str, list[str]] = {}
    for deel in beleid.split(";"):
        woorden = deel.split()
        if woorden:
            richtlijnen.setdefault(woorden[0].lower(), woorden[1:])
    alle_waarden = [waarde for waarden in richtlijnen.values() for waarde in waarden]
    fouten = [naam for naam in ("unsafe-inline", "unsafe-eval", "unsafe-hashes") if f"'{naam}'" in alle_waarden]
    if any(waarde in ("http:", "*") or waarde.startswith("http://") for waarde in alle_waarden):
        fouten.append("has-http")
    if "https:" in alle_waarden:
        fouten.append("has-bare-https")
    if any(_host_zonder_schema(waarde) for waarde in alle_waarden):
        fouten.append("has-host-without-scheme")
    if any("data:" in richtlijnen.get(naam, richtlijnen.get("default-src", [])) for naam in ("script-src", "object-src")):
        fouten.append("has-data")
    if richtlijnen.get("default-src") not in (["'self'"], ["'none'"]):
        fouten.append("missing-invalid-default-src")
    for naam, toegestaan in (("frame-ancestors", ("'self'", "'none'")), ("base-uri", ("'self'", "'none'"))):
        if not richtlijnen.get(naam) or any(waarde not in toegestaan for waarde in richtlijnen[naam]):
            fouten.append(f"missing-invalid-{naam}")
    if not richtlijnen.get("form-action"):
        fouten.append("missing-invalid-form-action")
    return fouten


def _host_zonder_schema(waarde: str) -> bool:
    return not waarde.startswith("'") and not waarde.endswith(":") and "://" not in waarde


def kopfouten(koppen: http.client.HTTPMessage) -> list[str]:
    """Every header internet.nl checks on a website, with what is wrong with it."""
    fouten = [f"Content-Security-Policy: {fout}" for fout in csp_fouten(koppen.get("Content-Security-Policy", ""))]
    hsts = re.search(r"max-age=(\d+)", koppen.get("Strict-Transport-Security", ""))
    if not hsts or int(hsts.group(1)) < HSTS_MINIMAAL:
        fouten.append(f"Strict-Transport-Security: {koppen.get('Strict-Transport-Security')}")
    if koppen.get("X-Content-Type-Options", "").lower() != "nosniff":
        fouten.append(f"X-Content-Type-Options: {koppen.get('X-Content-Type-Options')}")
    if koppen.get("X-Frame-Options", "").upper() not in ("DENY", "SAMEORIGIN"):
        fouten.append(f"X-Frame-Options: {koppen.get('X-Frame-Options')}")
    if koppen.get("Referrer-Policy", "").split(",")[-1].strip() not in GOEDE_REFERRERS:
        fouten.append(f"Referrer-Policy: {koppen.get('Referrer-Policy')}")
    if not koppen.get("Permissions-Policy"):
        fouten.append("Permissions-Policy ontbreekt")
    return fouten


def vraag(server: str, pad: str, **koppen: str) -> tuple[http.client.HTTPResponse, bytes]:
    """One GET as internet.nl sends it: redirects are not followed, so each answer is checked itself."""
    adres = urlparse(server)
    verbinding = http.client.HTTPConnection(adres.hostname, adres.port, timeout=10)
    verbinding.request("GET", pad, headers=koppen)
    antwoord = verbinding.getresponse()
    inhoud = antwoord.read()
    verbinding.close()
    return antwoord, inhoud


ZWAKKE_BELEIDEN = {
    "script-src 'self' 'unsafe-inline'; default-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'": "unsafe-inline",
    "default-src 'self'; script-src 'self' 'unsafe-eval'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'": "unsafe-eval",
    "default-src 'self' https:; frame-ancestors 'self'; base-uri 'self'; form-action 'self'": "has-bare-https",
    "default-src 'self'; img-src cdn.example.org; frame-ancestors 'self'; base-uri 'self'; form-action 'self'": "has-host-without-scheme",
    "default-src 'self'; script-src 'self' data:; frame-ancestors 'self'; base-uri 'self'; form-action 'self'": "has-data",
    "default-src *; frame-ancestors 'self'; base-uri 'self'; form-action 'self'": "has-http",
    "script-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'": "missing-invalid-default-src",
    "default-src 'self'; base-uri 'self'; form-action 'self'": "missing-invalid-frame-ancestors",
    "default-src 'self'; frame-ancestors 'self'; form-action 'self'": "missing-invalid-base-uri",
    "default-src 'self'; frame-ancestors 'self'; base-uri 'self'": "missing-invalid-form-action",
}


@pytest.mark.parametrize(("beleid", "fout"), ZWAKKE_BELEIDEN.items(), ids=ZWAKKE_BELEIDEN.values())
def test_de_regels_van_internet_nl_keuren_een_zwak_beleid_af(beleid, fout):
    assert fout in csp_fouten(beleid)


def test_het_beleid_van_de_build_doorstaat_de_regels_van_internet_nl(site):
    assert csp_fouten(nginx.beveiligingsbeleid(site)) == []


ANTWOORDEN = {
    "startpagina": "/",
    "werkvorm": "/werkvormen/dilemmamethode/",
    "zoekindex": "/search/search_index.json",
    "thema-script": "/assets/javascripts/bundle.{hash}.min.js",
    "niet gevonden": "/bestaat-niet/",
    "omleiding": "/werkvormen/u-procedure/",
    "security.txt": f"/{BEVEILIGINGSTXT}",
}


def _pad(site: Path, pad: str) -> str:
    """Fills in the hash of the theme's bundle, which changes with each Material release."""
    if "{hash}" in pad:
        (bundel,) = (site / "assets" / "javascripts").glob("bundle.*.min.js")
        return "/" + bundel.relative_to(site).as_posix()
    return pad


@pytest.mark.parametrize("pad", ANTWOORDEN.values(), ids=ANTWOORDEN.keys())
def test_elk_soort_antwoord_heeft_de_koppen_die_internet_nl_vraagt(pad, server, site):
    antwoord, _ = vraag(server, _pad(site, pad))
    assert antwoord.status in (200, 301, 404)
    assert kopfouten(antwoord.headers) == []
    assert antwoord.headers["Server"] == "nginx", "de versie van nginx blijft geheim"


def test_het_beleid_noemt_de_hash_van_elk_inline_script_in_de_pagina_s(server, site):
    """Read here with a plain pattern, apart from the parser in scripts/nginx.py that made the policy."""
    beleid = vraag(server, "/")[0].headers["Content-Security-Policy"]
    scripts = set()
    for pagina in site.rglob("*.html"):
        scripts |= set(re.findall(r"<script>(.*?)</script>", pagina.read_text(encoding="utf-8"), re.DOTALL))
    assert scripts, "Material zet een paar scripts in de pagina's zelf"
    assert {nginx.script_hash(script) for script in scripts} <= set(re.findall(r"'sha256-[^']+'", beleid))
    assert "'unsafe-inline'" not in beleid and "style-src 'self'" in beleid


def test_een_pagina_heeft_geen_inline_stijl_die_het_beleid_zou_weigeren(site):
    """style-src 'self' refuses style attributes; table alignment is an attribute (mkdocs.yml, use_align_attribute)."""
    met_stijl = [
        pad.relative_to(site).as_posix() for pad in site.rglob("*.html") if re.search(r"<[^>]+\sstyle=", pad.read_text(encoding="utf-8"))
    ]
    assert met_stijl == []


@pytest.mark.parametrize("oud", ["/werkvormen/u-procedure/", "/werkvormen/u-procedure", "/werkvormen/u-procedure/index.html"])
def test_een_hernoemde_pagina_verwijst_blijvend_door(oud, server):
    antwoord, _ = vraag(server, oud)
    assert (antwoord.status, antwoord.headers["Location"]) == (301, "/werkvormen/logische-niveaus/")


def test_elke_omleiding_uit_mkdocs_yml_staat_in_de_configuratie():
    assert nginx.omleidingen() == [
        ("/werkvormen/probleemoplossende\\-methode", "/werkvormen/tienstappenmethode/"),
        ("/werkvormen/u\\-procedure", "/werkvormen/logische-niveaus/"),
    ]


def test_een_onbekend_adres_geeft_de_nederlandse_404_pagina(server):
    antwoord, inhoud = vraag(server, "/werkvormen/bestaat-niet/")
    assert antwoord.status == 404
    assert "Deze pagina bestaat niet" in inhoud.decode("utf-8")


def test_gehashte_bestanden_een_jaar_in_de_cache_paginas_en_zoekwerker_kort(server, site):
    bundel = _pad(site, ANTWOORDEN["thema-script"])
    (werker,) = (site / "assets" / "javascripts" / "workers").glob("search.*.min.js")
    cache = {pad: vraag(server, pad)[0].headers["Cache-Control"] for pad in (bundel, "/", "/" + werker.relative_to(site).as_posix())}
    assert cache == {
        bundel: "public, max-age=31536000, immutable",
        "/": "public, max-age=300",
        "/" + werker.relative_to(site).as_posix(): "public, max-age=300",
    }


@pytest.mark.parametrize("pad", ["/", "/search/search_index.json", "/javascripts/sessie.js", "/stylesheets/intervisiewijzer.css"])
def test_tekst_gaat_gecomprimeerd_over_de_lijn(pad, server, site):
    antwoord, inhoud = vraag(server, pad, **{"Accept-Encoding": "gzip"})
    assert antwoord.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in antwoord.headers["Vary"]
    bestand = site / pad.lstrip("/") / ("index.html" if pad.endswith("/") else "")
    assert gzip.decompress(inhoud) == bestand.read_bytes()


def test_security_txt_doorstaat_de_controle_van_internet_nl(server):
    """Checked with sectxt, the parser internet.nl runs (checks/tasks/securitytxt.py): served as UTF-8 text, no
    error, and no recommendation about its date. It still recommends a PGP key and a signature, which only the
    publishing organisation can add (deploy/README.md)."""
    antwoord, inhoud = vraag(server, f"/{BEVEILIGINGSTXT}")
    assert (antwoord.status, antwoord.headers["Content-Type"]) == (200, "text/plain; charset=utf-8")
    controle = sectxt.Parser(inhoud)
    assert controle.is_valid() and controle.errors == []
    assert {advies["code"] for advies in controle.recommendations} == {"no_encryption", "not_signed"}


def test_de_configuratie_met_https_is_geldig_voor_nginx(site, tmp_path):
    """The TLS variant a server gets (`python -m scripts.nginx configuratie`), checked by `nginx -t` with a throw-away certificate."""
    if not shutil.which("openssl"):
        pytest.fail("openssl ontbreekt")
    sleutel, certificaat = tmp_path / "sleutel.pem", tmp_path / "certificaat.pem"
    certificaat_maken = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=example.nl"]
    subprocess.run([*certificaat_maken, "-keyout", str(sleutel), "-out", str(certificaat)], check=True, capture_output=True)
    blok = nginx.configuratie(site, servernaam="intervisiewijzer.example.nl", tls=nginx.Tls(certificaat, sleutel))
    assert "listen 443 ssl http2;" in blok and "return 301 https://$host$request_uri;" in blok
    hoofd = nginx.schrijf_lokale_configuratie(tmp_path, blok)
    uitkomst = subprocess.run(nginx.nginx_opdracht(hoofd, "-t"), capture_output=True, text=True)
    assert uitkomst.returncode == 0, uitkomst.stderr


def test_de_zoekindex_gaat_als_kant_en_klare_gzip_uit_de_build_over_de_lijn(server, site):
    """nginx sends the build's own copy (gzip_static), not one it compresses for every request (make belasting)."""
    _, inhoud = vraag(server, "/search/search_index.json", **{"Accept-Encoding": "gzip"})
    assert inhoud == (site / "search" / "search_index.json.gz").read_bytes()


def test_onder_het_beleid_weigert_de_browser_een_inline_script_en_stijl_en_de_wacht_ziet_het(browser, server):
    """What every browser test relies on: the policy is in force in Chromium, and `bewaak_beleid` reports a refusal."""
    with bewaakte_pagina(browser) as (pagina, geweigerd):
        pagina.goto(server + "/")
        pagina.evaluate("""() => {
            const script = document.createElement("script");
            script.textContent = "window.binnengesmokkeld = true";
            document.body.append(script);
            document.body.insertAdjacentHTML("beforeend", '<p id="gekleurd" style="color: rgb(255, 0, 0)">x</p>');
        }""")
        assert pagina.evaluate("window.binnengesmokkeld") is None
        assert pagina.evaluate("getComputedStyle(document.getElementById('gekleurd')).color") != "rgb(255, 0, 0)"
    assert any("script" in melding for melding in geweigerd) and any("style" in melding for melding in geweigerd), geweigerd


def test_de_opdracht_zonder_gebouwde_site_zegt_wat_eerst_moet(tmp_path, capsys):
    with pytest.raises(SystemExit):
        nginx.main(["configuratie", "--site", str(tmp_path), "--servernaam", "intervisiewijzer.example.nl"])
    assert f"{tmp_path} is geen gebouwde site (index.html ontbreekt); bouw eerst met make build" in capsys.readouterr().err


def test_het_logboek_van_de_server_bewaart_niet_wie_er_kwam(site):
    """The privacy page promises that the server notes which page and when, nothing about the visitor."""
    blok = nginx.configuratie(site, servernaam="intervisiewijzer.example.nl", tls=nginx.Tls(Path("/c.pem"), Path("/s.key")))
    (formaat,) = re.findall(r"log_format intervisiewijzer '([^']*)';", blok)
    assert formaat == '$time_iso8601 "$request" $status $body_bytes_sent'
    assert blok.count("access_log /var/log/nginx/intervisiewijzer.log intervisiewijzer;") == 2, "ook de omleiding naar HTTPS"
    assert not re.search(r"access_log (?!/var/log/nginx/intervisiewijzer.log intervisiewijzer;)", blok)
    privacy = (PROJECT / "docs" / "privacy.md").read_text(encoding="utf-8")
    assert "geen IP-adres, geen browser" in privacy
