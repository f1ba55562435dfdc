// Intervisiewijzer's rules for choosing and timing werkvormen. This is the one implementation: the kiezer and
// the werkvorm page use it, and tests/test_regels.py holds it to the table of cases in tests/regels-gevallen.json.
(function (wortel) {
  "use strict";

  var MAX_DUUR = 480;

  // Why a werkvorm fits the choice, and why not, in the words the kiezer shows.
  function redenen(w, keuze, vraagtypes) {
    var past = [], pastNiet = [];
    if (keuze.vraag) {
      var label = vraagtypes[keuze.vraag].toLowerCase();
      if (w.vraagtypes.indexOf(keuze.vraag) >= 0) past.push("voor een vraag over " + label);
      else pastNiet.push("niet bedoeld voor " + label);
    }
    if (keuze.duur) {
      var tijd = Number(keuze.duur);
      if (w.duur <= tijd) past.push("past in " + tijd + " minuten (duurt " + w.duur + ")");
      else pastNiet.push("duurt " + w.duur + " minuten, langer dan " + tijd);
    }
    if (keuze.groep) {
      var groep = Number(keuze.groep);
      if (w.min <= groep && groep <= w.max) past.push("geschikt voor " + groep + " personen (" + w.min + " tot " + w.max + ")");
      else pastNiet.push("bedoeld voor " + w.min + " tot " + w.max + " personen");
    }
    if (keuze.niveau) {
      if (keuze.niveau === "gevorderd" || w.niveau === "starter") {
        past.push(w.niveau === "starter" ? "geschikt voor starters" : "voor een ervaren groep");
      } else {
        pastNiet.push("vraagt een groep met ervaring (gevorderd)");
      }
    }
    return { werkvorm: w, past: past, pastNiet: pastNiet };
  }

  // Werkvormen that fit every answer first; among them, those that use the available time best; then by title.
  function rangschik(werkvormen, keuze, vraagtypes) {
    var tijd = Number(keuze.duur) || 0;
    function sleutel(item) {
      var ongebruikt = tijd && item.werkvorm.duur <= tijd ? tijd - item.werkvorm.duur : 0;
      return [item.pastNiet.length, ongebruikt, item.werkvorm.titel.toLowerCase()];
    }
    return werkvormen.map(function (w) { return redenen(w, keuze, vraagtypes); }).sort(function (a, b) {
      var x = sleutel(a), y = sleutel(b);
      for (var i = 0; i < x.length; i++) {
        if (x[i] < y[i]) return -1;
        if (x[i] > y[i]) return 1;
      }
      return 0;
    });
  }

  // Step minutes scaled to a session length: proportional, whole minutes, at least one each, adding up to doel.
  // Largest remainder: every step gets the floor of its share, the largest remainders get the minutes left.
  function schaal(minuten, doel) {
    if (!Number.isInteger(doel) || doel < minuten.length) return null;
    var totaal = minuten.reduce(function (a, b) { return a + b; }, 0);
    var aandelen = minuten.map(function (m) { return (m * doel) / totaal; });
    var geschaald = aandelen.map(function (a) { return Math.max(1, Math.floor(a)); });
    var volgorde = aandelen.map(function (_, i) { return i; }).sort(function (i, j) {
      var ri = aandelen[i] - Math.floor(aandelen[i]), rj = aandelen[j] - Math.floor(aandelen[j]);
      return rj - ri || i - j;
    });
    var verschil = doel - geschaald.reduce(function (a, b) { return a + b; }, 0);
    // With a whole doel of at least one minute per step this ends; the bound is a seatbelt.
    for (var stap = 0; verschil !== 0 && stap < 100000; stap++) {
      var i = volgorde[stap % minuten.length];
      if (verschil > 0) { geschaald[i] += 1; verschil -= 1; }
      else if (geschaald[i] > 1) { geschaald[i] -= 1; verschil += 1; }
    }
    return geschaald;
  }

  // A session length from a link or a field: whole minutes, from the werkvorm's shortest length up to MAX_DUUR.
  function geldigeDuur(waarde, kortste) {
    if (!/^[0-9]{1,3}$/.test(String(waarde))) return null;
    var doel = Number(waarde);
    return doel >= kortste && doel <= MAX_DUUR ? doel : null;
  }

  wortel.IntervisieRegels = { MAX_DUUR: MAX_DUUR, redenen: redenen, rangschik: rangschik, schaal: schaal, geldigeDuur: geldigeDuur };
})(typeof window !== "undefined" ? window : globalThis);
