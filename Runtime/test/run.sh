#!/bin/bash
# run.sh: the runtime's smoke test, for both architectures.
#
# Builds libswiftgo_rt_<arch>.a with ../build.sh, links smoke.c and
# smoke_panic.c against it with ld.lld-19, runs x86-64 natively and arm64
# under qemu-aarch64-static, and checks:
#   - smoke: exit 0, stderr == expected.out (gc's print formats);
#   - GODEBUG=inittrace=1: one line per startup phase, in proc.c's format,
#     and gc-format init lines for the packages that have init functions;
#   - smoke_panic: each case exits 2 with gc's report (panic.expected);
#   - nm shows Go's names for the startup path;
#   - when Go 1.19 is installed, that gc really prints what expected.out and
#     panic.expected claim (smoke.go, panic.go).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
rt=$(cd "$here/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/swiftgo-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
GO=${GO:-/usr/lib/go-1.19/bin/go}

fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }

CFLAGS="-O2 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-pic -fno-pie -Wall -Werror -I $rt/include"

run() {   # run ARCH BINARY [ARGS...]
    local arch=$1; shift
    if [ "$arch" = amd64 ]; then "$@"; else qemu-aarch64-static "$@"; fi
}

phases="args osinit schedinit stackinit mallocinit mcommoninit goargs goenvs parsedebugvars gcinit procresize newproc mstart runtime.main"

for arch in amd64 arm64; do
    case $arch in
    amd64) target="--target=x86_64-linux-gnu" ;;
    arm64) target="--target=aarch64-linux-gnu -mno-outline-atomics" ;;
    esac
    lib="$tmp/libswiftgo_rt_$arch.a"
    "$rt/build.sh" $arch "$lib"
    # Determinism: a second build must be byte-identical.
    "$rt/build.sh" $arch "$tmp/again.a"
    cmp -s "$lib" "$tmp/again.a" && ok "$arch: archive build is deterministic" || bad "$arch: archive differs between builds"

    for prog in smoke smoke_panic; do
        clang-19 $CFLAGS $target -c "$here/$prog.c" -o "$tmp/$prog.$arch.o"
        ld.lld-19 -static -e _start --gc-sections "$tmp/$prog.$arch.o" "$lib" -o "$tmp/$prog.$arch"
    done

    syms=$(llvm-nm-19 "$tmp/smoke.$arch")
    for s in _start runtime.rt0_go runtime.args runtime.osinit runtime.schedinit runtime.mallocgc \
             runtime.newproc runtime.mstart runtime.schedule runtime.gogo runtime.mcall runtime.goexit runtime.main; do
        grep -q " T $s\$" <<<"$syms" || bad "$arch: nm lacks $s"
    done
    ok "$arch: nm shows Go's names"

    # 1. The smoke program: output and exit status.
    set +e
    run $arch "$tmp/smoke.$arch" >"$tmp/out" 2>&1; status=$?
    set -e
    [ $status -eq 0 ] && ok "$arch: smoke exits 0" || bad "$arch: smoke exit status $status"
    if diff -u "$here/expected.out" "$tmp/out" >"$tmp/diff"; then ok "$arch: smoke output matches expected.out"
    else bad "$arch: smoke output differs:"; cat "$tmp/diff"; fi

    # 2. GODEBUG=inittrace=1.
    GODEBUG=inittrace=1 run $arch "$tmp/smoke.$arch" >"$tmp/trace" 2>&1 || bad "$arch: inittrace run failed"
    n=0
    for ph in $phases; do
        if grep -Eq "^runtime: inittrace phase $ph @[0-9]+\.[0-9]{6} ms, [0-9]+\.[0-9]{6} ms clock\$" "$tmp/trace"
        then n=$((n+1)); else bad "$arch: inittrace lacks phase $ph"; fi
    done
    [ "$n" -eq 14 ] && ok "$arch: inittrace prints all 14 phases"
    initre='@[0-9.]+ ms, [0-9.]+ ms clock, [0-9]+ bytes, [0-9]+ allocs$'
    if grep -Eq "^init smoke/dep $initre" "$tmp/trace" && grep -Eq "^init main $initre" "$tmp/trace" &&
       ! grep -q "^init smoke/noinit" "$tmp/trace" &&
       [ "$(grep '^init ' "$tmp/trace" | cut -d' ' -f2 | tr '\n' ' ')" = "smoke/dep main " ]
    then ok "$arch: inittrace init lines (gc format, dependency order)"
    else bad "$arch: inittrace init lines wrong:"; grep '^init ' "$tmp/trace" || true; fi
    grep -v '^runtime: inittrace \|^init smoke/dep \|^init main ' "$tmp/trace" >"$tmp/rest"
    diff -q "$here/expected.out" "$tmp/rest" >/dev/null && ok "$arch: inittrace leaves program output unchanged" ||
        bad "$arch: output under inittrace differs"

    # 3. Fatal paths: exit status 2 and gc's report.
    : >"$tmp/panic.out"
    for i in $(seq 1 17); do
        set +e
        run $arch "$tmp/smoke_panic.$arch" $(seq 2 $i) >"$tmp/p" 2>&1; status=$?
        set -e
        echo "== $i exit=$status" >>"$tmp/panic.out"
        # Addresses differ between runs and from gc: mask them.
        sed -E 's/pc=0x[0-9a-f]+/pc=0xPC/; s/^(panic: \(\*main\.P\)) 0x[0-9a-f]+$/\1 0xADDR/' "$tmp/p" >>"$tmp/panic.out"
    done
    if diff -u "$here/panic.expected" "$tmp/panic.out" >"$tmp/diff"; then ok "$arch: 17 fatal paths exit 2 with gc's report"
    else bad "$arch: fatal paths differ:"; cat "$tmp/diff"; fi
