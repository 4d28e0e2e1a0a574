#!/usr/bin/env python3
"""Changes one assessment's rationale, alternating between two wordings, so that every incremental
build the benchmark times has exactly one changed input file.

usage: edit_one.py CONTENT_FOLDER
"""
import os
import sys

folder = os.path.join(sys.argv[1], "assessments")
path = os.path.join(folder, sorted(os.listdir(folder))[len(os.listdir(folder)) // 2])
text = open(path, encoding="utf-8").read()
marker_a, marker_b = "\nEdited once.\n", "\nEdited twice.\n"
if text.endswith(marker_a):
    text = text[: -len(marker_a)] + marker_b
elif text.endswith(marker_b):
    text = text[: -len(marker_b)] + marker_a
else:
    text += marker_a
open(path, "w", encoding="utf-8").write(text)
