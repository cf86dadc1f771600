// The one way the checkers start Chromium: Debian's (or $CHROMIUM), headless, in a fresh profile of its own with the
// browser's own network services off, at 1280 x 900 CSS pixels and a device scale of 1.
// launchChromium('name') gives { context, close }; close() ends the browser and removes the profile.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export async function launchChromium(name) {
  const userDataDir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), `${name}-`));
  const removeProfile = () => fs.rmSync(userDataDir, { recursive: true, force: true });
  // a persistent context is how playwright takes a fresh --user-data-dir of our own
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  }).catch((error) => {
    removeProfile();
    throw error;
  });
  const close = async () => {
    try {
      await context.close();
    } finally {
      removeProfile();
    }
  };
  return { context, close };
}
