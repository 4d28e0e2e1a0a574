#!/usr/bin/env python3
"""Times, under `assay watch` on the default content, how long it takes from saving an assessment to its
option page being rewritten in Output/. Each save changes the rationale; the clock stops when the page
holds the new words. Prints the median and range of RUNS saves.

usage: watch_latency.py ASSAY CONTENT TEMPLATES WORK_FOLDER [RUNS]
"""
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time

assay, content, templates, work = (os.path.abspath(a) for a in sys.argv[1:5])
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 15
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
shutil.copytree(content, os.path.join(work, "Content"))
shutil.copytree(templates, os.path.join(work, "Templates"))
watch = subprocess.Popen([assay, "watch"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
watch.stdout.readline()  # "Watching …"
watch.stdout.readline()  # the first build
folder = os.path.join(work, "Content", "assessments")
path = os.path.join(folder, sorted(os.listdir(folder))[0])
original = open(path, encoding="utf-8").read()
option = re.search(r"^option:\s*(\S+)", original, re.M).group(1)
page = os.path.join(work, "Output", "options", f"{option}.html")
latencies = []
for run in range(runs):
    words = f"Saved for the {run}th time."
    start = time.monotonic()
    with open(path, "w", encoding="utf-8") as file:
        file.write(original.rstrip("\n") + "\n\n" + words + "\n")
    while True:
        try:
            if words in open(page, encoding="utf-8").read():
                break
        except FileNotFoundError:
            pass
        if time.monotonic() - start > 30:
            sys.exit(f"the page was not rewritten within 30 s of save {run}")
        time.sleep(0.002)
    latencies.append(time.monotonic() - start)
    watch.stdout.readline()  # this build's line
    time.sleep(0.2)
watch.send_signal(signal.SIGINT)
watch.wait(timeout=15)
shutil.rmtree(work, ignore_errors=True)
ms = [1000 * x for x in latencies]
print(f"save -> page rewritten under assay watch (default content, {runs} saves): "
      f"median {statistics.median(ms):.0f} ms (range {min(ms):.0f}-{max(ms):.0f} ms)")
