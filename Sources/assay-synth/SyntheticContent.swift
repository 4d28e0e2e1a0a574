import Foundation

/// Writes a synthetic content folder for benchmarks and stress tests: deterministic for a seed,
/// valid for `assay build` (every quote occurs exactly once in the article).
///
///     assay-synth OUTPUT_FOLDER [--paragraphs L] [--actors K] [--criteria C] [--options N] [--seed S] [--features all]
///
/// `--features all` switches on every feature whose cost grows with the content, so that a growth check sees them all:
/// low-confidence vetoes, a preference argued in figures (single values and ranges), stated rankings with tied groups
/// and pairs, and expectations that hold. Revisions are recorded by `assay snapshot` over the written folder.
@main
struct SyntheticContent {
    var paragraphs = 200
    var actors = 3
    var criteria = 4
    var options = 1000
    var seed: UInt64 = 42
    var allFeatures = false

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let folder = arguments.first, !folder.hasPrefix("-") else {
            FileHandle.standardError.write(Data("usage: assay-synth FOLDER [--paragraphs L] [--actors K] [--criteria C] [--options N] [--seed S] [--features all|basic]\n".utf8))
            exit(2)
        }
        arguments.removeFirst()
        var generator = SyntheticContent()
        while arguments.count >= 2 {
            let (name, value) = (arguments.removeFirst(), arguments.removeFirst())
            if name == "--features" {
                guard value == "all" || value == "basic" else { fatalError("--features takes all or basic") }
                generator.allFeatures = value == "all"
                continue
            }
            guard let number = UInt64(value) else { fatalError("\(name) needs a whole number") }
            switch name {
            case "--paragraphs": generator.paragraphs = Int(number)
            case "--actors": generator.actors = Int(number)
            case "--criteria": generator.criteria = max(2, Int(number))
            case "--options": generator.options = Int(number)
            case "--seed": generator.seed = number
            default: fatalError("unknown option \(name)")
            }
        }
        try generator.write(to: folder)
    }

    /// SplitMix64: small, fast and the same on every platform, so a seed always gives the same content.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static let words = ["security", "guarantee", "border", "treaty", "alliance", "ceasefire", "monitor", "corridor",
                        "sanction", "envoy", "summit", "zone", "pledge", "deterrence", "mission", "convoy"]

    func sentence(_ index: Int) -> String {
        "Observers note that claim \(index) holds for the \(Self.words[index % Self.words.count]) question"
    }

    func write(to folder: String) throws {
        var random = Random(state: seed)
        let manager = FileManager.default
        for sub in ["actors", "criteria", "options", "assessments", "rankings"] {
            try manager.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
        }
        let sentenceCount = max(paragraphs * 4, 8)
        var article = "---\ntitle: A synthetic article for benchmarks\nauthor: Assay\noutlet: Generated\n---\n"
        for paragraph in 0..<max(paragraphs, 2) {
            let sentences = (0..<4).map { sentence(paragraph * 4 + $0) + (random.below(3) == 0 ? ", *as reported*." : ".") }
            article += sentences.joined(separator: " ") + "\n\n"
        }
        try article.write(toFile: "\(folder)/article.md", atomically: false, encoding: .utf8)
        let quote = { (index: Int) in "\"claim \(index) holds for the\"" }

        for actor in 0..<actors {
            try "---\nname: Actor \(actor)\ndescription: A generated party number \(actor).\n---\nGenerated.\n"
                .write(toFile: "\(folder)/actors/actor-\(actor).md", atomically: false, encoding: .utf8)
            for criterion in 0..<criteria {
                let id = "a\(actor)-c\(criterion)"
                var text = "---\nactor: actor-\(actor)\n"
                if criterion == 0 {
                    text += "kind: red-line\ntitle: Red line \(criterion) of actor \(actor)\n"
                } else if allFeatures && criterion == 1 {
                    text += "kind: preference\ntitle: Figure \(criterion) of actor \(actor)\nweight: \(1 + random.below(5))\n"
                    text += "measure:\n  unit: \"%\"\n  worst: 0\n  best: 100\n"
                } else {
                    text += "kind: preference\ntitle: Preference \(criterion) of actor \(actor)\nweight: \(1 + random.below(5))\n"
                    text += "scale:\n  - level: low\n    label: Low\n    value: 0\n  - level: mid\n    label: Middle\n    value: 0.5\n  - level: high\n    label: High\n    value: 1\n"
                }
                text += "cites:\n  - \(quote(random.below(sentenceCount)))\n---\nWhy this matters to actor \(actor).\n"
                try text.write(toFile: "\(folder)/criteria/\(id).md", atomically: false, encoding: .utf8)
            }
        }
        for option in 0..<options {
            // The option's description cites the passage its first assessment rests on, so no passage is left
            // supporting no judgement and the content builds without a warning.
            let firstQuote = random.below(sentenceCount)
            try optionText(option, &random, firstQuote, quote).write(toFile: "\(folder)/options/option-\(option).md", atomically: false, encoding: .utf8)
            for actor in 0..<actors {
                for criterion in 0..<criteria {
                    var text = "---\noption: option-\(option)\ncriterion: a\(actor)-c\(criterion)\n"
                    // With every feature, every tenth option crosses the first actor's red line with low confidence, so
                    // that the report has vetoes resting on doubtful judgements, and an expectation can name them.
                    let vetoed = allFeatures && actor == 0 && option % 10 == 0
                    if criterion == 0 {
                        text += "crosses: \(vetoed || random.below(10) == 0)\n"
                    } else if allFeatures && criterion == 1 {
                        let low = random.below(80)
                        text += random.below(2) == 0 ? "value: \(low)\n" : "value: [\(low), \(low + 1 + random.below(20))]\n"
                    } else {
                        text += "level: \(["low", "mid", "high"][random.below(3)])\n"
                    }
                    let cited = actor == 0 && criterion == 0 ? firstQuote : random.below(sentenceCount)
                    let confidence = vetoed && criterion == 0 ? "low" : ["low", "medium", "high"][random.below(3)]
                    text += "confidence: \(confidence)\ncites:\n  - \(quote(cited))\n"
                    text += "---\nThe article's claim supports this *level* for option \(option).\n"
                    try text.write(toFile: "\(folder)/assessments/option-\(option)--a\(actor)-c\(criterion).md", atomically: false, encoding: .utf8)
                }
            }
        }
        for actor in 0..<actors {
            try statedRanking(actor).write(toFile: "\(folder)/rankings/actor-\(actor).md", atomically: false, encoding: .utf8)
        }
        if allFeatures { try expectations(folder) }
    }

    /// The first five options in order; with every feature, then a tied group of two, and a pair of two options further on.
    func statedRanking(_ actor: Int) -> String {
        var text = "---\nactor: actor-\(actor)\norder:\n"
        text += (0..<min(options, 5)).map { "  - option-\($0)\n" }.joined()
        if allFeatures && options > 12 {
            text += "  - [option-5, option-6]\npairs:\n  - above: option-11\n    below: option-12\n    note: only slightly\n"
            text += "    cites:\n      - \"claim 1 holds for the\"\n"
        }
        return text + "cites:\n  - \"claim 0 holds for the\"\n---\nGenerated ranking.\n"
    }

    /// Claims that hold by construction: the options the first actor's red line vetoes.
    func expectations(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: "\(folder)/expectations", withIntermediateDirectories: true)
        let claims = stride(from: 0, to: options, by: 10).map { "  - vetoed: option-\($0)\n    actor: actor-0\n    by: a0-c0\n" }.joined()
        try "---\nexpect:\n\(claims)---\nEvery tenth option crosses the first red line.\n"
            .write(toFile: "\(folder)/expectations/synthetic.md", atomically: false, encoding: .utf8)
    }

    /// About 3 KB of Markdown: headings, lists, emphasis, links and a block quote.
    func optionText(_ option: Int, _ random: inout Random, _ cited: Int, _ quote: (Int) -> String) -> String {
        var text = "---\ntitle: Option \(option)\nsummary: A generated option, number \(option), for benchmarks.\ncites:\n  - \(quote(cited))\n---\n"
        for section in 0..<4 {
            text += "## Part \(section + 1)\n\n"
            text += (0..<3).map { _ in
                let word = Self.words[random.below(Self.words.count)]
                return "The *\(word)* arrangement in this option relies on **commitments** that [the article](https://example.org/\(word)) discusses at length, with consequences for every party involved."
            }.joined(separator: " ") + "\n\n"
            text += "- first point on \(Self.words[random.below(Self.words.count)]) and its limits\n- second point, with `code` and *emphasis*\n- third point\n\n"
            text += "> A quoted remark about option \(option) and the \(Self.words[random.below(Self.words.count)]) it depends on.\n\n"
        }
        return text
    }
}
