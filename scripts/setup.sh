#!/usr/bin/env bash
# Installs everything `make serve`, `make test` and `make bench` need, skipping what is
# already installed at the right version (so running it again costs a few seconds):
#   - the wasm32-unknown-unknown Rust target (rustup)
#   - trunk 0.21.14 and wasm-bindgen-cli at exactly Cargo.lock's version (cargo install)
#   - binaryen (wasm-opt) and playwright-core, pinned in package.json (npm ci)
#   - Debian's chromium and chromium-driver (apt-get), for the browser tests
#   - Debian's firefox-esr, webkit2gtk-driver (WebKitWebDriver and MiniBrowser), xvfb and
#     xauth (apt-get), and geckodriver 0.37.1 (cargo install --locked), for the smoke tests
#     in Firefox and WebKit (tests/engines/)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# trunk 0.22 needs rustc >= 1.96.1; this machine has 1.95.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have() { command -v "$1" >/dev/null 2>&1; }
say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! (have trunk && trunk --version | grep -q " $TRUNK_VERSION\$"); then
  say "installing trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! (have wasm-bindgen && wasm-bindgen --version | grep -q " $WASM_BINDGEN_VERSION\$"); then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: its lock file pins a webpki-roots release this registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm ci when node_modules lacks a package of package-lock.json at its locked version.
if ! node -e 'const a = require("./package-lock.json").packages, b = require("./node_modules/.package-lock.json").packages;
  for (const k in a) if (k && (!b[k] || b[k].version !== a[k].version)) process.exit(1)' 2>/dev/null; then
  say "installing npm dev tools (npm ci)"
  npm ci --no-audit --no-fund
fi

# Debian's browsers and their drivers: no tool downloads a browser. Debian's archive keeps
# only the current release of each (security updates replace it), so these follow Debian
# stable rather than a pinned version; the versions are printed below.
APT=()
have chromium || APT+=(chromium)
have chromedriver || APT+=(chromium-driver)
have firefox-esr || APT+=(firefox-esr)
have WebKitWebDriver || APT+=(webkit2gtk-driver)
have Xvfb || APT+=(xvfb)
have xauth || APT+=(xauth)
if [ ${#APT[@]} -gt 0 ]; then
  say "installing Debian's ${APT[*]} (about a minute)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y --no-install-recommends "${APT[@]}" || {
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends "${APT[@]}"
  }
fi

if ! (have geckodriver && geckodriver --version | head -n1 | grep -q "^geckodriver $GECKODRIVER_VERSION\b"); then
  say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null | sed 's/^[0-9]*://; s/-.*//'; }
WEBKIT=$(version webkit2gtk-driver)
XVFB=$(version xvfb)
say "ready: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $(wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -n1), $(firefox-esr --version 2>/dev/null | head -n1), geckodriver $GECKODRIVER_VERSION, WebKitGTK $WEBKIT, Xvfb $XVFB"
