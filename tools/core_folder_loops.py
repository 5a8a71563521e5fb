#!/usr/bin/env python3
"""Prints which folder of core/ includes which, and the loops among them.

A folder of core/ is a layer only while its includes point one way: a loop
(storage -> register -> storage, say) means neither folder can be read,
tested or replaced without the other. This reads every
`#include "folder/File.h"` in core/**/*.h and *.cpp, prints the folder ->
folder edges (with how many includes make each), then every loop found, and
exits 1 when there is one, so that ctest fails on a new loop.

    python3 tools/core_folder_loops.py [--why] [CORE_DIR]

--why also lists, under each edge, the files and includes that make it.
Files directly in core/ (Clock.h, Error.h, ...) are the folder "." and sit
below every other folder.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def folder_of(core, path):
    rel = os.path.relpath(path, core)
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else "."


def read_edges(core):
    folders = {d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d))}
    edges = {}  # (from, to) -> [(file, include)]
    for root, _dirs, files in os.walk(core):
        for name in sorted(files):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(root, name)
            here = folder_of(core, path)
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    target = m.group(1)
                    head = target.split("/")[0] if "/" in target else None
                    if head in folders:
                        there = head
                    elif head is None and here != "." and not os.path.exists(os.path.join(root, target)) \
                            and os.path.exists(os.path.join(core, target)):
                        there = "."
                    else:
                        continue
                    if there != here:
                        edges.setdefault((here, there), []).append(
                            (os.path.relpath(path, core), target))
    return edges


def strongly_connected(nodes, succ):
    """Tarjan's algorithm: the groups of folders that reach each other."""
    index, low, stack, on, groups = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(succ.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return groups


def shortest_loop(start, group, succ):
    """The shortest path start -> ... -> start inside one group."""
    from collections import deque
    prev = {}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in sorted(succ.get(v, ())):
            if w not in group:
                continue
            if w == start:
                path = [v]
                while path[-1] != start:
                    path.append(prev[path[-1]])
                return list(reversed(path)) + [start]
            if w not in prev:
                prev[w] = v
                queue.append(w)
    return []


def main(argv):
    why = "--why" in argv
    args = [a for a in argv if a != "--why"]
    core = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core")
    core = os.path.normpath(core)
    edges = read_edges(core)
    succ = {}
    for (a, b) in edges:
        succ.setdefault(a, set()).add(b)
    nodes = set(succ) | {b for bs in succ.values() for b in bs}

    print("folder edges in %s (from -> to: includes):" % core)
    for (a, b) in sorted(edges):
        print("  %s -> %s: %d" % (a, b, len(edges[(a, b)])))
        if why:
            for f, inc in edges[(a, b)]:
                print("      %s includes %s" % (f, inc))

    groups = strongly_connected(nodes, succ)
    if not groups:
        # Each folder's layer: one above the highest folder it includes.
        layer = {}

        def depth(v):
            if v not in layer:
                layer[v] = 1 + max((depth(w) for w in succ.get(v, ())), default=-1)
            return layer[v]

        for v in nodes:
            depth(v)
        print("layers, lowest first:")
        for n in range(max(layer.values()) + 1):
            print("  %d: %s" % (n, " ".join(sorted(v for v in layer if layer[v] == n))))
        print("no loops")
        return 0
    print("loops:")
    for group in groups:
        print("  folders that reach each other: %s" % ", ".join(group))
        seen = set()
        for start in group:
            for nxt in sorted(succ.get(start, ())):
                if nxt not in group:
                    continue
                loop = shortest_loop(nxt, group, succ)
                # rotate so that start comes first, to print each loop once
                if start not in loop:
                    continue
                loop = loop[:-1]
                i = loop.index(start)
                loop = loop[i:] + loop[:i]
                key = tuple(loop)
                rotations = {tuple(loop[k:] + loop[:k]) for k in range(len(loop))}
                if seen & rotations:
                    continue
                seen.add(key)
                print("    " + " -> ".join(loop + [loop[0]]))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
