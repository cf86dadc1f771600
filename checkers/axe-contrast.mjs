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
  for (const rule of result.incomplete) {
    for (const node of rule.nodes) {
      const target = node.target.join(' ');
      if (rule.id !== 'color-contrast' || node.target.length !== 1) {
        undecided.push({ id: rule.id, help: rule.help, target, why: node.any.concat(node.all, node.none).map((c) => c.message).join('; ') });
        continue;
      }
      const measure = await contrastFromPixels(page, node.target[0]);
      if (measure === null) {
        undecided.push({ id: rule.id, help: rule.help, target, why: 'no text box to measure' });
        continue;
      }
      measured.push({ target, ...measure });
      if (measure.ratio < measure.required) {
        violations.push({
          id: 'color-contrast', impact: 'serious',
          help: `Elements must meet minimum color contrast ratio thresholds (measured from pixels: ${measure.ratio} < ${measure.required})`,
          targets: [target],
        });
      }
    }
  }
  return { violations, measured, undecided };
}

/** The text colour of the element and the lowest contrast ratio against the pixels behind its own text, or null. */
async function contrastFromPixels(page, selector) {
  const probe = await page.evaluate((sel) => {
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
            boxes.push({ x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height });
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
  }, selector);
  if (probe === null) {
    return null;
  }
  const style = await page.addStyleTag({ content: '[data-contrast-probe]{color:transparent!important;'
    + '-webkit-text-fill-color:transparent!important;text-shadow:none!important;text-decoration-color:transparent!important}' });
  try {
    const text = parseColour(probe.color);
    let lowest = Infinity;
    for (const box of probe.boxes) {
      const png = await page.screenshot({ fullPage: true, clip: box, animations: 'disabled', caret: 'hide' });
      for (const pixel of pixels(png)) {
        lowest = Math.min(lowest, ratio(blend(text, pixel), pixel));
      }
    }
    return { color: probe.color, ratio: Math.floor(lowest * 100) / 100, required: probe.large ? 3 : 4.5 };
  } finally {
    await style.evaluate((node) => node.remove());
    await page.evaluate((sel) => document.querySelector(sel)?.removeAttribute('data-contrast-probe'), selector);
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

/** The distinct pixels of a PNG as Chromium writes screenshots: 8-bit RGB or RGBA, not interlaced. */
function pixels(png) {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
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
      data.push(body);
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const current = Buffer.alloc(stride);
  const seen = new Map();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? current[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let value = line[i];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      current[i] = value & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = x * channels;
      const key = (current[o] << 16) | (current[o + 1] << 8) | current[o + 2];
      seen.set(key, { r: current[o], g: current[o + 1], b: current[o + 2] });
    }
    current.copy(previous);
  }
  return seen.values();
}
