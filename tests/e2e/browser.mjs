// Debian's Chromium, driven by playwright-core (no browser download: see README).
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function launch(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, ...options });
}
