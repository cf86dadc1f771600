// The comparison for BENCHMARKS.md: how fast `resumed` renders a JSON Resume with the theme `even`, in process.
// Usage: node bench-resumed.mjs resume.json [warmupIterations] [iterations] [secondsPerIteration]
// Renders the same document again and again, like JMH: warm-up iterations first, then measured iterations of a
// fixed time each; prints renders per second as mean ± error (99.9% confidence, as JMH reports it) and one JSON
// line for scripts/bench. Run from this folder, so that both packages are found in ./node_modules.
import { readFileSync } from 'node:fs'
import { render } from 'resumed'
import * as even from 'jsonresume-theme-even'

const [file, warmupArg = '2', iterationsArg = '3', secondsArg = '2'] = process.argv.slice(2)
if (!file) {
  console.error('usage: node bench-resumed.mjs resume.json [warmupIterations] [iterations] [secondsPerIteration]')
  process.exit(2)
}
const resume = JSON.parse(readFileSync(file, 'utf8'))
const warmups = Number(warmupArg)
const iterations = Number(iterationsArg)
const seconds = Number(secondsArg)

const first = await render(resume, even)
const name = resume?.basics?.name
if (typeof first !== 'string' || !first.includes('</html>') || (name && !first.includes(name))) {
  console.error(`bench-resumed: the theme did not render a page naming ${name}`)
  process.exit(1)
}

// One iteration: render for the given time, return renders per second.
async function iteration () {
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9))
  const start = process.hrtime.bigint()
  let renders = 0
  let characters = 0
  let now = start
  while (now < end) {
    characters += (await render(resume, even)).length
    renders++
    now = process.hrtime.bigint()
  }
  if (characters === 0) throw new Error('nothing rendered')
  return renders / (Number(now - start) / 1e9)
}

for (let i = 0; i < warmups; i++) {
  console.log(`# Warmup Iteration ${i + 1}: ${(await iteration()).toFixed(3)} renders/s`)
}
const results = []
for (let i = 0; i < iterations; i++) {
  const result = await iteration()
  results.push(result)
  console.log(`Iteration ${i + 1}: ${result.toFixed(3)} renders/s`)
}

// Student's t at 99.9% two-sided (0.9995 quantile) by degrees of freedom, as JMH uses for its error.
const T_999 = [NaN, 636.619, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587]
const mean = results.reduce((a, b) => a + b, 0) / results.length
const variance = results.length > 1
  ? results.reduce((a, b) => a + (b - mean) ** 2, 0) / (results.length - 1)
  : NaN
const t = T_999[Math.min(results.length - 1, T_999.length - 1)] ?? 3.291
const error = results.length > 1 ? t * Math.sqrt(variance / results.length) : NaN
console.log(`Result: ${mean.toFixed(3)} ± ${error.toFixed(3)} renders/s (99.9%), page ${Buffer.byteLength(first)} bytes, ` +
  `node ${process.version}`)
console.log(JSON.stringify({ tool: 'resumed+jsonresume-theme-even', rendersPerSecond: mean, error, iterations: results, bytes: Buffer.byteLength(first), node: process.version }))
