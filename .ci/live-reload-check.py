#!/usr/bin/env python3
"""Checks `assay serve` as an analyst meets it, in headless Chromium driven by Selenium.

Serves a scratch copy of the content, opens an option's page, then: edits one of the option's assessments
and waits for the open page to reload with the new text; makes a typo and waits for the build error to
show over the page; fixes it and waits for the error to go. Prints the time from each save to the page
changing (a figure, not a limit), keeps a screenshot of the error overlay, and stops the server with Ctrl-C.
Throughout, the served pages record Content-Security-Policy violations from the start of loading: the live-reload
script the server puts in must work under the report's policy.

usage: live-reload-check.py ASSAY CONTENT TEMPLATES ARTIFACTS_FOLDER
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from selenium.webdriver.common.by import By

from browser_support import Checks, csp_violations, headless_chromium, record_csp_violations

assay, content, templates, artifacts = (os.path.abspath(a) for a in sys.argv[1:5])
os.makedirs(artifacts, exist_ok=True)
check = Checks()


def wait_for(condition, limit=30.0):
    """Seconds until `condition()` held, or None if it did not within `limit`."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        try:
            if condition():
                return time.monotonic() - start
        except Exception:
            pass
        time.sleep(0.01)
    return None


work = tempfile.mkdtemp(prefix="assay-live-")
shutil.copytree(content, os.path.join(work, "Content"))
shutil.copytree(templates, os.path.join(work, "Templates"))
server = subprocess.Popen([assay, "serve", "--port", "0"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
banner = server.stdout.readline()
port = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
if not port:
    print(f"assay serve did not start: {banner}{server.stderr.read()}")
    sys.exit(1)
base = f"http://127.0.0.1:{port.group(1)}/"

assessments = os.path.join(work, "Content", "assessments")
name = sorted(os.listdir(assessments))[0]
path = os.path.join(assessments, name)
original = open(path, encoding="utf-8").read()
option = re.search(r"^option:\s*(\S+)", original, re.M).group(1)
level = re.search(r"^level:\s*(\S+)", original, re.M).group(1)
sentence = "This sentence was added while the page was open."
violations = []


def save(text):
    """Writes the assessment, first collecting the open page's policy violations, as the save may reload it."""
    violations.extend(csp_violations(driver))
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


driver = headless_chromium()
record_csp_violations(driver)
try:
    print(f"Live reload check of {base} (assay serve)")
    driver.set_window_size(1280, 900)
    server.stdout.readline()  # the first build's line
    driver.get(base + f"options/{option}.html")
    check(wait_for(lambda: driver.execute_script("return document.querySelector('script[src=\"/__assay/live.js\"]') !== null"), 10) is not None,
          "the served page carries the live-reload script")
    driver.execute_script("window.__assayCheck = 'not reloaded';")

    save(original.rstrip("\n") + "\n\n" + sentence + "\n")
    seconds = wait_for(lambda: sentence in driver.page_source and driver.execute_script("return window.__assayCheck") is None)
    if check(seconds is not None, "an edited assessment shows up in the open page, which reloaded by itself"):
        print(f"  save to updated page: {seconds * 1000:.0f} ms")

    save(original.replace(f"level: {level}", f"level: {level}-typo", 1) + "\n" + sentence + "\n")
    seconds = wait_for(lambda: driver.find_element(By.ID, "assay-build-error").is_displayed())
    if check(seconds is not None, "a typo shows the build error over the page"):
        print(f"  save to error shown: {seconds * 1000:.0f} ms")
        overlay = driver.find_element(By.ID, "assay-build-error").text
        check(f"{name}:" in overlay and f"'{level}-typo' is not a level" in overlay and "hint:" in overlay,
              "the error names the file, line and problem, with its hint")
        check(sentence in driver.page_source, "the last good page stays underneath")
        driver.save_screenshot(os.path.join(artifacts, "live-reload-error.png"))

    save(original)
    seconds = wait_for(lambda: not driver.find_elements(By.ID, "assay-build-error") and sentence not in driver.page_source)
    if check(seconds is not None, "fixing it brings the page back, without the error"):
        print(f"  save to page restored: {seconds * 1000:.0f} ms")
    check(not os.path.exists(os.path.join(work, "Output", "index.html")) or
          "__assay" not in open(os.path.join(work, "Output", "index.html"), encoding="utf-8").read(),
          "Output/ itself never holds the script")
    violations += csp_violations(driver)
    if not check(not violations, "no Content-Security-Policy violation in the served pages, live-reload script included"):
        for violation in violations:
            print(f"      {violation}")
finally:
    driver.quit()
    server.send_signal(signal.SIGINT)
    try:
        status = server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        status = None
    check(status == 0, f"Ctrl-C stops the server (exit status {status})")
    shutil.rmtree(work, ignore_errors=True)

print(f"Live reload check: {check.passed} passed, {check.failed} failed")
sys.exit(check.exit_status)
