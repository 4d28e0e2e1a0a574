import AssayCore
import Foundation

/// `data/annotations.jsonld`: every passage as a W3C Web Annotation on the article page, its bodies
/// linking to what cites it. Links are relative to the data folder, like every link of the report.
enum AnnotationExport {
    struct Collection: Encodable {
        var context = "http://www.w3.org/ns/anno.jsonld"
        var id = "annotations.jsonld"
        var type = "AnnotationCollection"
        var label: String
        var total: Int
        var first: Page

        enum CodingKeys: String, CodingKey {
            case context = "@context", id, type, label, total, first
        }
    }

    struct Page: Encodable {
        var type = "AnnotationPage"
        var items: [Annotation]
    }

    struct Annotation: Encodable, Equatable {
        var id: String
        var type = "Annotation"
        var motivation = "linking"
        var body: [Body]
        var target: Target
    }

    struct Body: Encodable, Equatable {
        var id: String
        var type = "Text"
        var format = "text/html"
        var label: String
    }

    struct Target: Encodable, Equatable {
        var source: String
        var selector: [Selector]
    }

    struct Selector: Encodable, Equatable {
        var type: String
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
    }

    /// Writes the collection in pieces (see `JSONStreamWriter`), its annotations one at a time, with a final line
    /// break; a test holds the result equal to encoding the whole `collection`.
    /// With `memo`, an annotation equal to the one the memo last wrote for its passage is copied from it.
    static func write(_ builder: PageBuilder, memo: EncodedEntries? = nil, to write: @escaping ([UInt8]) -> Void) throws {
        let collection = collection(builder)
        let json = JSONStreamWriter(write: write)
        json.beginObject()
        json.key("@context", depth: 1, first: true)
        try json.value(collection.context, depth: 1)
        json.key("first", depth: 1, first: false)
        json.beginObject()
        json.key("items", depth: 2, first: true)
        if let memo { try json.list(collection.first.items, depth: 2, key: { $0.id }, memo: &memo.annotations) } else {
            try json.list(collection.first.items, depth: 2)
        }
        json.key("type", depth: 2, first: false)
        try json.value(collection.first.type, depth: 2)
        json.endObject(depth: 1)
        json.key("id", depth: 1, first: false)
        try json.value(collection.id, depth: 1)
        json.key("label", depth: 1, first: false)
        try json.value(collection.label, depth: 1)
        json.key("total", depth: 1, first: false)
        try json.value(collection.total, depth: 1)
        json.key("type", depth: 1, first: false)
        try json.value(collection.type, depth: 1)
        json.endObject(depth: 0)
        write([0x0A])
    }

    /// The document `write` writes.
    static func collection(_ builder: PageBuilder) -> Collection {
        let report = builder.report
        let from = PagePaths.reportJSON
        let article = PagePaths.link(PagePaths.article, from: from)
        let items = report.passages.passages.map { passage in
            Annotation(
                id: "annotations.jsonld#\(passage.id)",
                body: passage.citers.map { citer in
                    let link = builder.citerLink(citer)
                    let href: String = switch link.href {
                    case .path(let path): PagePaths.link(path, from: from)
                    case .verbatim(let text): text
                    }
                    return Body(id: href, label: link.label)
                },
                target: Target(source: article + "#" + passage.id.rawValue, selector: [
                    Selector(type: "TextQuoteSelector", exact: passage.text,
                             prefix: passage.textBefore.isEmpty ? nil : passage.textBefore,
                             suffix: passage.textAfter.isEmpty ? nil : passage.textAfter),
                    Selector(type: "TextPositionSelector", start: passage.start, end: passage.end),
                ]))
        }
        return Collection(label: "Passages of “\(report.model.article.title)” cited as evidence", total: items.count,
                          first: Page(items: items))
    }
}
