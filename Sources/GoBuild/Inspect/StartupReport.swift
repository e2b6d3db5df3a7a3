// StartupReport: `swiftgo startup` — run a program N times with
// GODEBUG=inittrace=1, parse the runtime's phase lines (format: the top of
// Runtime/proc.c) and gc's init lines, and take medians.
import Foundation

/// What one run's stderr said.
public struct InittraceRun {
    public var baseNs: Int64?
    public var phases: [String: (start: Double, dur: Double)] = [:]   // ms
    public var order: [String] = []
    public var inits: [(pkg: String, start: Double, dur: Double)] = []

    public init(parsing text: String) {
        for line in text.split(separator: "\n") {
            let w = line.split(separator: " ")
            if line.hasPrefix("runtime: inittrace base "), w.count >= 4 {
                baseNs = Int64(w[3])
            } else if line.hasPrefix("runtime: inittrace phase "), w.count >= 7,
                      let s = Double(w[4].dropFirst()), let d = Double(w[6]) {
                let name = String(w[3])
                if phases[name] == nil { order.append(name) }
                phases[name] = (s, d)
            } else if line.hasPrefix("init "), w.count >= 6, let s = Double(w[2].dropFirst()), let d = Double(w[4]) {
                inits.append((String(w[1]), s, d))
            }
        }
    }
}

public struct StartupReport: Codable {
    public struct Phase: Codable {
        public var name: String
        public var parent: String?    // schedinit for its sub-phases; derived phases have none
        public var startMs: Double    // median, from the time base (exec: negative)
        public var durMs: Double      // median
    }
    public struct Init: Codable { public var package: String; public var startMs: Double; public var durMs: Double }

    public var binary: String
    public var arch: String
    public var runner: String         // "native" or the emulator
    public var runs: Int
    public var phases: [Phase]
    public var inits: [Init]
    public var wallMs: Double                  // spawn → reaped, median
    public var toMainMs: Double?               // time base → main.main, runtime clock, median
    public var phaseSumToMainMs: Double?       // the phases before main.main, summed per run, median
    public var sumToMainRatio: Double?         // per run sum/toMain, median (1 = they add up)
    public var vs: [StartupReport]?

    /// The phases that partition a run, in time order (schedinit's sub-phases nest inside it).
    public static let topLevel = ["rt0_go", "args", "osinit", "schedinit", "newproc", "mstart", "runtime.main"]
    public static let schedinitSub = ["stackinit", "mallocinit", "mcommoninit", "goargs", "goenvs",
                                      "parsedebugvars", "gcinit", "procresize"]

    public static func measure(binary: String, runs: Int) throws -> StartupReport {
        let image = try ELFImage(path: binary)
        var argv = [binary]
        var runner = "native"
        if image.arch == "arm64" && !hostIsArm64 {
            let qemu = "/usr/bin/qemu-aarch64-static"
            guard FileManager.default.isExecutableFile(atPath: qemu) else { throw InspectError("\(binary) is arm64 and \(qemu) is missing") }
            argv = [qemu, binary]
            runner = "qemu-aarch64-static"
        } else if image.arch == "unknown" {
            throw InspectError("\(binary): not an amd64 or arm64 executable")
        }
        var timed: [TimedRun] = []
        _ = try ProcessTimer.run(argv, env: ["GODEBUG": "inittrace=1"])   // warm the page cache
        for _ in 0..<max(1, runs) { timed.append(try ProcessTimer.run(argv, env: ["GODEBUG": "inittrace=1"])) }
        return StartupReport(binary: binary, arch: image.arch, runner: runner, timed: timed)
    }

    init(binary: String, arch: String, runner: String, timed: [TimedRun]) {
        self.binary = binary; self.arch = arch; self.runner = runner; runs = timed.count
        let parsed = timed.map { InittraceRun(parsing: $0.stderr) }
        wallMs = median(timed.map(\.wallMs))
        var phases: [Phase] = []
        func add(_ name: String, parent: String?, _ f: (InittraceRun, TimedRun) -> (Double, Double)?) {
            let v = zip(parsed, timed).compactMap { f($0, $1) }
            if !v.isEmpty { phases.append(Phase(name: name, parent: parent, startMs: median(v.map(\.0)), durMs: median(v.map(\.1)))) }
        }
        // exec: spawn → the runtime's time base (kernel exec, page faults, the emulator's start).
        add("exec", parent: nil) { p, t in p.baseNs.map { (Double(t.spawnNs - $0) / 1e6, Double($0 - t.spawnNs) / 1e6) } }
        add("rt0_go", parent: nil) { p, _ in p.phases["args"].map { (0, $0.start) } }
        let names = parsed.first?.order ?? []
        for n in names where n != "exit" && n != "main.main" {
            add(n, parent: StartupReport.schedinitSub.contains(n) ? "schedinit" : nil) { p, _ in p.phases[n] }
        }
        add("main.main", parent: nil) { p, _ in p.phases["main.main"] }
        add("exit", parent: nil) { p, _ in p.phases["exit"] }
        // reap: the exit syscall → waitpid returned in the parent.
        add("reap", parent: nil) { p, t in
            guard let b = p.baseNs, let e = p.phases["exit"] else { return nil }
            let end = e.start + e.dur
            return (end, Double(t.reapedNs - b) / 1e6 - end)
        }
        self.phases = phases
        let withMain = parsed.filter { $0.phases["main.main"] != nil }
        if !withMain.isEmpty {
            let sums = withMain.map { p in StartupReport.topLevel.reduce(0.0) { s, n in
                s + (n == "rt0_go" ? (p.phases["args"]?.start ?? 0) : (p.phases[n]?.dur ?? 0)) } }
            let mains = withMain.map { $0.phases["main.main"]!.start }
            toMainMs = median(mains)
            phaseSumToMainMs = median(sums)
            sumToMainRatio = median(zip(sums, mains).map { $1 == 0 ? 0 : $0 / $1 })
        }
        var inits: [Init] = []
        for pkg in parsed.first?.inits.map(\.pkg) ?? [] {
            let v = parsed.compactMap { $0.inits.first(where: { $0.pkg == pkg }) }
            inits.append(Init(package: pkg, startMs: median(v.map(\.start)), durMs: median(v.map(\.dur))))
        }
        self.inits = inits
    }

    #if arch(arm64)
    static let hostIsArm64 = true
    #else
    static let hostIsArm64 = false
    #endif
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return 0 }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
