// Checks HTML pages with axe-core in headless Chromium and photographs them.
// Usage: node html-axe.mjs <screenshot-dir> [--scheme=dark|light] [--all-media|--own-scheme] [--shoot|--no-shoot] page.html ...
// Options apply to the pages after them. Every page is checked at 1280 px in its own colour scheme (--scheme,
// the theme's native one) and, after --all-media (the default), also in the other scheme and in print media;
// pages after --shoot are also photographed:
// <name>-1280.png and <name>-390.png (own scheme, full page), <name>-1280-top.png (first screen),
// <name>-1280-<other scheme>.png and <name>-1280-print.png.
// Prints one JSON report on stdout: {"pages":[{"file","variant","violations":[{"id","impact","help","targets"}],
// "measured":[{"target","color","ratio","required"}],"undecided":[{"id","help","target","why"}]}],"requests":[url...]}
// where "requests" lists every request a page tried that was not a local file (must be none). "measured" are the
// colour-contrast nodes axe left incomplete, measured from pixels by axe-contrast.mjs (a failing one is also among
// the violations); "undecided" is whatever axe left incomplete that could not be measured (must be none).
import { launchChromium } from './chromium.mjs';
import { runAxe } from './axe-contrast.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const [outDir, ...args] = process.argv.slice(2);
if (!outDir || args.length === 0) {
  console.error('usage: node html-axe.mjs <screenshot-dir> [--scheme=dark|light] [--all-media|--own-scheme] [--shoot|--no-shoot] page.html ...');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = fs.readFileSync(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const { context, close } = await launchChromium('html-axe');
const report = { pages: [], requests: [] };
try {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) {
      return route.continue();
    }
    report.requests.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  let scheme = 'light';
  let shoot = false;
  let allMedia = true;
  for (const arg of args) {
    if (arg.startsWith('--scheme=')) {
      scheme = arg.slice('--scheme='.length);
      continue;
    }
    if (arg === '--all-media' || arg === '--own-scheme') {
      allMedia = arg === '--all-media';
      continue;
    }
    if (arg === '--shoot' || arg === '--no-shoot') {
      shoot = arg === '--shoot';
      continue;
    }
    const name = path.basename(arg, '.html');
    const other = scheme === 'dark' ? 'light' : 'dark';
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen', colorScheme: scheme });
    await page.goto(pathToFileURL(path.resolve(arg)).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    for (const variant of allMedia ? [scheme, other, 'print'] : [scheme]) {
      const media = variant === 'print' ? { media: 'print', colorScheme: 'light' } : { media: 'screen', colorScheme: variant };
      await page.emulateMedia(media);
      const { violations, measured, undecided } = await runAxe(page, tags);
      report.pages.push({ file: arg, variant, violations, measured, undecided });
      if (shoot && variant !== scheme) {
        await page.screenshot({ path: path.join(outDir, `${name}-1280-${variant}.png`), fullPage: true });
      }
    }
    if (shoot) {
      await page.emulateMedia({ media: 'screen', colorScheme: scheme });
      await page.screenshot({ path: path.join(outDir, `${name}-1280.png`), fullPage: true });
      await page.screenshot({ path: path.join(outDir, `${name}-1280-top.png`), fullPage: false });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(outDir, `${name}-390.png`), fullPage: true });
    }
  }
} finally {
  await close();
}
process.stdout.write(JSON.stringify(report));
