// Build-constraint evaluation and package loading (overlays, GOROOT, a user
// module with go.mod, import cycles, missing packages).
import Foundation
import GoBuild
import Testing

@Suite("Build constraints")
struct BuildTagTests {
    let amd64 = BuildContext(goarch: "amd64")
    let arm64 = BuildContext(goarch: "arm64")

    @Test("file-name suffixes select GOOS and GOARCH")
    func fileNames() {
        #expect(amd64.matchFileName("a.go"))
        #expect(amd64.matchFileName("a_linux.go"))
        #expect(amd64.matchFileName("a_amd64.go"))
        #expect(amd64.matchFileName("a_linux_amd64.go"))
        #expect(!amd64.matchFileName("a_arm64.go"))
        #expect(arm64.matchFileName("a_arm64.go"))
        #expect(!amd64.matchFileName("a_windows.go"))
        #expect(!amd64.matchFileName("a_linux_arm64.go"))
        #expect(!amd64.matchFileName("a_darwin_amd64.go"))
        #expect(!amd64.matchFileName("a_test.go"))
        #expect(!amd64.matchFileName("a_linux_test.go"))
        #expect(!amd64.matchFileName("_a.go"))
        #expect(!amd64.matchFileName(".a.go"))
        #expect(!amd64.matchFileName("a.s"))
        #expect(amd64.matchFileName("linux.go"))          // no underscore: not a suffix
        #expect(amd64.matchFileName("syscall_foo.go"))
    }

    @Test("//go:build expressions")
    func goBuild() throws {
        #expect(try amd64.evalBuildExpr("linux"))
        #expect(try amd64.evalBuildExpr("linux && amd64"))
        #expect(try !amd64.evalBuildExpr("linux && arm64"))
        #expect(try amd64.evalBuildExpr("darwin || linux"))
        #expect(try amd64.evalBuildExpr("!windows"))
        #expect(try !amd64.evalBuildExpr("!(linux || darwin)"))
        #expect(try amd64.evalBuildExpr("(linux || darwin) && !cgo"))
        #expect(try amd64.evalBuildExpr("swiftgo && go1.19 && go1.1"))
        #expect(try !amd64.evalBuildExpr("go1.20"))
        #expect(try !amd64.evalBuildExpr("gc"))
        #expect(try !amd64.evalBuildExpr("gccgo"))
        #expect(try !amd64.evalBuildExpr("cgo"))
        #expect(throws: (any Error).self) { try amd64.evalBuildExpr("linux &&") }
        #expect(throws: (any Error).self) { try amd64.evalBuildExpr("(linux") }
        #expect(amd64.matchConstraints(["//go:build linux && !arm64", "// +build nothing"]))
        #expect(!arm64.matchConstraints(["//go:build linux && !arm64"]))
    }

    @Test("legacy // +build lines: space is OR, comma is AND, lines AND")
    func plusBuild() {
        #expect(amd64.matchConstraints(["// +build linux darwin"]))
        #expect(!amd64.matchConstraints(["// +build darwin windows"]))
        #expect(amd64.matchConstraints(["// +build linux,amd64"]))
        #expect(!amd64.matchConstraints(["// +build linux,arm64"]))
        #expect(amd64.matchConstraints(["// +build !windows"]))
        #expect(!amd64.matchConstraints(["// +build linux", "// +build arm64"]))
        #expect(amd64.matchConstraints(["// +build linux", "// +build amd64 arm64"]))
        #expect(!amd64.matchConstraints(["// +build gc"]))
    }

    @Test("constraint lines are read from the header only")
    func header() {
        let src = "// Copyright\n\n//go:build !linux\n\npackage p\n\n//go:build linux\n"
        #expect(BuildContext.headerConstraintLines(Array(src.utf8)) == ["//go:build !linux"])
        let block = "/* a\n b */\n// +build ignore\n\npackage p\n"
        #expect(BuildContext.headerConstraintLines(Array(block.utf8)) == ["// +build ignore"])
    }
}

@Suite("Package loader")
struct PackageLoaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/modules").path
    static var hasGoroot: Bool { FileManager.default.fileExists(atPath: PackageLoader.defaultGoroot() + "/src/strings") }

    @Test("a user module with go.mod and local imports type-checks", .enabled(if: hasGoroot))
    func userModule() throws {
        let loader = PackageLoader()
        let pkg = try loader.load(inputs: [Self.fixtures + "/hello"])
        #expect(pkg.path == "example.com/hello")
        #expect(loader.module?.path == "example.com/hello")
        let greet = try #require(loader.packages["example.com/hello/greet"])
        #expect(greet.files.count == 1)   // greet_other.go and greet_windows.go are excluded
        #expect(loader.packages["example.com/hello/internal/shout"] != nil)
        // Dependency order: every package comes after its imports.
        let order = loader.ordered.map(\.path)
        for p in loader.ordered {
            for d in p.imports { #expect(order.firstIndex(of: d.path)! < order.firstIndex(of: p.path)!) }
        }
    }

    @Test("runtime comes from the overlay, never from GOROOT")
    func runtimeOverlay() throws {
        let loader = PackageLoader()
        #expect(loader.resolve("runtime")?.hasSuffix("Runtime/go/runtime") == true)
        let rt = try loader.load(importPath: "runtime")
        #expect(rt.types.scope.lookup("GOARCH") != nil)
        #expect(rt.types.scope.lookup("MemStats") != nil)
    }

    @Test("missing packages and import cycles are reported as go build does")
    func failures() throws {
        let dir = NSTemporaryDirectory() + "swiftgo-loader-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/b", withIntermediateDirectories: true)
        try "module example.com/m\n".write(toFile: dir + "/go.mod", atomically: true, encoding: .utf8)
        try "package a\n\nimport \"example.com/m/b\"\n\nvar A = b.B\n".write(toFile: dir + "/a/a.go", atomically: true, encoding: .utf8)
        try "package b\n\nimport \"example.com/m/a\"\n\nvar B = a.A\n".write(toFile: dir + "/b/b.go", atomically: true, encoding: .utf8)
        try "package main\n\nimport \"foo/bar\"\n\nfunc main() { bar.X() }\n".write(toFile: dir + "/main.go", atomically: true, encoding: .utf8)

        do {
            _ = try PackageLoader().load(inputs: [dir + "/main.go"])
            Issue.record("expected a missing-package error")
        } catch let e as LoadFailure {
            #expect(e.description.hasSuffix("main.go:3:8: package foo/bar is not in GOROOT (\(PackageLoader.defaultGoroot())/src/foo/bar)"))
        }
        do {
            _ = try PackageLoader().load(inputs: [dir + "/a"])
            Issue.record("expected an import cycle")
        } catch let e as LoadFailure {
            #expect(e.description == "package example.com/m/a\n\timports example.com/m/b\n\timports example.com/m/a: import cycle not allowed")
        }
    }
}
