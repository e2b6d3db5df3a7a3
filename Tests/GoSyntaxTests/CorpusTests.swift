import Foundation
import Testing
import GoSyntax

let goroot = "/usr/lib/go-1.19/src"

/// Every .go file under GOROOT/src, excluding testdata directories, sorted.
func corpusFiles() -> [String] {
    guard let rp = realpath(goroot, nil) else { return [] }
    let root = String(cString: rp)
    free(rp)
    guard let en = FileManager.default.enumerator(atPath: root) else { return [] }
    var out: [String] = []
    while let rel = en.nextObject() as? String {
        if !rel.hasSuffix(".go") { continue }
        if rel.split(separator: "/").contains("testdata") { continue }
        out.append(goroot + "/" + rel)
    }
    return out.sorted()
}

func readBytes(_ path: String) -> [UInt8] {
    guard let d = FileManager.default.contents(atPath: path) else { return [] }
    return [UInt8](d)
}

@Suite struct CorpusTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: goroot), "GOROOT source /usr/lib/go-1.19/src not present"))
    func corpusParsesWithoutErrors() throws {
        let files = corpusFiles()
        #expect(files.count > 1000)
        let sources = files.map { readBytes($0) }
        var lines = 0
        for s in sources { for b in s where b == 0x0A { lines += 1 } }
        let start = DispatchTime.now()
        var failures: [String] = []
        for (i, path) in files.enumerated() {
            let fs = FileSet()
            let diags = DiagnosticList(fileSet: fs)
            _ = parseFile(fileSet: fs, filename: path, source: sources[i], diagnostics: diags)
            if !diags.isEmpty { failures.append(contentsOf: diags.rendered(limit: 3)) }
        }
        let secs = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print("corpus: \(files.count) files, \(lines) lines, parsed in \(String(format: "%.3f", secs)) s")
        for f in failures.prefix(50) { print(f) }
        #expect(failures.isEmpty, "\(failures.count) errors, first: \(failures.first ?? "")")
    }
}

@Suite struct ErrorDumpTests {
    /// Prints our diagnostics for each file listed (one per line) in the file
    /// named by GOSYNTAX_ERRORS_FOR, for comparison with gc's output.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOSYNTAX_ERRORS_FOR"] != nil, "set GOSYNTAX_ERRORS_FOR"))
    func dumpErrors() throws {
        let list = try String(contentsOfFile: ProcessInfo.processInfo.environment["GOSYNTAX_ERRORS_FOR"]!, encoding: .utf8)
        for path in list.split(separator: "\n") {
            let fs = FileSet()
            let diags = DiagnosticList(fileSet: fs)
            _ = parseFile(fileSet: fs, filename: String(path), source: readBytes(String(path)), diagnostics: diags)
            for line in diags.rendered() { print("ERR " + line) }
        }
    }
}
