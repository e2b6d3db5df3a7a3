// Go 1.19's own standard library type-checks with zero errors (through the
// package loader, with swiftgo's runtime overlay).
import Foundation
import GoBuild
import Testing

@Suite("Standard library type-checks")
struct StdlibCheckTests {
    static let packages = [
        "errors", "unicode", "unicode/utf8", "unicode/utf16", "strconv", "strings", "bytes", "sort",
        "math", "math/bits", "container/list", "container/heap", "container/ring", "bufio", "path",
        "text/tabwriter", "encoding/binary", "hash/fnv",
    ]

    static var hasGoroot: Bool { FileManager.default.fileExists(atPath: PackageLoader.defaultGoroot() + "/src/strings") }

    @Test("zero errors", .enabled(if: hasGoroot, "GOROOT (\(PackageLoader.defaultGoroot())) is absent"),
          arguments: packages)
    func check(_ path: String) throws {
        for arch in ["amd64", "arm64"] {
            do {
                let pkg = try PackageLoader(arch: arch).load(importPath: path)
                #expect(pkg.diagnostics.isEmpty)
            } catch let e as LoadFailure {
                Issue.record("\(path) [\(arch)]:\n\(e.description)")
            }
        }
    }
}
