/// Parses every content file into annotations, collecting all problems instead of stopping at the first.
public enum ContentParser {
    /// One file's annotations and problems, kept by a build session and used again while the file's bytes are the same.
    public struct FileParse: Sendable {
        /// Nil when the caller keeps nothing.
        public var digest: ContentDigest?
        var content: ParsedContent
        var diagnostics: [Diagnostic]
    }

    public static func parse(_ files: [ContentFile]) -> (content: ParsedContent, diagnostics: [Diagnostic]) {
        let result = parse(files, digests: [:], reusing: nil)
        return (result.content, result.diagnostics)
    }

    /// Parses the files, taking each file's result from `kept` when its digest in `digests` is the one kept there, and
    /// when the files are the same ones, only putting the changed files' annotations in place of their old ones.
    /// Returns what to keep for the next build (nil when `digests` is empty: the caller keeps nothing).
    public static func parse(_ files: [ContentFile], digests: [String: ContentDigest], reusing kept: ContentAssembly?)
        -> (content: ParsedContent, diagnostics: [Diagnostic], assembly: ContentAssembly?) {
        if let kept, !digests.isEmpty, let assembly = reassemble(kept, files: files, digests: digests) {
            return (assembly.content, assembly.diagnostics, assembly)
        }
        let reusing = Dictionary(kept?.entries.map { ($0.displayPath, $0.parse) } ?? [], uniquingKeysWith: { first, _ in first })
        var content = ParsedContent()
        var diagnostics: [Diagnostic] = []
        var toRead: [(file: ContentFile, kind: ContentKind, id: String)] = []
        // Lower-cased ids per kind: two files whose names differ only by case would collide on many disks.
        var caseFolded: [ContentKind: [String: String]] = [:]
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            if file.relativePath == "site.yml" {
                switch TextDecoding.decode(file.bytes, file: file.displayPath) {
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                case .success(let text):
                    let (site, problems) = SiteConfigurationReader.read(text, file: file.displayPath)
                    content.site = site
                    diagnostics += problems
                }
                continue
            }
            if file.relativePath.hasPrefix("revisions/") {
                readRevision(file, into: &content, diagnostics: &diagnostics)
                continue
            }
            let classified: (kind: ContentKind, id: String)
            switch ContentKind.classify(file.relativePath) {
            case .failure(.notMarkdown):
                diagnostics.append(.warning(at: .start(of: file.displayPath), "not a Markdown file; it is ignored",
                                            hint: "content files end in '.md'; move other files out of the content folder"))
                continue
            case .failure(.unknownFolder):
                diagnostics.append(.error(at: .start(of: file.displayPath), "Assay does not know what this file is",
                                          hint: "the article is 'article.md'; annotations go in \(ContentKind.folders.joined(separator: ", "))"))
                continue
            case .success(let value):
                classified = value
            }
            if classified.kind != .article {
                guard Identifier.isValid(classified.id) else {
                    // References to the id it was meant to have are not reported again.
                    content.declarations[classified.kind, default: [:]][classified.id.lowercased()] = .start(of: file.displayPath)
                    diagnostics.append(.error(at: .start(of: file.displayPath), "'\(classified.id)' is not a valid id",
                                              hint: "rename the file: " + Identifier.hint))
                    continue
                }
                let folded = classified.id.lowercased()
                if let other = caseFolded[classified.kind]?[folded] {
                    diagnostics.append(.error(at: .start(of: file.displayPath), "the id '\(classified.id)' is already used by \(other)",
                                              hint: "give each file of a folder its own name"))
                    continue
                }
                caseFolded[classified.kind, default: [:]][folded] = file.displayPath
            }
            content.declarations[classified.kind, default: [:]][classified.id] = .start(of: file.displayPath)
            toRead.append((file, classified.kind, classified.id))
        }
        // Files are independent: read them on every core, then merge in path order, so the result
        // never depends on which finished first.
        let results = Parallel.map(toRead) { entry -> FileParse in
            let digest = digests[entry.file.displayPath]
            if let digest, let kept = reusing[entry.file.displayPath], kept.digest == digest { return kept }
            let (part, problems) = readFile(entry.file, kind: entry.kind, id: entry.id)
            return FileParse(digest: digest, content: part, diagnostics: problems)
        }
        content.reserveCapacity(for: results.lazy.map { $0.content })
        let leading = diagnostics
        var entries: [ContentAssembly.Entry] = []
        entries.reserveCapacity(digests.isEmpty ? 0 : toRead.count)
        for index in results.indices {
            if !digests.isEmpty {
                let place = ContentAssembly.Place(
                    articles: content.articles.count, actors: content.actors.count, criteria: content.criteria.count,
                    options: content.options.count, assessments: content.assessments.count,
                    statedRankings: content.statedRankings.count, expectations: content.expectations.count)
                entries.append(.init(displayPath: toRead[index].file.displayPath, kind: toRead[index].kind, id: toRead[index].id,
                                     place: place, parse: results[index]))
            }
            content.merge(results[index].content)
            diagnostics += results[index].diagnostics
        }
        guard !digests.isEmpty else { return (content, diagnostics, nil) }
        let annotationFiles = Set(toRead.map(\.file.displayPath))
        let others = files.filter { !annotationFiles.contains($0.displayPath) }.map { ($0.displayPath, digests[$0.displayPath]) }
        let assembly = ContentAssembly(paths: files.map(\.relativePath), content: content, leadingDiagnostics: leading, entries: entries,
                                       otherDigests: Dictionary(others, uniquingKeysWith: { first, _ in first }))
        return (content, diagnostics, assembly)
    }

    /// The kept assembly with the changed files read again and put in place, or nil when it cannot be: the files are
    /// not the same ones, a file other than an annotation file changed, or a changed file's annotations do not fit.
    private static func reassemble(_ kept: ContentAssembly, files: [ContentFile], digests: [String: ContentDigest]) -> ContentAssembly? {
        guard files.count == kept.paths.count, zip(files, kept.paths).allSatisfy({ $0.relativePath == $1 }),
              kept.otherDigests.allSatisfy({ digests[$0.key] == $0.value }) else { return nil }
        let changed = kept.entries.indices.filter { kept.entries[$0].parse.digest != digests[kept.entries[$0].displayPath] }
        guard !changed.isEmpty else { return kept }
        let wanted = Set(changed.map { kept.entries[$0].displayPath })
        let byPath = Dictionary(files.filter { wanted.contains($0.displayPath) }.map { ($0.displayPath, $0) }, uniquingKeysWith: { first, _ in first })
        let parses = Parallel.map(changed) { index -> (index: Int, parse: FileParse)? in
            let entry = kept.entries[index]
            guard let file = byPath[entry.displayPath] else { return nil }
            let (part, problems) = readFile(file, kind: entry.kind, id: entry.id)
            return (index, FileParse(digest: digests[entry.displayPath], content: part, diagnostics: problems))
        }
        let found = parses.compactMap { $0 }
        guard found.count == changed.count else { return nil }
        return kept.replacing(found)
    }

    /// A revision `assay snapshot` wrote: `revisions/YYYY-MM-DD.json`, its date the file's name.
    private static func readRevision(_ file: ContentFile, into content: inout ParsedContent, diagnostics: inout [Diagnostic]) {
        let name = String(file.relativePath.dropFirst("revisions/".count))
        guard name.hasSuffix(".json"), !name.contains("/") else {
            diagnostics.append(.warning(at: .start(of: file.displayPath), "not a revision; it is ignored",
                                        hint: "revisions/ holds the YYYY-MM-DD.json files 'assay snapshot' writes"))
            return
        }
        switch Revision.read(file.bytes) {
        case .failure(let problem):
            // Snapshots write revisions whole or not at all: a damaged one was changed by hand or by a merge.
            diagnostics.append(.error(at: .start(of: file.displayPath), "the revision is damaged: " + problem.message,
                                      hint: "take the file back from version control, or delete it and record the revision again with 'assay snapshot'"))
        case .success(var revision):
            let stem = String(name.dropLast(5))
            guard revision.date == stem, RevisionDate.isValid(stem) else {
                diagnostics.append(.error(at: .start(of: file.displayPath),
                                          "the revision's date '\(revision.date ?? "")' is not its file name '\(stem)'",
                                          hint: "name the file after the date, YYYY-MM-DD.json, as 'assay snapshot' does"))
                return
            }
            revision.date = stem
            revision.file = file.displayPath
            content.revisions.append(revision)
        }
    }

    private static func readFile(_ file: ContentFile, kind: ContentKind, id: String) -> (ParsedContent, [Diagnostic]) {
        var content = ParsedContent()
        let text: String
        switch TextDecoding.decode(file.bytes, file: file.displayPath) {
        case .failure(let diagnostic): return (content, [diagnostic])
        case .success(let decoded): text = decoded
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(text, file: file.displayPath) {
        case .failure(let diagnostic): return (content, [diagnostic])
        case .success(let split): frontMatter = split
        }
        var fields = FrontMatterFields(frontMatter, file: file.displayPath)
        if fields.isReadable {
            AnnotationReader.read(kind: kind, id: id, frontMatter: frontMatter, fields: &fields, into: &content)
        }
        return (content, fields.diagnostics)
    }
}
