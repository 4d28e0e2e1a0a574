import AssayCore
import Testing
@testable import AssaySite

/// The build cache's line format: what is written is read back, odd paths included, and anything else is no cache.
@Suite struct BuildCacheFormatTests {
    static let cache = BuildCache(
        format: BuildCache.format,
        key: .init(tool: "assay 0.1.0 /usr/bin/assay", draws: 10_000, seed: 20_240_601, content: "Con\ttent", templates: "T\\emplates",
                   output: "Out\nput"),
        inputs: ["Content/a.md": ContentDigest.of("a"), "Content/tab\there.md": ContentDigest.of("b"), "Content/é\r.md": ContentDigest.of("c")],
        outputs: ["index.html": ContentDigest.of("y"), "options/back\\slash.html": ContentDigest.of("z")])

    @Test func whatIsWrittenIsReadBack() {
        #expect(BuildCacheFormat.decode(BuildCacheFormat.encode(Self.cache)) == Self.cache)
    }

    /// Entries sorted by path whatever order the dictionaries hold them in, escapes as documented, every line ended.
    @Test func theCacheIsWrittenLineByLineInPathOrder() {
        let text = String(decoding: BuildCacheFormat.encode(Self.cache), as: UTF8.self)
        #expect(text == """
            assay-build-cache 3
            key\tassay 0.1.0 /usr/bin/assay\t10000\t20240601\tCon\\ttent\tT\\\\emplates\tOut\\nput
            i\t\(ContentDigest.of("a"))\tContent/a.md
            i\t\(ContentDigest.of("b"))\tContent/tab\\there.md
            i\t\(ContentDigest.of("c"))\tContent/é\\r.md
            o\t\(ContentDigest.of("y"))\tindex.html
            o\t\(ContentDigest.of("z"))\toptions/back\\\\slash.html

            """)
    }

    @Test(arguments: ["", "{}", "assay-build-cache 2\n", "assay-build-cache 3\n", "assay-build-cache 3\nkey\ta\n",
                      "assay-build-cache 3\nkey\tt\t1\t2\tc\tt\to\nx\tzz\tpath\n", "assay-build-cache 3\nkey\tt\t1\t2\tc\tt\to\ni\tnothex\tpath\n",
                      "assay-build-cache 3\nkey\tt\t1\t2\tc\tt\to\ni\t\(ContentDigest.of("a"))\tbad\\q\n",
                      "assay-build-cache 3\nkey\tt\t1\t2\tc\tt\to\no\t\(ContentDigest.of("a"))\t\(ContentDigest.of("a"))\tpath\n"])
    func anythingElseIsNoCache(text: String) {
        #expect(BuildCacheFormat.decode(Array(text.utf8)) == nil)
    }

    @Test func aCacheCutShortIsNoCache() {
        let bytes = BuildCacheFormat.encode(Self.cache)
        #expect(BuildCacheFormat.decode(Array(bytes.dropLast(5))) == nil)
    }
}
