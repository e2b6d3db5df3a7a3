// `swiftgo startup`: where the time to main.main goes (GoBuild/Inspect).
import ArgumentParser
import Foundation
import GoBuild

struct Startup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a program with GODEBUG=inittrace=1 and report the median of each startup phase.")

    @Argument(help: "The executable (arm64 ones run under qemu-aarch64-static).") var binary: String
    @Option(name: .customShort("n"), help: "Runs.") var runs = 20
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Also write the phases as an SVG timeline.") var svg: String?
    @Option(help: "Compare with another executable, e.g. the same program built by gc.") var vs: String?

    func run() throws {
        guard runs >= 1 else { fail("startup: -n must be at least 1") }
        do {
            var report = try StartupReport.measure(binary: binary, runs: runs)
            if let vs { report.vs = [try StartupReport.measure(binary: vs, runs: runs)] }
            if let svg, !FileManager.default.createFile(atPath: svg, contents: Data(StartupText.svg(report).utf8)) {
                fail("startup: cannot write \(svg)")
            }
            if json {
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try enc.encode(report), as: UTF8.self))
            } else {
                print(StartupText.render(report), terminator: "")
            }
        } catch let e as InspectError {
            fail("startup: \(e)")
        }
    }
}
