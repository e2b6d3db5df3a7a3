#!/usr/bin/env python3
"""sync-tree.py ROOT DEST: mirror ROOT's Package.swift, Package.resolved, Sources/, Runtime/ and Tests/ into
DEST, copying only files whose bytes differ and deleting files gone from ROOT, so that an
incremental `swift build` in DEST rebuilds only what changed. Used by scripts/fuzz and
scripts/difftest to build from a consistent snapshot while others edit the tree."""
import os, shutil, sys

root, dest = sys.argv[1], sys.argv[2]
want = set()
def sync_file(rel):
    want.add(rel)
    s, d = os.path.join(root, rel), os.path.join(dest, rel)
    with open(s, 'rb') as f:
        data = f.read()
    try:
        with open(d, 'rb') as f:
            if f.read() == data:
                return
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(d), exist_ok=True)
    with open(d, 'wb') as f:
        f.write(data)
    shutil.copymode(s, d)

for top in ('Package.swift', 'Package.resolved'):
    if os.path.exists(os.path.join(root, top)):
        sync_file(top)
for top in ('Sources', 'Runtime', 'Tests'):
    for dp, dns, fns in os.walk(os.path.join(root, top)):
        dns[:] = [d for d in dns if not d.startswith('.build')]
        for fn in fns:
            sync_file(os.path.relpath(os.path.join(dp, fn), root))
for top in ('Sources', 'Runtime', 'Tests'):
    for dp, dns, fns in os.walk(os.path.join(dest, top)):
        for fn in fns:
            rel = os.path.relpath(os.path.join(dp, fn), dest)
            if rel not in want:
                os.remove(os.path.join(dest, rel))
