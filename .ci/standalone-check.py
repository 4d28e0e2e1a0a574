#!/usr/bin/env python3
"""Fails when a test, check or build script reads outside the checkout: users clone the project alone.

Looks through Tests/, .ci/, bench/, Fuzz/, the Makefile and Package.swift for paths that climb above the repository:
a folder named beside the checkout (`../shared`, `../.library`), `../` at the start of a path that a script resolves
from the repository root, or a `#filePath` walked up past the root by `deletingLastPathComponent()`.
"""
import os
import re
import sys

root = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
beside = re.compile(r"\.\./+(shared|\.library)\b|[\"'](shared|\.library)/")
climb = re.compile(r"#filePath\)((?:\s*\.deletingLastPathComponent\(\)(?:\s*//[^\n]*)?)+)")
problems = []
scanned = 0
for top in ["Tests", ".ci", "bench", "Fuzz", "Makefile", "Package.swift"]:
    start = os.path.join(root, top)
    paths = [start] if os.path.isfile(start) else [os.path.join(d, f) for d, _, fs in os.walk(start) for f in fs]
    for path in paths:
        relative = os.path.relpath(path, root)
        if relative.startswith("Tests/Fixtures/") or path.endswith("standalone-check.py"):
            continue
        try:
            text = open(path, encoding="utf-8").read()
        except (UnicodeDecodeError, OSError):
            continue
        scanned += 1
        for number, line in enumerate(text.splitlines(), 1):
            if beside.search(line) and not line.lstrip().startswith(("//", "#", "///")):
                problems.append(f"{relative}:{number}: reads beside the checkout: {line.strip()}")
        if relative.endswith(".swift"):
            depth = relative.count("/")  # the folders between the file and the root
            for match in climb.finditer(text):
                steps = match.group(1).count("deletingLastPathComponent")
                # The first step leaves the file itself; each further step goes up one folder.
                if steps - 1 > depth:
                    number = text[:match.start()].count("\n") + 1
                    problems.append(f"{relative}:{number}: climbs {steps - 1} folders from a file {depth} deep: above the checkout")
for problem in problems:
    print("standalone check: " + problem)
if problems:
    print(f"standalone check: FAILED: {len(problems)} place(s) read outside the checkout")
    sys.exit(1)
print(f"standalone check: {scanned} files read nothing outside the checkout")
