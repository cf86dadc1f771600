#!/usr/bin/env python3
"""Whole-process time of a PDF CV, side by side (interleaved runs, after one warm-up each):
  ours:   ./portfolio render showcase/portfolio.yaml -f pdf            (YAML -> PDF/UA-1 + PDF/A-3b, in the JVM)
          java -jar portfolio.jar render ... -f pdf                    (the same without the launcher's options)
  theirs: resumed render resume.json --theme jsonresume-theme-even, then chromium --headless --print-to-pdf
          (the JSON Resume export of the same portfolio, as the JSON Resume world makes PDFs)
Reports the median and minimum wall-clock time and the mean CPU time (user + sys of the process and its children).

Usage: benchmarks/pdf-vs-chromium.py [runs]   (default 10; needs ./mvnw -q -DskipTests package, the npm checkers
       in checkers/node_modules or PORTFOLIO_CHECKERS, and Debian's chromium)
"""
import os, resource, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
checkers = os.environ.get("PORTFOLIO_CHECKERS", os.path.join(root, "checkers"))
showcase = os.path.join(root, "examples/src/main/resources/showcase/portfolio.yaml")
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
work = tempfile.mkdtemp()
subprocess.run([os.path.join(root, "portfolio"), "convert", showcase, "--to", "json-resume", "-o",
                os.path.join(work, "resume.json")], check=True, stderr=subprocess.DEVNULL)
commands = {
    "./portfolio render -f pdf": f"'{root}/portfolio' render '{showcase}' -f pdf -o '{work}/ours.pdf'",
    "java -jar portfolio.jar render -f pdf": f"java -jar '{root}/portfolio-cli/target/portfolio.jar' render '{showcase}' -f pdf -o '{work}/plain.pdf'",
    "resumed render --theme even + chromium --print-to-pdf":
        f"cd '{checkers}' && node_modules/.bin/resumed render '{work}/resume.json' --theme jsonresume-theme-even -o '{work}/theirs.html'"
        f" && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf='{work}/theirs.pdf' 'file://{work}/theirs.html'",
}
wall = {name: [] for name in commands}
cpu = {name: [] for name in commands}
for command in commands.values():
    subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(runs):
    for name, command in commands.items():
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end, after = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        wall[name].append(end - start)
        cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
with open("/proc/loadavg") as load:
    print(f"# {os.cpu_count()} cores, load average {' '.join(load.read().split()[:3])}, {runs} runs each")
print("| command | median wall | min wall | mean CPU (user + sys) |")
print("|---|---|---|---|")
for name in commands:
    print(f"| {name} | {statistics.median(wall[name]):.3f} s | {min(wall[name]):.3f} s | {statistics.mean(cpu[name]):.3f} s |")
