import ArgumentParser
import AssayCore
import AssayRender
import AssaySite
import Foundation

struct Quote: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find words in the article and print the citation that quotes them, ready to paste under 'cites:'.",
        discussion: """
            The words are matched whatever their case, punctuation and spacing, and the citation quotes the article's own \
            text, escaped for YAML. When the words occur more than once, each place is listed with a 'prefix' that picks \
            it out. Only article.md is read, so this works while other files still have errors. Exit status: 0 for one \
            place, 1 for several, 2 when the words are not in the article.
            """
    )

    @OptionGroup var folders: Folders

    @Argument(help: "Words from the article.")
    var words: String

    func run() throws {
        let path = folders.content + "/article.md"
        let body: String
        do {
            let text = String(decoding: try FileSystem.local.read(path), as: UTF8.self)
            switch FrontMatter.split(text, file: path) {
            case .success(let split): body = split.body
            case .failure(let diagnostic):
                DiagnosticPrinter.print([diagnostic])
                throw ExitCode(2)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            DiagnosticPrinter.print([.error(at: .start(of: path), "the article cannot be read",
                                     hint: "pass --content with the folder that holds article.md")])
            throw ExitCode(2)
        }
        switch QuoteFinder.find(words, in: CommonMark.articleText(body)) {
        case .notFound(let nearest):
            DiagnosticPrinter.print([.error(at: .start(of: path), "the words are not in the article: \(YAMLQuote.quoted(words))",
                                            hint: nearest.map { "the nearest text is \"\($0)\"" } ?? "copy a few words from the article")])
            throw ExitCode(2)
        case .found(let candidates) where candidates.count == 1:
            print("cites:\n  - " + entry(candidates[0], indent: "    "))
        case .found(let candidates):
            print("The words occur \(candidates.count) times in the article; each entry below picks one:")
            for (number, candidate) in candidates.enumerated() {
                print("\n\(number + 1). \(candidate.context)\n  - " + entry(candidate, indent: "    "))
            }
            throw ExitCode(1)
        }
    }

    /// A `cites:` item: the quote alone, or `exact` with the `prefix` that picks it out.
    private func entry(_ candidate: QuoteFinder.Candidate, indent: String) -> String {
        guard let prefix = candidate.prefix else { return YAMLQuote.quoted(candidate.exact) }
        return "exact: \(YAMLQuote.quoted(candidate.exact))\n\(indent)prefix: \(YAMLQuote.quoted(prefix))"
    }
}
