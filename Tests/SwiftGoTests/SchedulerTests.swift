// The multi-threaded scheduler (Runtime/proc.c) where golden programs cannot
// see it: the threads it starts, and GODEBUG=schedtrace's lines, whose
// numbers depend on timing (their format is gc's). The scheduling behaviour
// itself is covered by testdata/sched/ and the other concurrency goldens,
// which GoldenTests also runs with GOMAXPROCS=1 and 4.
import Foundation
import Testing

@Suite("Scheduler")
struct SchedulerTests {
    /// Four goroutines that keep four Ps busy run on Ms of their own: the
    /// process has more threads than m0 and sysmon.
    @Test("busy goroutines run on several threads", arguments: [GoldenArch.amd64, .arm64])
    func threads(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        let result = try withSnippet("""
            import (
            \t"fmt"
            \t"os"
            \t"strings"
            \t"sync"
            \t"time"
            )

            func threads() string {
            \tb, _ := os.ReadFile("/proc/self/status")
            \tfor _, l := range strings.Split(string(b), "\\n") {
            \t\tif strings.HasPrefix(l, "Threads:") {
            \t\t\treturn strings.TrimSpace(l[len("Threads:"):])
            \t\t}
            \t}
            \treturn "?"
            }

            func main() {
            \tvar wg sync.WaitGroup
            \tstart := make(chan bool)
            \tfor i := 0; i < 4; i++ {
            \t\twg.Add(1)
            \t\tgo func() {
            \t\t\tdefer wg.Done()
            \t\t\t<-start
            \t\t\tdeadline := time.Now().Add(200 * time.Millisecond)
            \t\t\tfor time.Now().Before(deadline) {
            \t\t\t}
            \t\t}()
            \t}
            \tclose(start)
            \ttime.Sleep(100 * time.Millisecond)
            \tfmt.Println(threads())
            \twg.Wait()
            }

            """, arch: arch) { exe, dir in
            try GoldenRunner.run(executable: exe, arch: arch, workDir: dir, environment: ["GOMAXPROCS": "4"])
        }
        let text = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.exitStatus == 0, "\(text)")
        // m0, sysmon and at least two more Ms for the other busy Ps (qemu
        // adds threads of its own, so only a lower bound holds everywhere).
        #expect((Int(text) ?? 0) >= 4, "threads: \(text)")
    }

    /// GODEBUG=schedtrace=N: gc's SCHED line every N ms, one run-queue
    /// length per P in the brackets.
    @Test("schedtrace prints gc's SCHED lines", arguments: [GoldenArch.amd64, .arm64])
    func schedtrace(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        let result = try withSnippet("""
            import "time"

            func main() {
            \ttime.Sleep(120 * time.Millisecond)
            \tprintln("done")
            }

            """, arch: arch) { exe, dir in
            try GoldenRunner.run(executable: exe, arch: arch, workDir: dir,
                                 environment: ["GODEBUG": "schedtrace=20", "GOMAXPROCS": "3"])
        }
        let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n")
        #expect(result.exitStatus == 0)
        #expect(lines.last == "done")
        let sched = lines.filter { $0.hasPrefix("SCHED ") }
        #expect(sched.count >= 2, "\(lines)")
        let pattern = #/^SCHED \d+ms: gomaxprocs=3 idleprocs=\d+ threads=\d+ spinningthreads=\d+ idlethreads=\d+ runqueue=\d+ \[\d+ \d+ \d+\]$/#
        for line in sched {
            #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
        }
    }

    /// Goroutines writing one map on several Ps trip map.c's hashWriting
    /// check: gc's fatal error, exit 2 (gc's detection is best-effort too;
    /// with millions of racing writes it fires every time).
    @Test("concurrent map writes are a fatal error", arguments: [GoldenArch.amd64])
    func concurrentMapWrites(arch: GoldenArch) throws {
        let result = try withSnippet("""
            import "sync"

            func main() {
            \tm := map[int]int{}
            \tvar wg sync.WaitGroup
            \tfor g := 0; g < 4; g++ {
            \t\twg.Add(1)
            \t\tgo func(g int) {
            \t\t\tdefer wg.Done()
            \t\t\tfor i := 0; i < 50000000; i++ {
            \t\t\t\tm[i%1000+g] = i
            \t\t\t}
            \t\t}(g)
            \t}
            \twg.Wait()
            \tprintln("no crash")
            }

            """, arch: arch) { exe, dir in
            try GoldenRunner.run(executable: exe, arch: arch, workDir: dir, timeout: 60, environment: ["GOMAXPROCS": "4"])
        }
        let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(result.exitStatus == 2)
        #expect(lines.first == "fatal error: concurrent map writes", "\(lines.prefix(3))")
    }
}
