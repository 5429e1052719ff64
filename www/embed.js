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
  var FALLBACK_HEIGHT = 760;
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
    s.height = FALLBACK_HEIGHT + "px";
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

  window[NS] = Object.freeze({ version: "1", scan: scan, setTheme: setTheme });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
