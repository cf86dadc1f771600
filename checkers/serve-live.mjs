// Checks `portfolio serve` in headless Chromium, as a user sees it: the page open in the browser follows the input
// file through an edit, a bad edit (the problems over the last good page) and a fix, each within the time limit,
// without a manual reload; axe-core checks the page with the problems shown.
// Usage: node serve-live.mjs URL INPUT EDIT.yaml BAD.yaml FIX.yaml, run from a checkers folder with node_modules
// installed (axe-core is read from the working folder; Chromium starts through chromium.mjs, as every checker's does).
// The page must first show the h1 of INPUT's current content. Each step copies a file over INPUT and waits for:
// EDIT → the h1 shows EDIT's person.name (given as the first line "# expect: NAME"); BAD → the problems overlay shows
// the expected line ("# expect: LINE") and the h1 still shows EDIT's name; FIX → the overlay is gone and the h1 shows
// FIX's name. Prints one JSON report:
// {"steps":[{"step","ms","ok","detail"}],"axe":[violations],"axeUndecided":[...],"axeMeasured":n,"requests":[urls]}
// where "requests" lists requests to anything but URL (must be none) and "axeUndecided" what axe left incomplete that
// axe-contrast.mjs could not measure (must be none). Each step may take up to SERVE_LIVE_LIMIT_MS (20 s): a bound
// for "the page follows the file without a reload", not a speed claim. Exits 1 when a step failed.
import { launchChromium } from './chromium.mjs';
import { runAxe } from './axe-contrast.mjs';
import fs from 'node:fs';
import path from 'node:path';

const [url, input, ...steps] = process.argv.slice(2);
if (!url || !input || steps.length !== 3) {
  console.error('usage: node serve-live.mjs URL INPUT EDIT.yaml BAD.yaml FIX.yaml');
  process.exit(2);
}
const limit = Number(process.env.SERVE_LIVE_LIMIT_MS || 20000);
const checkers = process.cwd();
const axeSource = fs.readFileSync(path.join(checkers, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const expected = (file) => fs.readFileSync(file, 'utf8').split('\n')[0].replace(/^# expect: /, '');

const { context, close } = await launchChromium('serve-live');
const report = { steps: [], axe: [], axeUndecided: [], axeMeasured: 0, requests: [] };
try {
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(origin + '/')) {
      return route.continue();
    }
    report.requests.push(requested);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const overlay = page.locator('#portfolio-serve-problems');

  const step = async (name, file, condition) => {
    const started = Date.now();
    // saved as editors do, by replacing the file
    fs.copyFileSync(file, input + '.next');
    fs.renameSync(input + '.next', input);
    try {
      await page.waitForFunction(condition.check, condition.arg, { timeout: limit, polling: 50 });
      report.steps.push({ step: name, ms: Date.now() - started, ok: true });
    } catch (error) {
      const h1 = await page.locator('h1').first().textContent().catch(() => null);
      const shown = await overlay.textContent().catch(() => null);
      report.steps.push({ step: name, ms: Date.now() - started, ok: false, detail: { h1, overlay: shown } });
    }
  };
  const [edit, bad, fix] = steps;
  const editName = expected(edit);
  await step('edit', edit, {
    arg: editName,
    check: (name) => document.querySelector('h1')?.textContent === name && !document.getElementById('portfolio-serve-problems'),
  });
  await step('bad edit', bad, {
    arg: [expected(bad), editName],
    check: ([line, name]) => document.getElementById('portfolio-serve-problems')?.textContent.includes(line)
      && document.querySelector('h1')?.textContent === name,
  });
  if (await overlay.count() > 0) {
    await page.addScriptTag({ content: axeSource });
    const result = await runAxe(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
    report.axe = result.violations;
    report.axeUndecided = result.undecided;
    report.axeMeasured = result.measured.length;
  }
  await step('fix', fix, {
    arg: expected(fix),
    check: (name) => document.querySelector('h1')?.textContent === name && !document.getElementById('portfolio-serve-problems'),
  });
} finally {
  await close();
}
process.stdout.write(JSON.stringify(report));
process.exit(report.steps.every((s) => s.ok) ? 0 : 1);
