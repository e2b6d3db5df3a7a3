#!/bin/sh
# build.sh ARCH OUT.a — build the swiftgo runtime archive for ARCH
# (amd64 | arm64) with clang-19 and llvm-ar-19 (DESIGN.md §6).
#
# Compiles every Runtime/*.c (skipping *_<otherarch>.c) and the arch's .S
# files (*_<arch>.S) into a temporary directory, then archives them in a
# fixed (sorted) order with deterministic ar headers. Fails on any warning.
set -eu

usage() { echo "usage: $0 amd64|arm64 OUT.a" >&2; exit 2; }
[ $# -eq 2 ] || usage
arch=$1
out=$2
case "$arch" in
amd64) target="--target=x86_64-linux-gnu"; other=arm64 ;;
arm64) target="--target=aarch64-linux-gnu -mno-outline-atomics"; other=amd64 ;;
*) usage ;;
esac

CC=${CC:-clang-19}
AR=${AR:-llvm-ar-19}
command -v "$CC" >/dev/null || { echo "$0: $CC not found (Debian package clang-19)" >&2; exit 1; }
command -v "$AR" >/dev/null || { echo "$0: $AR not found (Debian package llvm-19)" >&2; exit 1; }

rtdir=$(cd "$(dirname "$0")" && pwd)
CFLAGS="-O2 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-pic -fno-pie \
 -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables \
 -std=c11 -Wall -Wextra -Wno-unused-parameter -Werror $target -I $rtdir/include -I $rtdir"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/swiftgo-rt.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# One file at a time: background jobs and `wait` hang when this script is
# started by a process that blocks SIGCHLD (the Swift test runner does).
objs=""
for src in $(cd "$rtdir" && ls *.c *_"$arch".S 2>/dev/null | LC_ALL=C sort); do
    case "$src" in *_"$other".c) continue ;; esac
    obj="$tmp/${src%.*}.o"
    # -ffile-prefix-map keeps the build directory out of the objects.
    $CC $CFLAGS -ffile-prefix-map="$rtdir"=Runtime -c "$rtdir/$src" -o "$obj"
    objs="$objs $obj"
done
[ -n "$objs" ] || { echo "$0: no sources found in $rtdir" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
rm -f "$tmp/lib.a"
# D: deterministic (zero timestamps/uids); s: symbol index.
$AR rcsD "$tmp/lib.a" $objs
mv -f "$tmp/lib.a" "$out"
