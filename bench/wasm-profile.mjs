// The wasm's largest contributors by crate: reads the function bodies and the "name"
// section of the release wasm after wasm-bindgen and before wasm-opt (names kept), and adds
// up each function's bytes by the crate of its mangled name, plus the data segments.
// wasm-opt shrinks everything afterwards, so these are shares, not final bytes.
// `node bench/wasm-profile.mjs [file.wasm] [--top N]`; make bench prints it too.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function leb(buf, at) {
  let n = 0, shift = 0, b;
  do {
    b = buf[at++];
    n += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [n, at];
}

/** {functions: [{name, bytes}], data: bytes, custom: {name: bytes}} of a wasm binary. */
export function profile(buf) {
  let at = 8;
  const imported = { count: 0 };
  const bodies = [];
  let names = new Map();
  let data = 0;
  let dataBytes = Buffer.alloc(0);
  const custom = {};
  while (at < buf.length) {
    const id = buf[at];
    let size;
    [size, at] = leb(buf, at + 1);
    const end = at + size;
    if (id === 2) {
      // imports: count the imported functions, which come first in the index space
      let n, p = at;
      [n, p] = leb(buf, p);
      for (let i = 0; i < n; i++) {
        let len;
        [len, p] = leb(buf, p); p += len;
        [len, p] = leb(buf, p); p += len;
        const kind = buf[p++];
        if (kind === 0) { imported.count++; [, p] = leb(buf, p); }
        else if (kind === 1) { p++; const flags = buf[p++]; [, p] = leb(buf, p); if (flags & 1) [, p] = leb(buf, p); }
        else if (kind === 2) { const flags = buf[p++]; [, p] = leb(buf, p); if (flags & 1) [, p] = leb(buf, p); }
        else if (kind === 3) { p += 2; }
      }
    } else if (id === 10) {
      let n, p = at;
      [n, p] = leb(buf, p);
      for (let i = 0; i < n; i++) {
        let len;
        const start = p;
        [len, p] = leb(buf, p);
        bodies.push(p + len - start);
        p += len;
      }
    } else if (id === 11) {
      data += size;
      dataBytes = buf.subarray(at, end);
    } else if (id === 0) {
      let len, p = at;
      [len, p] = leb(buf, p);
      const name = buf.subarray(p, p + len).toString();
      p += len;
      custom[name] = end - at;
      if (name === "name") {
        while (p < end) {
          const sub = buf[p];
          let subSize;
          [subSize, p] = leb(buf, p + 1);
          const subEnd = p + subSize;
          if (sub === 1) {
            let n, q = p;
            [n, q] = leb(buf, q);
            for (let i = 0; i < n; i++) {
              let idx, l;
              [idx, q] = leb(buf, q);
              [l, q] = leb(buf, q);
              names.set(idx, buf.subarray(q, q + l).toString());
              q += l;
            }
          }
          p = subEnd;
        }
      }
    }
    at = end;
  }
  const functions = bodies.map((bytes, i) => ({ name: names.get(i + imported.count) || `#${i}`, bytes }));
  return { functions, data, dataBytes, custom };
}

/** What the data segments (`.rodata`) hold: the embedded data bundle (found by its bytes,
 *  when given), source paths of panic locations, readable text (UTF-8 runs of 8+ bytes:
 *  the UI's words, messages, names), and the rest (tables, vtables, numbers). */
export function dataParts(dataBytes, bundle) {
  const parts = { "embedded data bundle": 0, "panic locations (source paths)": 0, "text (UI words, messages)": 0, "tables, vtables, other": 0 };
  let rest = Buffer.from(dataBytes);
  if (bundle && bundle.length) {
    const at = rest.indexOf(bundle);
    if (at >= 0) {
      parts["embedded data bundle"] = bundle.length;
      rest = Buffer.concat([rest.subarray(0, at), rest.subarray(at + bundle.length)]);
    }
  }
  const text = rest.toString("latin1");
  for (const m of text.matchAll(/[\x20-\x7e\x80-\xff]{8,}/g)) {
    const run = m[0];
    if (/\.rs\b/.test(run) && run.includes("/")) parts["panic locations (source paths)"] += run.length;
    else if (/[a-z]{3}/i.test(run)) parts["text (UI words, messages)"] += run.length;
  }
  parts["tables, vtables, other"] = rest.length - parts["panic locations (source paths)"] - parts["text (UI words, messages)"];
  return parts;
}

