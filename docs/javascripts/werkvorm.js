// Werkvorm page: scale the step times to the session length (?duur=60) and print the werkvorm or its role
// cards; session mode is in sessie.js. Without JavaScript the page shows and prints the standard times.
// The scaling and the rule for a valid length are in regels.js.
(function () {
  "use strict";

  var bron = document.getElementById("werkvorm-gegevens");
  if (!bron) return;
  var werkvorm = JSON.parse(bron.textContent);
  var standaard = werkvorm.minuten.slice();
  var minuten = standaard.slice();

  var regels = window.IntervisieRegels;

  function klok(m) { return Math.floor(m / 60) + ":" + String(m % 60).padStart(2, "0"); }
  function somTot(i) { return minuten.slice(0, i).reduce(function (a, b) { return a + b; }, 0); }

  function toonTijden() {
    minuten.forEach(function (m, i) {
      var n = i + 1;
      document.querySelectorAll('[data-tijd="' + n + '"]').forEach(function (el) { el.textContent = m + " min."; });
      document.querySelectorAll('[data-tijd-lang="' + n + '"]').forEach(function (el) { el.textContent = m === 1 ? "1 minuut" : m + " minuten"; });
      document.querySelectorAll('[data-vanaf="' + n + '"]').forEach(function (el) { el.textContent = klok(somTot(i)); });
    });
    var totaal = somTot(minuten.length);
    document.querySelectorAll("[data-totaal]").forEach(function (el) { el.textContent = totaal + " min."; });
  }

  function geldigeDuur(waarde) { return regels.geldigeDuur(waarde, werkvorm.kortste_duur); }

  var keuze = document.getElementById("sessieduur");
  var melding = document.getElementById("sessieduur-melding");

  // Scales the steps to a valid length (null: the standard times), keeps it in the URL and shows it on the card.
  function zetDuur(doel) {
    minuten = doel !== null ? regels.schaal(standaard, doel) : standaard.slice();
    var adres = new URL(location.href);
    if (doel !== null) adres.searchParams.set("duur", String(doel)); else adres.searchParams.delete("duur");
    history.replaceState(null, "", adres.pathname + adres.search + adres.hash);
    toonTijden();
    var opKaart = regels.duurOpKaart(doel === null ? werkvorm.duur : doel, werkvorm.duur);
    document.querySelectorAll("[data-sessieduur]").forEach(function (el) {
      el.textContent = opKaart ? " (nu " + opKaart + ")" : "";
      el.hidden = !opKaart;
    });
  }

  function meldOngeldigeDuur(waarde, uitDeLink) {
    if (!melding) return;
    melding.textContent = "De sessieduur \u201c" + String(waarde).slice(0, 12) + "\u201d" + (uitDeLink ? " uit de link" : "") +
      " kan niet: kies " + werkvorm.kortste_duur + " tot " + regels.MAX_DUUR + " minuten. Je ziet " +
      (uitDeLink ? "de standaardtijden." : "de tijden van daarvoor.");
    melding.hidden = false;
  }

  if (keuze) {
    var gevraagdeTekst = new URLSearchParams(location.search).get("duur");
    if (gevraagdeTekst !== null) {
      var gevraagd = geldigeDuur(gevraagdeTekst);
      if (gevraagd === null) meldOngeldigeDuur(gevraagdeTekst, true);
      else keuze.value = String(gevraagd);
      zetDuur(gevraagd);
    }
    keuze.addEventListener("change", function () {
      var doel = geldigeDuur(keuze.value);
      if (doel === null) { meldOngeldigeDuur(keuze.value, false); return; }
      if (melding) melding.hidden = true;
      zetDuur(doel);
    });
  }

  // Printing: the werkvorm sheet by default; with ?print=rolkaarten (or the button) only the role cards.
  function printMet(klasse) {
    if (klasse) document.documentElement.classList.add(klasse);
    window.addEventListener("afterprint", function weg() {
      if (klasse) document.documentElement.classList.remove(klasse);
      window.removeEventListener("afterprint", weg);
    });
    window.print();
  }
  if (new URLSearchParams(location.search).get("print") === "rolkaarten") document.documentElement.classList.add("print-rolkaarten");
  var knop = function (id, actie) { var el = document.getElementById(id); if (el) el.addEventListener("click", actie); };
  knop("print-werkvorm", function () { printMet(""); });
  knop("print-rolkaarten", function () { printMet("print-rolkaarten"); });

  // Session mode (sessie.js) runs the steps with the times as they stand now.
  window.IntervisieWerkvorm = { gegevens: werkvorm, minuten: function () { return minuten.slice(); } };

  var acties = document.querySelector(".werkvorm-acties");
  if (acties) acties.hidden = false;
})();
