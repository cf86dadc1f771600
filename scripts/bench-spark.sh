#!/usr/bin/env bash
# Members per second for HTML + Markdown + JSON Resume: portfolio-spark's job in Spark local mode on 2 cores
# (SparkBatchBenchmark) against the in-process BatchBenchmark, one after the other, on this machine
# (BENCHMARKS.md, "Spark"). Usage: scripts/bench-spark.sh [--no-build] [--cpu]; JMH_ARGS replaces the JMH options,
# ROUNDS (default 2) sets how many times the pair runs, alternating.
# With --cpu it runs SparkCpuTime instead (BENCHMARKS.md, "Issue #24"): the job writing 2,000 members into a folder
# against the same read, render and write in process on 2 threads, in alternating rounds, each timed by the wall
# clock and by the process' CPU time; WARMUP (default 2) and ROUNDS (default 5) set the rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench-spark
jmh_args=${JMH_ARGS:--f 1 -wi 3 -w 10s -i 5 -r 10s}
repo=()
if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then
  repo=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
build=yes
cpu=no
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    --cpu) cpu=yes ;;
    *) echo "usage: scripts/bench-spark.sh [--no-build] [--cpu]" >&2; exit 2 ;;
  esac
done
if [ "$build" = yes ]; then
  ./mvnw -B -q "${repo[@]}" -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -Dinvoker.skip \
    -pl benchmarks,portfolio-spark -am install
fi
mkdir -p "$out"
./mvnw -B -q -o "${repo[@]}" -pl portfolio-spark dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$(pwd)/$out/classpath.txt"
classpath="portfolio-spark/target/test-classes:portfolio-spark/target/classes:$(cat "$out/classpath.txt")"
showcase=examples/src/main/resources/showcase/portfolio.yaml
export SOURCE_DATE_EPOCH=1780272000

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
if [ "$cpu" = yes ]; then
  # the JVM options Spark's launcher adds on Java 17, as the pom gives them to the tests
  read -r -a spark_options <<<"$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' portfolio-spark/pom.xml)"
  java "${spark_options[@]}" -Xmx3g -Dportfolio.showcase="$showcase" -cp "$classpath" \
    io.github.portfoliosdk.spark.SparkCpuTime "${WARMUP:-2}" "${ROUNDS:-5}" 2>&1 | grep --line-buffered -v '^WARNING' | tee "$out/cpu.txt"
  echo "== load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
for round in $(seq 1 "${ROUNDS:-2}"); do
  echo "== round $round: SparkBatchBenchmark"
  # shellcheck disable=SC2086
  java -Dportfolio.showcase="$showcase" -cp "$classpath" org.openjdk.jmh.Main 'SparkBatchBenchmark' $jmh_args \
    -rf json -rff "$out/spark-$round.json" | tee "$out/spark-$round.txt"
  echo "== round $round: BatchBenchmark"
  # shellcheck disable=SC2086
  java -jar benchmarks/target/benchmarks.jar 'BatchBenchmark.twoThreads' $jmh_args \
    -rf json -rff "$out/batch-$round.json" | tee "$out/batch-$round.txt"
done
grep -h -E '^(Benchmark|SparkBatchBenchmark|BatchBenchmark)' "$out"/spark-*.txt "$out"/batch-*.txt
