#!/usr/bin/env python3
"""Differential testing of swiftgo against gc (Go 1.19) on generated programs (gen.py).

For each seed: generate, build with gc and with swiftgo, run both (10 s timeout, stdin /dev/null),
normalize the combined output as scripts/regen-golden does, and compare output and exit status.
Mismatches are reduced (top-level declarations, then lines; bounded) and saved under
/tmp/difftest-failures/seed-N/ (orig.go, reduced.go, gc/swiftgo outputs, verdict).

Verdicts: ok | unsupported (swiftgo says "not supported by swiftgo yet") | MISMATCH-output |
MISMATCH-exit | REJECTED (swiftgo reports errors for a program gc accepts) | CRASH (swiftgo itself
crashed or timed out while compiling) | GENBUG (gc rejected the program: a generator bug).
"""
import argparse, os, re, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

GO = os.environ.get('GO', '/usr/lib/go-1.19/bin/go')
ENV = dict(os.environ, GO111MODULE='off', GOFLAGS='', CGO_ENABLED='0')
for k in ('GODEBUG', 'GOTRACEBACK', 'GOMAXPROCS', 'GOARCH', 'GOOS'):
    ENV.pop(k, None)
GOROUTINE = re.compile(rb'^goroutine [0-9]+ \[[^\]]*\]:$')


def normalize(b):
    b = b.replace(b'\r\n', b'\n')
    nl = b.endswith(b'\n')
    if nl:
        b = b[:-1]
    lines = b.split(b'\n') if (b or nl) else []
    out, dropping = [], False
    for line in lines:
        if dropping:
            if line == b'':
                dropping = False
            else:
                continue
        out.append(line)
        if GOROUTINE.match(line):
            dropping = True
    return b'\n'.join(out) + (b'\n' if nl else b'')


def run(cmd, cwd, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout)
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired as e:
        return 'timeout', (e.stdout or b'')


class Tester:
    def __init__(self, swiftgo, work, timeout=10):
        self.swiftgo, self.work, self.timeout = swiftgo, work, timeout

    def verdict(self, src):
        """(verdict, details dict) for one program source."""
        d = tempfile.mkdtemp(dir=self.work)
        try:
            path = os.path.join(d, 'prog.go')
            with open(path, 'w') as f:
                f.write(src)
            rc, out = run([GO, 'build', '-o', 'gc.bin', 'prog.go'], d, 120)
            if rc != 0:
                return 'GENBUG', {'gc-build': out}
            rc, sout = run([self.swiftgo, 'build', '-o', 'sg.bin', 'prog.go'], d, 120)
            if rc != 0:
                if rc == 'timeout' or (isinstance(rc, int) and (rc < 0 or rc > 1)):
                    return 'CRASH', {'swiftgo-build': sout, 'status': rc}
                if b'not supported by swiftgo yet' in sout:
                    return 'unsupported', {'swiftgo-build': sout}
                return 'REJECTED', {'swiftgo-build': sout}
            grc, gout = run(['./gc.bin'], d, self.timeout)
            src_, sgout = run(['./sg.bin'], d, self.timeout)
            gout, sgout = normalize(gout), normalize(sgout)
            det = {'gc-out': gout, 'gc-exit': grc, 'swiftgo-out': sgout, 'swiftgo-exit': src_}
            if gout != sgout:
                return 'MISMATCH-output', det
            if grc != src_:
                return 'MISMATCH-exit', det
            return 'ok', det
        finally:
            shutil.rmtree(d, ignore_errors=True)


def reduce(tester, src, kind, budget):
    """Greedy reduction keeping verdict == kind: drop top-level declarations, then line chunks."""
    used = 0

    def still(s):
        nonlocal used
        used += 1
        return tester.verdict(s)[0] == kind

    parts = src.split('\n\n')
    # 1. whole blocks bN, with their call in main
    i = 2  # keep the header comment and the package clause
    while i < len(parts) and used < budget:
        m = re.match(r'func (b[0-9]+)\(\)', parts[i])
        if m:
            cand = parts[:i] + parts[i + 1:]
            cand[-1] = cand[-1].replace('\t' + m.group(1) + '()\n', '')
            if still('\n\n'.join(cand)):
                parts = cand
                continue
        i += 1
    # 2. any other top-level declaration
    i = 2
    while i < len(parts) - 1 and used < budget:
        cand = parts[:i] + parts[i + 1:]
        if still('\n\n'.join(cand)):
            parts = cand
        else:
            i += 1
    # drop calls in main to removed blocks is handled by gc rejecting: try line chunks
    lines = '\n\n'.join(parts).split('\n')
    n = max(1, len(lines) // 8)
    while n >= 1 and used < budget:
        i, changed = 0, False
        while i < len(lines) and used < budget:
            cand = lines[:i] + lines[i + n:]
            if still('\n'.join(cand)):
                lines, changed = cand, True
            else:
                i += n
        if not changed:
            n //= 2
    return '\n'.join(lines), used


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=20)
    ap.add_argument('--swiftgo', required=True)
    ap.add_argument('--out', default='/tmp/difftest-failures')
    ap.add_argument('--reduce-budget', type=int, default=120)
    ap.add_argument('--no-reduce', action='store_true')
    ap.add_argument('--keep-going', action='store_true', default=True)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix='difftest-')
    tester = Tester(os.path.abspath(args.swiftgo), work)
    counts = {}
    failures = []
    t0 = time.time()
    for seed in range(args.seed, args.seed + args.count):
        src = gen.Gen(seed).program()
        v, det = tester.verdict(src)
        counts[v] = counts.get(v, 0) + 1
        line = f'seed {seed}: {v}'
        if v not in ('ok', 'unsupported'):
            fd = os.path.join(args.out, f'seed-{seed}')
            os.makedirs(fd, exist_ok=True)
            with open(os.path.join(fd, 'orig.go'), 'w') as f:
                f.write(src)
            for k, val in det.items():
                with open(os.path.join(fd, k.replace(' ', '_')), 'wb') as f:
                    f.write(val if isinstance(val, bytes) else str(val).encode())
            if not args.no_reduce and v != 'GENBUG':
                red, used = reduce(tester, src, v, args.reduce_budget)
                with open(os.path.join(fd, 'reduced.go'), 'w') as f:
                    f.write(red)
                _, rdet = tester.verdict(red)
                for k, val in rdet.items():
                    with open(os.path.join(fd, 'reduced.' + k), 'wb') as f:
                        f.write(val if isinstance(val, bytes) else str(val).encode())
                line += f' (reduced {len(src.splitlines())} -> {len(red.splitlines())} lines in {used} probes)'
            with open(os.path.join(fd, 'verdict'), 'w') as f:
                f.write(v + '\n')
            line += f' -> {fd}'
            failures.append(seed)
        elif v == 'unsupported':
            msg = det['swiftgo-build'].decode(errors='replace').strip().splitlines()
            line += ': ' + (msg[0] if msg else '')
        print(line, flush=True)
    shutil.rmtree(work, ignore_errors=True)
    summary = ', '.join(f'{k}={v}' for k, v in sorted(counts.items()))
    print(f'difftest: {args.count} programs (seeds {args.seed}..{args.seed + args.count - 1}) in '
          f'{time.time() - t0:.0f}s: {summary}')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
