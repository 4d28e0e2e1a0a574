import Foundation
import Testing
@testable import AssaySite

/// An image from another host tells that host who reads the report: it is left out unless `site.yml` allows
/// remote images, and the pages' policy says the same.
@Suite struct RemoteImageTests {
    static func build(allowing: Bool) throws -> (page: String, warnings: [String]) {
        let folder = try RepositoryPaths.scratch()
        try FileManager.default.copyItem(atPath: RepositoryPaths.fixtures + "/minimal", toPath: folder + "/Content")
        let option = folder + "/Content/options/north-site.md"
        let text = try String(contentsOfFile: option, encoding: .utf8)
        try text.replacingOccurrences(of: "The cheapest site", with: "![Map of the north site](https://maps.example/north.png) The cheapest site")
            .write(toFile: option, atomically: true, encoding: .utf8)
        if allowing {
            let site = folder + "/Content/site.yml"
            try (try String(contentsOfFile: site, encoding: .utf8) + "remote-images: true\n").write(toFile: site, atomically: true, encoding: .utf8)
        }
        let summary = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).build(
            .init(content: folder + "/Content", templates: RepositoryPaths.templates, output: folder + "/Output"))
        let page = try String(contentsOfFile: folder + "/Output/options/north-site.html", encoding: .utf8)
        return (page, summary.warnings.map { "\($0.location.line):\($0.location.column) \($0.message)" })
    }

    @Test func leftOutByDefault() throws {
        let (page, warnings) = try Self.build(allowing: false)
        #expect(!page.contains("<img"))
        #expect(page.contains("<p>Map of the north site The cheapest site"), "the description stays as text")
        #expect(page.contains("img-src &#39;self&#39; data:; connect-src"))
        #expect(warnings.contains("7:1 the image 'https://maps.example/north.png' is left out: it loads from another host, which would learn who reads the report"))
    }

    @Test func shownWhenTheSiteAllowsThem() throws {
        let (page, warnings) = try Self.build(allowing: true)
        #expect(page.contains("<img src=\"https://maps.example/north.png\" alt=\"Map of the north site\" />"))
        #expect(page.contains("img-src &#39;self&#39; data: https:; connect-src"))
        #expect(!warnings.contains { $0.contains("is left out") })
    }
}
