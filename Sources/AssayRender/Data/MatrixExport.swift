import AssayCore

/// `data/matrix.csv`: the option × criterion performance matrix of every evaluated actor, one row per cell
/// (RFC 4180; a missing assessment is a row with status `missing`, never a zero).
enum MatrixExport {
    static let header = ["actor", "option", "criterion", "kind", "weight", "level", "value", "crosses", "confidence", "status"]

    static func csv(_ report: ReportContext) -> [UInt8] {
        var rows = [header]
        for evaluation in report.evaluation.actors {
            let criteria = report.model.criteria(of: evaluation.actorID)
            for option in report.model.options {
                for criterion in criteria {
                    let assessment = report.model.assessment(option: option.id, criterion: criterion.id)
                    var level = "", value = "", crosses = ""
                    switch assessment?.judgement {
                    case .level(let id)?:
                        level = id.rawValue
                        value = criterion.level(id).map { String($0.value) } ?? ""
                    case .redLine(let crossed)?:
                        crosses = String(crossed)
                    case nil:
                        break
                    }
                    rows.append([evaluation.actorID.rawValue, option.id.rawValue, criterion.id.rawValue, criterion.kind.rawValue,
                                 criterion.weight.map { String($0) } ?? "", level, value, crosses,
                                 assessment?.confidence.rawValue ?? "", assessment == nil ? "missing" : "assessed"])
                }
            }
        }
        return Array(rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n").utf8) + [0x0D, 0x0A]
    }

    /// One RFC 4180 field. A text a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) gets a leading `'` and quotes, as OWASP advises against CSV injection; numbers stay numbers.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
