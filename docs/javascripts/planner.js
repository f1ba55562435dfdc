// Planner: a whole bijeenkomst from a start time, a total time, an opening, one or two werkvormen and a closing.
// The time is shared out by regels.js (verdeel, schaal); the plan lives in the URL
// (?start=13:30&totaal=120&opening=opening&werkvorm1=incidentmethode&afsluiting=evaluatie), prints as one document
// (agenda, then each werkvorm's sheet) and runs in session mode (sessie.js) from opening to closing.
(function () {
  "use strict";

  var formulier = document.getElementById("planner");
  var gegevens = window.IntervisiePlanner;
  var regels = window.IntervisieRegels;
  if (!formulier || !gegevens || !regels) return;
  var VELDEN = ["start", "totaal", "opening", "werkvorm1", "werkvorm2", "afsluiting"];
  var uitkomst = document.getElementById("planner-uitkomst");
  var bladen = document.getElementById("planner-bladen");
  var acties = document.querySelector(".planner-acties");
  var opId = function (lijst, id) { return lijst.filter(function (x) { return x.id === id; })[0] || null; };

  var maak = window.IntervisieHulp.maak;

  function klok(begin, minuten) {
    var totaal = begin + minuten;
    return String(Math.floor(totaal / 60) % 24).padStart(2, "0") + ":" + String(totaal % 60).padStart(2, "0");
  }

  function beginMinuten(waarde) {
    var treffer = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(waarde || "");
    return treffer ? Number(treffer[1]) * 60 + Number(treffer[2]) : null;
  }

  // The plan: a list of parts with their minutes (a werkvorm with its scaled steps), or the reason there is none.
  function maakPlan(keuze) {
    var begin = beginMinuten(keuze.start);
    var totaal = /^\d{1,3}$/.test(keuze.totaal) ? Number(keuze.totaal) : NaN;
    if (begin === null) return { fout: "Kies een begintijd, zoals 13:30." };
    if (!(totaal >= 15 && totaal <= regels.MAX_DUUR)) return { fout: "Kies een tijd van 15 tot " + regels.MAX_DUUR + " minuten." };
    var opening = opId(gegevens.openingen, keuze.opening);
    var afsluiting = opId(gegevens.afsluitingen, keuze.afsluiting);
    var werkvormen = [keuze.werkvorm1, keuze.werkvorm2].map(function (id) { return opId(gegevens.werkvormen, id); })
      .filter(Boolean);
    if (!werkvormen.length) return { fout: "Kies minstens één werkvorm." };
    var vast = (opening ? opening.minuten : 0) + (afsluiting ? afsluiting.minuten : 0);
    var verdeling = regels.verdeel(werkvormen, totaal - vast);
    if (!verdeling) {
      var nodig = vast + werkvormen.reduce(function (a, w) { return a + w.kortste_duur; }, 0);
      return { fout: "Dit past niet in " + totaal + " minuten: met deze keuzes heb je minstens " + nodig + " minuten nodig." };
    }
    var delen = [];
    if (opening) delen.push({ soort: "opening", titel: opening.naam, minuten: opening.minuten, wat: opening.wat, url: opening.url });
    werkvormen.forEach(function (w, i) {
      var standaard = w.stappen.map(function (s) { return s.minuten; });
      var minuten = verdeling.duren[i] === w.duur ? standaard : regels.schaal(standaard, verdeling.duren[i]);
      delen.push({ soort: "werkvorm", titel: w.titel, minuten: verdeling.duren[i], werkvorm: w, stappen: minuten, url: w.url });
    });
    if (verdeling.ruimte) delen.push({ soort: "ruimte", titel: "Ruimte: een pauze, of eerder klaar", minuten: verdeling.ruimte });
    if (afsluiting) delen.push({ soort: "afsluiting", titel: afsluiting.naam, minuten: afsluiting.minuten, wat: afsluiting.wat, url: afsluiting.url });
    return { begin: begin, totaal: totaal, delen: delen };
  }

  function rij(tabel, tijd, onderdeel, minuten, klasse) {
    var tr = maak("tr", klasse);
    tr.append(maak("td", "", tijd), onderdeel, maak("td", "", minuten + " min."));
    tabel.appendChild(tr);
  }

  function toonAgenda(plan) {
    var tabel = maak("table", "planner-agenda");
    var kop = maak("thead");
    kop.innerHTML = '<tr><th scope="col">Tijd</th><th scope="col">Onderdeel</th><th scope="col">Duur</th></tr>';
    tabel.appendChild(kop);
    var romp = maak("tbody");
    var verstreken = 0;
    plan.delen.forEach(function (deel) {
      var cel = maak("td");
      if (deel.url) { var link = maak("a", "", deel.titel); link.href = deel.url; cel.appendChild(link); } else cel.textContent = deel.titel;
      if (deel.soort === "werkvorm" && deel.minuten !== deel.werkvorm.duur) cel.append(" (ingekort van " + deel.werkvorm.duur + " minuten)");
      rij(romp, klok(plan.begin, verstreken), cel, deel.minuten, "planner-" + deel.soort);
      if (deel.soort === "werkvorm") {
        var binnen = verstreken;
        deel.werkvorm.stappen.forEach(function (stap, i) {
          rij(romp, klok(plan.begin, binnen), maak("td", "planner-stapnaam", (i + 1) + ". " + stap.naam), deel.stappen[i], "planner-stap");
          binnen += deel.stappen[i];
        });
      }
      verstreken += deel.minuten;
    });
    rij(romp, klok(plan.begin, verstreken), maak("td", "", "Einde"), 0, "planner-einde");
    romp.lastChild.lastChild.textContent = "";
    tabel.appendChild(romp);
    uitkomst.replaceChildren(maak("h2", "", "Agenda"), tabel);
  }

  // The printout after the agenda: per werkvorm its steps with the planned minutes, and who does what.
  function toonBladen(plan) {
    bladen.replaceChildren();
    plan.delen.filter(function (deel) { return deel.soort === "werkvorm"; }).forEach(function (deel) {
      var blad = maak("section", "planner-blad");
      blad.appendChild(maak("h2", "", deel.titel + " (" + deel.minuten + " minuten)"));
      var lijst = maak("ol");
      deel.werkvorm.stappen.forEach(function (stap, i) {
        var li = maak("li");
        li.append(maak("strong", "", stap.naam + " (" + deel.stappen[i] + " min., " + stap.wie + "). "), stap.wat);
        lijst.appendChild(li);
      });
      blad.appendChild(lijst);
      blad.appendChild(maak("h3", "", "Rollen"));
      var rollen = maak("ul");
      deel.werkvorm.rollen.forEach(function (rol) {
        var li = maak("li");
        li.append(maak("strong", "", rol.label + ": "), rol.taak);
        rollen.appendChild(li);
      });
      blad.appendChild(rollen);
      bladen.appendChild(blad);
    });
  }

  // Session mode over the whole plan: the opening and closing as one step each, then every step of each werkvorm.
  function sessieBron(plan) {
    var stappen = [];
    plan.delen.forEach(function (deel) {
      if (deel.soort === "werkvorm") {
        deel.werkvorm.stappen.forEach(function (stap, i) {
          stappen.push({
            naam: deel.titel + ": " + stap.naam, wie: stap.wie, wat: stap.wat, taken: stap.taken, vragen: stap.vragen, minuten: deel.stappen[i]
          });
        });
      } else if (deel.soort !== "ruimte") {
        stappen.push({ naam: deel.titel, wie: "Gespreksleider", wat: deel.wat, taken: [], vragen: [], minuten: deel.minuten });
      }
    });
    return {
      gegevens: { id: "bijeenkomst" + location.search, titel: "Bijeenkomst", kijkt_terug: false, leerverslag: gegevens.leerverslag },
      minuten: function () { return stappen.map(function (s) { return s.minuten; }); },
      stap: function (i) { return stappen[i]; }
    };
  }

  function leesKeuze() {
    var keuze = {};
    VELDEN.forEach(function (veld) { keuze[veld] = String(formulier.elements[veld].value || ""); });
    return keuze;
  }

  function toon() {
    var keuze = leesKeuze();
    var zoek = new URLSearchParams();
    VELDEN.forEach(function (veld) { if (keuze[veld]) zoek.set(veld, keuze[veld]); });
    history.replaceState(null, "", location.pathname + "?" + zoek.toString().replace(/%3A/g, ":") + location.hash);
    var plan = maakPlan(keuze);
    acties.hidden = !!plan.fout;
    window.IntervisieSessieBron = plan.fout ? null : sessieBron(plan);
    if (plan.fout) {
      uitkomst.replaceChildren(maak("p", "planner-fout", plan.fout));
      bladen.replaceChildren();
      return;
    }
    toonAgenda(plan);
    toonBladen(plan);
  }

  var adres = new URLSearchParams(location.search);
  VELDEN.forEach(function (veld) { if (adres.has(veld)) formulier.elements[veld].value = adres.get(veld); });
  formulier.hidden = false;
  var zonderJs = document.querySelector(".planner-zonder-js");
  if (zonderJs) zonderJs.hidden = true;
  formulier.addEventListener("input", toon);
  formulier.addEventListener("change", toon);
  formulier.addEventListener("submit", function (e) { e.preventDefault(); toon(); });
  document.getElementById("planner-print").addEventListener("click", function () { window.print(); });
  document.getElementById("planner-link").addEventListener("click", function () { window.IntervisieHulp.kopieerLink(this); });
  toon();
})();
