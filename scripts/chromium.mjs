// Finds a Chromium or Chrome binary for the browser tests (no test tool can download one here).
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const candidates = [
  'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROME_PATH if set, else /usr/bin/chromium, else the first of the usual names on PATH. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of candidates) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

export const installHint = [
  'No Chromium or Chrome found for the browser tests. Either:',
  '  • on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
  '    (run npm test as root and it does this itself), or',
  '  • point CHROME_PATH at an installed Chrome/Chromium: CHROME_PATH=/path/to/chrome npm test',
].join('\n');
