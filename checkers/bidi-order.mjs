// Measures in headless Chromium whether left-to-right text keeps its order on a right-to-left page.
// Usage: node bidi-order.mjs page.html ...
// For every visible text node of a page that holds Latin letters or digits and no right-to-left letter (the user's
// English text on an Arabic or Hebrew page: a sentence, "200K+", "PostgreSQL · ACID"), the rectangle of each character
// is taken with Range.getClientRects; the node's last visible character must lie at the right end of its line among
// the node's characters on that line, as it does when the text runs left to right. A full stop thrown to the left
// (".Building systems") or "+200K" fails.
// Prints one JSON report on stdout: {"pages":[{"file","checked","misplaced":[{"text","last","lastRight","lineRight"}]}]}
// where "checked" counts the text nodes measured.
import { launchChromium } from './chromium.mjs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node bidi-order.mjs page.html ...');
  process.exit(2);
}
const { context, close } = await launchChromium('bidi-order');
const report = { pages: [] };
try {
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? await context.newPage();
  for (const file of files) {
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    const result = await page.evaluate(() => {
      const latin = /[A-Za-z0-9]/;
      const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const misplaced = [];
      let checked = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        if (!latin.test(text) || rightToLeft.test(text) || node.parentElement.closest('style,script,[aria-hidden="true"]')) {
          continue;
        }
        // every visible character's box, in the order of the text
        const boxes = [];
        const range = document.createRange();
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
          if (!/\s/.test(text[i])) {
            range.setStart(node, i);
            range.setEnd(node, i + width);
            const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
            if (rect) {
              boxes.push({ char: text.slice(i, i + width), rect });
            }
          }
          i += width - 1;
        }
        if (boxes.length < 2) {
          continue;
        }
        checked++;
        const last = boxes[boxes.length - 1];
        const middle = (r) => r.top + r.height / 2;
        const line = boxes.filter((box) => Math.abs(middle(box.rect) - middle(last.rect)) < last.rect.height / 2);
        const lineRight = Math.max(...line.map((box) => box.rect.right));
        if (last.rect.right < lineRight - 0.5) {
          misplaced.push({ text: text.trim().slice(0, 80), last: last.char, lastRight: last.rect.right, lineRight });
        }
      }
      return { checked, misplaced };
    });
    report.pages.push({ file, ...result });
  }
} finally {
  await close();
}
process.stdout.write(JSON.stringify(report));
