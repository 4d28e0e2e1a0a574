/// The JSON Schema (draft 2020-12) of `data/report.json`, written next to it as `data/report.schema.json`.
/// `make test` validates the default report against it; docs/data.md explains the fields.
enum ReportSchema {
    static let json = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "report.schema.json",
      "title": "Assay report",
      "type": "object",
      "required": ["schemaVersion", "source", "actors", "criteria", "options", "assessments", "statedRankings", "expectations", "passages", "evaluation", "summary"],
      "additionalProperties": false,
      "properties": {
        "schemaVersion": { "const": 1 },
        "summary": {
          "description": "What the report concludes, one entry per actor with criteria, the leading actor first (site.yml's actors, else those with a stated ranking, then more criteria, then by name).",
          "type": "object", "required": ["actors"], "additionalProperties": false,
          "properties": { "actors": { "type": "array", "items": {
            "type": "object", "additionalProperties": false,
            "required": ["actorID", "first", "hasPreferences", "acceptable", "vetoedCount", "optionCount", "comparedCount", "tensions"],
            "properties": {
              "actorID": { "$ref": "#/$defs/id" }, "first": { "type": "array", "items": { "$ref": "#/$defs/id" } },
              "score": { "type": "number" }, "firstPlaceShare": { "$ref": "#/$defs/unit" },
              "narrowestBand": { "type": "object", "required": ["criterionID", "share", "lowerShare", "upperShare"], "additionalProperties": false,
                "properties": { "criterionID": { "$ref": "#/$defs/id" }, "share": { "$ref": "#/$defs/unit" }, "lowerShare": { "$ref": "#/$defs/unit" }, "upperShare": { "$ref": "#/$defs/unit" } } },
              "hasPreferences": { "type": "boolean" }, "acceptable": { "type": "array", "items": { "$ref": "#/$defs/id" } },
              "vetoedCount": { "type": "integer", "minimum": 0 }, "optionCount": { "type": "integer", "minimum": 0 },
              "statedFirst": { "type": "array", "items": { "$ref": "#/$defs/id" } }, "kendallTau": { "type": "number", "minimum": -1, "maximum": 1 },
              "comparedCount": { "type": "integer", "minimum": 0 }, "tensions": { "type": "array", "items": { "type": "string" } }
            }
          } } }
        },
        "source": {
          "type": "object", "required": ["title", "author", "authors", "body"], "additionalProperties": false,
          "properties": {
            "title": { "type": "string" }, "author": { "type": "string" }, "authors": { "type": "array", "items": { "type": "string" } },
            "outlet": { "type": "string" },
            "date": { "type": "string" }, "url": { "type": "string", "pattern": "^https?://" }, "body": { "type": "string" }
          }
        },
        "actors": { "type": "array", "items": {
          "type": "object", "required": ["id", "name", "description", "body"], "additionalProperties": false,
          "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "type": "string" }, "description": { "type": "string" }, "body": { "type": "string" } }
        } },
        "criteria": { "type": "array", "items": {
          "type": "object", "required": ["id", "actor", "kind", "title", "scale", "inference", "passages", "body"], "additionalProperties": false,
          "properties": {
            "id": { "$ref": "#/$defs/id" }, "actor": { "$ref": "#/$defs/id" }, "kind": { "enum": ["red-line", "preference"] },
            "title": { "type": "string" }, "weight": { "type": "number", "exclusiveMinimum": 0 },
            "scale": { "type": "array", "items": {
              "type": "object", "required": ["level", "label", "value"], "additionalProperties": false,
              "properties": { "level": { "$ref": "#/$defs/id" }, "label": { "type": "string" }, "value": { "$ref": "#/$defs/unit" } }
            } },
            "measure": {
              "type": "object", "additionalProperties": false,
              "properties": {
                "unit": { "type": "string" }, "worst": { "type": "number" }, "best": { "type": "number" },
                "thresholds": { "type": "array", "items": {
                  "type": "object", "required": ["level", "from"], "additionalProperties": false,
                  "properties": { "level": { "$ref": "#/$defs/id" }, "from": { "type": "number" } }
                } }
              }
            },
            "inference": { "type": "boolean" }, "passages": { "$ref": "#/$defs/ids" }, "body": { "type": "string" }
          }
        } },
        "options": { "type": "array", "items": {
          "type": "object", "required": ["id", "title", "summary", "inference", "passages", "body"], "additionalProperties": false,
          "properties": {
            "id": { "$ref": "#/$defs/id" }, "title": { "type": "string" }, "summary": { "type": "string" },
            "inference": { "type": "boolean" }, "passages": { "$ref": "#/$defs/ids" }, "body": { "type": "string" }
          }
        } },
        "assessments": { "type": "array", "items": {
          "type": "object", "required": ["id", "option", "criterion", "confidence", "inference", "rationale", "passages"], "additionalProperties": false,
          "properties": {
            "id": { "$ref": "#/$defs/id" }, "option": { "$ref": "#/$defs/id" }, "criterion": { "$ref": "#/$defs/id" },
            "level": { "$ref": "#/$defs/id" }, "crosses": { "type": "boolean" },
            "value": { "type": "number" }, "range": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 },
            "figureValue": { "$ref": "#/$defs/unit" },
            "confidence": { "enum": ["low", "medium", "high"] }, "inference": { "type": "boolean" },
            "rationale": { "type": "string" }, "passages": { "$ref": "#/$defs/ids" }
          },
          "oneOf": [ { "required": ["level"] }, { "required": ["crosses"] }, { "required": ["value", "figureValue"] }, { "required": ["range", "figureValue"] } ]
        } },
        "statedRankings": { "type": "array", "items": {
          "type": "object", "required": ["actor", "order", "groups", "pairs", "unacceptable", "passages", "notes"], "additionalProperties": false,
          "properties": {
            "actor": { "$ref": "#/$defs/id" }, "order": { "$ref": "#/$defs/ids" }, "unacceptable": { "$ref": "#/$defs/ids" },
            "groups": { "type": "array", "items": { "$ref": "#/$defs/ids" } },
            "pairs": { "type": "array", "items": {
              "type": "object", "required": ["above", "below", "passages"], "additionalProperties": false,
              "properties": { "above": { "$ref": "#/$defs/id" }, "below": { "$ref": "#/$defs/id" }, "note": { "type": "string" },
                              "passages": { "$ref": "#/$defs/ids" } }
            } },
            "passages": { "$ref": "#/$defs/ids" }, "notes": { "type": "string" }
          }
        } },
        "expectations": { "type": "array", "items": {
          "type": "object", "required": ["claim", "file", "line", "held"], "additionalProperties": false,
          "properties": {
            "claim": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 },
            "held": { "type": "boolean" }
          }
        } },
        "passages": { "type": "array", "items": {
          "type": "object", "required": ["id", "exact", "text", "start", "end", "citedBy"], "additionalProperties": false,
          "properties": {
            "id": { "$ref": "#/$defs/id" }, "exact": { "type": "string" }, "prefix": { "type": "string" }, "suffix": { "type": "string" },
            "text": { "type": "string" }, "start": { "type": "integer", "minimum": 0 }, "end": { "type": "integer", "minimum": 1 },
            "citedBy": { "type": "array", "items": { "type": "string", "pattern": "^(option|criterion|assessment|ranking):[a-z0-9-]+$" } }
          }
        } },
        "evaluation": {
          "type": "object", "required": ["actors", "robustness", "agreement"], "additionalProperties": false,
          "properties": {
            "actors": { "type": "array", "items": { "$ref": "#/$defs/actorEvaluation" } },
            "robustness": { "type": "array", "items": { "$ref": "#/$defs/robustness" } },
            "agreement": {
              "type": "object", "required": ["zone", "paretoOptimal", "blocks"], "additionalProperties": false,
              "properties": {
                "zone": { "$ref": "#/$defs/ids" }, "paretoOptimal": { "$ref": "#/$defs/ids" },
                "blocks": { "type": "array", "items": {
                  "type": "object", "required": ["optionID", "actorID", "redLines", "missing"], "additionalProperties": false,
                  "properties": { "optionID": { "$ref": "#/$defs/id" }, "actorID": { "$ref": "#/$defs/id" },
                                  "redLines": { "$ref": "#/$defs/ids" }, "missing": { "$ref": "#/$defs/ids" } }
                } }
              }
            }
          }
        }
      },
      "$defs": {
        "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" },
        "ids": { "type": "array", "items": { "$ref": "#/$defs/id" } },
        "unit": { "type": "number", "minimum": 0, "maximum": 1 },
        "pair": { "type": "object", "required": ["statedHigher", "statedLower"], "additionalProperties": false,
                  "properties": { "statedHigher": { "$ref": "#/$defs/id" }, "statedLower": { "$ref": "#/$defs/id" } } },
        "verdict": { "oneOf": [
          { "type": "object", "required": ["ranked"], "additionalProperties": false, "properties": { "ranked": {
            "type": "object", "required": ["rank"], "additionalProperties": false,
            "properties": { "rank": { "type": "integer", "minimum": 1 }, "score": { "$ref": "#/$defs/unit" } } } } },
          { "type": "object", "required": ["vetoed"], "additionalProperties": false, "properties": { "vetoed": {
            "type": "object", "required": ["redLines"], "additionalProperties": false, "properties": { "redLines": { "$ref": "#/$defs/ids" } } } } },
          { "type": "object", "required": ["incomplete"], "additionalProperties": false, "properties": { "incomplete": {
            "type": "object", "required": ["missing"], "additionalProperties": false,
            "properties": { "minScore": { "$ref": "#/$defs/unit" }, "maxScore": { "$ref": "#/$defs/unit" }, "missing": { "$ref": "#/$defs/ids" } } } } }
        ] },
        "actorEvaluation": {
          "type": "object", "required": ["actorID", "redLineIDs", "preferenceIDs", "totalWeight", "results"], "additionalProperties": false,
          "properties": {
            "actorID": { "$ref": "#/$defs/id" }, "redLineIDs": { "$ref": "#/$defs/ids" }, "preferenceIDs": { "$ref": "#/$defs/ids" },
            "totalWeight": { "type": "number", "minimum": 0 },
            "results": { "type": "array", "items": {
              "type": "object", "required": ["optionID", "verdict", "contributions", "redLineChecks", "gaps"], "additionalProperties": false,
              "properties": {
                "optionID": { "$ref": "#/$defs/id" }, "verdict": { "$ref": "#/$defs/verdict" }, "gaps": { "$ref": "#/$defs/ids" },
                "contributions": { "type": "array", "items": {
                  "type": "object", "additionalProperties": false,
                  "required": ["criterionID", "assessmentID", "levelID", "value", "weight", "normalizedWeight", "contribution"],
                  "properties": {
                    "criterionID": { "$ref": "#/$defs/id" }, "assessmentID": { "$ref": "#/$defs/id" }, "levelID": { "$ref": "#/$defs/id" },
                    "value": { "$ref": "#/$defs/unit" }, "weight": { "type": "number", "exclusiveMinimum": 0 },
                    "normalizedWeight": { "$ref": "#/$defs/unit" }, "contribution": { "$ref": "#/$defs/unit" }
                  }
                } },
                "redLineChecks": { "type": "array", "items": {
                  "type": "object", "required": ["criterionID"], "additionalProperties": false,
                  "properties": { "criterionID": { "$ref": "#/$defs/id" }, "assessmentID": { "$ref": "#/$defs/id" }, "crosses": { "type": "boolean" } }
                } }
              }
            } },
            "comparison": {
              "type": "object", "additionalProperties": false,
              "required": ["commonOptions", "concordantPairs", "discordantPairs", "tiedPairs", "statedTies", "unorderedPairs", "tensions"],
              "properties": {
                "commonOptions": { "$ref": "#/$defs/ids" }, "kendallTau": { "type": "number", "minimum": -1, "maximum": 1 },
                "concordantPairs": { "type": "integer", "minimum": 0 },
                "discordantPairs": { "type": "array", "items": { "$ref": "#/$defs/pair" } },
                "tiedPairs": { "type": "array", "items": { "$ref": "#/$defs/pair" } },
                "statedTies": { "type": "array", "items": { "$ref": "#/$defs/pair" } },
                "unorderedPairs": { "type": "array", "items": { "$ref": "#/$defs/pair" } },
                "tensions": { "type": "array", "items": {
                  "type": "object", "required": ["kind", "optionIDs", "criterionIDs", "summary"], "additionalProperties": false,
                  "properties": {
                    "kind": { "enum": ["ranked-but-vetoed", "unacceptable-but-passes", "discordant-pair", "ranked-but-unscored"] },
                    "optionIDs": { "$ref": "#/$defs/ids" }, "criterionIDs": { "$ref": "#/$defs/ids" }, "summary": { "type": "string" }
                  }
                } }
              }
            }
          }
        },
        "robustness": {
          "type": "object", "required": ["actorID", "stability", "relaxations", "acceptability"], "additionalProperties": false,
          "properties": {
            "actorID": { "$ref": "#/$defs/id" },
            "stability": { "type": "array", "items": {
              "type": "object", "additionalProperties": false,
              "required": ["criterionID", "share", "weight", "lowerShare", "upperShare", "lowerWeight", "adjacentSwaps", "isOnlyPreference"],
              "properties": {
                "criterionID": { "$ref": "#/$defs/id" }, "share": { "$ref": "#/$defs/unit" }, "weight": { "type": "number" },
                "lowerShare": { "$ref": "#/$defs/unit" }, "upperShare": { "$ref": "#/$defs/unit" },
                "lowerWeight": { "type": "number", "minimum": 0 }, "upperWeight": { "type": "number", "minimum": 0 },
                "isOnlyPreference": { "type": "boolean" },
                "adjacentSwaps": { "type": "array", "items": {
                  "type": "object", "required": ["higher", "lower", "share", "whenRising"], "additionalProperties": false,
                  "properties": { "higher": { "$ref": "#/$defs/id" }, "lower": { "$ref": "#/$defs/id" }, "share": { "$ref": "#/$defs/unit" },
                                  "weight": { "type": "number", "minimum": 0 }, "whenRising": { "type": "boolean" } }
                } }
              }
            } },
            "relaxations": { "type": "array", "items": {
              "type": "object", "required": ["criterionID", "weight", "readmitted", "ranking"], "additionalProperties": false,
              "properties": {
                "criterionID": { "$ref": "#/$defs/id" }, "weight": { "type": "number", "exclusiveMinimum": 0 }, "readmitted": { "$ref": "#/$defs/ids" },
                "ranking": { "type": "array", "items": {
                  "type": "object", "required": ["optionID", "rank", "score"], "additionalProperties": false,
                  "properties": { "optionID": { "$ref": "#/$defs/id" }, "rank": { "type": "integer", "minimum": 1 }, "score": { "$ref": "#/$defs/unit" } }
                } }
              }
            } },
            "acceptability": {
              "type": "object", "required": ["draws", "seed", "options"], "additionalProperties": false,
              "properties": {
                "draws": { "type": "integer", "minimum": 0 }, "seed": { "type": "integer", "minimum": 0 },
                "options": { "type": "array", "items": {
                  "type": "object", "required": ["optionID", "shares"], "additionalProperties": false,
                  "properties": {
                    "optionID": { "$ref": "#/$defs/id" }, "shares": { "type": "array", "items": { "$ref": "#/$defs/unit" } },
                    "centralWeights": { "type": "object", "additionalProperties": { "$ref": "#/$defs/unit" } }
                  }
                } }
              }
            }
          }
        }
      }
    }
    """#
}
