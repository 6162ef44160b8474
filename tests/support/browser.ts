import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that let Chromium run as root with no network but loopback (see the toolchain notes). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launch the system Chromium: CHROME_PATH, else /usr/bin/chromium. Never skips: a missing browser is a failure that says how to install it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath}. Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH).`);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
