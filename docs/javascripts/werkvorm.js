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

  // The step's texts as the page shows them (sessie.js shows them): its row in the step table, what each role does, its questions.
  function stapOpDePagina(i) {
    var rij = document.querySelectorAll(".stappentabel tbody tr")[i];
    var tekstIn = function (klasse) { return rij.querySelector(klasse).textContent; };
    var lijst = function (selector) {
      return Array.prototype.map.call(document.querySelectorAll(selector), function (el) { return el.textContent; });
    };
    return {
      naam: tekstIn(".stap-naam"),
      wie: tekstIn(".stap-wie"),
      wat: tekstIn(".stap-wat"),
      taken: Array.prototype.map.call(takenOpDePagina(i), function (li) {
        var rol = li.querySelector("strong");
        return { rol: rol ? rol.textContent.replace(/:$/, "") : "", taak: li.textContent.slice(rol ? rol.textContent.length : 0).trim() };
      }),
      vragen: lijst('.voorbeeldvragen[data-stap="' + (i + 1) + '"] li')
    };
  }

  // What each role does: the first list after the step's heading (#stap-3), before the next heading.
  function takenOpDePagina(i) {
    for (var el = document.getElementById("stap-" + (i + 1)); el; el = el.nextElementSibling) {
      if (el.tagName === "UL") return el.querySelectorAll("li");
      if (el.id !== "stap-" + (i + 1) && /^H[1-3]$/.test(el.tagName)) break;
    }
    return [];
  }

  // Role cards: per role its task and what it does in each step, all read from the page (the roles list and the
  // step details); the minutes carry data-tijd, so a chosen session length shows on the cards too.
  function maakRolkaarten() {
    var plek = document.querySelector(".rolkaarten");
    var rollen = document.getElementById("rollen");
    if (!plek || !rollen) return;
    var lijst = rollen.nextElementSibling;
    while (lijst && lijst.tagName !== "UL") lijst = lijst.nextElementSibling;
    if (!lijst) return;
    var stappen = minuten.map(function (_, i) { return stapOpDePagina(i); });
    var maak = window.IntervisieHulp.maak;
    plek.replaceChildren();
    Array.prototype.forEach.call(lijst.querySelectorAll(":scope > li"), function (li) {
      var label = li.querySelector("strong").textContent.replace(/:$/, "");
      var kaart = maak("div", "rolkaart");
      kaart.append(maak("p", "rolkaart-rol", label), maak("p", "rolkaart-werkvorm", werkvorm.titel),
        maak("p", "", li.textContent.slice(li.querySelector("strong").textContent.length).trim()));
      var taken = maak("ol");
      stappen.forEach(function (stap, i) {
        var taak = stap.taken.filter(function (t) { return t.rol === label; })[0];
        if (!taak) return;
        var regel = maak("li");
        var tijd = maak("span", "", minuten[i] + " min.");
        tijd.dataset.tijd = String(i + 1);
        regel.append(maak("strong", "", stap.naam), " (", tijd, "): " + taak.taak);
        taken.appendChild(regel);
      });
      kaart.appendChild(taken);
      plek.appendChild(kaart);
    });
  }
  maakRolkaarten();

  // Session mode (sessie.js) runs the steps with the times as they stand now.
  window.IntervisieSessieBron = { gegevens: werkvorm, minuten: function () { return minuten.slice(); }, stap: stapOpDePagina };

  var acties = document.querySelector(".werkvorm-acties");
  if (acties) acties.hidden = false;
})();
