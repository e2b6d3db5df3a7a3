// swiftgo-fuzz: the compiler front end and code generator under libFuzzer.
//
// One input is one Go source file. It goes through what `swiftgo build` does
// before linking: scan + parse, type-check (on a large stack, as the package
// loader does), then — for a main package with func main — code generation
// and LLVM verification (on the calling thread, as Builder.build does).
// Every outcome must be a diagnostic: a parse/type error, a CodeGenError
// ("not supported by swiftgo yet"), never a trap, a hang, or a module that
// LLVM's verifier rejects (that one is turned into a crash here, on purpose).
//
// Built two ways (see scripts/fuzz):
//   - with `-Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DSWIFTGO_LIBFUZZER`:
//     libFuzzer's main drives LLVMFuzzerTestOneInput;
//   - plainly (any `swift build`): a replay driver, `swiftgo-fuzz FILE...`,
//     that runs each file through the same harness and prints the outcome.
//
// Environment: SWIFTGO_FUZZ_OPT=1 also runs the O2 pipeline on verified modules.
import Foundation
import GoSyntax
import GoTypes
import GoCodeGen
import GoBuild

private final class Box<T>: @unchecked Sendable { var value: T?; init() {} }

enum FuzzHarness {
    /// Largest input handled; libFuzzer is also given -max_len.
    static let maxLen = 16 * 1024
    static let target: TargetMachine = try! TargetMachine(arch: .amd64, opt: .O2)
    static let runOpt = ProcessInfo.processInfo.environment["SWIFTGO_FUZZ_OPT"] == "1"

    /// Standard packages a fuzz input may import (loaded once, from GOROOT,
    /// by the real package loader); any other import is "not found".
    static let allowedImports: Set<String> = ["errors", "unicode/utf8", "math/bits", "math", "sort", "strings", "strconv", "fmt", "os", "sync"]
    static let loader = PackageLoader(arch: "amd64")
    static var imported: [String: Package?] = [:]

    static func importPackage(_ path: String) -> Package? {
        if path == "unsafe" { return Universe.unsafePackage }
        guard allowedImports.contains(path) else { return nil }
        if let p = imported[path] { return p }
        let p = try? loader.load(importPath: path).types
        imported[path] = p
        return p
    }

    enum Outcome: String { case tooLarge, parseError, checkError, notMain, codegenError, ok }

    /// Runs body on a thread with a 1 GiB stack, as GoBuild's loader does.
    static func onLargeStack<T>(_ body: @escaping () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let t = Thread { box.value = body(); done.signal() }
        t.stackSize = 1 << 30
        t.start()
        done.wait()
        return box.value!
    }

    static func run(_ bytes: [UInt8], name: String = "fuzz.go", log: ((String) -> Void)? = nil) -> Outcome {
        if bytes.count > maxLen { return .tooLarge }
        // Parse and check, as PackageLoader.loadPackage does.
        let front: (Outcome, Package?, Info?, FileSet) = onLargeStack {
            let fs = FileSet()
            let diags = DiagnosticList(fileSet: fs)
            let file = parseFile(fileSet: fs, filename: name, source: bytes, diagnostics: diags)
            if diags.hasSyntaxErrors {
                log?(diags.rendered().joined(separator: "\n"))
                return (.parseError, nil, nil, fs)
            }
            // Imports are loaded before checking; do that here too.
            for spec in file.imports { _ = importPackage(spec.pathValue) }
            let pkg = Package(path: "command-line-arguments", name: file.name.name)
            let info = Info()
            diags.checkingStarts()
            let checker = Checker(pkg: pkg, info: info, diagnostics: diags, importer: { ip, _ in importPackage(ip) })
            checker.check(files: [file])
            if !diags.isEmpty {
                log?(diags.rendered().joined(separator: "\n"))
                return (.checkError, nil, nil, fs)
            }
            return (.ok, pkg, info, fs)
        }
        guard front.0 == .ok, let pkg = front.1, let info = front.2 else { return front.0 }
        // Builder.check's own requirements.
        if pkg.name != "main" || pkg.scope.lookup("main") as? Func == nil { return .notMain }
        let gen = CodeGen(pkg: pkg, info: info, fileSet: front.3, target: target)
        do {
            try gen.generate()
        } catch let e as CodeGenError {
            log?(e.description)
            return .codegenError
        } catch {
            log?("unexpected error: \(error)")
            return .codegenError
        }
        do {
            try gen.verify()
        } catch {
            // Well-typed input accepted by the code generator must give valid IR.
            FileHandle.standardError.write(("swiftgo-fuzz: " + String(describing: error) + "\n").data(using: .utf8)!)
            abort()
        }
        if runOpt { try? gen.optimize(.O2) }
        return .ok
    }
}

#if SWIFTGO_LIBFUZZER
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    _ = FuzzHarness.run(bytes)
    return 0
}

// SwiftPM links an executable target with `main` defined as `<module>_main`
// (here swiftgo_fuzz_main), so libFuzzer's own main is not used: hand over to
// its driver explicitly.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("swiftgo_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v, { data, size in fuzzTestOneInput(data, size) })
}
#else
// Replay driver: swiftgo-fuzz [-v] FILE...
@main struct ReplayDriver {
    static func main() {
        var verbose = false
        var counts: [String: Int] = [:]
        var args = Array(CommandLine.arguments.dropFirst())
        if args.first == "-v" { verbose = true; args.removeFirst() }
        if args.isEmpty {
            FileHandle.standardError.write("usage: swiftgo-fuzz [-v] FILE...   (replays inputs through the fuzz harness)\n".data(using: .utf8)!)
            exit(2)
        }
        for path in args {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write("swiftgo-fuzz: cannot read \(path)\n".data(using: .utf8)!)
                exit(1)
            }
            let outcome = FuzzHarness.run([UInt8](data), name: path, log: verbose ? { print($0) } : nil)
            counts[outcome.rawValue, default: 0] += 1
            if verbose { print("\(path): \(outcome.rawValue)") }
        }
        print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }
}
#endif
