/// Parses every content file into annotations, collecting all problems instead of stopping at the first.
public enum ContentParser {
    public static func parse(_ files: [ContentFile]) -> (content: ParsedContent, diagnostics: [Diagnostic]) {
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
        let results = Parallel.map(toRead) { entry in readFile(entry.file, kind: entry.kind, id: entry.id) }
        for (part, problems) in results {
            content.merge(part)
            diagnostics += problems
        }
        return (content, diagnostics)
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
