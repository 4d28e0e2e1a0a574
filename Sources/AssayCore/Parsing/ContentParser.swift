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
        let result = parse(files, digests: [:], reusing: [:])
        return (result.content, result.diagnostics)
    }

    /// Parses the files, taking each file's result from `reusing` (by display path) when its digest in `digests`
    /// is the one kept there; returns every file's result for the next build.
    public static func parse(_ files: [ContentFile], digests: [String: ContentDigest], reusing: [String: FileParse])
        -> (content: ParsedContent, diagnostics: [Diagnostic], parses: [String: FileParse]) {
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
        var parses: [String: FileParse] = [:]
        parses.reserveCapacity(digests.isEmpty ? 0 : toRead.count)
        content.reserveCapacity(for: results.lazy.map { $0.content })
        for index in results.indices {
            content.merge(results[index].content)
            diagnostics += results[index].diagnostics
            if results[index].digest != nil { parses[toRead[index].file.displayPath] = results[index] }
        }
        return (content, diagnostics, parses)
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
