#!/usr/bin/env bash
# Prints the transfer size of the release build: raw and gzip per asset, and totals.
# The worker (upm-worker-*) loads only for an editor's file or a download: counted apart.
set -euo pipefail
dir=${1:-dist}
total_raw=0; total_gz=0
printf '%-44s %10s %10s\n' asset bytes gzip
for f in "$dir"/index.html "$dir"/*.js "$dir"/*.wasm "$dir"/*.css; do
  [ -f "$f" ] || continue
  case "$(basename "$f")" in embed.js|noscript.css|upm-worker*) continue ;; esac
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' "widget page total" "$total_raw" "$total_gz"
worker_raw=0; worker_gz=0
for f in "$dir"/upm-worker*; do
  [ -f "$f" ] || continue
  worker_raw=$((worker_raw + $(wc -c <"$f"))); worker_gz=$((worker_gz + $(gzip -9 -c "$f" | wc -c)))
done
printf '%-44s %10d %10d\n' "worker, on demand (upm-worker-*)" "$worker_raw" "$worker_gz"
for f in "$dir"/embed.js; do
  [ -f "$f" ] && printf '%-44s %10d %10d\n' "embed.js (host page)" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
