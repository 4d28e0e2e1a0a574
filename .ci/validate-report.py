#!/usr/bin/env python3
"""Validates report.json against report.schema.json (JSON Schema 2020-12) and checks the JSON-LD parses."""
import json
import sys

import jsonschema

data = sys.argv[1]
schema = json.load(open(f"{data}/report.schema.json"))
report = json.load(open(f"{data}/report.json"))
jsonschema.Draft202012Validator.check_schema(schema)
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(report), key=lambda e: list(e.path))
for error in errors:
    print(f"report.json: {'/'.join(map(str, error.path))}: {error.message}")
annotations = json.load(open(f"{data}/annotations.jsonld"))
assert annotations["type"] == "AnnotationCollection", "annotations.jsonld is not an AnnotationCollection"
if errors:
    sys.exit(1)
print(f"JSON Schema: report.json is valid ({len(report['passages'])} passages, {len(annotations['first']['items'])} annotations).")
