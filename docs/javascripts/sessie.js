// Session mode on a werkvorm page: one step at a time, with who does what, a countdown that keeps counting
// into overtime, and the buttons, all on one screen (also a phone's). The place in the session is kept in the
// browser (localStorage), so closing or reloading the page resumes it; only "Sessie beëindigen" forgets it.
// Nothing leaves the browser. What the steps are comes from the page: window.IntervisieSessieBron, set by
// werkvorm.js (one werkvorm, scaled to the chosen length) or planner.js (a whole bijeenkomst); the
// verslaglegger's notes are kept by verslag.js.
(function () {
  "use strict";

  var verslag = window.IntervisieVerslag;
  var startknop = document.getElementById("sessie-start");
  if (!verslag || !startknop) return;
  var bron = null, werkvorm = null, OPSLAG = "";
  var SIGNAAL = "intervisiewijzer:signaal";
  var sessie = null;

  var maak = window.IntervisieHulp.maak;

  function mss(seconden) { return Math.floor(seconden / 60) + ":" + String(seconden % 60).padStart(2, "0"); }

  // Time left rounds up (the clock reaches 0:00 when the time is up); time over rounds down, as +m:ss.
  function tijdTekst(ms) { return ms < 0 ? "+" + verstreken(-ms) : mss(Math.ceil(ms / 1000)); }
  function verstreken(ms) { return mss(Math.floor(ms / 1000)); }

  var lees = window.IntervisieHulp.lees, schrijf = window.IntervisieHulp.schrijf;

  function bouwScherm() {
    var scherm = maak("div", "sessie");
    scherm.hidden = true;
    scherm.setAttribute("role", "dialog");
    scherm.setAttribute("aria-modal", "true");
    scherm.setAttribute("aria-labelledby", "sessie-stap");
    scherm.innerHTML =
      '<div class="sessie-kop"><span class="sessie-titel"></span><span class="sessie-totaal"></span>' +
      '<button type="button" class="sessie-sluit" aria-label="Sessie sluiten">Sluiten</button></div>' +
      '<p class="sessie-teller"></p><h2 id="sessie-stap"></h2>' +
      '<div class="sessie-inhoud" tabindex="0" aria-label="Deze stap"><p class="sessie-wie"></p><ul class="sessie-taken"></ul>' +
      '<div class="sessie-vorige-afspraken" hidden><p><strong>Afspraken van de vorige keer</strong> ' +
      '(<span class="sessie-vorige-datum"></span>)</p><p class="sessie-vorige-tekst"></p></div>' +
      '<p class="sessie-wat"></p><ul class="sessie-vragen"></ul>' + notitieBlok() + '</div>' +
      '<div class="sessie-klokrij"><div class="sessie-klok" role="timer" aria-label="Resterende tijd voor deze stap"></div>' +
      '<span class="sessie-over" hidden>over tijd</span></div>' +
      '<div class="sessie-balk" aria-hidden="true"><div class="sessie-vulling"></div></div>' +
      '<div class="sessie-knoppen"><button type="button" class="sessie-vorige">Vorige stap</button>' +
      '<button type="button" class="sessie-start">Start</button>' +
      '<button type="button" class="sessie-volgende">Volgende stap</button></div>' +
      '<div class="sessie-voet"><label><input type="checkbox" class="sessie-signaal"> Zacht signaal bij 0:00</label>' +
      '<button type="button" class="sessie-einde">Sessie beëindigen</button></div>' +
      '<p class="sessie-hulp">Toetsen: spatie start of pauzeert, pijl links en rechts gaan naar de vorige of volgende stap, Esc sluit.</p>';
    var signaal = scherm.querySelector(".sessie-signaal");
    signaal.checked = lees(SIGNAAL) === true;
    signaal.addEventListener("change", function () { schrijf(SIGNAAL, signaal.checked); });
    scherm.querySelector(".sessie-sluit").addEventListener("click", sluit);
    scherm.querySelector(".sessie-einde").addEventListener("click", beeindig);
    scherm.querySelector(".sessie-start").addEventListener("click", wissel);
    scherm.querySelector(".sessie-vorige").addEventListener("click", function () { gaNaar(sessie.stap - 1); });
    scherm.querySelector(".sessie-volgende").addEventListener("click", function () { gaNaar(sessie.stap + 1); });
    scherm.addEventListener("keydown", toets);
    scherm.querySelector(".sessie-notities").addEventListener("input", bewaarNotities);
    scherm.querySelector(".sessie-wis").addEventListener("click", wisNotities);
    document.body.appendChild(scherm);
    return scherm;
  }

  // The verslaglegger's notes, folded away until asked for: one field for the step on screen, four for the verslag.
  function notitieBlok() {
    var velden = verslag.VELDEN.map(function (veld) {
      return '<label>' + veld[1] + '<textarea rows="2" data-notitie="' + veld[0] + '"></textarea></label>';
    }).join("");
    return '<details class="sessie-notities"><summary>Notities voor het verslag</summary>' +
      '<label><span class="sessie-notitie-label">Bij deze stap</span><textarea rows="3" data-notitie="stap"></textarea></label>' +
      velden + '<p class="sessie-notitie-hulp">De notities blijven in deze browser; niets wordt verstuurd.</p>' +
      '<p><a class="sessie-leerverslag">Maak het leerverslag</a> <button type="button" class="sessie-wis">Wis notities</button></p></details>';
  }

  function leesNotities() {
    var n = verslag.notities(werkvorm.id) || { werkvorm: werkvorm.titel, datum: verslag.vandaag(), stappen: [] };
    n.stappen = sessie.minuten.map(function (_, i) {
      return { naam: bron.stap(i).naam, tekst: (n.stappen && n.stappen[i] && n.stappen[i].tekst) || "" };
    });
    return n;
  }

  function toonNotities() {
    var n = leesNotities();
    sessie.scherm.querySelectorAll("[data-notitie]").forEach(function (vak) {
      vak.value = vak.dataset.notitie === "stap" ? n.stappen[sessie.stap].tekst : n[vak.dataset.notitie] || "";
    });
    sessie.scherm.querySelector(".sessie-notitie-label").textContent = "Bij stap " + (sessie.stap + 1) + ", " + n.stappen[sessie.stap].naam;
  }

  function bewaarNotities(e) {
    var vak = e.target;
    if (!vak.dataset || !vak.dataset.notitie) return;
    var n = leesNotities();
    if (vak.dataset.notitie === "stap") n.stappen[sessie.stap].tekst = vak.value; else n[vak.dataset.notitie] = vak.value;
    verslag.bewaar(werkvorm.id, n);
  }

  function wisNotities() {
    verslag.wis(werkvorm.id);
    toonNotities();
  }

  // A werkvorm whose first step looks back shows the agreements the notes of its last session kept.
  function toonVorigeAfspraken(i) {
    var vak = sessie.scherm.querySelector(".sessie-vorige-afspraken");
    var vorige = werkvorm.kijkt_terug && i === 0 ? verslag.vorigeAfspraken(werkvorm.id) : null;
    vak.hidden = !vorige;
    if (!vorige) return;
    vak.querySelector(".sessie-vorige-datum").textContent = vorige.datum;
    vak.querySelector(".sessie-vorige-tekst").textContent = vorige.afspraken;
  }

  function stapDuur(i) { return sessie.minuten[i] * 60000; }

  function vulLijst(lijst, regels) {
    lijst.replaceChildren();
    regels.forEach(function (regel) {
      var li = maak("li");
      if (regel.rol) li.appendChild(maak("strong", "", regel.rol + ":"));
      li.appendChild(document.createTextNode(regel.rol ? " " + regel.taak : regel));
      lijst.appendChild(li);
    });
  }

  // Leaving a step whose clock ran adds its overrun (or, negative, the time it saved) to the session's, so the
  // total says how far the session runs over.
  function gaNaar(i, resterend) {
    if (i < 0 || i >= sessie.minuten.length) return;
    if (i !== sessie.stap && sessie.gestart[sessie.stap]) sessie.uitloop -= sessie.resterend;
    sessie.stap = i;
    sessie.resterend = resterend === undefined ? stapDuur(i) : resterend;
    sessie.gesignaleerd = sessie.resterend <= 0;
    var stap = bron.stap(i);
    var scherm = sessie.scherm;
    scherm.querySelector(".sessie-teller").textContent = "Stap " + (i + 1) + " van " + sessie.minuten.length + " · " + sessie.minuten[i] + " minuten";
    scherm.querySelector("#sessie-stap").textContent = stap.naam;
    scherm.querySelector(".sessie-wie").textContent = "Aan het woord: " + stap.wie;
    scherm.querySelector(".sessie-wat").textContent = stap.wat;
    vulLijst(scherm.querySelector(".sessie-taken"), stap.taken);
    vulLijst(scherm.querySelector(".sessie-vragen"), stap.vragen);
    toonVorigeAfspraken(i);
    toonNotities();
    scherm.querySelector(".sessie-inhoud").scrollTop = 0;
    scherm.querySelector(".sessie-vorige").disabled = i === 0;
    scherm.querySelector(".sessie-volgende").disabled = i === sessie.minuten.length - 1;
    teken();
  }

  function teken() {
    var scherm = sessie.scherm;
    var deel = sessie.resterend / stapDuur(sessie.stap);
    var over = sessie.resterend < 0;
    scherm.classList.toggle("sessie--twintig", deel <= 0.2 && deel > 0.05);
    scherm.classList.toggle("sessie--vijf", deel <= 0.05 && !over);
    scherm.classList.toggle("sessie--over", over);
    scherm.classList.toggle("sessie--loopt", sessie.loopt);
    scherm.querySelector(".sessie-klok").textContent = tijdTekst(sessie.resterend);
    scherm.querySelector(".sessie-over").hidden = !over;
    scherm.querySelector(".sessie-vulling").style.width = Math.max(0, deel * 100) + "%";
    var later = sessie.minuten.slice(sessie.stap + 1).reduce(function (a, b) { return a + b * 60000; }, 0);
    var uitgelopen = sessie.uitloop + Math.max(0, -sessie.resterend);
    scherm.querySelector(".sessie-totaal").textContent = "Nog " + tijdTekst(Math.max(0, sessie.resterend) + later) + " in totaal" +
      (uitgelopen >= 1000 ? ", " + verstreken(uitgelopen) + " uitgelopen" : "");
    scherm.querySelector(".sessie-start").textContent = sessie.loopt ? "Pauze" : "Start";
    bewaar();
  }

  function bewaar() {
    schrijf(OPSLAG, {
      stap: sessie.stap, resterend: sessie.resterend, loopt: sessie.loopt, bewaard: Date.now(),
      minuten: sessie.minuten, uitloop: sessie.uitloop, gestart: sessie.gestart
    });
  }

  function tik() {
    var nu = Date.now();
    if (sessie.loopt) sessie.resterend -= nu - sessie.laatste;
    sessie.laatste = nu;
    if (sessie.loopt && sessie.resterend <= 0 && !sessie.gesignaleerd) {
      sessie.gesignaleerd = true;
      if (sessie.scherm.querySelector(".sessie-signaal").checked) zachtSignaal();
    }
    teken();
  }

  // Two soft tones, only if the gespreksleider asked for them; a browser without Web Audio stays silent.
  function zachtSignaal() {
    var Audio = window.AudioContext || window.webkitAudioContext;
    if (!Audio) return;
    var context = new Audio();
    [0, 0.35].forEach(function (begin) {
      var toon = context.createOscillator(), volume = context.createGain();
      toon.frequency.value = 660;
      volume.gain.setValueAtTime(0.08, context.currentTime + begin);
      volume.gain.exponentialRampToValueAtTime(0.001, context.currentTime + begin + 0.3);
      toon.connect(volume).connect(context.destination);
      toon.start(context.currentTime + begin);
      toon.stop(context.currentTime + begin + 0.3);
    });
  }

  // The screen stays on while the clock runs, where the browser allows it; the lock goes when the page hides.
  function houdSchermAan() {
    if (!sessie.loopt || sessie.wekker || !navigator.wakeLock || document.visibilityState !== "visible") return;
    navigator.wakeLock.request("screen").then(function (slot) {
      sessie.wekker = slot;
      slot.addEventListener("release", function () { sessie.wekker = null; });
    }, function () { /* refused, e.g. low battery: the session runs without it */ });
  }

  function laatSchermLos() {
    if (sessie.wekker) sessie.wekker.release();
    sessie.wekker = null;
  }

  function wissel() {
    tik();
    sessie.loopt = !sessie.loopt;
    if (sessie.loopt) { sessie.gestart[sessie.stap] = true; houdSchermAan(); } else laatSchermLos();
    teken();
  }

  function toets(e) {
    sessie.scherm.classList.add("sessie--toetsenbord");
    if (e.key === "Escape") { e.preventDefault(); sluit(); return; }
    if (e.key === "Tab") { houdFocusVast(e); return; }
    // In a notes field or on a link the keys type and follow as usual.
    if (e.target.matches && e.target.matches("input, textarea, summary, a")) return;
    if (e.key === " " || e.key === "Spacebar") { e.preventDefault(); wissel(); }
    else if (e.key === "ArrowRight" || e.key === "PageDown") { e.preventDefault(); gaNaar(sessie.stap + 1); }
    else if (e.key === "ArrowLeft" || e.key === "PageUp") { e.preventDefault(); gaNaar(sessie.stap - 1); }
  }

  function houdFocusVast(e) {
    var velden = Array.prototype.filter.call(sessie.scherm.querySelectorAll("button, input, textarea, summary, a[href], [tabindex='0']"), function (el) {
      return !el.disabled && el.offsetParent !== null;
    });
    var eerste = velden[0], laatste = velden[velden.length - 1];
    if (e.shiftKey && document.activeElement === eerste) { e.preventDefault(); laatste.focus(); }
    else if (!e.shiftKey && document.activeElement === laatste) { e.preventDefault(); eerste.focus(); }
  }

  // The page's steps as they stand now (a chosen length, a changed plan).
  function kiesBron() {
    bron = window.IntervisieSessieBron || null;
    if (!bron) return false;
    werkvorm = bron.gegevens;
    OPSLAG = "intervisiewijzer:sessie:" + werkvorm.id;
    return true;
  }

  // A kept session with the same number of steps resumes where it was; a running clock counted on meanwhile.
  function bewaardeStand() {
    var stand = lees(OPSLAG);
    if (!stand || !Array.isArray(stand.minuten) || stand.minuten.length !== bron.minuten().length) return null;
    if (typeof stand.stap !== "number" || stand.stap < 0 || stand.stap >= stand.minuten.length) return null;
    return stand;
  }

  function open(stand) {
    if (!sessie) sessie = { scherm: bouwScherm(), stap: 0, loopt: false, resterend: 0, laatste: Date.now() };
    var opener = document.getElementById("sessie-start");
    sessie.terug = document.activeElement && document.activeElement !== document.body ? document.activeElement : opener;
    sessie.scherm.hidden = false;
    sessie.scherm.querySelector(".sessie-titel").textContent = werkvorm.titel;
    sessie.scherm.querySelector(".sessie-leerverslag").href = werkvorm.leerverslag + "?werkvorm=" + encodeURIComponent(werkvorm.id);
    var nu = Date.now();
    sessie.minuten = stand ? stand.minuten : bron.minuten();
    sessie.uitloop = stand ? stand.uitloop || 0 : 0;
    sessie.gestart = stand && Array.isArray(stand.gestart) ? stand.gestart : [];
    sessie.loopt = stand ? stand.loopt === true : false;
    sessie.stap = stand ? stand.stap : 0;
    sessie.laatste = nu;
    gaNaar(sessie.stap, stand ? stand.resterend - (sessie.loopt ? nu - stand.bewaard : 0) : undefined);
    sessie.timer = setInterval(tik, 250);
    houdSchermAan();
    document.documentElement.classList.add("sessie-open");
    if (!stand && sessie.scherm.requestFullscreen) sessie.scherm.requestFullscreen().catch(function () {});
    sessie.scherm.querySelector(".sessie-start").focus();
  }

  function sluit() {
    tik();
    clearInterval(sessie.timer);
    laatSchermLos();
    sessie.scherm.hidden = true;
    document.documentElement.classList.remove("sessie-open");
    var terug = function () { if (sessie.terug) sessie.terug.focus(); };
    // Leaving full screen moves the focus, so give it back only after that.
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().then(terug, terug);
    else terug();
  }

  function beeindig() {
    verslag.onthoudAfspraken(werkvorm.id);
    sluit();
    schrijf(OPSLAG, null);
    sessie.loopt = false;
  }

  document.addEventListener("visibilitychange", function () { if (sessie && !sessie.scherm.hidden) houdSchermAan(); });
  startknop.addEventListener("click", function () { if (kiesBron()) open(bewaardeStand()); });
  if (kiesBron()) {
    var stand = bewaardeStand();
    if (stand) open(stand);
  }
})();
