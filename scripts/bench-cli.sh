#!/usr/bin/env bash
# Whole-process time of the command line, side by side with the JSON Resume tool most people use:
#   ours:   portfolio render showcase/portfolio.yaml -f all -o DIR    (HTML page + README + JSON Resume: three formats)
#   theirs: resumed render resume.json --theme jsonresume-theme-even  (one HTML page from the JSON Resume export
#           of the same portfolio)
# Ours is timed through the ./portfolio launcher (class-data-sharing archive, C1 on one thread, serial GC), as plain
# `java -jar portfolio.jar`, `portfolio validate` for reference, and, when a Java 25 or newer is installed too
# (JAVA25_HOME, else found under /usr/lib/jvm), through the launcher on that Java (AOT cache). Reports the median wall-clock time of each (and
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

names=("portfolio render -f all (3 formats, ./portfolio launcher)"
       "java -jar portfolio.jar render -f all (3 formats, no launcher options)"
       "portfolio validate")
commands=("$ours" "$plain" "$validate")

# A Java 25 or newer beside the default one (JAVA25_HOME, else the first under /usr/lib/jvm): the launcher uses an AOT cache there.
java25="${JAVA25_HOME:-}"
if [[ -z "$java25" ]]; then
  for home in /usr/lib/jvm/*; do
    feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*"$/\1/p' "$home/release" 2> /dev/null || true)"
    if [[ -n "$feature" ]] && (( feature >= 25 )); then java25="$home"; break; fi
  done
fi
if [[ -n "$java25" ]]; then
  JAVA_HOME="$java25" "$root/portfolio" --version > /dev/null  # makes that Java's AOT cache now
  names+=("portfolio render -f all (3 formats, ./portfolio launcher on $(sed -n 's/^JAVA_VERSION="\(.*\)"$/Java \1/p' "$java25/release"), AOT cache)")
  commands+=("JAVA_HOME='$java25' '$root/portfolio' render '$showcase' -f all -o '$work/ours25'")
fi
names+=("resumed render --theme even (1 format)")
commands+=("$theirs")

echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1); node $(node --version)"
if command -v hyperfine > /dev/null; then
  arguments=()
  for i in "${!names[@]}"; do arguments+=(--command-name "${names[$i]}" "${commands[$i]}"); done
  hyperfine --shell=bash --warmup 3 --runs "$runs" --style basic --export-json "$work/hyperfine.json" \
    "${arguments[@]}" > "$work/hyperfine.out"
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
  for i in "${!names[@]}"; do time_runs "${names[$i]}" "${commands[$i]}"; done
fi
