/*! ukraine-peace-map embed loader: no dependencies, one global (window.ukrainePeaceMap).
 *
 *   <div data-ukraine-peace-map data-src="https://host/path/" data-lang="en"></div>
 *   <script src="https://host/path/embed.js" async></script>
 *
 * Each such element gets a responsive iframe of the widget page, with a unique title,
 * whose height follows the widget's `ukraine-peace-map:height` messages. A message is
 * used only if it comes from that iframe's window and from the origin of its data-src,
 * and has the expected shape. Options: data-lang, data-theme, data-region, data-date,
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
  var OPTIONS = ["lang", "theme", "region", "date", "occupied", "asof", "terms"];
  var TITLES = {
    en: "Map: Russian-occupied territory of Ukraine and the US peace proposal",
    uk: "Мапа: окуповані Росією території України та мирна пропозиція США"
  };
  // The widget's height (CSS px) at widths from 300 px in steps of 10, per language.
  var HEIGHTS = { from: 300, step: 10, en: [1357, 1310, 1279, 1286, 1255, 1234, 1225, 1223, 1171, 1159, 1147, 1135, 1104, 1071, 1078, 1085, 1092, 1099, 1176, 1159, 1154, 1161, 1167, 1174, 1181, 1168, 1174, 1181, 1176, 1183, 1161, 1150, 1157, 1187, 1194, 1181, 1188, 1182, 1169, 1144, 1151, 1181, 1188, 1195, 1202, 1197, 1203, 1210, 1217, 1192, 1222, 1229, 1236, 1243, 1238, 1244, 1251, 1258, 1221, 1210, 1217, 1224, 1231, 1237, 1244, 1251, 1258, 1253, 1260, 1266, 1273, 1280, 1287, 1294, 1301, 1307, 1314, 1321, 1328, 1335, 1341, 1348, 1355, 1362, 1369, 1375, 1382, 1389, 1396, 1403, 1409], uk: [1486, 1458, 1427, 1380, 1387, 1356, 1323, 1329, 1285, 1253, 1222, 1228, 1235, 1223, 1230, 1218, 1225, 1213, 1344, 1331, 1293, 1280, 1269, 1259, 1266, 1248, 1235, 1241, 1248, 1211, 1178, 1185, 1192, 1181, 1188, 1195, 1181, 1188, 1195, 1202, 1208, 1215, 1222, 1229, 1236, 1222, 1229, 1236, 1243, 1249, 1236, 1243, 1250, 1257, 1263, 1270, 1277, 1284, 1291, 1297, 1304, 1267, 1274, 1263, 1270, 1277, 1284, 1270, 1277, 1284, 1273, 1280, 1287, 1294, 1301, 1307, 1314, 1321, 1328, 1335, 1341, 1348, 1355, 1362, 1369, 1375, 1382, 1389, 1396, 1403, 1409] };
  var script = document.currentScript;
  var frames = {};
  var count = 0;

  function widgetUrl(el) {
    var src = el.getAttribute("data-src") || (script && script.src ? script.src.replace(/[^/]*$/, "") : "./");
    var url = new URL(src, document.baseURI);
    OPTIONS.forEach(function (name) {
      var value = el.getAttribute("data-" + name);
      if (value) url.searchParams.set(name, value);
    });
    return url;
  }

  /** The widget's height at an iframe width, interpolated from HEIGHTS. */
  function expectedHeight(width, lang) {
    var table = HEIGHTS[lang] || HEIGHTS.en;
    if (!table.length) return 800;
    var at = (Math.min(Math.max(width, HEIGHTS.from), HEIGHTS.from + HEIGHTS.step * (table.length - 1)) - HEIGHTS.from) / HEIGHTS.step;
    var i = Math.min(Math.floor(at), table.length - 2);
    var f = at - i;
    return Math.ceil(table[i] + (table[i + 1] - table[i]) * f);
  }

  function mount(el) {
    el.setAttribute("data-upm-mounted", "");
    count += 1;
    var id = "upm-" + count + "-" + Math.random().toString(36).slice(2, 8);
    var url = widgetUrl(el);
    url.searchParams.set("embed", "1");
    url.searchParams.set("id", id);
    var lang = (el.getAttribute("data-lang") || "en") === "uk" ? "uk" : "en";
    var iframe = document.createElement("iframe");
    iframe.src = url.href;
    iframe.title = (el.getAttribute("data-title") || TITLES[lang]) + (count > 1 ? " (" + count + ")" : "");
    iframe.setAttribute("scrolling", "no");
    iframe.setAttribute("allow", "fullscreen");
    if (el.getAttribute("data-loading") === "lazy") iframe.setAttribute("loading", "lazy");
    var s = iframe.style;
    s.display = "block";
    s.width = "100%";
    s.minWidth = "300px";
    s.maxWidth = "1200px";
    s.height = expectedHeight(Math.min(Math.max(el.clientWidth || 300, 300), 1200), lang) + "px";
    s.border = "0";
    s.overflow = "hidden";
    el.appendChild(iframe);
    var vars = null;
    try {
      vars = JSON.parse(el.getAttribute("data-vars") || "null");
    } catch (e) {
      vars = null;
    }
    frames[id] = { iframe: iframe, origin: url.origin, ready: false, pending: vars ? { vars: vars } : null };
  }

  function send(frame, message) {
    if (frame.iframe.contentWindow) frame.iframe.contentWindow.postMessage(message, frame.origin);
  }

  function scan() {
    var els = document.querySelectorAll("[data-ukraine-peace-map]:not([data-upm-mounted])");
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== HEIGHT || typeof data.id !== "string") return;
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
