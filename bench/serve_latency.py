#!/usr/bin/env python3
"""Times, under `assay serve` on the default content, how long it takes from saving an assessment to its
option page, open in headless Chromium, reloading by itself and showing the new words. Each save changes
the rationale. Two figures per save, both read from the browser's own clock against the save's wall-clock
time, so WebDriver's round trips do not count: save -> reload (the reloaded document's navigation start,
`performance.timeOrigin`, i.e. when the page's script got the server's "built" event and called
location.reload()) and save -> page shown (that document's DOMContentLoaded end). Prints the median and
range of RUNS saves.

usage: serve_latency.py ASSAY CONTENT TEMPLATES WORK_FOLDER [RUNS]
"""
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

assay, content, templates, work = (os.path.abspath(a) for a in sys.argv[1:5])
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 15
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
shutil.copytree(content, os.path.join(work, "Content"))
shutil.copytree(templates, os.path.join(work, "Templates"))

# --port 0 lets the server pick a free port (no race with another program taking it); the banner names it.
server = subprocess.Popen([assay, "serve", "--port", "0"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
banner = server.stdout.readline()  # "Serving Output/ at http://127.0.0.1:PORT/ with live reload; …"
port = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
if not port:
    server.kill()
    sys.exit(f"assay serve did not start: {banner!r}")
base = f"http://127.0.0.1:{port.group(1)}/"
server.stdout.readline()  # the first build
# One line per build from here on; read them so the pipe never fills.
threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()

folder = os.path.join(work, "Content", "assessments")
path = os.path.join(folder, sorted(os.listdir(folder))[0])
original = open(path, encoding="utf-8").read()
option = re.search(r"^option:\s*(\S+)", original, re.M).group(1)
url = base + f"options/{option}.html"

start = time.monotonic()
while True:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            if response.status == 200:
                break
    except OSError:
        pass
    if time.monotonic() - start > 30:
        server.kill()
        sys.exit(f"{url} did not answer within 30 s")
    time.sleep(0.05)

# As .ci/browser_support.py: Debian's chromium through its chromedriver, headless, without a sandbox.
options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
    options.add_argument(argument)
chromedriver = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else "/usr/lib/chromium/chromedriver"
driver = webdriver.Chrome(service=Service(chromedriver), options=options)
driver.set_page_load_timeout(30)

# The new document's navigation start and DOMContentLoaded end, both in epoch ms; null while the old
# document (still marked) is there, while the new one is loading, or before it shows the words.
PROBE = """
if (window.__assayMark !== undefined) return null;
var words = arguments[0];
if (document.readyState === "loading" || !document.body || document.body.innerText.indexOf(words) < 0) return null;
var nav = performance.getEntriesByType("navigation")[0];
var loaded = nav ? nav.domContentLoadedEventEnd : performance.timing.domContentLoadedEventEnd - performance.timeOrigin;
return [performance.timeOrigin, performance.timeOrigin + loaded, nav ? nav.type : null];
"""

reloads, shown, polled = [], [], []
try:
    driver.get(url)
    if not driver.execute_script("return document.querySelector('script[src=\"/__assay/live.js\"]') !== null"):
        sys.exit("the served page does not carry the live-reload script")
    time.sleep(0.5)  # lets the page's EventSource connect
    for run in range(runs):
        words = f"Saved for the {run}th time."
        driver.execute_script("window.__assayMark = arguments[0];", run)
        before = driver.execute_script("return performance.timeOrigin;")
        saved_wall = time.time() * 1000
        saved = time.monotonic()
        with open(path, "w", encoding="utf-8") as file:
            file.write(original.rstrip("\n") + "\n\n" + words + "\n")
        while True:
            try:
                found = driver.execute_script(PROBE, words)
            except Exception:  # the document went away mid-call
                found = None
            if found:
                break
            if time.monotonic() - saved > 30:
                sys.exit(f"the page did not reload with the new words within 30 s of save {run}")
            time.sleep(0.002)
        polled.append(1000 * (time.monotonic() - saved))
        origin, loaded, kind = found
        if origin <= before:
            sys.exit(f"save {run}: the page shows the words but is the same document")
        reloads.append(origin - saved_wall)
        shown.append(loaded - saved_wall)
        time.sleep(0.3)
finally:
    driver.quit()
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)


def summary(ms):
    return f"median {statistics.median(ms):.0f} ms (range {min(ms):.0f}-{max(ms):.0f} ms)"


print(f"save -> browser reload under assay serve (default content, {runs} saves): {summary(reloads)}; "
      f"page shown {summary(shown)}; seen through WebDriver {summary(polled)}")
