// The anchor's whole map: fetch the TopoJSON, fit an Albers equal-area projection (the
// widget's: parallels 46°N and 51°N, central meridian 31°E), draw one path per region,
// and open a dialog naming the region on click or Enter.
(async () => {
  const root = document.querySelector("[data-map-root]");
  const svg = root.querySelector("svg");
  const topology = await (await fetch("regions.topojson")).json();
  const regions = topojson.feature(topology, topology.objects.regions);
  const projection = d3.geoConicEqualArea().parallels([46, 51]).rotate([-31, 0]).fitSize([1000, 700], regions);
  const path = d3.geoPath(projection);
  const ns = "http://www.w3.org/2000/svg";
  let dialog = null;
  const open = (feature) => {
    dialog?.remove();
    dialog = document.createElement("div");
    dialog.setAttribute("role", "dialog");
    dialog.dataset.region = feature.properties.iso;
    const h = document.createElement("h2");
    h.textContent = feature.properties.name;
    dialog.append(h);
    root.append(dialog);
  };
  for (const feature of regions.features) {
    const p = document.createElementNS(ns, "path");
    p.setAttribute("d", path(feature));
    p.dataset.iso = feature.properties.iso;
    p.setAttribute("tabindex", "0");
    p.setAttribute("aria-label", feature.properties.name);
    p.addEventListener("click", () => open(feature));
    p.addEventListener("keydown", (e) => e.key === "Enter" && open(feature));
    svg.append(p);
  }
  document.addEventListener("keydown", (e) => e.key === "Escape" && (dialog?.remove(), (dialog = null)));
  root.dataset.state = "ready";
})();
