#!/usr/bin/env python3
"""File-level import graph of one folder of a Rust crate: an edge A -> B when file A names
module B (crate::app::b, super::b, super::*, a child module b::). Prints the edges, every
cycle (a strongly connected group of files) and a count; exit 1 when there is a cycle.

  python3 tools/file-cycles.py src app     (the files of src/app/)
"""
import os, re, sys
src = sys.argv[1] if len(sys.argv) > 1 else "src"
folder = sys.argv[2] if len(sys.argv) > 2 else "app"
mods = {}  # module path tuple -> file
for root, _, names in os.walk(os.path.join(src, folder)):
    for n in names:
        if not n.endswith(".rs"): continue
        rel = os.path.relpath(os.path.join(root, n), src)[:-3].split(os.sep)
        if rel[-1] == "mod": rel = rel[:-1]
        mods[tuple(rel)] = os.path.join(root, n)
def strip(text):
    """Drops comments, string and char literals (a lexer, so `//` inside a string stays)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i); i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2); i = n if j < 0 else j + 2
        elif c == "r" and re.match(r'r#*"', text[i:]) and not re.match(r"[A-Za-z0-9_]", text[i-1:i] or " "):
            hashes = re.match(r'r(#*)"', text[i:]).group(1)
            j = text.find('"' + hashes, i + 2 + len(hashes)); i = n if j < 0 else j + 1 + len(hashes)
            out.append('""')
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            i = j + 1; out.append('""')
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:i+4] + "    "):
            m = re.match(r"'(\\.|[^\\'])'", text[i:]); i += len(m.group(0)); out.append("' '")
        else:
            out.append(c); i += 1
    return re.split(r"#\[cfg\(test\)\]", "".join(out))[0]
def resolve(path):
    for k in range(len(path), 0, -1):
        if tuple(path[:k]) in mods: return tuple(path[:k])
    return None
edges = {m: set() for m in mods}
for m, f in mods.items():
    text = re.sub(r"\bpub\((crate|super|self|in [^)]*)\)", "pub", strip(open(f).read()))
    children = {c[-1] for c in mods if len(c) == len(m) + 1 and c[:len(m)] == m}
    # a file's "self" module: a non-mod.rs file's parent for super
    for mt in re.finditer(r"\b((?:crate|super|self)(?:::[A-Za-z_][A-Za-z0-9_]*|::\*)*)", text):
        segs = mt.group(1).split("::")
        if segs[0] == "crate": base, rest = [], segs[1:]
        else:
            base = list(m)
            rest = segs
            while rest and rest[0] in ("super", "self"):
                if rest[0] == "super": base = base[:-1]
                rest = rest[1:]
        rest = [s for s in rest if s != "*"]
        t = resolve(base + rest)
        if t and t != m: edges[m].add(t)
    for c in children:
        if re.search(r"(?<![A-Za-z0-9_:])" + c + r"::", text): edges[m].add(m + (c,))
index, low, stack, on, sccs, cnt = {}, {}, [], set(), [], [0]
def strong(v):
    index[v] = low[v] = cnt[0]; cnt[0] += 1; stack.append(v); on.add(v)
    for w in sorted(edges[v]):
        if w not in index: strong(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v: break
        if len(comp) > 1: sccs.append(comp)
for v in sorted(mods):
    if v not in index: strong(v)
n = lambda t: "::".join(t)
for a in sorted(edges):
    for b in sorted(edges[a]): print(f"edge {n(a)} -> {n(b)}")
for c in sccs: print("cycle " + " ".join(sorted(n(x) for x in c)))
print(f"{len(mods)} files, {len(sccs)} cycles")
sys.exit(1 if sccs else 0)
