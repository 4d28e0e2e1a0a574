import Foundation
import Testing
@testable import AssayCore
@testable import AssayRender

/// `PageKind` owns what belongs to a kind of page. A kind added to it and nowhere else fails here: its template
/// must be in `Templates/` and in the built-in theme, and a report that has every kind (revisions, more than a
/// hundred options) must make a file of it.
@Suite struct PageKindTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates").path

    @Test(arguments: PageKind.allCases)
    func everyKindHasItsTemplateInTheThemeAndTheProject(_ kind: PageKind) {
        #expect(FileManager.default.fileExists(atPath: Self.templates + "/\(kind.template).mustache"))
        #expect(BuiltInTheme.files.contains { $0.path == "\(kind.template).mustache" })
        #expect(TemplateSet.pageTemplates.contains(kind.template))
    }

    @Test func pathsAndSectionsTellKindsApart() {
        let single = PageKind.allCases.compactMap(\.singlePath)
        #expect(Set(single).count == single.count)
        // Only the two kinds of complete list share a section.
        let sections = PageKind.allCases.filter { $0 != .optionList }.map(\.section)
        #expect(Set(sections).count == sections.count)
        #expect(PageKind.optionList.section == PageKind.rankingList.section)
        for kind in PageKind.allCases {
            #expect((kind.singlePath == nil) == (kind.prefix == "../"), "\(kind): a page per entity lies one folder down")
        }
    }

    @Test func aReportWithEveryKindMakesAFileOfEach() {
        let here = SourceLocation.start(of: "t")
        let options = (0..<101).map { Option(id: "o\($0)", title: "O\($0)", summary: "", annotation: Annotation(location: here)) }
        let scale: [Criterion.Level] = [.init(id: "low", label: "Low", value: 0, location: here),
                                        .init(id: "high", label: "High", value: 1, location: here)]
        let criterion = Criterion(id: "c", actorID: "a", title: "C", rule: .preference(weight: 1, scale: scale),
                                  annotation: Annotation(location: here))
        let revision = Revision(date: "2026-12-04", note: nil, article: "", conclusions: .init(actors: [], expectations: []),
                                grounds: .init(assessments: []), names: .init(titles: [:]))
        let model = ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: "Text.", location: here),
                entities: .init(actors: [Actor(id: "a", name: "A", description: "", location: here)], criteria: [criterion],
                options: options, assessments: []), revisions: [revision])
        let paths = Set(ReportRenderer.paths(of: model))
        for kind in PageKind.allCases {
            let made: Bool = switch kind {
            case .option: paths.contains(PagePaths.option("o0"))
            case .criterion: paths.contains(PagePaths.criterion("c"))
            case .actor: paths.contains(PagePaths.actor("a"))
            case .rankingList: paths.contains(PagePaths.rankingList("a", page: 2))
            case .optionList: paths.contains(PagePaths.optionList(page: 2))
            default: kind.singlePath.map(paths.contains) ?? false
            }
            #expect(made, "a file of the kind \(kind)")
        }
    }
}
