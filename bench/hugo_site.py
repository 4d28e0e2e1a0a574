#!/usr/bin/env python3
"""Makes a Hugo site from the same Markdown bodies as an Assay content folder: one page per option.

usage: hugo_site.py CONTENT_FOLDER HUGO_SITE_FOLDER
"""
import os
import sys

content, site = sys.argv[1], sys.argv[2]
os.makedirs(f"{site}/content/options", exist_ok=True)
os.makedirs(f"{site}/layouts/_default", exist_ok=True)
with open(f"{site}/hugo.toml", "w") as f:
    f.write('baseURL = "https://example.org/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
layouts = {
    "single.html": "<!DOCTYPE html><html lang=\"en\"><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n",
    "list.html": "<!DOCTYPE html><html lang=\"en\"><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n",
}
for name, text in layouts.items():
    with open(f"{site}/layouts/_default/{name}", "w") as f:
        f.write(text)
for name in sorted(os.listdir(f"{content}/options")):
    text = open(f"{content}/options/{name}", encoding="utf-8").read()
    body = text.split("\n---\n", 1)[1]
    title = name[:-3]
    with open(f"{site}/content/options/{name}", "w", encoding="utf-8") as f:
        f.write(f'---\ntitle: "{title}"\n---\n{body}')
