import AssayCore
import AssaySite
import Foundation

/// How the commands that build describe a build, in one line (and more with --verbose).
enum BuildReport {
    /// `assay build`'s closing line.
    static func summaryLine(_ summary: SiteBuilder.Summary, output: String) -> String {
        let changes = summary.changes
        let model = summary.model
        guard changes.isIncremental else {
            let pages = summary.files.filter { $0.hasSuffix(".html") }.count
            let counted = { (count: Int, one: String, many: String) in "\(count) \(count == 1 ? one : many)" }
            return "Wrote \(counted(pages, "page", "pages")) to \(output)/ (\(counted(model.options.count, "option", "options")), "
                + "\(counted(model.criteria.count, "criterion", "criteria")), \(counted(model.actors.count, "actor", "actors")), "
                + "\(counted(model.assessments.count, "assessment", "assessments")))."
        }
        return "Updated \(output)/: \(rewritten(changes)); \(inputs(changes))."
    }

    /// One line for a build under watch: when, what changed, what was rewritten, how long it took.
    static func watchLine(number: Int, changed: [String], outcome: String, seconds: Double) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        let time = formatter.string(from: Date())
        let what: String
        switch changed.count {
        case 0: what = number == 1 ? "first build" : "no input changed"
        case 1: what = "\(changed[0]) changed"
        default: what = "\(changed[0]) and \(changed.count - 1) more changed"
        }
        return "[\(time)] \(what): \(outcome) (\(milliseconds(seconds)))"
    }

    static func rewritten(_ changes: OutputChanges) -> String {
        var text = "\(changes.written.count) of \(changes.total) file\(changes.total == 1 ? "" : "s") rewritten"
        if !changes.removed.isEmpty { text += ", \(changes.removed.count) removed" }
        return text
    }

    static func inputs(_ changes: OutputChanges) -> String {
        switch changes.changedInputs.count {
        case 0: "no input changed"
        case 1: "\(changes.changedInputs[0]) changed"
        default: "\(changes.changedInputs.count) inputs changed"
        }
    }

    /// With --verbose: every input that changed and every file written or removed, then the stage timings.
    static func details(_ summary: SiteBuilder.Summary) -> [String] {
        summary.changes.changedInputs.map { "  changed \($0)" }
            + summary.changes.written.map { "  wrote   \($0)" }
            + summary.changes.removed.map { "  removed \($0)" }
            + summary.timings.table.split(separator: "\n").map { "  " + $0 }
    }

    static func milliseconds(_ seconds: Double) -> String {
        seconds < 10 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.1f s", seconds)
    }
}
