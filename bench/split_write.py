#!/usr/bin/env python3
"""The floor's second half: reads cmark's HTML from standard input and writes one file per page.

usage: cmark all.md | split_write.py OUTPUT_FOLDER
"""
import os
import sys

folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
pages = sys.stdin.read().split("<!-- raw HTML omitted -->")
for index, page in enumerate(pages):
    with open(f"{folder}/page-{index}.html", "w", encoding="utf-8") as f:
        f.write(page)