/** The profile make bench prints: code by crate and what the data holds. */
export function crateProfile(cargoWasm, bundle) {
  const file = bindgenOutput(cargoWasm);
  const buf = fs.readFileSync(file);
  const r = byCrate(buf);
  return { file: path.relative(ROOT, file), code: r.code, data: r.data, rows: r.rows, dataParts: dataParts(profile(buf).dataBytes, bundle) };
}

/** The crate a mangled Rust symbol (legacy `_ZN…` or v0 `_R…`) belongs to; for a trait
 *  impl, the crate of the type it is implemented for. */
export function crateOf(name) {
  if (name.startsWith("_ZN")) {
    const m = name.slice(3).match(/^(\d+)/);
    if (!m) return "(other)";
    const first = name.slice(3 + m[1].length, 3 + m[1].length + Number(m[1]));
    if (!first.includes("$LT$")) return first;
    const self = first.replace(/^_?\$LT\$/, "").replace(/^(\$RF\$|mut\$u20\$|\$u5b\$|\$LP\$|\*const\$u20\$|\*mut\$u20\$)+/, "");
    const type = self.match(/^[A-Za-z_][A-Za-z0-9_]*/)?.[0] || "";
    // A generic or primitive Self: count it under the trait's crate.
    if (/^([A-Z]|[iuf](8|16|32|64|128|size)|str|bool|char)$/.test(type) || !self.includes("..")) {
      const trait = first.match(/\$u20\$as\$u20\$([A-Za-z_][A-Za-z0-9_]*)/);
      return trait ? trait[1] : type || "(other)";
    }
    return type;
  }
  if (name.startsWith("_R")) {
    const m = name.match(/C(?:s[0-9A-Za-z]*_)?(\d+)/);
    if (m) {
      const at = m.index + m[0].length;
      return name.slice(at, at + Number(m[1]));
    }
  }
  return name.includes("wasm_bindgen") || name.startsWith("__wbg") ? "wasm_bindgen" : "(other)";
}

export function byCrate(buf) {
  const p = profile(buf);
  const totals = new Map();
  for (const f of p.functions) totals.set(crateOf(f.name), (totals.get(crateOf(f.name)) || 0) + f.bytes);
  const rows = [...totals.entries()].map(([crate, bytes]) => ({ crate, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { rows, code: p.functions.reduce((t, f) => t + f.bytes, 0), data: p.data, functions: p.functions };
}

/** cargo's wasm after wasm-bindgen (which drops its describe functions) and before
 *  wasm-opt, names kept: what the profile reads. */
export function bindgenOutput(cargoWasm, outDir = path.join(ROOT, "target/wasm-profile")) {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--no-demangle", "--out-dir", outDir, cargoWasm], { stdio: "inherit" });
  return path.join(outDir, path.basename(cargoWasm).replace(/\.wasm$/, "_bg.wasm"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const given = process.argv.find((a) => a.endsWith(".wasm"));
  const file = given || bindgenOutput(path.join(ROOT, "target/wasm32-unknown-unknown/release/ukraine-peace-map.wasm"));
  const top = Number(process.argv[process.argv.indexOf("--top") + 1]) || 20;
  const r = byCrate(fs.readFileSync(file));
  console.log(`${path.relative(ROOT, file)}: code ${r.code} bytes, data ${r.data} bytes (before wasm-opt)`);
  for (const row of r.rows.slice(0, top)) console.log(`  ${String(row.bytes).padStart(8)}  ${(100 * row.bytes / r.code).toFixed(1).padStart(5)}%  ${row.crate}`);
  for (const [part, bytes] of Object.entries(dataParts(profile(fs.readFileSync(file)).dataBytes))) console.log(`  data: ${String(bytes).padStart(8)}  ${part}`);
  if (process.argv.includes("--functions")) {
    for (const f of [...r.functions].sort((a, b) => b.bytes - a.bytes).slice(0, top)) console.log(`  ${String(f.bytes).padStart(8)}  ${f.name.slice(0, 140)}`);
  }
}
