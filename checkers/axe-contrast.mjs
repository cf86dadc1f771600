// Runs axe-core on a Playwright page and decides what axe leaves undecided. axe reports colour contrast as
// "incomplete" when it cannot know the colour behind the text: a gradient, an image or a pseudo-element paints it.
// Each such node is measured here from rendered pixels instead: the text is made transparent (nothing else changes),
// the box its text occupies is photographed, and the text's colour is compared with every pixel behind it; the
// lowest ratio must reach WCAG's 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold). A node that fails is a
// violation like any other. Any other incomplete result, or a contrast node that cannot be measured (no text box),
// stays "undecided" and is reported as such: the caller must treat it as a failure.
import zlib from 'node:zlib';

/** Runs axe with these tags; returns {violations, measured, undecided}, each a list of plain objects. */
export async function runAxe(page, tags) {
  const result = await page.evaluate((values) => window.axe.run(document, {
    runOnly: { type: 'tag', values }, resultTypes: ['violations', 'incomplete'],
  }), tags);
  const violations = result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  const measured = [];
  const undecided = [];
  const contrast = [];
  for (const rule of result.incomplete) {
    for (const node of rule.nodes) {
      const target = node.target.join(' ');
      if (rule.id === 'color-contrast' && node.target.length === 1) {
        contrast.push(target);
      } else {
        undecided.push({ id: rule.id, help: rule.help, target, why: node.any.concat(node.all, node.none).map((c) => c.message).join('; ') });
      }
    }
  }
  const measures = await contrastFromPixels(page, contrast);
  contrast.forEach((target, i) => {
    const measure = measures[i];
    if (measure === null) {
      undecided.push({ id: 'color-contrast', help: 'no text box to measure', target, why: 'no text box to measure' });
      return;
    }
    measured.push({ target, ...measure });
    if (measure.ratio < measure.required) {
      violations.push({
        id: 'color-contrast', impact: 'serious',
        help: `Elements must meet minimum color contrast ratio thresholds (measured from pixels: ${measure.ratio} < ${measure.required})`,
        targets: [target],
      });
    }
  });
  return { violations, measured, undecided };
}

/**
 * For each selector, the element's text colour and the lowest contrast ratio against the pixels behind its own text
 * (null when it has no text box): all their text is made transparent at once, one screenshot of the whole page is
 * taken, and each element's text boxes are read from it.
 */
async function contrastFromPixels(page, selectors) {
  if (selectors.length === 0) {
    return [];
  }
  const probes = await page.evaluate((targets) => targets.map((sel) => {
    const element = document.querySelector(sel);
    if (!element) {
      return null;
    }
    const range = document.createRange();
    const boxes = [];
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent.trim() !== '') {
        range.selectNodeContents(child);
        for (const r of range.getClientRects()) {
          if (r.width >= 1 && r.height >= 1) {
            boxes.push({ x: Math.floor(r.x + window.scrollX), y: Math.floor(r.y + window.scrollY),
              right: Math.ceil(r.right + window.scrollX), bottom: Math.ceil(r.bottom + window.scrollY) });
          }
        }
      }
    }
    if (boxes.length === 0) {
      return null;
    }
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    element.setAttribute('data-contrast-probe', '');
    return { color: style.color, large: size >= 24 || (bold && size >= 18.66), boxes };
  }), selectors);
  const style = await page.addStyleTag({ content: '[data-contrast-probe]{color:transparent!important;'
    + '-webkit-text-fill-color:transparent!important;text-shadow:none!important;text-decoration-color:transparent!important}' });
  try {
    // one screenshot of the band of the page that holds every text box
    const boxes = probes.filter((probe) => probe !== null).flatMap((probe) => probe.boxes);
    if (boxes.length === 0) {
      return probes.map(() => null);
    }
    const top = Math.max(0, Math.min(...boxes.map((box) => box.y)));
    const bottom = Math.max(...boxes.map((box) => box.bottom));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const image = decode(await page.screenshot({
      fullPage: true, clip: { x: 0, y: top, width, height: bottom - top }, animations: 'disabled', caret: 'hide',
    }));
    return probes.map((probe) => {
      if (probe === null) {
        return null;
      }
      const text = parseColour(probe.color);
      let lowest = Infinity;
      for (const box of probe.boxes) {
        for (let y = Math.max(0, box.y - top); y < Math.min(image.height, box.bottom - top); y++) {
          for (let x = Math.max(0, box.x); x < Math.min(image.width, box.right); x++) {
            const o = y * image.stride + x * image.channels;
            const pixel = { r: image.data[o], g: image.data[o + 1], b: image.data[o + 2] };
            lowest = Math.min(lowest, ratio(blend(text, pixel), pixel));
          }
        }
      }
      return lowest === Infinity ? null
        : { color: probe.color, ratio: Math.floor(lowest * 100) / 100, required: probe.large ? 3 : 4.5 };
    });
  } finally {
    await style.evaluate((node) => node.remove());
    await page.evaluate(() => document.querySelectorAll('[data-contrast-probe]').forEach((e) => e.removeAttribute('data-contrast-probe')));
  }
}

function parseColour(css) {
  const parts = css.match(/[\d.]+/g).map(Number);
  if (!css.startsWith('rgb')) {
    throw new Error(`cannot read the colour ${css}`);
  }
  return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
}

/** Text of this colour as painted over the pixel (text with alpha shows the background through). */
function blend(text, pixel) {
  return { r: text.r * text.a + pixel.r * (1 - text.a), g: text.g * text.a + pixel.g * (1 - text.a), b: text.b * text.a + pixel.b * (1 - text.a) };
}

function luminance({ r, g, b }) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A PNG as Chromium writes screenshots (8-bit RGB or RGBA, not interlaced) as {width, height, channels, stride, data}. */
function decode(png) {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const chunks = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(`unexpected PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      chunks.push(body);
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const from = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? data[row + i - channels] : 0;
      const b = y > 0 ? data[up + i] : 0;
      let value = raw[from + i];
      switch (filter) {
        case 0: break;
        case 1: value += a; break;
        case 2: value += b; break;
        case 3: value += (a + b) >> 1; break;
        case 4: {
          const c = i >= channels && y > 0 ? data[up + i - channels] : 0;
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`unknown PNG filter ${filter}`);
      }
      data[row + i] = value;
    }
  }
  return { width, height, channels, stride, data };
}
