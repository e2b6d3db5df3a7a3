// ProcessTimer: run a program once, timed with CLOCK_MONOTONIC around
// posix_spawn and waitpid (the clock the runtime's time base uses, so the
// two can be subtracted), collecting its stderr.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public struct TimedRun {
    public var spawnNs: Int64      // CLOCK_MONOTONIC just before posix_spawn
    public var reapedNs: Int64     // just after waitpid returned
    public var status: Int32
    public var stderr: String
    public var wallMs: Double { Double(reapedNs - spawnNs) / 1e6 }
}

public enum ProcessTimer {
    public static func monotonicNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// Runs argv with extra environment variables; stdout goes to /dev/null.
    public static func run(_ argv: [String], env extra: [String: String]) throws -> TimedRun {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in extra { env[k] = v }
        let envStrings = env.map { "\($0.key)=\($0.value)" }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw InspectError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = envStrings.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let t0 = monotonicNs()
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        close(fds[1])
        guard rc == 0 else { close(fds[0]); throw InspectError("cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
        var data = Data()
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buf, buf.count)
            if n <= 0 { break }
            data.append(buf, count: n)
        }
        close(fds[0])
        var st: Int32 = 0
        while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        let t1 = monotonicNs()
        let status = (st & 0x7f) == 0 ? (st >> 8) & 0xff : 128 + (st & 0x7f)
        return TimedRun(spawnNs: t0, reapedNs: t1, status: status, stderr: String(decoding: data, as: UTF8.self))
    }
}
