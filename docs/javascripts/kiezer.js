// Werkvormkiezer: filters the catalogue embedded in the page while you answer.
// The answers live in the URL (?vraag=dilemma&duur=45&groep=6&niveau=starter&soort=intervisie&online=ja), so a coach can share a choice;
// `duur` is the same parameter the werkvorm page reads. The rules are in regels.js.
(function () {
  "use strict";

  var formulier = document.getElementById("kiezer");
  if (!formulier) return;
  var gegevens = JSON.parse(document.getElementById("kiezer-gegevens").textContent);
  var uitkomst = document.getElementById("kiezer-uitkomst");
  var velden = ["vraag", "duur", "groep", "niveau", "soort", "online"];
  var OUDE_NAMEN = { tijd: "duur" };  // links shared before the parameter was renamed keep working

  function leesKeuze() {
    var data = new FormData(formulier);
    var keuze = {};
    velden.forEach(function (veld) { keuze[veld] = data.get(veld) || ""; });
    return keuze;
  }

  function zetKeuze(keuze) {
    velden.forEach(function (veld) {
      var waarde = keuze[veld] || "";
      var invoer = formulier.elements[veld];
      if (invoer instanceof RadioNodeList) {
        Array.prototype.forEach.call(invoer, function (knop) { knop.checked = knop.value === waarde; });
      } else if (invoer) {
        invoer.value = waarde;
      }
    });
  }

  var regels = window.IntervisieRegels;

  var element = window.IntervisieHulp.maak;

  function item(resultaat) {
    var li = element("li", "kiezer-werkvorm");
    li.dataset.id = resultaat.werkvorm.id;
    var link = element("a", "", resultaat.werkvorm.titel);
    // The werkvorm page reads `duur` from the same query: a werkvorm that fits only shortened opens shortened.
    link.href = resultaat.werkvorm.url + location.search;
    li.appendChild(link);
    if (resultaat.ingekort) li.appendChild(element("span", "kiezer-ingekort", " past ingekort"));
    li.appendChild(element("span", "kiezer-soort", " " + gegevens.soorten[resultaat.werkvorm.soort]));
    li.appendChild(element("span", "kiezer-samenvatting", " " + resultaat.werkvorm.samenvatting));
    var lijst = element("ul", "kiezer-redenen");
    resultaat.past.forEach(function (reden) { lijst.appendChild(element("li", "kiezer-past", reden)); });
    resultaat.pastNiet.forEach(function (reden) { lijst.appendChild(element("li", "kiezer-past-niet", reden)); });
    li.appendChild(lijst);
    return li;
  }

  function toon() {
    var keuze = leesKeuze();
    var zoek = new URLSearchParams();
    velden.forEach(function (veld) { if (keuze[veld]) zoek.set(veld, keuze[veld]); });
    var query = zoek.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    var resultaten = regels.rangschik(gegevens.werkvormen, keuze, gegevens.vraagtypes);
    var passend = resultaten.filter(function (r) { return r.pastNiet.length === 0; });
    var deels = resultaten.filter(function (r) { return r.pastNiet.length === 1; }).slice(0, 5);
    uitkomst.replaceChildren();
    var kop = element("h2", "", passend.length === 1 ? "1 werkvorm past" : passend.length + " werkvormen passen");
    kop.id = "passende-werkvormen";
    uitkomst.appendChild(kop);
    var lijst = element("ol", "kiezer-lijst kiezer-passend");
    passend.forEach(function (r) { lijst.appendChild(item(r)); });
    uitkomst.appendChild(lijst);
    if (deels.length) {
      uitkomst.appendChild(element("h2", "", "Bijna passend"));
      var bijna = element("ol", "kiezer-lijst kiezer-bijna");
      deels.forEach(function (r) { bijna.appendChild(item(r)); });
      uitkomst.appendChild(bijna);
    }
    return passend;
  }

  function verras() {
    var passend = toon();
    var vak = document.getElementById("kiezer-verrassing") || element("div", "admonition tip");
    vak.id = "kiezer-verrassing";
    vak.replaceChildren();
    if (!passend.length) {
      vak.appendChild(element("p", "", "Geen werkvorm past bij alle antwoorden. Maak een van de antwoorden ruimer."));
    } else {
      var keus = passend[Math.floor(Math.random() * passend.length)];
      vak.appendChild(element("p", "admonition-title", "Probeer eens:"));
      var p = element("p");
      p.appendChild(item(keus).firstChild);
      vak.appendChild(p);
    }
    uitkomst.prepend(vak);
    vak.querySelector("a, p").focus && vak.setAttribute("tabindex", "-1");
    vak.focus();
  }

  // A shared link with a value the form cannot hold (duur=60.5, groep=500, vraag=iets) says what it left out,
  // instead of quietly showing another choice than the one in the link.
  function meldGenegeerd(begin) {
    var gelezen = leesKeuze();
    var genegeerd = velden.filter(function (veld) {
      if (!begin[veld]) return false;
      var invoer = formulier.elements[veld];
      if (invoer && invoer.validity && !invoer.validity.valid) {
        invoer.value = "";
        return true;
      }
      return gelezen[veld] !== begin[veld];
    });
    if (!genegeerd.length) return;
    var tekst = genegeerd.map(function (veld) { return veld + "=" + begin[veld]; }).join(", ");
    var melding = element("p", "kiezer-melding", "Uit de link is weggelaten wat de kiezer niet kent: " + tekst + ". Kies hieronder opnieuw.");
    melding.id = "kiezer-melding";
    melding.setAttribute("role", "status");
    formulier.prepend(melding);
  }

  var adres = new URLSearchParams(location.search);
  Object.keys(OUDE_NAMEN).forEach(function (oud) {
    if (adres.has(oud) && !adres.has(OUDE_NAMEN[oud])) adres.set(OUDE_NAMEN[oud], adres.get(oud));
  });
  var begin = {};
  velden.forEach(function (veld) { begin[veld] = adres.get(veld) || ""; });
  zetKeuze(begin);
  meldGenegeerd(begin);
  formulier.hidden = false;
  var zonderJs = document.querySelector(".kiezer-zonder-js");
  if (zonderJs) zonderJs.hidden = true;
  formulier.addEventListener("input", toon);
  formulier.addEventListener("change", toon);
  formulier.addEventListener("submit", function (e) { e.preventDefault(); toon(); });
  document.getElementById("kiezer-verras").addEventListener("click", verras);
  document.getElementById("kiezer-link").addEventListener("click", function () { window.IntervisieHulp.kopieerLink(this); });
  toon();
})();
