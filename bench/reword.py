#!/usr/bin/env python3
"""Writes a new version of a synthetic article for the re-anchoring benchmark: about one paragraph in ten moved to the
end, one sentence in ten reworded by a word ("holds" becomes "stands"), one in fifty deleted. Seeded, so every run
re-anchors the same changes.

usage: reword.py CONTENT_FOLDER NEW_ARTICLE
"""
import random
import sys

content, target = sys.argv[1], sys.argv[2]
text = open(f"{content}/article.md", encoding="utf-8").read()
head, _, body = text.partition("\n---\n")
random.seed(20240601)
paragraphs = [p for p in body.split("\n\n") if p.strip()]
moved = [p for p in paragraphs if random.random() < 0.1]
kept = [p for p in paragraphs if p not in moved] + moved
out = []
for paragraph in kept:
    sentences = []
    for sentence in paragraph.split(". "):
        roll = random.random()
        if roll < 0.02:
            continue
        if roll < 0.12:
            sentence = sentence.replace(" holds ", " stands ", 1)
        sentences.append(sentence)
    out.append(". ".join(sentences))
open(target, "w", encoding="utf-8").write(head + "\n---\n" + "\n\n".join(out) + "\n")
