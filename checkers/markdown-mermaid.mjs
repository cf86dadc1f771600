// Parses every ```mermaid block of the given Markdown files with Mermaid's own parser, in Chromium.
// Usage: node markdown-mermaid.mjs FILE.md...
// Prints one line per block, then its nodes and edges, labels as JSON strings decoded as Mermaid would draw them:
//   block INDEX ok|error FILE
//   error "message"         (after a block that does not parse)
//   node ID "label"
//   edge FROM TO "label"
//   class NAME              (a classDef, or click:ID for a node with a click action; we never write either)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './chromium.mjs';

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');

const blocks = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const fence = /^```mermaid\n([\s\S]*?)^```$/gm;
  let match;
  let index = 0;
  while ((match = fence.exec(text)) !== null) {
    blocks.push({ file, index: index++, source: match[1] });
  }
}

const { context: browser, close } = await launchChromium('markdown-mermaid');
try {
  const page = await browser.newPage();
  await page.route('**/*', route => route.abort());
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: mermaidScript });
  const results = await page.evaluate(async sources => {
    const mermaid = globalThis.mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    // Mermaid keeps entity codes (#quot; #35;) as placeholders until it draws; decode them as drawing would.
    const decode = text => String(text ?? '')
      .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code) => String.fromCodePoint(Number(code)))
      .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (_, name) => {
        const area = document.createElement('textarea');
        area.innerHTML = '&' + name + ';';
        return area.value;
      });
    const out = [];
    for (const source of sources) {
      try {
        await mermaid.parse(source);
        const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
        const db = diagram.db;
        const vertices = db.getVertices();
        const nodes = [...(vertices instanceof Map ? vertices.values() : Object.values(vertices))]
          .map(v => ({ id: v.id, label: decode(v.text), interactive: Boolean(v.link || v.haveCallback) }));
        const edges = db.getEdges().map(e => ({ from: e.start, to: e.end, label: decode(e.text) }));
        const directives = typeof db.getClasses === 'function' ? [...(db.getClasses() instanceof Map ? db.getClasses().keys() : Object.keys(db.getClasses()))] : [];
        out.push({ ok: true, error: null, type: diagram.type, nodes, edges, classes: directives });
      } catch (e) {
        out.push({ ok: false, error: String(e && e.message || e), nodes: [], edges: [] });
      }
    }
    return out;
  }, blocks.map(b => b.source));
  const lines = [];
  blocks.forEach((b, i) => {
    const r = results[i];
    lines.push(`block ${b.index} ${r.ok ? 'ok' : 'error'} ${b.file}`);
    if (!r.ok) lines.push(`error ${JSON.stringify(r.error)}`);
    for (const n of r.nodes) {
      lines.push(`node ${n.id} ${JSON.stringify(n.label)}`);
      if (n.interactive) lines.push(`class click:${n.id}`);
    }
    for (const e of r.edges) lines.push(`edge ${e.from} ${e.to} ${JSON.stringify(e.label)}`);
    for (const c of r.classes || []) lines.push(`class ${c}`);
  });
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  await close();
}
