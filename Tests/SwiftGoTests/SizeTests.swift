// swiftgo size: attribution of hello world's bytes (GoBuild/Inspect).
import Foundation
import GoBuild
import GoCodeGen
import Testing

@Suite struct SizeTests {
    @Test(arguments: [GoCodeGen.Arch.amd64, GoCodeGen.Arch.arm64])
    func helloIsAttributed(arch: GoCodeGen.Arch) throws {
        let exe = try InspectFixture.hello(arch)
        let r = try SizeReport(path: exe)
        let fileSize = UInt64(try FileManager.default.attributesOfItem(atPath: exe)[.size] as! Int)
        #expect(r.fileBytes == fileSize, "file bytes attributed must equal the file size")
        #expect(r.attributedFraction >= 0.99, "only \(r.attributedFraction * 100) % attributed")
        #expect(r.image.arch == arch.rawValue)
        // main.main lands in package main, mallocgc in runtime's heap
        let main = r.pieces.first { $0.symbol == "main.main" }
        #expect(main?.package == "main")
        #expect(r.pieces.first { $0.symbol == "runtime.mallocgc" }?.subsystem == "heap")
    }

    /// Every section size equals what binutils' (or llvm's) `size -A` says, and so does the total.
    @Test func sectionsAgreeWithSizeA() throws {
        let exe = try InspectFixture.hello(.amd64)
        guard let tool = InspectFixture.which(["size", "llvm-size-19"]), let text = InspectFixture.output([tool, "-A", exe]) else {
            Issue.record("neither size nor llvm-size-19 runs"); return
        }
        let r = try SizeReport(path: exe)
        var listed: UInt64 = 0
        var total: UInt64?
        for line in text.split(separator: "\n") {
            let w = line.split(separator: " ", omittingEmptySubsequences: true)
            guard w.count >= 2, let size = UInt64(w[1]) else { continue }
            if w[0] == "Total" { total = size; continue }
            let mine = r.image.sections.first { $0.name == w[0] }
            #expect(mine?.size == size, "section \(w[0]): size -A says \(size), we say \(String(describing: mine?.size))")
            listed += size
        }
        #expect(total == listed)
        let ours = r.pieces.filter { p in text.contains(p.section + " ") }.reduce(0) { $0 + $1.bytes }
        #expect(ours == total, "bytes we attribute to size -A's sections must add up to its total")
    }

    @Test func runtimeSymbolsHaveSubsystems() throws {
        for arch in [Arch.amd64, Arch.arm64] {
            let r = try SizeReport(path: try InspectFixture.hello(arch))
            let other = Set(r.pieces.filter { $0.package == "runtime" && $0.subsystem == "other" }.map(\.symbol))
            #expect(other.isEmpty, "runtime symbols without a subsystem (\(arch)): \(other.sorted())")
        }
    }

    /// The file → subsystem table must know every runtime source file, so a new file cannot go unnoticed.
    @Test func everyRuntimeFileHasASubsystem() throws {
        let dir = GoldenPaths.packageRoot.appendingPathComponent("Runtime").path
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".c") || $0.hasSuffix(".S") }
        #expect(!files.isEmpty)
        for f in files { #expect(RuntimeSubsystems.subsystem(forFile: f) != nil, "Runtime/\(f) has no subsystem") }
    }

    @Test func jsonHasTheExpectedKeys() throws {
        let s = SizeSummary(try SizeReport(path: try InspectFixture.hello(.amd64)), by: "package", top: 10)
        let data = try JSONEncoder().encode(s)
        let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        for k in ["file", "arch", "fileSize", "bssBytes", "attributedPercent", "by", "groups", "sections", "packages",
                  "subsystems", "symbols"] {
            #expect(obj?[k] != nil, "missing key \(k)")
        }
        let back = try JSONDecoder().decode(SizeSummary.self, from: data)
        #expect(back.fileSize == s.fileSize && back.packages.contains { $0.name == "runtime" })
    }

    @Test func badInputIsAnError() {
        #expect(throws: InspectError.self) { try SizeReport(path: "/nonexistent/file") }
        #expect(throws: InspectError.self) { try SizeReport(path: GoldenPaths.testdata.appendingPathComponent("basic/hello.go").path) }
    }

    /// The HTML page in real headless Chromium: the script ran (it puts the
    /// number of boxes drawn into the title) and the screenshot is not blank
    /// (a PNG of a blank page compresses to almost nothing; the treemap's does not).
    @Test func htmlRendersInChromium() throws {
        guard let chromium = InspectFixture.which(["chromium", "chromium-browser", "google-chrome"]) else {
            print("SizeTests: chromium not installed (apt-get install -y chromium): HTML render test skipped")
            return
        }
        let s = SizeSummary(try SizeReport(path: try InspectFixture.hello(.amd64)), by: "package", top: 10, leaves: true)
        let page = InspectFixture.dir + "/size.html", blank = InspectFixture.dir + "/blank.html"
        try SizeHTML.render(s).write(toFile: page, atomically: true, encoding: .utf8)
        try "<html><body></body></html>".write(toFile: blank, atomically: true, encoding: .utf8)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1100,800"]
        let env = ["HOME": InspectFixture.dir]
        let dom = InspectFixture.output([chromium] + flags + ["--dump-dom", "file://" + page], env: env) ?? ""
        let title = dom.range(of: "<title>[^<]*</title>", options: .regularExpression).map { String(dom[$0]) } ?? ""
        #expect(title.contains("\(s.fileSize) bytes"), "title: \(title)")
        #expect(title.range(of: "\\[[1-9][0-9]* boxes\\]", options: .regularExpression) != nil, "the script did not draw: \(title)")
        func shot(_ file: String, _ png: String) -> Int {
            _ = InspectFixture.output([chromium] + flags + ["--screenshot=" + png, "file://" + file], env: env)
            return ((try? FileManager.default.attributesOfItem(atPath: png))?[.size] as? Int) ?? 0
        }
        let pageBytes = shot(page, InspectFixture.dir + "/size.png"), blankBytes = shot(blank, InspectFixture.dir + "/blank.png")
        #expect(blankBytes > 0 && pageBytes > 4 * blankBytes, "screenshot \(pageBytes) B vs blank page \(blankBytes) B")
    }
}
