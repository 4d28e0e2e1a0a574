import ArgumentParser
import AssayCore
import AssayRender
import AssaySite
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a report: a content folder that builds at once, with one commented example of each kind of file.",
        discussion: """
            Writes DIR/Content: article.md (from --from, a plain-text or Markdown article, its title and byline taken from \
            its first lines), site.yml, and one example actor, red line, preference, two options, their assessments, the \
            author's ranking and an expectation, each citing a passage of the article and commented. The report uses \
            the theme built into assay; with --templates, that theme is written to DIR/Templates too, to edit (keep only \
            the files you change). Then: cd DIR && assay serve.
            """
    )

    @Argument(help: "The folder to create the report in.")
    var folder: String

    @ArgumentParser.Option(help: "The article: a plain-text, Markdown or reStructuredText file.")
    var from: String?

    @Flag(help: "Also write the built-in theme to DIR/Templates, to edit.")
    var templates = false

    func run() throws {
        let content = folder + "/Content"
        if FileManager.default.fileExists(atPath: content) {
            DiagnosticPrinter.print([.error(at: .start(of: content), "the folder already exists",
                                     hint: "choose a new folder; nothing was written")])
            throw ExitCode(2)
        }
        var article = NewReport.Article.sample
        if let from {
            guard let bytes = try? FileSystem.local.read(from) else {
                DiagnosticPrinter.print([.error(at: .start(of: from), "the article cannot be read",
                                         hint: "give a UTF-8 text or Markdown file")])
                throw ExitCode(2)
            }
            article = NewReport.Article(text: String(decoding: bytes, as: UTF8.self))
        }
        if templates, FileManager.default.fileExists(atPath: folder + "/Templates") {
            DiagnosticPrinter.print([.error(at: .start(of: "\(folder)/Templates"), "the folder already exists",
                                     hint: "choose a new folder, or leave --templates out; nothing was written")])
            throw ExitCode(2)
        }
        let files = NewReport.files(for: article, articleText: CommonMark.articleText(article.body))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try FileSystem.local.write(content + "/" + path, Array(text.utf8))
        }
        if templates {
            do {
                _ = try ThemeFolder.copy(to: folder + "/Templates", fileSystem: .local)
            } catch {
                DiagnosticPrinter.print(error.diagnostics)
                throw ExitCode(2)
            }
        }
        print("Wrote \(content)/ (\(files.count) files)\(templates ? " and the theme to \(folder)/Templates/" : ""). Next: cd \(folder) && assay serve")
    }
}