done

# 4. The expectations themselves, against gc.
if [ -x "$GO" ]; then
    export GOCACHE="$tmp/gocache" GO111MODULE=off
    (cd "$tmp" && cp "$here/smoke.go" "$here/panic.go" . &&
     "$GO" build -o gcsmoke smoke.go && "$GO" build -o gcpanic panic.go)
    "$tmp/gcsmoke" 2>"$tmp/gc.out" || bad "gc smoke failed"
    if sed -n '2,9p' "$here/expected.out" | diff -u - "$tmp/gc.out" >"$tmp/diff"; then ok "gc agrees with expected.out"
    else bad "gc disagrees with expected.out:"; cat "$tmp/diff"; fi
    : >"$tmp/gcpanic.out"
    for i in $(seq 1 14); do
        set +e
        "$tmp/gcpanic" $(seq 2 $i) >"$tmp/p" 2>&1; status=$?
        set -e
        echo "== $i exit=$status" >>"$tmp/gcpanic.out"
        head -n 3 "$tmp/p" | sed -E 's/pc=0x[0-9a-f]+/pc=0xPC/; s/^(panic: \(\*main\.P\)) 0x[0-9a-f]+$/\1 0xADDR/' >>"$tmp/gcpanic.out"
    done
    # Case 4 has the extra [signal ...] line: gc's 4th line is its goroutine header.
    "$tmp/gcpanic" 2 3 4 2>&1 | sed -n 4p >"$tmp/gc4" || true
    # Compare ours (cases 1-14, first 3 lines each) with gc's.
    awk '/^== 15 /{exit} {print}' "$here/panic.expected" |
        awk '/^== /{n=0; print; next} {n++; if (n<=3) print}' >"$tmp/ours"
    if diff -u "$tmp/ours" "$tmp/gcpanic.out" >"$tmp/diff" && grep -qx 'goroutine 1 \[running\]:' "$tmp/gc4"
    then ok "gc agrees with panic.expected"
    else bad "gc disagrees with panic.expected:"; cat "$tmp/diff"; fi
else
    echo "skip gc cross-check ($GO not found)"
fi

if [ $fail -eq 0 ]; then echo "PASS"; else echo "FAIL"; exit 1; fi
