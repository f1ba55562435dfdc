// Session notes that become the leerverslag. The verslaglegger writes them in session mode (sessie.js): per step,
// and the question, the core, the agreements and what the inbrenger takes along. They stay in this browser
// (localStorage), are never sent anywhere, and go with one button. On the leerverslag sheet
// (intervisie/leerverslag-blad/?werkvorm=<id>) they fill in the sheet and can be downloaded as a text file.
(function (wortel) {
  "use strict";

  var VOORVOEGSEL = "intervisiewijzer:notities:";
  var VORIGE = "intervisiewijzer:vorige-afspraken:";
  var VELDEN = [
    ["vraag", "De vraag van de inbrenger"],
    ["kern", "De kern"],
    ["afspraken", "Afspraken"],
    ["meenemen", "Wat de inbrenger meeneemt"]
  ];

  var lees = wortel.IntervisieHulp.lees, schrijf = wortel.IntervisieHulp.schrijf;

  function vandaag() {
    return new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
  }

  // The notes of one werkvorm: its title and step names come along, so the sheet needs nothing else.
  function notities(id) {
    var n = lees(VOORVOEGSEL + id);
    return n && typeof n === "object" ? n : null;
  }

  function bewaar(id, n) { schrijf(VOORVOEGSEL + id, n); }
  function wis(id) { schrijf(VOORVOEGSEL + id, null); }

  // At the end of a session its agreements are kept for the next session of the same werkvorm.
  function onthoudAfspraken(id) {
    var n = notities(id);
    if (n && n.afspraken) schrijf(VORIGE + id, { datum: n.datum, afspraken: n.afspraken });
  }

  function vorigeAfspraken(id) { return lees(VORIGE + id); }

  function stappenMetNotitie(n) {
    return (n.stappen || []).map(function (stap, i) { return { nummer: i + 1, naam: stap.naam, tekst: stap.tekst || "" }; })
      .filter(function (stap) { return stap.tekst.trim(); });
  }

  function alsTekst(n) {
    var regels = ["Leerverslag: " + n.werkvorm + ", " + n.datum, ""];
    VELDEN.forEach(function (veld) { if (n[veld[0]]) regels.push(veld[1] + ":", n[veld[0]], ""); });
    var stappen = stappenMetNotitie(n);
    if (stappen.length) {
      regels.push("Notities per stap:");
      stappen.forEach(function (stap) { regels.push(stap.nummer + ". " + stap.naam + ": " + stap.tekst); });
    }
    return regels.join("\n").trim() + "\n";
  }

  function bestandsnaam(n) {
    return ("leerverslag-" + n.werkvorm + "-" + n.datum).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-+$/, "") + ".txt";
  }

  // The sheet, filled in: the fields it has, and a section with everything the notes hold.
  function vulBladIn(id) {
    var n = notities(id);
    if (!n) return;
    var zet = function (veld, tekst) {
      var vak = document.querySelector('[data-veld="' + veld + '"]');
      if (vak && tekst) { vak.textContent = tekst; vak.classList.add("ingevuld"); }
    };
    zet("datum", n.datum);
    zet("werkvorm", n.werkvorm);
    zet("vraag", [n.vraag, n.kern ? "Kern: " + n.kern : ""].filter(Boolean).join("\n"));
    zet("anders", [n.afspraken, n.meenemen ? "Meenemen: " + n.meenemen : ""].filter(Boolean).join("\n"));
    var lijst = document.querySelector(".verslag-lijst");
    var regels = VELDEN.filter(function (veld) { return n[veld[0]]; }).map(function (veld) { return [veld[1], n[veld[0]]]; })
      .concat(stappenMetNotitie(n).map(function (stap) { return ["Stap " + stap.nummer + ": " + stap.naam, stap.tekst]; }));
    if (lijst && regels.length) {
      regels.forEach(function (regel) {
        var term = document.createElement("dt"), uitleg = document.createElement("dd");
        term.textContent = regel[0];
        uitleg.textContent = regel[1];
        lijst.append(term, uitleg);
      });
      lijst.closest(".verslag-notities").hidden = false;
    }
    var acties = document.querySelector(".verslag-acties");
    var knop = document.getElementById("verslag-download");
    if (acties && knop) {
      acties.hidden = false;
      knop.addEventListener("click", function () {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([alsTekst(n)], { type: "text/plain;charset=utf-8" }));
        link.download = bestandsnaam(n);
        document.body.appendChild(link);
        link.click();
        link.remove();
      });
    }
  }

  wortel.IntervisieVerslag = {
    VELDEN: VELDEN, notities: notities, bewaar: bewaar, wis: wis, vandaag: vandaag, alsTekst: alsTekst,
    onthoudAfspraken: onthoudAfspraken, vorigeAfspraken: vorigeAfspraken
  };

  var gevraagd = new URLSearchParams(location.search).get("werkvorm");
  if (gevraagd && document.querySelector("[data-veld]")) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { vulBladIn(gevraagd); });
    else vulBladIn(gevraagd);
  }
})(window);
