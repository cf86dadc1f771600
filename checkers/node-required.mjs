// The Node.js version the pinned checkers need, and whether this node meets it.
// node node-required.mjs package-lock.json  prints the highest lower bound of every package's "engines.node" (e.g. 22.12.0)
// node node-required.mjs --check 22.12.0      exits 0 when this node is at least that version, else 1 with a message
import fs from 'node:fs';

const compare = (a, b) => {
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) {
      return (a[i] ?? 0) - (b[i] ?? 0);
    }
  }
  return 0;
};
const parse = (version) => version.replace(/^v/, '').split('.').map(Number);
const [first, second] = process.argv.slice(2);

if (first === '--check') {
  const ok = compare(parse(process.version), parse(second)) >= 0;
  console.log(`node ${process.version} ${ok ? 'meets' : 'is older than'} ${second}`);
  process.exit(ok ? 0 : 1);
}
if (!first) {
  console.error('usage: node node-required.mjs package-lock.json | --check VERSION');
  process.exit(2);
}
const lock = JSON.parse(fs.readFileSync(first, 'utf8'));
let highest = [0, 0, 0];
for (const [name, entry] of Object.entries(lock.packages ?? {})) {
  const range = entry.engines?.node;
  if (!name || !range) {
    continue;
  }
  // the lowest version each alternative of the range allows ("^20.12 || >=21.7" allows 20.12): the package runs on
  // the lowest of them, so that is its requirement
  const lows = range.split('||').map((alternative) => {
    const match = alternative.match(/(\d+)(?:\.(\d+))?(?:\.(\d+))?/);
    return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : [0, 0, 0];
  });
  const low = lows.reduce((a, b) => (compare(a, b) <= 0 ? a : b));
  if (compare(low, highest) > 0) {
    highest = low;
  }
}
console.log(highest.join('.'));
