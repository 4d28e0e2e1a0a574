import Foundation
import Testing
@testable import AssaySite

/// The what-if panel's data as a page carries it: the numbers the panel computes from, for the minimal fixture
/// (council: low-cost weight 2 over levels 0 / 0.4 / 1, traffic-relief 1 over 0 / 0.5 / 1, red line protect-old-quarter).
@Suite struct WhatIfDataTests {
    static func island(_ page: String) throws -> (root: String, data: [String: Any]) {
        let folder = try RepositoryPaths.scratch()
        _ = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).build(
            .init(content: RepositoryPaths.fixtures + "/minimal", templates: RepositoryPaths.templates, output: folder + "/Output"))
        let html = try String(contentsOfFile: folder + "/Output/" + page, encoding: .utf8)
        let opening = "<script type=\"application/json\" class=\"whatif-data\" data-root=\""
        let rest = try #require(html.components(separatedBy: opening).dropFirst().first)
        let root = String(rest.prefix { $0 != "\"" })
        let json = try #require(rest.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</script>").first)
        return (root, try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]))
    }

    @Test func theActorPageCarriesEveryNumberThePanelNeeds() throws {
        let (root, data) = try Self.island("actors/council.html")
        #expect(root == "../")
        #expect(data["actor"] as? String == "council")
        let preferences = try #require(data["preferences"] as? [[String: Any]])
        #expect(preferences.map { $0["id"] as? String } == ["low-cost", "traffic-relief"])
        #expect(preferences.map { $0["weight"] as? Double } == [2, 1])
        #expect(preferences.map { $0["min"] as? Double } == [0, 0])
        #expect(preferences.map { $0["max"] as? Double } == [1, 1])
        #expect(preferences[0]["href"] as? String == "criteria/low-cost.html")
        // Stability: at a low-cost share t, north scores t and mill 0.4t + 0.5(1 − t); they tie at t = 5/11, which is the
        // raw weight (5/11) / (6/11) = 5/6 with traffic-relief staying 1. Above it north stays first: no upper bound.
        #expect(abs((preferences[0]["stableFrom"] as? Double ?? 0) - 5.0 / 6.0) < 1e-12)
        #expect(preferences[0]["stableTo"] == nil, "no upper bound")
        let redLines = try #require(data["redLines"] as? [[String: Any]])
        #expect(redLines.map { $0["id"] as? String } == ["protect-old-quarter"])
        let options = try #require(data["options"] as? [[String: Any]])
        #expect(options.map { $0["id"] as? String } == ["mill-site", "north-site", "old-town-site"])
        #expect(options.map { $0["values"] as? [Double] } == [[0.4, 0.5], [1, 0], [0, 1]])
        #expect(options.map { $0["crosses"] as? [Bool] } == [[false], [false], [true]])
    }

    @Test func theIndexCarriesTheSameDataFromItsOwnPlace() throws {
        let (root, data) = try Self.island("index.html")
        #expect(root == "")
        #expect((data["options"] as? [Any])?.count == 3)
    }
}
