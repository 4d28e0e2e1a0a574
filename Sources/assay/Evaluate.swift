import ArgumentParser
import AssayCore
import AssayRender
import AssaySite
import Foundation

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the options for one actor with other weights or bent red lines, as the report's what-if panel does.",
        discussion: """
            Reads the content as a build would (and fails on the same errors), then ranks the options from the actor's \
            point of view with the weights given; a preference not named keeps the analyst's weight. A red line given \
            with --bend becomes a preference with the largest of the weights, scoring 0 where an option crosses it. \
            --scenarios FILE takes a JSON array of {"actor", "weights": {id: number}, "bent": [id]} and prints one \
            result per scenario. Numbers are printed both exactly and as the report shows them.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var folders: Folders

    @ArgumentParser.Option(help: "The actor whose ranking to compute.")
    var actor: String?

    @ArgumentParser.Option(name: .customLong("weight"), help: "A preference's weight, as ID=NUMBER; repeat for several.")
    var weights: [String] = []

    @ArgumentParser.Option(name: .customLong("bend"), help: "A red line to bend into a preference; repeat for several.")
    var bent: [String] = []

    @ArgumentParser.Option(help: "A JSON file with an array of scenarios, instead of --actor, --weight and --bend.")
    var scenarios: String?

    @ArgumentParser.Option(help: "text or json.")
    var format: Format = .text

    /// A scenario as a `--scenarios` file writes it.
    private struct ScenarioInput: Decodable {
        var actor: ActorID
        var weights: [CriterionID: Double]?
        var bent: [CriterionID]?
    }

    func validate() throws {
        if scenarios == nil && actor == nil { throw ValidationError("give --actor, or --scenarios with a file of scenarios") }
        if scenarios != nil && (actor != nil || !weights.isEmpty || !bent.isEmpty) {
            throw ValidationError("--scenarios replaces --actor, --weight and --bend")
        }
    }

    func run() throws {
        let scenarios = try readScenarios()
        let analysis = try folders.analysedContent()
        var outcomes: [WhatIfOutcome] = []
        for scenario in scenarios {
            do {
                outcomes.append(try WhatIfOutcome(scenario, in: analysis.model))
            } catch {
                DiagnosticPrinter.print(error, of: "evaluate")
                throw ExitCode(2)
            }
        }
        switch format {
        case .text:
            print(outcomes.map(\.text).joined(separator: "\n\n"))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let json = self.scenarios == nil ? try encoder.encode(outcomes[0]) : try encoder.encode(outcomes)
            print(String(decoding: json, as: UTF8.self))
        }
    }

    private func readScenarios() throws -> [WhatIfScenario] {
        if let file = scenarios {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("cannot read '\(file)': \(error.localizedDescription)")
            }
            do {
                return try JSONDecoder().decode([ScenarioInput].self, from: data).map {
                    WhatIfScenario(actorID: $0.actor, weights: $0.weights ?? [:], bentRedLines: $0.bent ?? [])
                }
            } catch {
                throw ValidationError("'\(file)' is not a JSON array of {\"actor\", \"weights\", \"bent\"}: \(error)")
            }
        }
        var parsed: [CriterionID: Double] = [:]
        for pair in weights {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw ValidationError("'\(pair)' is not ID=NUMBER, e.g. --weight no-foreign-forces=0.5")
            }
            parsed[CriterionID(String(parts[0]))] = value
        }
        return [WhatIfScenario(actorID: ActorID(actor ?? ""), weights: parsed, bentRedLines: bent.map { CriterionID($0) })]
    }
}
