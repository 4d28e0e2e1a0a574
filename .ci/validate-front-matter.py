#!/usr/bin/env python3
"""Validates every content file's front matter (and site.yml) against the JSON Schemas in docs/schemas/, and checks
that each schema rejects a wrong example: what editors are told must agree with what Assay accepts.

usage: validate-front-matter.py CONTENT_FOLDER SCHEMA_FOLDER
"""
import json
import os
import sys

import jsonschema
import yaml

content, schemas = sys.argv[1], sys.argv[2]
FOLDERS = {"actors": "actor", "criteria": "criterion", "options": "option", "assessments": "assessment",
           "rankings": "ranking", "expectations": "expectation"}


class TextLoader(yaml.SafeLoader):
    """YAML as Assay reads it (YAML 1.2 core): dates stay text, and yes/no are not booleans."""


TextLoader.yaml_implicit_resolvers = {key: [(tag, pattern) for tag, pattern in resolvers if tag not in
                                             ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
                                      for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
TextLoader.add_implicit_resolver("tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))


def validator(kind):
    with open(os.path.join(schemas, f"{kind}.schema.json"), encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def front_matter(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    parts = text.split("\n---", 1)
    return yaml.load(parts[0][len("---"):], Loader=TextLoader)


failures, checked = [], 0
files = [("article", os.path.join(content, "article.md"))]
files += [(kind, os.path.join(content, folder, name)) for folder, kind in FOLDERS.items() if os.path.isdir(os.path.join(content, folder))
          for name in sorted(os.listdir(os.path.join(content, folder))) if name.endswith(".md")]
for kind, path in files:
    errors = list(validator(kind).iter_errors(front_matter(path)))
    checked += 1
    failures += [f"{path}: {error.message}" for error in errors]
site = os.path.join(content, "site.yml")
if os.path.exists(site):
    with open(site, encoding="utf-8") as file:
        failures += [f"{site}: {error.message}" for error in validator("site").iter_errors(yaml.load(file, Loader=TextLoader) or {})]
    checked += 1

# Each schema must refuse what Assay refuses.
wrong = {
    "article": {"title": "T"},
    "actor": {"name": "A", "description": "d", "nmae": "typo"},
    "criterion": {"actor": "a", "kind": "wish", "title": "T"},
    "option": {"title": "T", "summary": "s", "cites": "not a list"},
    "assessment": {"option": "o", "criterion": "c", "confidence": "high", "crosses": "yes"},
    "ranking": {"actor": "a", "order": "o1, o2"},
    "expectation": {"expect": [{"top": "o", "actro": "a"}]},
    "site": {"base-url": "https://example.org/r/#top"},
}
for kind, example in wrong.items():
    if validator(kind).is_valid(example):
        failures.append(f"the {kind} schema accepts a wrong front matter: {example}")

for failure in failures:
    print("  FAILED: " + failure)
print(f"Front matter schemas: {checked} files valid against docs/schemas/, {len(wrong)} wrong examples refused"
      if not failures else f"Front matter schemas: {len(failures)} problems")
sys.exit(1 if failures else 0)
