#!/usr/bin/env bash
# Whole-process time of the command line, side by side with the JSON Resume tool most people use:
#   ours:   portfolio render showcase/portfolio.yaml -f all -o DIR    (HTML page + README + JSON Resume: three formats)
#   theirs: resumed render resume.json --theme jsonresume-theme-even  (one HTML page from the JSON Resume export
#           of the same portfolio)
# Ours is timed three ways: through the ./portfolio launcher (class-data-sharing archive + C1 only), as plain
# `java -jar portfolio.jar`, and `portfolio validate` for reference. Reports the median wall-clock time of each (and
# mean ± σ, min, max), and with hyperfine also the mean CPU time, which a busy machine distorts less.
#
# Usage: scripts/bench-cli.sh [runs]     (default 30 runs after 3 warm-ups; needs ./mvnw -q -DskipTests package
#                                         and the npm checkers, `npm ci --prefix checkers`)
# Uses hyperfine when installed (apt-get install -y hyperfine), else a loop timing each run with date +%s%N.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-30}"
jar="$root/portfolio-cli/target/portfolio.jar"
showcase="$root/examples/src/main/resources/showcase/portfolio.yaml"
checkers="$root/checkers"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

[[ -f "$jar" ]] || { echo "bench-cli: build first: ./mvnw -q -DskipTests package" >&2; exit 3; }
[[ -x "$checkers/node_modules/.bin/resumed" ]] || { echo "bench-cli: install the checkers first: npm ci --prefix checkers" >&2; exit 3; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/portfolio" convert "$showcase" --to json-resume -o "$work/resume.json" 2> /dev/null
"$root/portfolio" --version > /dev/null  # makes the launcher's archive now, if the build did not, so no run pays for it

ours="'$root/portfolio' render '$showcase' -f all -o '$work/ours'"
plain="'$java' -jar '$jar' render '$showcase' -f all -o '$work/plain'"
validate="'$root/portfolio' validate '$showcase'"
theirs="cd '$checkers' && node_modules/.bin/resumed render '$work/resume.json' --theme jsonresume-theme-even -o '$work/theirs.html'"

echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1); node $(node --version)"
if command -v hyperfine > /dev/null; then
  hyperfine --shell=bash --warmup 3 --runs "$runs" --style basic --export-json "$work/hyperfine.json" \
    --command-name "portfolio render -f all (3 formats, ./portfolio launcher)" "$ours" \
    --command-name "java -jar portfolio.jar render -f all (3 formats, no CDS archive)" "$plain" \
    --command-name "portfolio validate" "$validate" \
    --command-name "resumed render --theme even (1 format)" "$theirs" > "$work/hyperfine.out"
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
    console.log("| command | median wall | mean ± σ wall | min | max | mean CPU (user + sys) |");
    console.log("|---|---|---|---|---|---|");
    for (const x of r) {
      const cpu = x.user + x.system;
      console.log(`| ${x.command} | ${x.median.toFixed(3)} s | ${x.mean.toFixed(3)} ± ${x.stddev.toFixed(3)} s | ${x.min.toFixed(3)} s | ${x.max.toFixed(3)} s | ${cpu.toFixed(3)} s |`);
    }
  ' "$work/hyperfine.json"
else
  median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f s", m / 1e9 }'; }
  time_runs() {
    local name="$1" command="$2"
    for _ in 1 2 3; do bash -c "$command" > /dev/null 2>&1; done
    for _ in $(seq "$runs"); do
      local start end
      start=$(date +%s%N); bash -c "$command" > /dev/null 2>&1; end=$(date +%s%N)
      echo $((end - start))
    done | { printf '| %s | ' "$name"; median; echo ' |'; }
  }
  echo "| command | median |"
  echo "|---|---|"
  time_runs "portfolio render -f all (3 formats, ./portfolio launcher)" "$ours"
  time_runs "java -jar portfolio.jar render -f all (3 formats, no CDS archive)" "$plain"
  time_runs "portfolio validate" "$validate"
  time_runs "resumed render --theme even (1 format)" "$theirs"
fi
