// Boot: starts the widget's WebAssembly once the server-rendered map has been painted, and
// keeps what the reader does before the widget can answer, to answer it then.
//
// The map is painted from the HTML long before the WebAssembly has arrived and hydrated it
// (seconds on a slow phone). A tap, click or Enter on a region, a date or a plan in that
// time is kept here, shown as heard (a ring where the tap landed, the control marked), and
// replayed on the same control when the widget says it is live (the `upm-live` event, sent
// once its listeners are in place): the dialog opens and focus moves as it always does.
// The last of each kind is kept: a date, a plan, then a region, in the order they came.
// This file has no import, so it runs as soon as it arrives, before the glue it loads.
const host = document.getElementById("ukraine-peace-map");
const CONTROLS = "[data-iso], [data-timeline] [data-date], [data-proposals] [data-proposal]";
const kept = new Map();
let live = false;

function kindOf(el) {
  if (el.hasAttribute("data-iso")) return ["region", "data-iso"];
  if (el.hasAttribute("data-proposal")) return ["plan", "data-proposal"];
  return ["date", "data-date"];
}

function ring(x, y) {
  const r = document.createElement("div");
  r.className = "upm-heard-ring";
  r.setAttribute("aria-hidden", "true");
  r.style.left = x + "px";
  r.style.top = y + "px";
  document.body.appendChild(r);
  return r;
}

function keep(e) {
  if (live || !host) return;
  const el = e.target instanceof Element ? e.target.closest(CONTROLS) : null;
  if (!el || !host.contains(el)) return;
  const [kind, attr] = kindOf(el);
  const key = e.type === "keydown" ? e.key : null;
  // Buttons turn Enter and Space into clicks themselves; only the map's paths need the keys.
  if (key !== null && (kind !== "region" || (key !== "Enter" && key !== " "))) return;
  if (key === " ") e.preventDefault();
  const old = kept.get(kind);
  if (old) forget(old);
  kept.delete(kind);
  const box = el.getBoundingClientRect();
  const [x, y] = key === null && e.clientX + e.clientY > 0 ? [e.clientX, e.clientY] : [box.left + box.width / 2, box.top + box.height / 2];
  el.classList.add("upm-heard");
  host.classList.add("upm-host--waiting");
  kept.set(kind, { el, selector: `[${attr}="${CSS.escape(el.getAttribute(attr))}"]`, key, x, y, ring: ring(x + scrollX, y + scrollY) });
}

function forget(k) {
  k.el.classList.remove("upm-heard");
  k.ring.remove();
}

function replay() {
  live = true;
  host.classList.remove("upm-host--waiting");
  for (const k of kept.values()) {
    forget(k);
    // The same control in the live DOM (hydration keeps the nodes; look it up anyway).
    const el = host.querySelector(k.key === null ? k.selector : "svg " + k.selector) || k.el;
    if (k.key !== null) {
      el.focus();
      el.dispatchEvent(new KeyboardEvent("keydown", { key: k.key, bubbles: true, cancelable: true }));
    } else {
      el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, clientX: k.x, clientY: k.y, view: window }));
    }
  }
  kept.clear();
}

if (host) {
  host.addEventListener("click", keep, true);
  host.addEventListener("keydown", keep, true);
  host.addEventListener("upm-live", replay, { once: true });
}

let started = false;
const start = () => {
  if (started) return;
  started = true;
  // A WebAssembly that cannot start (a policy, a failed fetch) answers nothing: the taps
  // kept are let go, so that no ring pulses over a map that will not answer.
  import("./__GLUE__")
    .then(({ default: init }) => init({ module_or_path: new URL("./__WASM__", import.meta.url) }))
    .catch(() => {
      for (const k of kept.values()) forget(k);
      kept.clear();
      if (host) host.classList.remove("upm-host--waiting");
    });
};
// After the first frame, so that starting never holds back its paint; the timer covers
// frames that never paint (hidden tabs, throttled off-screen iframes).
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 100);
