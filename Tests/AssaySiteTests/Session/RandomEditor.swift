import Foundation
@testable import AssaySite

/// Makes seeded random edits to a copy of the minimal fixture, as an analyst would while `watch` runs: each edit
/// leaves content that builds, except an edit that introduces an error, which the next edit mends.
struct RandomEditor {
    let project: IncrementalBuildTests.Project
    private var state: UInt64
    /// Options this editor added, which it may rename or delete (the stated ranking names the others).
    private var added: [String] = []
    private var counter = 0
    /// The file an erroneous edit broke, with its text before, to mend next.
    private var broken: (path: String, text: String)?
    private(set) var expectsError = false

    init(project: IncrementalBuildTests.Project, seed: UInt64) {
        self.project = project
        state = seed &* 0x9E37_79B9_7F4A_7C15
    }

    /// SplitMix64.
    private mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    private func files(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: project.folder + "/" + folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    private func read(_ path: String) throws -> String { try String(contentsOfFile: project.folder + "/" + path, encoding: .utf8) }

    /// Replaces the first line starting with `key` (a front-matter key) with `line`.
    private func setLine(_ path: String, _ key: String, _ line: String) throws {
        var lines = try read(path).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key) }) else { return }
        lines[index] = line
        try project.write(path, lines.joined(separator: "\n"))
    }

    /// Makes one edit and names it.
    mutating func next() throws -> String {
        expectsError = false
        counter += 1
        if let broken {
            try project.write(broken.path, broken.text)
            self.broken = nil
            return "mend \(broken.path)"
        }
        let assessments = files("Content/assessments")
        switch below(15) {
        case 0:
            let path = pick(assessments.filter { (try? read($0).contains("level:")) ?? false })
            let criterion = try read(path).components(separatedBy: "\n").first { $0.hasPrefix("criterion: ") }!.dropFirst(11)
            let levels = try read("Content/criteria/\(criterion).md").components(separatedBy: "\n")
                .filter { $0.hasPrefix("  - level: ") }.map { String($0.dropFirst(11)) }
            try setLine(path, "level:", "level: \(pick(levels))")
            return "a level of \(path)"
        case 1:
            let path = pick(assessments)
            try project.write(path, try read(path) + "\nMore reasoning, take \(counter).\n")
            return "the rationale of \(path)"
        case 2:
            let path = pick(files("Content/options"))
            try setLine(path, "title:", "title: Option retitled \(counter)")
            return "the title of \(path)"
        case 3:
            let path = pick(files("Content/options"))
            try project.write(path, try read(path) + "\nA further *paragraph* \(counter).\n")
            return "the body of \(path)"
        case 4:
            let path = pick(["Content/criteria/low-cost.md", "Content/criteria/traffic-relief.md"])
            try setLine(path, "weight:", "weight: \(1 + below(5))")
            return "the weight of \(path)"
        case 5:
            let path = pick(files("Content/actors"))
            try setLine(path, "name:", "name: Actor named \(counter)")
            return "the name of \(path)"
        case 6:
            try project.write("Content/article.md", try read("Content/article.md") + "\nA closing remark number \(counter).\n")
            return "the article's text"
        case 7:
            let path = pick(files("Templates").filter { $0.hasSuffix(".mustache") } + files("Templates/partials"))
            try project.write(path, try read(path) + "<!-- edit \(counter) -->\n")
            return "the template \(path)"
        case 8:
            try setLine("Content/site.yml", "title:", "title: Report number \(counter)")
            return "the site's title"
        case 9:
            let id = "extra-\(counter)"
            try project.write("Content/options/\(id).md", "---\ntitle: Extra \(counter)\nsummary: An added option.\n---\nAdded.\n")
            if below(2) == 0 {
                try project.write("Content/assessments/\(id)--low-cost.md",
                                  "---\noption: \(id)\ncriterion: low-cost\nlevel: over-budget\nconfidence: low\ninference: true\n---\nGuessed.\n")
            }
            added.append(id)
            return "a new option \(id)"
        case 10:
            guard let id = added.popLast() else { return try next() }
            let renamed = "renamed-\(counter)"
            try project.move("Content/options/\(id).md", "Content/options/\(renamed).md")
            if FileManager.default.fileExists(atPath: project.folder + "/Content/assessments/\(id)--low-cost.md") {
                let text = try read("Content/assessments/\(id)--low-cost.md").replacingOccurrences(of: "option: \(id)", with: "option: \(renamed)")
                try project.delete("Content/assessments/\(id)--low-cost.md")
                try project.write("Content/assessments/\(renamed)--low-cost.md", text)
            }
            added.append(renamed)
            return "rename \(id) to \(renamed)"
        case 11:
            guard let id = added.popLast() else { return try next() }
            try project.delete("Content/options/\(id).md")
            if FileManager.default.fileExists(atPath: project.folder + "/Content/assessments/\(id)--low-cost.md") {
                try project.delete("Content/assessments/\(id)--low-cost.md")
            }
            return "delete \(id)"
        case 12:
            let path = pick(assessments)
            broken = (path, try read(path))
            try setLine(path, "option:", "option: no-such-option")
            expectsError = true
            return "break \(path)"
        case 13:
            // Another assessment's quote: the passage it names exists, so the content still builds.
            let (from, to) = (pick(assessments), pick(assessments))
            let lines = try read(from).components(separatedBy: "\n")
            guard let quote = lines.first(where: { $0.hasPrefix("  - \"") }) else { return try next() }
            var target = try read(to).components(separatedBy: "\n")
            guard let index = target.firstIndex(where: { $0.hasPrefix("  - \"") }) else { return try next() }
            target[index] = quote
            try project.write(to, target.joined(separator: "\n"))
            return "the citation of \(to)"
        default:
            let path = pick(assessments)
            try setLine(path, "confidence:", "confidence: \(pick(["low", "medium", "high"]))")
            return "the confidence of \(path)"
        }
    }
}
