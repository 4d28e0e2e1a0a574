/// Reads `site.yml`: plain YAML with the keys of `SiteConfiguration`.
enum SiteConfigurationReader {
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
            switch WebAddress.parse(url, schemes: ["http", "https"], allowsRelative: false) {
            case .failure(let refusal):
                fields.report(.error(at: fields.keyLocationOfValue("base-url"), "the base URL '\(WebAddress.shown(url))' \(refusal.message)",
                                     hint: refusal.hint))
            case .success(let address) where address.fragment != nil || url.contains("?"):
                fields.report(.error(at: fields.keyLocationOfValue("base-url"), "the base URL '\(WebAddress.shown(url))' has a query or fragment",
                                     hint: "every page's address is made by adding its path to the base URL; remove the part from '?' or '#'"))
            case .success:
                configuration.baseURL = url
            }
        }
        configuration.allowsRemoteImages = fields.bool("remote-images") ?? false
        if let actors = fields.idList("actors", of: Actor.self) {
            configuration.actorOrder = actors.map(\.id)
            configuration.actorOrderLocations = actors.map(\.location)
        }
        fields.finish(allowed: FrontMatterKeys.site)
        return (configuration, fields.diagnostics)
    }
}
