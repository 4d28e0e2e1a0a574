#!/usr/bin/env python3
"""Turns the benchmark's hyperfine JSON and /usr/bin/time outputs into the table `make bench` prints.

usage: report.py RESULTS_FOLDER SIZE [SIZE ...]
"""
import json
import re
import sys

folder, sizes = sys.argv[1], sys.argv[2:]


def timing(size, name):
    results = json.load(open(f"{folder}/{size}/{name}.json"))["results"][0]
    return results["median"], results["min"], results["max"]


def peak(size, name):
    text = open(f"{folder}/{size}/{name}.time").read()
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024


def smaa(size):
    """The median time of the evaluate stage with 10,000 SMAA draws, in seconds."""
    try:
        times = sorted(float(re.search(r"(\d+) ms", line).group(1)) / 1000 for line in open(f"{folder}/{size}/smaa.txt") if "ms" in line)
    except FileNotFoundError:
        return None
    return times[len(times) // 2] if times else None


# The targets of the compiled-rendering issue, checked against the same run's figures.
TARGETS = {"A/Hugo": 1.0, "A/floor": 3.0, "A mem/Hugo": 0.35, "SMAA/Hugo": 0.5}
verdicts = []
rows = []
print(f"{'options':>8} {'pages':>6} | {'assay s (min-max)':>20} {'pages/s':>8} {'MB':>6} | {'hugo s':>14} {'MB':>6} | {'floor s':>14} | {'incr. s':>14} |"
      f" {'A/Hugo':>6} {'A/floor':>7} {'A mem/Hugo':>10} {'incr/clean':>10} {'SMAA s':>7} {'SMAA/Hugo':>9}")
for size in sizes:
    pages = int(open(f"{folder}/{size}/pages").read())
    a, amin, amax = timing(size, "assay")
    h, hmin, hmax = timing(size, "hugo")
    f, fmin, fmax = timing(size, "floor")
    i, imin, imax = timing(size, "incremental")
    am, hm = peak(size, "assay"), peak(size, "hugo")
    print(f"{size:>8} {pages:>6} | {a:7.3f} ({amin:.3f}-{amax:.3f}) {pages / a:8.0f} {am:6.0f} | {h:6.3f} ({hmin:.2f}-{hmax:.2f}) {hm:6.0f} |"
          f" {f:6.3f} ({fmin:.2f}-{fmax:.2f}) | {i:6.3f} ({imin:.2f}-{imax:.2f}) | {a / h:6.2f} {a / f:7.2f} {am / hm:10.2f} {i / a:10.2f}"
          + (f" {s:7.3f} {s / h:9.2f}" if (s := smaa(size)) is not None else ""))
    ratios = {"A/Hugo": a / h, "A/floor": a / f, "A mem/Hugo": am / hm}
    if s is not None:
        ratios["SMAA/Hugo"] = s / h
    verdicts += [(size, name, value, TARGETS[name]) for name, value in ratios.items()]
print("A/Hugo, A/floor: median wall-time ratios measured in the same run; A mem/Hugo: peak resident memory ratio;")
print("incr/clean: a build after one assessment changed, through the build cache, against a clean build (--clean).")
print("SMAA s: the evaluate stage with 10,000 rank-acceptability draws (median of 3); SMAA/Hugo: against Hugo's clean build.")
print("Targets: " + ", ".join(f"{name} <= {bound}" for name, bound in TARGETS.items()))
missed = [f"{size} options: {name} {value:.2f} > {bound}" for size, name, value, bound in verdicts if value > bound]
print("All targets met." if not missed else "Targets missed: " + "; ".join(missed))


def median_ms(path, pattern):
    try:
        match = re.search(pattern, open(path).read())
    except FileNotFoundError:
        return None
    return float(match.group(1)) if match else None


# The targets of the rebuild-session issue: an edit costs what it changes.
print()
print("One-assessment edit (rationale): cold = `assay build` through the on-disk cache, warm = a build session kept in memory.")
print(f"{'options':>8} | {'clean s':>8} {'cold s':>8} {'cold/clean':>10} | {'warm ms':>8} {'warm level ms':>13}")
rebuild = []
for size in sizes:
    a = timing(size, "assay")[0]
    i = timing(size, "incremental")[0]
    w = median_ms(f"{folder}/{size}/warm.txt", r"median ([\d.]+) ms")
    wl = median_ms(f"{folder}/{size}/warm-level.txt", r"median ([\d.]+) ms")
    print(f"{size:>8} | {a:8.3f} {i:8.3f} {i / a:10.2f} | {w if w is not None else float('nan'):8.1f} {wl if wl is not None else float('nan'):13.1f}")
    if size == sizes[-1]:
        rebuild += [(f"{size} options: cold/clean", i / a, 0.10)]
        if w is not None:
            rebuild += [(f"{size} options: warm ms", w, 50)]
for name in ["watch", "serve"]:
    try:
        line = open(f"{folder}/{name}.txt").read().strip()
    except FileNotFoundError:
        continue
    print(line)
    value = median_ms(f"{folder}/{name}.txt", r"median (\d+) ms")
    if value is not None:
        rebuild.append((f"{name} save->{'page' if name == 'watch' else 'reload'} ms", value, 20))
print("Targets: " + ", ".join(f"{name} <= {bound}" for name, _, bound in rebuild))
missed = [f"{name} {value:.2f} > {bound}" for name, value, bound in rebuild if value > bound]
print("All rebuild targets met." if not missed else "Rebuild targets missed: " + "; ".join(missed))

# The target of the re-anchoring issue: placing every quote in a new version costs at most a clean build.
try:
    quotes = open(f"{folder}/reanchor/size.txt").read().strip()
    r = json.load(open(f"{folder}/reanchor/reanchor.json"))["results"][0]["median"]
    c = json.load(open(f"{folder}/reanchor/clean.json"))["results"][0]["median"]
except FileNotFoundError:
    pass
else:
    print()
    print(f"Re-anchoring ({quotes}): assay reanchor {r:.3f} s, clean build of the same content {c:.3f} s, ratio {r / c:.2f}"
          f" (target <= 1.0: {'met' if r / c <= 1.0 else 'missed'}).")
