// Werkvorm page: scale the step times to the session length (?duur=60), run the session one step at a time,
// and print the werkvorm or its role cards. Without JavaScript the page shows and prints the standard times.
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

  // Session mode: one step at a time, large, with a countdown that changes colour at 20% and 5% left.
  var sessie = null;

  function maak(naam, klasse, tekst) {
    var el = document.createElement(naam);
    if (klasse) el.className = klasse;
    if (tekst !== undefined) el.textContent = tekst;
    return el;
  }

  function tijdTekst(ms) {
    var seconden = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(seconden / 60) + ":" + String(seconden % 60).padStart(2, "0");
  }

  function bouwSessie() {
    var scherm = maak("div", "sessie");
    scherm.setAttribute("role", "dialog");
    scherm.setAttribute("aria-modal", "true");
    scherm.setAttribute("aria-labelledby", "sessie-stap");
    scherm.innerHTML =
      '<div class="sessie-kop"><span class="sessie-titel"></span><span class="sessie-totaal"></span>' +
      '<button type="button" class="sessie-sluit" aria-label="Sessie sluiten">Sluiten</button></div>' +
      '<p class="sessie-teller"></p><h2 id="sessie-stap"></h2><p class="sessie-wie"></p><p class="sessie-wat"></p>' +
      '<ul class="sessie-vragen"></ul><div class="sessie-klok" role="timer" aria-label="Resterende tijd voor deze stap"></div>' +
      '<div class="sessie-balk" aria-hidden="true"><div class="sessie-vulling"></div></div>' +
      '<div class="sessie-knoppen"><button type="button" class="sessie-vorige">Vorige stap</button>' +
      '<button type="button" class="sessie-start">Start</button>' +
      '<button type="button" class="sessie-volgende">Volgende stap</button></div>' +
      '<p class="sessie-hulp">Toetsen: spatie start of pauzeert, pijl links en rechts gaan naar de vorige of volgende stap, Esc sluit.</p>';
    scherm.querySelector(".sessie-titel").textContent = werkvorm.titel;
    scherm.querySelector(".sessie-sluit").addEventListener("click", sluitSessie);
    scherm.querySelector(".sessie-start").addEventListener("click", wissel);
    scherm.querySelector(".sessie-vorige").addEventListener("click", function () { gaNaar(sessie.stap - 1); });
    scherm.querySelector(".sessie-volgende").addEventListener("click", function () { gaNaar(sessie.stap + 1); });
    scherm.addEventListener("keydown", toets);
    document.body.appendChild(scherm);
    return scherm;
  }

  function stapDuur(i) { return minuten[i] * 60000; }

  // The step's texts as the page shows them: its row in the step table and its example questions.
  function stapOpDePagina(i) {
    var rij = document.querySelectorAll(".stappentabel tbody tr")[i];
    var tekstIn = function (klasse) { return rij.querySelector(klasse).textContent; };
    var vragen = document.querySelectorAll('.voorbeeldvragen[data-stap="' + (i + 1) + '"] li');
    return {
      naam: tekstIn(".stap-naam"),
      wie: tekstIn(".stap-wie"),
      wat: tekstIn(".stap-wat"),
      vragen: Array.prototype.map.call(vragen, function (vraag) { return vraag.textContent; })
    };
  }

  function gaNaar(i) {
    if (i < 0 || i >= minuten.length) return;
    sessie.stap = i;
    sessie.resterend = stapDuur(i);
    sessie.laatste = Date.now();
    var stap = stapOpDePagina(i);
    var scherm = sessie.scherm;
    scherm.querySelector(".sessie-teller").textContent = "Stap " + (i + 1) + " van " + minuten.length + " · " + minuten[i] + " minuten";
    scherm.querySelector("#sessie-stap").textContent = stap.naam;
    scherm.querySelector(".sessie-wie").textContent = "Aan het woord: " + stap.wie;
    scherm.querySelector(".sessie-wat").textContent = stap.wat;
    var vragen = scherm.querySelector(".sessie-vragen");
    vragen.replaceChildren();
    stap.vragen.forEach(function (vraag) { vragen.appendChild(maak("li", "", vraag)); });
    scherm.querySelector(".sessie-vorige").disabled = i === 0;
    scherm.querySelector(".sessie-volgende").disabled = i === minuten.length - 1;
    teken();
  }

  function teken() {
    var scherm = sessie.scherm;
    var deel = sessie.resterend / stapDuur(sessie.stap);
    scherm.classList.toggle("sessie--twintig", deel <= 0.2 && deel > 0.05);
    scherm.classList.toggle("sessie--vijf", deel <= 0.05);
    scherm.classList.toggle("sessie--loopt", sessie.loopt);
    scherm.querySelector(".sessie-klok").textContent = tijdTekst(sessie.resterend);
    scherm.querySelector(".sessie-vulling").style.width = Math.max(0, deel * 100) + "%";
    var totaal = sessie.resterend + minuten.slice(sessie.stap + 1).reduce(function (a, b) { return a + b * 60000; }, 0);
    scherm.querySelector(".sessie-totaal").textContent = "Nog " + tijdTekst(totaal) + " in totaal";
    scherm.querySelector(".sessie-start").textContent = sessie.loopt ? "Pauze" : "Start";
  }

  function tik() {
    var nu = Date.now();
    if (sessie.loopt) sessie.resterend = Math.max(0, sessie.resterend - (nu - sessie.laatste));
    sessie.laatste = nu;
    teken();
  }

  function wissel() {
    tik();
    sessie.loopt = !sessie.loopt;
    teken();
  }

  function toets(e) {
    if (e.key === " " || e.key === "Spacebar") { e.preventDefault(); wissel(); }
    else if (e.key === "ArrowRight" || e.key === "PageDown") { e.preventDefault(); gaNaar(sessie.stap + 1); }
    else if (e.key === "ArrowLeft" || e.key === "PageUp") { e.preventDefault(); gaNaar(sessie.stap - 1); }
    else if (e.key === "Escape") { e.preventDefault(); sluitSessie(); }
    else if (e.key === "Tab") { houdFocusVast(e); }
  }

  function houdFocusVast(e) {
    var knoppen = Array.prototype.filter.call(sessie.scherm.querySelectorAll("button"), function (b) { return !b.disabled; });
    var eerste = knoppen[0], laatste = knoppen[knoppen.length - 1];
    if (e.shiftKey && document.activeElement === eerste) { e.preventDefault(); laatste.focus(); }
    else if (!e.shiftKey && document.activeElement === laatste) { e.preventDefault(); eerste.focus(); }
  }

  function openSessie() {
    if (!sessie) sessie = { scherm: bouwSessie(), stap: 0, loopt: false, resterend: 0, laatste: Date.now(), timer: null };
    var opener = document.getElementById("sessie-start");
    sessie.terug = document.activeElement && document.activeElement !== document.body ? document.activeElement : opener;
    sessie.scherm.hidden = false;
    sessie.loopt = false;
    gaNaar(0);
    sessie.timer = setInterval(tik, 250);
    document.documentElement.classList.add("sessie-open");
    if (sessie.scherm.requestFullscreen) sessie.scherm.requestFullscreen().catch(function () {});
    sessie.scherm.querySelector(".sessie-start").focus();
  }

  function sluitSessie() {
    clearInterval(sessie.timer);
    sessie.loopt = false;
    sessie.scherm.hidden = true;
    document.documentElement.classList.remove("sessie-open");
    var terug = function () { if (sessie.terug) sessie.terug.focus(); };
    // Leaving full screen moves the focus, so give it back only after that.
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().then(terug, terug);
    else terug();
  }

  knop("sessie-start", openSessie);
  var acties = document.querySelector(".werkvorm-acties");
  if (acties) acties.hidden = false;
})();
