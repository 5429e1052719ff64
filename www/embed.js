/*! ukraine-peace-map embed loader: no dependencies, one global (window.ukrainePeaceMap).
 *
 *   <div data-ukraine-peace-map data-src="https://host/path/" data-lang="en"></div>
 *   <script src="https://host/path/embed.js"></script>
 *
 * Each such element gets a responsive iframe of the widget page, with a unique title,
 * whose height follows the widget's `ukraine-peace-map:height` messages. A message is
 * used only if it comes from that iframe's window and from the origin of its data-src,
 * and has the expected shape. Only http(s) addresses become frames or are passed on
 * (relative ones are resolved against this page); anything else leaves the element
 * untouched, with a console warning. Options: data-lang, data-theme, data-region, data-date,
 * data-occupied, data-asof, data-terms (same names as the widget's URL parameters),
 * data-title, data-loading ("lazy" to load when scrolled near), and data-vars: a JSON
 * object of the widget's CSS custom properties, e.g. {"--upm-font": "Georgia, serif"}.
 *
 * window.ukrainePeaceMap.setTheme(theme, vars) switches every widget on the page at run
 * time; a widget that is still loading gets it as soon as it reports its first height.
 *
 * No layout shift: each iframe starts at the widget's height for its width (HEIGHTS,
 * measured from the build by scripts/heights.mjs), so the host page does not jump when
 * the widget reports its real height. Include this script right after the element, without
 * `async`, and the iframe is in place before anything below it is laid out.
 */
