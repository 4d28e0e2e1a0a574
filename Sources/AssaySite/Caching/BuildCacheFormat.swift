import AssayCore

/// The build cache on disk: one line per entry, tab-separated, written and read in one pass. Foundation's JSON
/// coders took seconds over the 300,000 entries of a 50,000-page report, and most of a small build's reading time.
///
/// ```
/// assay-build-cache 3
/// key <tab> tool <tab> draws <tab> seed <tab> content <tab> templates <tab> output
/// i <tab> digest <tab> path          (an input)
/// o <tab> digest <tab> path          (an output file)
/// ```
/// Text fields escape `\`, tab, line feed and carriage return as `\\`, `\t`, `\n`, `\r`.
enum BuildCacheFormat {
    static let header = "assay-build-cache \(BuildCache.format)"

    static func encode(_ cache: BuildCache) -> [UInt8] {
        var lines = [header]
        lines.reserveCapacity(cache.inputs.count + cache.outputs.count + 2)
        let key = cache.key
        lines.append(["key", escape(key.tool), String(key.draws), String(key.seed), escape(key.content), escape(key.templates),
                      escape(key.output)].joined(separator: "\t"))
        for (path, digest) in cache.inputs.sorted(by: { $0.key < $1.key }) {
            lines.append("i\t\(digest)\t\(escape(path))")
        }
        for (path, digest) in cache.outputs.sorted(by: { $0.key < $1.key }) {
            lines.append("o\t\(digest)\t\(escape(path))")
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The cache, or nil for anything that is not one written by this format.
    static func decode(_ bytes: [UInt8]) -> BuildCache? {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return nil }  // A cache cut short has no final line break.
        lines.removeLast()
        guard lines.count >= 2, lines[0] == header else { return nil }
        let keyFields = lines[1].split(separator: "\t", omittingEmptySubsequences: false)
        guard keyFields.count == 7, keyFields[0] == "key", let draws = Int(keyFields[2]), let seed = UInt64(keyFields[3]),
              let tool = unescape(keyFields[1]), let content = unescape(keyFields[4]), let templates = unescape(keyFields[5]),
              let output = unescape(keyFields[6]) else { return nil }
        var inputs: [String: ContentDigest] = [:]
        var outputs: [String: ContentDigest] = [:]
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "i":
                guard fields.count == 3, let digest = ContentDigest(hex: String(fields[1])), let path = unescape(fields[2]) else { return nil }
                inputs[path] = digest
            case "o":
                guard fields.count == 3, let digest = ContentDigest(hex: String(fields[1])), let path = unescape(fields[2]) else { return nil }
                outputs[path] = digest
            default:
                return nil
            }
        }
        return BuildCache(format: BuildCache.format,
                          key: .init(tool: tool, draws: draws, seed: seed, content: content, templates: templates, output: output),
                          inputs: inputs, outputs: outputs)
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    static func unescape(_ field: Substring) -> String? {
        guard field.contains("\\") else { return String(field) }
        var out = ""
        var escaping = false
        for character in field.unicodeScalars {
            if escaping {
                switch character {
                case "\\": out += "\\"
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: return nil
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(character)
            }
        }
        return escaping ? nil : out
    }
}
