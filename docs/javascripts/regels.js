// Intervisiewijzer's rules for choosing and timing werkvormen. This is the one implementation: the kiezer and
// the werkvorm page use it, and tests/test_regels.py holds it to the table of cases in tests/regels-gevallen.json.
(function (wortel) {
  "use strict";

  var MAX_DUUR = 480;

  // Why a werkvorm fits the choice, and why not, in the words the kiezer shows; how far it is from fitting
  // (minutes short, persons too many or too few) ranks the near misses; `ingekort` is the length it must be
  // shortened to, or 0.
  function redenen(w, keuze, vraagtypes) {
    var past = [], pastNiet = [], mis = { vraag: 0, niveau: 0, online: 0, minuten: 0, personen: 0 }, ingekort = 0;
    if (keuze.vraag) {
      var label = vraagtypes[keuze.vraag].toLowerCase();
      if (w.vraagtypes.indexOf(keuze.vraag) >= 0) past.push("voor een vraag over " + label);
      else { pastNiet.push("niet bedoeld voor " + label); mis.vraag = 1; }
    }
    if (keuze.duur) {
      var tijd = Number(keuze.duur);
      if (w.duur <= tijd) past.push("past in " + tijd + " minuten (duurt " + w.duur + ")");
      else if (w.kortste_duur <= tijd) { past.push("past ingekort: " + tijd + " minuten in plaats van " + w.duur); ingekort = tijd; }
      else {
        pastNiet.push("duurt minstens " + w.kortste_duur + " minuten, langer dan " + tijd);
        mis.minuten = w.kortste_duur - tijd;
      }
    }
    if (keuze.groep) {
      var groep = Number(keuze.groep);
      if (w.min <= groep && groep <= w.max) past.push("geschikt voor " + groep + " personen (" + w.min + " tot " + w.max + ")");
      else if (groep > w.max && w.grote_groep) past.push("voor " + groep + " personen met de variant voor een grote groep");
      else {
        pastNiet.push("bedoeld voor " + w.min + " tot " + w.max + " personen");
        mis.personen = groep < w.min ? w.min - groep : groep - w.max;
      }
    }
    if (keuze.niveau) {
      if (keuze.niveau === "gevorderd" || w.niveau === "starter") {
        past.push(w.niveau === "starter" ? "geschikt voor starters" : "voor een ervaren groep");
      } else {
        pastNiet.push("vraagt een groep met ervaring (gevorderd)");
        mis.niveau = 1;
      }
    }
    if (keuze.online) {
      if (w.online === "volledig") past.push("kan helemaal online");
      else { pastNiet.push("online alleen beperkt: lees op de pagina hoe"); mis.online = 1; }
    }
    return { werkvorm: w, past: past, pastNiet: pastNiet, mis: mis, ingekort: ingekort };
  }

  // Only werkvormen of the chosen soort. Those that fit every answer come first, the closest misses next: fewest
  // answers missed, then the right question, level and online use, then the fewest minutes and persons off. Among equals,
  // a werkvorm that needs no shortening and uses the time best; the title only settles what is left.
  function rangschik(werkvormen, keuze, vraagtypes) {
    var tijd = Number(keuze.duur) || 0;
    function sleutel(item) {
      var w = item.werkvorm, mis = item.mis;
      var ongebruikt = tijd && w.duur <= tijd ? tijd - w.duur : 0;
      return [item.pastNiet.length, mis.vraag, mis.niveau, mis.online, mis.minuten, mis.personen, item.ingekort ? 1 : 0, ongebruikt, w.titel.toLowerCase()];
    }
    return werkvormen
      .filter(function (w) { return !keuze.soort || w.soort === keuze.soort; })
      .map(function (w) { return redenen(w, keuze, vraagtypes); })
      .sort(function (a, b) {
        var x = sleutel(a), y = sleutel(b);
        for (var i = 0; i < x.length; i++) {
          if (x[i] < y[i]) return -1;
          if (x[i] > y[i]) return 1;
        }
        return 0;
      });
  }

  // The session length on the card once it differs from the standard, e.g. "45 minuten, ingekort van 75".
  function duurOpKaart(duur, standaard) {
    if (duur === standaard) return "";
    return duur + " minuten, " + (duur < standaard ? "ingekort" : "verlengd") + " van " + standaard;
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

  // A bijeenkomst: the minutes left after the opening and closing go to the werkvormen. Each keeps its standard
  // length if all fit; otherwise each gets a share in proportion to its length, never less than its shortest
  // length. Null when even the shortest lengths do not fit. What is left over is room (a break, or ending early).
  function verdeel(werkvormen, beschikbaar) {
    var standaard = werkvormen.map(function (w) { return w.duur; });
    var som = function (lijst) { return lijst.reduce(function (a, b) { return a + b; }, 0); };
    if (!werkvormen.length) return { duren: [], ruimte: Math.max(0, beschikbaar) };
    if (som(standaard) <= beschikbaar) return { duren: standaard, ruimte: beschikbaar - som(standaard) };
    if (som(werkvormen.map(function (w) { return w.kortste_duur; })) > beschikbaar) return null;
    var vast = werkvormen.map(function () { return false; });
    for (;;) {
      if (vast.every(Boolean)) break;  // rounding only: every werkvorm at its shortest length
      var vrij = beschikbaar - som(werkvormen.map(function (w, i) { return vast[i] ? w.kortste_duur : 0; }));
      var open = werkvormen.map(function (w, i) { return vast[i] ? 0 : w.duur; });
      var delen = schaal(open.filter(function (m) { return m > 0; }), vrij) || [];
      var duren = [], k = 0;
      werkvormen.forEach(function (w, i) { duren.push(vast[i] ? w.kortste_duur : delen[k++]); });
      var teKort = werkvormen.map(function (w, i) { return !vast[i] && duren[i] < w.kortste_duur; });
      if (teKort.indexOf(true) < 0) return { duren: duren, ruimte: 0 };
      vast = vast.map(function (v, i) { return v || teKort[i]; });
    }
    var kortste = werkvormen.map(function (w) { return w.kortste_duur; });
    return { duren: kortste, ruimte: beschikbaar - som(kortste) };
  }

  // A session length from a link or a field: whole minutes, from the werkvorm's shortest length up to MAX_DUUR.
  function geldigeDuur(waarde, kortste) {
    if (!/^[0-9]{1,3}$/.test(String(waarde))) return null;
    var doel = Number(waarde);
    return doel >= kortste && doel <= MAX_DUUR ? doel : null;
  }

  wortel.IntervisieRegels = {
    MAX_DUUR: MAX_DUUR, redenen: redenen, rangschik: rangschik, schaal: schaal, geldigeDuur: geldigeDuur, duurOpKaart: duurOpKaart,
    verdeel: verdeel
  };
})(typeof window !== "undefined" ? window : globalThis);