(function () {
  "use strict";
  var NS = "ukrainePeaceMap";
  var existing = window[NS];
  if (existing && typeof existing.scan === "function") {
    // Included twice: the first copy already listens; just pick up new elements.
    existing.scan();
    return;
  }

  var HEIGHT = "ukraine-peace-map:height";
  var THEME = "ukraine-peace-map:theme";
  // BEGIN rules generated from the widget (src/host/snippet.rs): the same options, the
  // same language and theme names, the same URL schemes. Do not edit by hand:
  // tests/contract.rs fails when this block differs from the widget's own rules.
  var OPTIONS = ["lang", "theme", "region", "date", "proposal", "occupied", "asof", "terms", "headline", "subtitle", "note"];
  var URL_OPTIONS = ["occupied", "terms"];
  var LANGS = { "en": "en", "uk": "uk", "ua": "uk" };
  var THEMES = { "auto": "auto", "light": "light", "dark": "dark" };
  var SCHEMES = ["https:", "http:"];
  var SPACE = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  // END rules generated from the widget
  var TITLES = {
    en: "Map: Russian-occupied territory of Ukraine and the US peace proposal",
    uk: "Мапа: окуповані Росією території України та мирна пропозиція США"
  };
  // The widget's height (CSS px) at widths from 240 px in steps of 10, per language.
  var HEIGHTS = { from: 240, step: 10, en: [831, 794, 742, 730, 737, 727, 734, 720, 727, 734, 741, 748, 755, 761, 709, 697, 704, 711, 718, 702, 709, 694, 701, 708, 1607, 1614, 1620, 1609, 1616, 1605, 1612, 1619, 1607, 1614, 1621, 1610, 1561, 1568, 1555, 1518, 1524, 1511, 1518, 1525, 1511, 1498, 1505, 1511, 1518, 1525, 1510, 1517, 1524, 1531, 1520, 1488, 1495, 1483, 1490, 1497, 1504, 1493, 1500, 1507, 1514, 1520, 1527, 1534, 1541, 1548, 1554, 1543, 1506, 1512, 1519, 1526, 1515, 1522, 1529, 1536, 1543, 1549, 1518, 1525, 1532, 1539, 1545, 1552, 1559, 1566, 1573, 1580, 1586, 1593, 1600, 1607, 1614], uk: [861, 852, 858, 824, 812, 819, 825, 832, 839, 830, 836, 824, 791, 798, 805, 812, 779, 786, 793, 800, 806, 813, 820, 787, 1977, 1946, 1865, 1832, 1799, 1789, 1751, 1733, 1701, 1708, 1715, 1722, 1670, 1677, 1666, 1673, 1680, 1649, 1636, 1599, 1567, 1574, 1581, 1588, 1595, 1601, 1590, 1576, 1583, 1590, 1597, 1604, 1590, 1578, 1585, 1592, 1599, 1606, 1613, 1619, 1626, 1633, 1640, 1629, 1636, 1643, 1650, 1639, 1624, 1611, 1617, 1624, 1570, 1577, 1583, 1590, 1597, 1604, 1592, 1599, 1606, 1613, 1619, 1626, 1633, 1640, 1628, 1635, 1642, 1649, 1638, 1607, 1614] };
  var script = document.currentScript;
  var frames = {};
  var count = 0;

  function warn(message) {
    if (window.console && console.warn) console.warn("ukraine-peace-map: " + message);
  }

  /** A name the widget knows, read as the widget reads it: trimmed (Rust's white space),
   *  ASCII letters lower-cased, looked up in `names`; null when it is not one. */
  function named(value, names) {
    if (value == null) return null;
    var key = String(value).replace(SPACE, "").replace(/[A-Z]+/g, function (c) { return c.toLowerCase(); });
    return Object.prototype.hasOwnProperty.call(names, key) ? names[key] : null;
  }

  /** An http(s) URL resolved against this page, or null (with a warning) for any other
   *  scheme: a `javascript:` or `data:` address must never become a frame or a fetch. */
  function checkedUrl(value, what) {
    var url;
    try {
      url = new URL(value, document.baseURI);
    } catch (e) {
      warn(what + " is not a URL: " + value);
      return null;
    }
    if (SCHEMES.indexOf(url.protocol) < 0) {
      warn(what + " must be an http(s) URL, not " + url.protocol);
      return null;
    }
    return url;
  }

  /** The widget's address with the element's options, or null when it is unsafe. */
  function widgetUrl(el) {
    var src = el.getAttribute("data-src");
    if (src == null) src = script && script.src ? script.src.replace(/[^/?#]*([?#].*)?$/, "") : "./";
    var url = checkedUrl(src, "data-src");
    if (!url) return null;
    OPTIONS.forEach(function (name) {
      var value = el.getAttribute("data-" + name);
      if (value == null || value === "") return;
      if (name === "lang") value = named(value, LANGS);
      else if (name === "theme") value = named(value, THEMES);
      else if (URL_OPTIONS.indexOf(name) >= 0) {
        var checked = checkedUrl(value, "data-" + name);
        value = checked && checked.href;
      }
      if (value) url.searchParams.set(name, value);
    });
    return url;
  }

  /** The widget's height at an iframe width, interpolated from HEIGHTS. */
  function expectedHeight(width, lang) {
    var table = HEIGHTS[named(lang, LANGS) || "en"];
    if (!table || !table.length) return 800;
    var last = HEIGHTS.from + HEIGHTS.step * (table.length - 1);
    var at = (Math.min(Math.max(Number(width) || HEIGHTS.from, HEIGHTS.from), last) - HEIGHTS.from) / HEIGHTS.step;
    var i = Math.min(Math.floor(at), table.length - 2);
    var f = at - i;
    return Math.ceil(table[i] + (table[i + 1] - table[i]) * f);
  }

  function mount(el) {
    var url = widgetUrl(el);
    if (!url) return; // left untouched: the warning says why
    el.setAttribute("data-upm-mounted", "");
    count += 1;
    var id = "upm-" + count + "-" + Math.random().toString(36).slice(2, 8);
    url.searchParams.set("embed", "1");
    url.searchParams.set("id", id);
    var lang = named(el.getAttribute("data-lang"), LANGS) || "en";
    var iframe = document.createElement("iframe");
    iframe.src = url.href;
    iframe.title = (el.getAttribute("data-title") || TITLES[lang]) + (count > 1 ? " (" + count + ")" : "");
    iframe.setAttribute("scrolling", "no");
    iframe.setAttribute("allow", "fullscreen");
    if (el.getAttribute("data-loading") === "lazy") iframe.setAttribute("loading", "lazy");
    var s = iframe.style;
    s.display = "block";
    s.width = "100%";
    s.maxWidth = "1200px";
    s.height = expectedHeight(el.clientWidth || 375, lang) + "px";
    s.border = "0";
    s.overflow = "hidden";
    el.appendChild(iframe);
    var vars = null;
    try {
      vars = JSON.parse(el.getAttribute("data-vars") || "null");
    } catch (e) {
      warn("data-vars is not JSON");
    }
    frames[id] = { iframe: iframe, origin: url.origin, ready: false, pending: vars ? { vars: vars } : null };
  }

  /** Forgets frames the page has removed (a single-page app swapping articles): no list
   *  that only grows, nothing sent to a dead frame. */
  function forgetRemoved() {
    Object.keys(frames).forEach(function (id) {
      if (!frames[id].iframe.isConnected) delete frames[id];
    });
  }

  function send(frame, message) {
    if (frame.iframe.contentWindow) frame.iframe.contentWindow.postMessage(message, frame.origin);
  }

  /** Turns new elements into widgets; returns how many widgets the page has now. */
  function scan() {
    forgetRemoved();
    var els = document.querySelectorAll("[data-ukraine-peace-map]:not([data-upm-mounted])");
    for (var i = 0; i < els.length; i++) mount(els[i]);
    return Object.keys(frames).length;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== HEIGHT || typeof data.id !== "string") return;
    forgetRemoved();
    var frame = Object.prototype.hasOwnProperty.call(frames, data.id) ? frames[data.id] : null;
    if (!frame || event.origin !== frame.origin || event.source !== frame.iframe.contentWindow) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    frame.iframe.style.height = Math.ceil(height) + "px";
    if (!frame.ready) {
      // The widget is listening now: hand over what the page asked for before.
      frame.ready = true;
      if (frame.pending) send(frame, { type: THEME, theme: frame.pending.theme, vars: frame.pending.vars });
      frame.pending = null;
    }
  });

  /** Switches the theme ("auto", "light", "dark") and optionally the CSS custom
   *  properties (`vars`, e.g. {"--upm-font": "Georgia, serif"}) of every widget. */
  function setTheme(theme, vars) {
    forgetRemoved();
    Object.keys(frames).forEach(function (id) {
      var f = frames[id];
      var message = { type: THEME, theme: theme == null ? undefined : String(theme), vars: vars || undefined };
      if (f.ready) send(f, message);
      else f.pending = { theme: message.theme, vars: message.vars || (f.pending && f.pending.vars) };
    });
  }

  window[NS] = Object.freeze({ version: "1", scan: scan, setTheme: setTheme, expectedHeight: expectedHeight });
  // Now, for the elements already parsed (this script right after one: no layout shift),
  // and once the page is parsed, for the others.
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
})();
