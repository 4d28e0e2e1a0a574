/// Reads `site.yml`: plain YAML with the keys of `SiteConfiguration`.
enum SiteConfigurationReader {
    static let keys = ["title", "base-url", "language", "author", "description"]

    static func read(_ text: String, file: String) -> (SiteConfiguration, [Diagnostic]) {
        var fields = FrontMatterFields(FrontMatter(yaml: text, yamlLine: 1, body: "", bodyLine: 1), file: file)
        var configuration = SiteConfiguration()
        guard fields.isReadable else { return (configuration, fields.diagnostics) }
        configuration.title = fields.string("title", required: false)
        configuration.author = fields.string("author", required: false)
        configuration.description = fields.string("description", required: false)
        if let language = fields.string("language", required: false) {
            if language.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) && !language.isEmpty {
                configuration.language = language
            } else {
                fields.report(.error(at: fields.keyLocationOfValue("language"), "'\(language)' is not a language tag",
                                     hint: "write a BCP 47 tag such as 'en' or 'en-GB'"))
            }
        }
        if let url = fields.string("base-url", required: false) {
            let valid = (url.hasPrefix("https://") || url.hasPrefix("http://")) && !url.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
            if valid {
                configuration.baseURL = url
            } else {
                fields.report(.error(at: fields.keyLocationOfValue("base-url"), "the base URL must be an http:// or https:// address",
                                     hint: "write where the report is published, e.g. 'base-url: https://example.org/reports/'"))
            }
        }
        fields.finish(allowed: keys)
        return (configuration, fields.diagnostics)
    }
}
