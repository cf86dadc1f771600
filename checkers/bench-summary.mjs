// Summarises a scripts/bench run (the files in target/bench) as Markdown: the machine, every JMH figure with its
// error and allocation, how cost grows with the roles, batch throughput by threads, the member directory's heap,
// and the comparison with resumed + jsonresume-theme-even. Usage: node bench-summary.mjs target/bench
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node bench-summary.mjs target/bench')
  process.exit(2)
}
const read = (name) => readFileSync(join(dir, name), 'utf8')
const has = (name) => existsSync(join(dir, name))

const fmt = (value, digits) => {
  if (!Number.isFinite(value)) return 'n/a'
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3)
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
}
const shortName = (benchmark) => benchmark.replace(/^io\.github\.portfoliosdk\.benchmarks\./, '')
const params = (run) => Object.entries(run.params ?? {}).map(([k, v]) => `${k}=${v}`).join(', ')
const alloc = (run) => run.secondaryMetrics?.['gc.alloc.rate.norm']
const lines = []
const out = (line = '') => lines.push(line)

out('### Machine')
out()
out('```')
out(read('machine.txt').trim())
out('```')
out()

const jmh = has('jmh.json') ? JSON.parse(read('jmh.json')) : []
if (jmh.length) {
  out('### Every benchmark (JMH, score ± error at 99.9%; allocation per operation from `-prof gc`)')
  out()
  out('| Benchmark | Parameters | Threads | Score ± error | Unit | Allocated per op |')
  out('|---|---|---:|---:|---|---:|')
  for (const run of jmh) {
    const a = alloc(run)
    out(`| ${shortName(run.benchmark)} | ${params(run)} | ${run.threads} | ${fmt(run.primaryMetric.score)} ± ${fmt(run.primaryMetric.scoreError)} | ${run.primaryMetric.scoreUnit} | ${a ? fmt(a.score / 1024, 1) + ' KB' : 'n/a'} |`)
  }
  out()

  const scaling = jmh.filter((run) => run.benchmark.includes('.ScalingBenchmark.'))
  const methods = [...new Set(scaling.map((run) => run.benchmark.split('.').pop()))]
  if (methods.length) {
    out('### How cost grows with the roles (ScalingBenchmark)')
    out()
    out('Per added role = (cost at this size − cost at the previous size) / roles added; constant when growth is linear.')
    out()
    out('| Output | Roles | Time per op | Allocated per op | Time × vs previous | Time per added role | Allocated per added role |')
    out('|---|---:|---:|---:|---:|---:|---:|')
    for (const method of methods) {
      const runs = scaling.filter((run) => run.benchmark.endsWith('.' + method))
        .sort((a, b) => Number(a.params.roles) - Number(b.params.roles))
      let previous = null
      for (const run of runs) {
        const roles = Number(run.params.roles)
        const time = run.primaryMetric.score
        const bytes = alloc(run)?.score ?? NaN
        const unit = run.primaryMetric.scoreUnit
        let ratio = ''
        let perRoleTime = ''
        let perRoleBytes = ''
        if (previous) {
          const added = roles - previous.roles
          ratio = '× ' + fmt(time / previous.time, 1)
          perRoleTime = fmt((time - previous.time) / added, 0) + ' ' + unit.replace('/op', '')
          perRoleBytes = fmt((bytes - previous.bytes) / added, 0) + ' B'
        }
        out(`| ${method} | ${roles} | ${fmt(time)} ± ${fmt(run.primaryMetric.scoreError)} ${unit} | ${fmt(bytes / 1024, 1)} KB | ${ratio} | ${perRoleTime} | ${perRoleBytes} |`)
        previous = { roles, time, bytes }
      }
    }
    out()
  }

  const batch = jmh.filter((run) => run.benchmark.includes('.BatchBenchmark.'))
    .sort((a, b) => a.threads - b.threads)
  if (batch.length) {
    out('### Many portfolios (BatchBenchmark: shared renderers, 1,000 distinct members, all three formats per op)')
    out()
    out('| Threads | Throughput | Speed-up | Allocated per op | Allocation rate |')
    out('|---:|---:|---:|---:|---:|')
    const base = batch[0].primaryMetric.score
    for (const run of batch) {
      const rate = run.secondaryMetrics?.['gc.alloc.rate']
      out(`| ${run.threads} | ${fmt(run.primaryMetric.score)} ± ${fmt(run.primaryMetric.scoreError)} ${run.primaryMetric.scoreUnit} | × ${fmt(run.primaryMetric.score / base, 2)} | ${fmt(alloc(run)?.score / 1024, 1)} KB | ${rate ? fmt(rate.score) + ' ' + rate.scoreUnit : 'n/a'} |`)
    }
    out()
  }
}

if (has('directory.txt')) {
  out('### Member directory (MemberDirectory: 2 threads, 64 MB heap, live heap sampled after a full GC)')
  out()
  out(read('directory.txt').trim())
  out()
}

out('### Against resumed + jsonresume-theme-even (same machine, same run, the showcase)')
out()
if (has('resumed.txt')) {
  const resumed = JSON.parse(read('resumed.txt').trim().split('\n').pop())
  out('In process, renders per second (higher is better):')
  out()
  out('| Renderer | Renders/s | Page size |')
  out('|---|---:|---:|')
  const pages = jmh.filter((run) => /\.HtmlBenchmark\.(terminalPage|classicPage)$/.test(run.benchmark))
  for (const page of pages) {
    const m = page.primaryMetric
    const perSecond = { 'ns/op': 1e9, 'us/op': 1e6, 'ms/op': 1e3, 's/op': 1 }[m.scoreUnit]
    const [rate, error] = perSecond
      ? [perSecond / m.score, perSecond * m.scoreError / (m.score * m.score)]
      : [m.score, m.scoreError]
    out(`| Portfolio SDK HtmlRenderer, ${page.benchmark.endsWith('terminalPage') ? 'terminal' : 'classic'} theme (Java, JMH ${shortName(page.benchmark)}) | ${fmt(rate)} ± ${fmt(error)} | |`)
  }
  out(`| resumed + jsonresume-theme-even (Node ${resumed.node}) | ${fmt(resumed.rendersPerSecond)} ± ${fmt(resumed.error)} | ${fmt(resumed.bytes / 1024, 1)} KB |`)
  out()
}
const sizes = ['portfolio.html', 'portfolio-from-resume.html', 'resumed.html'].filter(has)
  .map((name) => `${name} ${fmt(Buffer.byteLength(read(name)) / 1024, 1)} KB`)
if (sizes.length) {
  out(`Pages written by the whole-process runs: ${sizes.join(', ')}.`)
  out()
}
if (has('hyperfine.json')) {
  const hyperfine = JSON.parse(read('hyperfine.json'))
  out('Whole process, from start to written file (hyperfine, 10 runs after 2 warm-ups; lower is better):')
  out()
  out('| Command | Mean ± σ | Min | Max |')
  out('|---|---:|---:|---:|')
  for (const r of hyperfine.results) {
    out(`| ${r.command} | ${fmt(r.mean * 1000, 0)} ± ${fmt(r.stddev * 1000, 0)} ms | ${fmt(r.min * 1000, 0)} ms | ${fmt(r.max * 1000, 0)} ms |`)
  }
  out()
}
console.log(lines.join('\n'))
