// Prints HTML pages with headless Chromium and measures their layout and fonts.
// Usage: node html-layout.mjs <pdf-dir> page.html ...
// For each page: prints it as a reader would (print media, 10 mm margins, no backgrounds) on A4 and on US Letter, to
// <pdf-dir>/<name>.a4.pdf and <name>.letter.pdf;
// measures its boxes on screen at 1280 and 390 px (light scheme; the boxes do not depend on it):
//   titles:  every section title's text and how many lines it takes;
//   skills:  every skill, its group, where its level bar starts (x) and whether it is beside the name's first line;
//   strips:  every figures strip (.pf-metrics): its cells and rows, the rows whose cells stop short of the strip's
//            sides (a hole where its background shows), and whether it has a background;
// lists the fonts of every element with text of its own at 1280 px: its text, language (its own lang or an
// ancestor's), computed font-family, letter-spacing and text-transform, and the fonts Chromium drew it with (DevTools'
// platform fonts); and, as printed (print media, 718 px: A4 less its margins), every flow diagram's stages and the
// rows they take. Prints one JSON report on stdout:
// {"pages":[{"file","pdfs":{"a4","letter"},"widths":{"1280":{"titles","skills","strips"},"390":{...}},
//   "fonts":[{"text","lang","family","letterSpacing","textTransform","used":[{"name","glyphs"}]}],
//   "flows":[{"title","stages","rows"}]}]}
import { launchChromium } from './chromium.mjs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [pdfDir, ...pages] = process.argv.slice(2);
if (!pdfDir || pages.length === 0) {
  console.error('usage: node html-layout.mjs <pdf-dir> page.html ...');
  process.exit(2);
}
const { context, close } = await launchChromium('html-layout');

/** Runs in the page: the boxes the report names. */
function measure() {
  const lines = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set();
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && rect.height > 0) {
        tops.add(Math.round(rect.top));
      }
    }
    // a line's fragments (text, inline elements) share a top within a few pixels
    return [...tops].sort((a, b) => a - b).filter((top, i, all) => i === 0 || top - all[i - 1] > 4).length;
  };
  const titles = [...document.querySelectorAll('.pf-section-title')].map((title) => ({
    text: title.textContent.trim(), lines: lines(title),
  }));
  const skills = [];
  document.querySelectorAll('.pf-skill-group').forEach((group, index) => {
    group.querySelectorAll('.pf-skill').forEach((skill) => {
      const name = skill.querySelector('.pf-skill-name');
      const level = skill.querySelector('.pf-level');
      if (!name || !level) {
        return;
      }
      const nameBox = name.getBoundingClientRect();
      const levelBox = level.getBoundingClientRect();
      const firstLine = name.getClientRects()[0];
      skills.push({
        group: index, name: name.textContent.trim(),
        levelStart: Math.round(getComputedStyle(level).direction === 'rtl' ? levelBox.right : levelBox.left),
        // beside the name: level and name do not overlap across, and the level starts above the end of the name's first line
        besideName: levelBox.top < firstLine.bottom && (levelBox.left >= nameBox.right - 1 || levelBox.right <= nameBox.left + 1),
      });
    });
  });
  const strips = [...document.querySelectorAll('.pf-metrics')].map((strip) => {
    const style = getComputedStyle(strip);
    const box = strip.getBoundingClientRect();
    const start = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const end = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const cells = [...strip.children].map((cell) => cell.getBoundingClientRect()).filter((r) => r.width > 0);
    const rows = [...new Set(cells.map((r) => Math.round(r.top)))];
    // a row whose cells stop short of either side of the strip leaves a hole where the strip's background shows
    const shortRows = rows.filter((top) => {
      const row = cells.filter((r) => Math.round(r.top) === top);
      return Math.min(...row.map((r) => r.left)) > start + 2 || Math.max(...row.map((r) => r.right)) < end - 2;
    }).length;
    return {
      className: strip.className, cells: cells.length, rows: rows.length, shortRows,
      background: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent',
    };
  });
  return { titles, skills, strips };
}

/** Runs in the page: every flow diagram's stage count and the rows those stages take. */
function measureFlows() {
  return [...document.querySelectorAll('.pf-flow')].map((flow) => {
    // stages of one row share their middle (a row centres its stages, which differ in height)
    const middles = [...flow.querySelectorAll('.pf-stage')].map((stage) => {
      const box = stage.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    const rows = [...middles].sort((a, b) => a - b).filter((middle, i, all) => i === 0 || middle - all[i - 1] > 4).length;
    return { title: flow.querySelector('.pf-flow-title')?.textContent.trim() ?? '', stages: middles.length, rows };
  });
}

/** Runs in the page: every element under the portfolio's root with text of its own, in document order. */
function textElements() {
  return [...document.querySelectorAll('.pf-root *')].map((element, index) => {
    const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent).join('').trim();
    if (!text || element.closest('style,script,title')) {
      return null;
    }
    const style = getComputedStyle(element);
    return {
      index, text: text.slice(0, 60), lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
      family: style.fontFamily, letterSpacing: style.letterSpacing, textTransform: style.textTransform,
    };
  }).filter((element) => element !== null);
}

/** The fonts Chromium drew each text element with, through DevTools (the same elements, in the same order). */
async function fonts(cdp, page) {
  const elements = await page.evaluate(textElements);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.pf-root *' });
  for (const element of elements) {
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[element.index] });
    element.used = used.map((font) => ({ name: font.familyName, glyphs: font.glyphCount }));
    delete element.index;
  }
  await cdp.send('CSS.disable');
  await cdp.send('DOM.disable');
  return elements;
}

const report = { pages: [] };
try {
  const page = context.pages()[0] ?? await context.newPage();
  const cdp = await context.newCDPSession(page);
  for (const file of pages) {
    const name = path.basename(file, '.html');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    const used = await fonts(cdp, page);
    const widths = {};
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      widths[width] = await page.evaluate(measure);
    }
    // as printed: print media, the width of A4 less its margins (190 mm = 718 px)
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const flows = await page.evaluate(measureFlows);
    await page.setViewportSize({ width: 1280, height: 900 });
    const pdfs = {};
    for (const [paper, format] of [['a4', 'A4'], ['letter', 'Letter']]) {
      pdfs[paper] = path.join(pdfDir, `${name}.${paper}.pdf`);
      await page.pdf({ path: pdfs[paper], format, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    }
    report.pages.push({ file, pdfs, widths, fonts: used, flows });
  }
} finally {
  await close();
}
process.stdout.write(JSON.stringify(report));
