// Debian's Chromium driven by playwright-core (never a downloaded browser). Browser tests skip
// with a notice where Chromium is not installed, unless ADHERENCE_REQUIRE_BROWSER=1 (CI).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const browserAvailable = existsSync(chromiumPath);

if (!browserAvailable) {
  if (process.env['ADHERENCE_REQUIRE_BROWSER'] === '1') throw new Error(`${chromiumPath} is required (apt-get install -y chromium)`);
  console.warn(`notice: ${chromiumPath} not found; browser tests skipped (apt-get install -y chromium to run them)`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
