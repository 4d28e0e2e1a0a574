/// The annotations of every file put together, as a build session keeps them: where each file's annotations sit in
/// the lists, so that when the next build has the same files and a changed file yields as many annotations of each kind
/// as before, its new ones are put in place of its old ones instead of putting tens of thousands of files together
/// again. Anything else (a file added, removed or renamed, a changed site.yml or revision, a file that now declares
/// more or fewer annotations) assembles everything afresh.
public struct ContentAssembly: Sendable {
    /// The relative path of every file given, in the order given.
    var paths: [String]
    var content: ParsedContent
    /// What the files' classification said (site.yml, unknown folders, invalid ids), before any file's own problems.
    var leadingDiagnostics: [Diagnostic]
    /// The annotation files, in the order they were put together, with each one's place in the lists.
    var entries: [Entry]
    /// The digests of the files that are not annotation files (site.yml, revisions, files refused by name): any change
    /// to one of them assembles everything again.
    var otherDigests: [String: ContentDigest?]
    /// Whether this assembly was made by putting changed files in place (for tests: the full one gives the same result).
    private(set) var isPatched = false

    struct Entry: Sendable {
        var displayPath: String
        var kind: ContentKind
        var id: String
        var place: Place
        var parse: ContentParser.FileParse
    }

    /// Where a file's annotations start in each list.
    struct Place: Sendable {
        var articles = 0, actors = 0, criteria = 0, options = 0, assessments = 0, statedRankings = 0, expectations = 0
    }

    /// The diagnostics of the whole assembly, in the order a full parse gives them.
    var diagnostics: [Diagnostic] { leadingDiagnostics + entries.flatMap(\.parse.diagnostics) }

    /// This assembly with `changed` (by index into `entries`) put in place, or nil when a file's annotations no longer
    /// fit where its old ones were.
    func replacing(_ changed: [(index: Int, parse: ContentParser.FileParse)]) -> ContentAssembly? {
        var next = self
        for (index, parse) in changed {
            let old = entries[index].parse.content, new = parse.content
            guard Self.sameShape(old, new) else { return nil }
            let place = entries[index].place
            Self.put(new.articles, at: place.articles, in: &next.content.articles)
            Self.put(new.actors, at: place.actors, in: &next.content.actors)
            Self.put(new.criteria, at: place.criteria, in: &next.content.criteria)
            Self.put(new.options, at: place.options, in: &next.content.options)
            Self.put(new.assessments, at: place.assessments, in: &next.content.assessments)
            Self.put(new.statedRankings, at: place.statedRankings, in: &next.content.statedRankings)
            Self.put(new.expectations, at: place.expectations, in: &next.content.expectations)
            for path in old.bodyLines.keys where new.bodyLines[path] == nil { next.content.bodyLines[path] = nil }
            for (path, line) in new.bodyLines { next.content.bodyLines[path] = line }
            next.entries[index].parse = parse
        }
        next.isPatched = true
        return next
    }

    /// Whether two parses of one file declare as many annotations of each kind, and the same body lines' files.
    private static func sameShape(_ old: ParsedContent, _ new: ParsedContent) -> Bool {
        old.articles.count == new.articles.count && old.actors.count == new.actors.count && old.criteria.count == new.criteria.count
            && old.options.count == new.options.count && old.assessments.count == new.assessments.count
            && old.statedRankings.count == new.statedRankings.count && old.expectations.count == new.expectations.count
            && old.revisions.isEmpty && new.revisions.isEmpty && Set(old.bodyLines.keys) == Set(new.bodyLines.keys)
    }

    private static func put<Element>(_ elements: [Element], at start: Int, in list: inout [Element]) {
        for (offset, element) in elements.enumerated() { list[start + offset] = element }
    }
}
