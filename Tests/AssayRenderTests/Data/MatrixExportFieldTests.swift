import Foundation
import Testing
@testable import AssayRender

/// matrix.csv's cells as a spreadsheet reads them: no cell a reader opens can start a formula (OWASP, CSV injection).
@Suite struct MatrixExportFieldTests {
    @Test(arguments: [
        ("=25..30", "\"'=25..30\""), ("=-5", "\"'=-5\""), ("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""), ("-x", "\"'-x\""), ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""),
        ("=\"a\",b", "\"'=\"\"a\"\",b\""),
    ])
    func formulaLikeTextIsNeutralised(text: String, field: String) {
        #expect(MatrixExport.field(text) == field)
    }

    @Test(arguments: [("-5", "-5"), ("0.25", "0.25"), ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\"")])
    func numbersAndOrdinaryTextAreKept(text: String, field: String) {
        #expect(MatrixExport.field(text) == field)
    }

    /// Read back as a spreadsheet's CSV import reads it: no cell begins with a formula character.
    @Test func noCellReadBackStartsAFormula() throws {
        let line = ["=1+1", "+A1", "-A1", "@A1", "\tA1", "-0.5", "level-id"].map(MatrixExport.field).joined(separator: ",")
        for cell in Self.cells(line) where Double(cell) == nil {
            #expect(!"=+-@\t\r".contains(cell.first ?? " "), "\(cell.debugDescription) would start a formula")
        }
    }

    /// RFC 4180 fields of one line.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false, previousQuote = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true; continue }
                current.append(character)
            } else if character == "\"" {
                if previousQuote { current.append("\"") }
                quoted = true
            } else if character == "," {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previousQuote = false
        }
        return cells + [current]
    }
}
