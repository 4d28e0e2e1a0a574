#!/usr/bin/env python3
"""Joins the Markdown bodies of an Assay content folder's options into one file for the cmark floor,
separated by a line cmark renders as a marker (raw HTML is omitted as a fixed comment).

usage: floor_input.py CONTENT_FOLDER OUTPUT_FILE
"""
import os
import sys

content, output = sys.argv[1], sys.argv[2]
with open(output, "w", encoding="utf-8") as out:
    for name in sorted(os.listdir(f"{content}/options")):
        text = open(f"{content}/options/{name}", encoding="utf-8").read()
        out.write(text.split("\n---\n", 1)[1])
        out.write("\n\n<div>split</div>\n\n")
