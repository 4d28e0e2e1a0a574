/// JSON Schemas (draft 2020-12) of each kind of file's front matter, for editors: with the
/// `# yaml-language-server: $schema=…` line, an editor completes keys and flags mistakes as one types. The parser
/// stays the authority (a schema cannot check that a quote is in the article); the tests keep the two in step.
public enum FrontMatterSchemas {
    /// The kinds, as `assay schema KIND` names them.
    public static let kinds = ["article", "actor", "criterion", "option", "assessment", "ranking", "expectation", "site"]

    public static func schema(_ kind: String) -> String? {
        let body: String
        switch kind {
        case "article":
            body = object(required: ["title", "author"], [
                "title": text("The article's title."),
                "author": #"{ "oneOf": [ \#(text("Who wrote it.")), { "type": "array", "minItems": 1, "items": \#(text("One of the authors.")) } ] }"#,
                "outlet": text("Where it was published."),
                "date": text("When it was published, as written (e.g. \\\"2024-05-02\\\")."),
                "url": #"{ "type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://", "description": "Where it can be read: an http(s) address." }"#,
                "allow-raw-html": boolean("Keep bare inline tags such as <sup> in the article's text."),
            ])
        case "actor":
            body = object(required: ["name", "description"], ["name": text("The actor's name."), "description": text("One sentence on who they are.")])
        case "criterion":
            body = object(required: ["actor", "kind", "title"], [
                "actor": id("The actor whose criterion it is."),
                "kind": #"{ "enum": ["red-line", "preference"], "description": "A red line vetoes; a preference is weighed." }"#,
                "title": text("What the actor wants or refuses."),
                "weight": #"{ "type": "number", "exclusiveMinimum": 0, "description": "A preference's weight, relative to the actor's others." }"#,
                "scale": #"{ "type": "array", "minItems": 2, "description": "A preference's levels, worst first.", "items": { "type": "object", "required": ["level", "value"], "additionalProperties": false, "properties": { "level": \#(id("The level's id, used by assessments.")), "label": \#(text("How the report names the level.")), "value": { "type": "number", "minimum": 0, "maximum": 1 } } } }"#,
                "measure": #"{ "type": "object", "additionalProperties": false, "description": "For a preference argued in figures: how a figure maps onto 0–1, linearly (worst, best) or by thresholds onto levels.", "properties": { "unit": \#(text("The figures' unit, e.g. %.")), "worst": { "type": "number" }, "best": { "type": "number" }, "thresholds": { "type": "array", "items": { "type": "object", "required": ["level", "from"], "additionalProperties": false, "properties": { "level": \#(id("A level of the scale.")), "from": { "type": "number" } } } } } }"#,
                "cites": cites, "inference": inference,
            ])
        case "option":
            body = object(required: ["title", "summary"], [
                "title": text("The option's name."), "summary": text("One sentence saying what it is."), "cites": cites, "inference": inference,
            ])
        case "assessment":
            body = object(required: ["option", "criterion", "confidence"], [
                "option": id("The option assessed."), "criterion": id("The criterion it is assessed on."),
                "level": id("For a preference: a level of its scale."),
                "crosses": boolean("For a red line: whether the option crosses it."),
                "value": #"{ "oneOf": [ { "type": "number" }, { "type": "array", "minItems": 2, "maxItems": 2, "items": { "type": "number" } } ], "description": "On a measured preference: the figure the article gives, or a range [low, high]." }"#,
                "confidence": #"{ "enum": ["low", "medium", "high"], "description": "How sure the analyst is: low and medium widen the rank probabilities' draws." }"#,
                "cites": cites, "inference": inference,
            ], extra: #""oneOf": [ { "required": ["level"] }, { "required": ["crosses"] }, { "required": ["value"] } ]"#)
        case "ranking":
            body = object(required: ["actor"], [
                "actor": id("The actor from whose point of view the author ranks."),
                "order": #"{ "type": "array", "description": "The author's order, best first; options the author ties go together in a list.", "items": { "oneOf": [ \#(id("An option.")), { "type": "array", "minItems": 2, "items": \#(id("An option tied with the others of the list.")) } ] } }"#,
                "pairs": #"{ "type": "array", "description": "Pairs the author states one by one.", "items": { "type": "object", "required": ["above", "below"], "additionalProperties": false, "properties": { "above": \#(id("The better option.")), "below": \#(id("The worse option.")), "note": \#(text("The author's qualification, e.g. only slightly.")), "cites": \#(cites) } } }"#,
                "unacceptable": #"{ "type": "array", "items": \#(id("An option the author calls unacceptable.")) }"#,
                "cites": cites, "inference": inference,
            ], extra: #""anyOf": [ { "required": ["order"] }, { "required": ["pairs"] } ]"#)
        case "expectation":
            let claim = #"{ "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "top": \#(id("ranks first")), "rank": { "type": "integer", "minimum": 1 }, "vetoed": \#(id("is vetoed")), "acceptable": \#(id("can be accepted")), "min-tau": { "type": "number", "minimum": -1, "maximum": 1 }, "tension": { "enum": ["ranked-but-vetoed", "unacceptable-but-passes", "discordant-pair", "ranked-but-unscored"] }, "in-agreement-zone": \#(id("every actor can accept it")), "pareto-optimal": \#(id("no option beats it for every actor")), "actor": \#(id("the actor")), "option": \#(id("the option")), "by": \#(id("the red line")) } }"#
            body = object(required: ["expect"], ["expect": #"{ "type": "array", "items": \#(claim), "description": "What the report must conclude; the build fails when it does not." }"#])
        case "site":
            body = object(required: [], [
                "title": text("The report's title."), "base-url": #"{ "type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^#?]*$", "description": "Where the report is published." }"#,
                "language": #"{ "type": "string", "pattern": "^[A-Za-z0-9-]+$", "description": "A BCP 47 tag such as en or en-GB." }"#,
                "author": text("The analyst."), "description": text("For pages without a summary of their own."),
                "remote-images": boolean("Let Markdown images load from other https hosts."),
                "actors": #"{ "type": "array", "items": \#(id("An actor, the leading one first.")), "uniqueItems": true, "description": "The order in which the summary and the rankings present the actors." }"#,
            ])
        default:
            return nil
        }
        return "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \"https://assay.invalid/schemas/\(kind).schema.json\",\n"
            + "  \"title\": \"Assay \(kind == "site" ? "site.yml" : "\(kind) front matter")\",\n" + body + "\n}\n"
    }

    private static func object(required: [String], _ properties: KeyValuePairs<String, String>, extra: String? = nil) -> String {
        let list = properties.map { "    \"\($0.key)\": \($0.value)" }.joined(separator: ",\n")
        return "  \"type\": \"object\",\n  \"required\": [\(required.map { "\"\($0)\"" }.joined(separator: ", "))],\n"
            + "  \"additionalProperties\": false,\n  \"properties\": {\n\(list)\n  }" + (extra.map { ",\n  " + $0 } ?? "")
    }

    private static func text(_ description: String) -> String {
        #"{ "type": "string", "minLength": 1, "description": "\#(description)" }"#
    }

    private static func id(_ description: String) -> String {
        #"{ "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,79}$", "description": "\#(description)" }"#
    }

    private static func boolean(_ description: String) -> String {
        #"{ "type": "boolean", "description": "\#(description)" }"#
    }

    private static let cites = #"{ "type": "array", "description": "Passages of the article it rests on.", "items": { "oneOf": [ { "type": "string", "minLength": 1 }, { "type": "object", "required": ["exact"], "additionalProperties": false, "properties": { "exact": { "type": "string", "minLength": 1 }, "prefix": { "type": "string" }, "suffix": { "type": "string" }, "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,79}$" }, "reworded": { "type": "object", "description": "Written by assay reanchor: the quote was reworded in the article on that day; remove it to confirm the new quote.", "required": ["on", "was"], "additionalProperties": false, "properties": { "on": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, "was": { "type": "string", "minLength": 1 } } } } } ] } }"#
    private static let inference = boolean("The judgement is the analyst's inference (from the cited passages, if any).")
}
