// `swiftgo size`: where the bytes of an executable go (GoBuild/Inspect).
import ArgumentParser
import Foundation
import GoBuild

struct Size: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Attribute every byte of an ELF executable to a section, Go package, runtime subsystem and symbol.")

    @Argument(help: "The executable.") var binary: String
    @Option(help: "Group by package, subsystem, symbol or section.") var by = "package"
    @Option(help: "Rows shown for --by symbol and the symbol list.") var top = 30
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Also write a self-contained HTML page with a zoomable treemap.") var html: String?
    @Option(help: "Compare with another executable (e.g. the same program built by gc).") var vs: String?

    func run() throws {
        guard SizeSummary.views.contains(by) else { fail("size: --by must be one of \(SizeSummary.views.joined(separator: ", "))") }
        do {
            var summary = SizeSummary(try SizeReport(path: binary), by: by, top: top, leaves: html != nil)
            if let vs { summary.vs = [SizeSummary(try SizeReport(path: vs), by: by, top: top, leaves: html != nil)] }
            if let html {
                guard FileManager.default.createFile(atPath: html, contents: Data(try SizeHTML.render(summary).utf8)) else {
                    fail("size: cannot write \(html)")
                }
            }
            if json {
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try enc.encode(summary), as: UTF8.self))
            } else {
                print(SizeText.render(summary), terminator: "")
            }
        } catch let e as InspectError {
            fail("size: \(e)")
        }
    }
}
