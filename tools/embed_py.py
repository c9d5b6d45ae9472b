#!/usr/bin/env python3
"""Embed the Python library modules of lib/py into the binary.

    embed_py.py [--freezer UPYFREEZE] [--packed] [--exclude MODULE]... LIB_DIR OUTPUT_CPP
                [TABLE_NAME]

Writes OUTPUT_CPP defining `const FrozenModuleDef py_frozen_modules[]` (see
src/py/obj.h), one entry per .py file under LIB_DIR, terminated by {nullptr}:
lib/py/typing.py -> "typing"; lib/py/collections/__init__.py -> "collections"
(a package); lib/py/collections/abc.py -> "collections.abc".
The output is only rewritten when its content changes.

Sources are stored compacted: comments and docstrings are blanked out (the
line structure stays, so tracebacks keep their line numbers) and trailing
whitespace is dropped. With --freezer, each compacted module is compiled by
that host tool (tools/upyfreeze.cpp) and its bytecode is embedded instead of
the source (Note [Frozen bytecode] in src/py/marshal.cpp); --packed stores its
instructions packed and compresses the module (Note [Compressed frozen modules]):
smaller, but importing it unpacks it into RAM, instead of running in place.
--exclude leaves a module out (the size build's weakref: no runtime support).
Without --freezer, --packed compresses the compacted sources the same way (a
third of the packed bytecode's size), and importing compiles them.
"""
import ast
import heapq
import io
import os
import subprocess
import sys
import tokenize

# Bytes that may appear unescaped inside a C string literal. '?' is escaped too
# so that no trigraph can form.
SAFE = {c for c in range(0x20, 0x7F)} - {ord('"'), ord("\\"), ord("?")}
PIECE = 2000  # split long lines into several literals


def module_name(rel_path):
    """(dotted name, is_package) for a path relative to the library folder."""
    parts = rel_path[:-3].split(os.sep)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def find_modules(lib_dir):
    mods = []
    for root, dirs, files in os.walk(lib_dir):
        # Only folders that are valid package names (skips __pycache__, .git, ...).
        dirs[:] = sorted(d for d in dirs if d.isidentifier() and d != "__pycache__")
        for f in sorted(files):
            if f.endswith(".py") and f[:-3].isidentifier():
                path = os.path.join(root, f)
                name, is_pkg = module_name(os.path.relpath(path, lib_dir))
                if name:
                    mods.append((name, is_pkg, path))
    # A folder holding modules without an __init__.py still has to be importable
    # as a package: give it an empty one.
    names = {name for name, _, _ in mods}
    for name, _, _ in list(mods):
        parts = name.split(".")
        for i in range(1, len(parts)):
            parent = ".".join(parts[:i])
            if parent not in names:
                names.add(parent)
                mods.append((parent, True, None))
    mods.sort()
    return mods


def docstring_spans(tree):
    """(first line, last line, only statement?) of every docstring."""
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                    and isinstance(body[0].value.value, str)):
                spans.append((body[0].lineno, body[0].end_lineno, len(body) == 1,
                              body[0].col_offset))
    return spans


def line_roles(text):
    """For each logical line's first row, its block depth; and the rows that lie
    inside multi-line strings (never touched)."""
    depth, starts, in_string, at_start = 0, {}, set(), True
    opens = set()  # rows where a multi-line string begins: keep their line ends
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.INDENT:
            depth += 1
        elif tok.type == tokenize.DEDENT:
            depth -= 1
        elif tok.type == tokenize.NEWLINE:
            at_start = True
        elif tok.type not in (tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER):
            if at_start:
                starts[tok.start[0]] = depth
                at_start = False
            if tok.type == tokenize.STRING and tok.end[0] > tok.start[0]:
                in_string.update(range(tok.start[0] + 1, tok.end[0] + 1))
                opens.add(tok.start[0])
    return starts, in_string, opens


def compact(data):
    """The source without comments and docstrings and with one space per
    indentation level; line numbers unchanged."""
    text = data.decode("utf-8")
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return data  # leave it to the runtime to report
    lines = text.split("\n")
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.COMMENT:
            row, col = tok.start
            lines[row - 1] = lines[row - 1][:col]
    for first, last, only, col in docstring_spans(tree):
        if lines[first - 1][:col].strip():
            continue  # shares its line with other code
        for row in range(first, last + 1):
            lines[row - 1] = ""
        if only:  # the body still needs a statement
            lines[first - 1] = " " * col + "pass"
    starts, in_string, opens = line_roles(text)
    out = []
    for row, line in enumerate(lines, 1):
        body = line.lstrip() if row in opens else line.strip()
        if row in in_string:
            out.append(line)
        elif not body:
            out.append("")
        elif row in starts:
            out.append(" " * starts[row] + body)
        else:  # continuation line inside brackets: indentation is free
            out.append(" " + body)
    result = "\n".join(out).encode("utf-8")
    compile(result, "<compact>", "exec")  # the transformation must keep it valid
    return result


def c_escape(data):
    out = []
    for b in data:
        if b in SAFE:
            out.append(chr(b))
        elif b == ord("\n"):
            out.append("\\n")
        elif b == ord("\t"):
            out.append("\\t")
        else:
            out.append("\\%03o" % b)  # always 3 digits: never merges with what follows
    return "".join(out)


def c_literal_lines(data):
    """The source as a sequence of C string literals, one (or more) per line."""
    lines = data.splitlines(keepends=True)
    if not lines:
        return ['""']
    out = []
    for line in lines:
        for i in range(0, len(line), PIECE):
            out.append('"%s"' % c_escape(line[i:i + PIECE]))
    return out


LZ_MIN_MATCH = 3
LZ_CHAIN = 256  # earlier positions tried per match: ratio against build time
LZ_MAX = 1 << 16  # largest match length - 3 and distance - 1 a slot codes
N_LITLEN, N_DIST = 256 + 32, 32  # ORDER HUFFMAN ALPHABETS (src/py/marshal.cpp)
MAX_CODE_LEN = 15


def lz_parse(data, start=0):
    """LZ77 with one step of lazy matching: a list of literal bytes (int) and
    matches ((length, distance) tuples) coding data[start:], which may refer
    back into data[:start] (a preset dictionary)."""
    n, head, prev, toks = len(data), {}, [-1] * len(data), []

    def insert(j):
        if j + LZ_MIN_MATCH <= n:
            key = data[j:j + LZ_MIN_MATCH]
            prev[j], head[key] = head.get(key, -1), j

    def longest(i):
        best, dist, j, tries = 0, 0, head.get(data[i:i + LZ_MIN_MATCH], -1), 0
        while j >= 0 and tries < LZ_CHAIN and i - j <= LZ_MAX:
            k, most = 0, min(n - i, LZ_MAX + LZ_MIN_MATCH - 1)
            while k < most and data[j + k] == data[i + k]:
                k += 1
            if k > best:
                best, dist = k, i - j
            j, tries = prev[j], tries + 1
        return best, dist

    for j in range(start):
        insert(j)
    i = start
    while i < n:
        best, dist = longest(i)
        insert(i)
        if best >= LZ_MIN_MATCH and i + 1 < n:
            nxt, _ = longest(i + 1)
            if nxt > best:  # a literal now buys a longer match next
                best = 0
        if best < LZ_MIN_MATCH:
            toks.append(data[i])
            i += 1
            continue
        for k in range(i + 1, i + best):
            insert(k)
        toks.append((best, dist))
        i += best
    return toks


def slot(v):
    """(slot, extra bit count, extra bits) coding v >= 0: slots 0-3 are the
    values themselves; slot 2b + m codes 2^b + m 2^(b-1) + (b - 1 extra bits)."""
    if v < 4:
        return v, 0, 0
    b = v.bit_length() - 1
    return 2 * b + (v >> (b - 1) & 1), b - 1, v & ((1 << (b - 1)) - 1)


def symbols(toks):
    """(alphabet, slot, extra bit count, extra bits) of each token's codes."""
    for t in toks:
        if isinstance(t, int):
            yield 0, t, 0, 0
        else:
            s, nb, extra = slot(t[0] - LZ_MIN_MATCH)
            yield 0, 256 + s, nb, extra
            yield (1,) + slot(t[1] - 1)


def code_lengths(freq):
    """Huffman code lengths of at most MAX_CODE_LEN bits for the counts."""
    used = [s for s, f in enumerate(freq) if f]
    lens = [0] * len(freq)
    if len(used) == 1:
        lens[used[0]] = 1
        return lens
    heap = [(freq[s], k, [s]) for k, s in enumerate(used)]
    heapq.heapify(heap)
    while len(heap) > 1:
        f1, k, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        for s in a + b:
            lens[s] += 1
        heapq.heappush(heap, (f1 + f2, k, a + b))
    if max(lens) > MAX_CODE_LEN:  # flatten the counts until the code fits
        return code_lengths([(f + 1) // 2 for f in freq])
    return lens


def canonical_codes(lens):
    """Codes of each length are consecutive in symbol order, lengths in
    increasing order (what huff_decode in marshal.cpp walks)."""
    codes, code = [0] * len(lens), 0
    for n in range(1, MAX_CODE_LEN + 1):
        for s, ln in enumerate(lens):
            if ln == n:
                codes[s], code = code, code + 1
        code <<= 1
    return codes


def huffman_tables(parsed):
    """Code lengths shared by every module of a table: literal/length
    alphabet, then distance alphabet."""
    freq = [[0] * N_LITLEN, [0] * N_DIST]
    for toks in parsed:
        for alphabet, s, _, _ in symbols(toks):
            freq[alphabet][s] += 1
    return code_lengths(freq[0]) + code_lengths(freq[1])


def huffman_encode(toks, lens):
    """The bit stream of one module, bits filling each byte from bit 0: a
    code's bits from its most significant, extra bits from their least."""
    tables = []
    for lo, hi in ((0, N_LITLEN), (N_LITLEN, N_LITLEN + N_DIST)):
        tables.append((canonical_codes(lens[lo:hi]), lens[lo:hi]))
    acc = nbits = 0
    for alphabet, s, nb, extra in symbols(toks):
        codes, ln = tables[alphabet]
        for k in range(ln[s] - 1, -1, -1):
            acc |= (codes[s] >> k & 1) << nbits
            nbits += 1
        acc |= extra << nbits
        nbits += nb
    return acc.to_bytes((nbits + 7) // 8, "little")


def frozen_code(freezer, name, source, packed=False):
    """The bytecode upyfreeze makes of a module's source."""
    p = subprocess.run([freezer] + ["--packed"] * packed + [name], input=source,
                       stdout=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit("embed_py.py: %s failed on %s" % (freezer, name))
    return p.stdout


def generate(lib_dir, table="py_frozen_modules", freezer=None, packed=False, exclude=()):
    mods = find_modules(lib_dir) if os.path.isdir(lib_dir) else []
    mods = [m for m in mods if m[0] not in exclude]
    out = [
        "// Generated by tools/embed_py.py from lib/py: do not edit.",
        '#include "py/obj.h"',
        "",
    ]
    codes = []
    for name, _, path in mods:
        data = b""
        if path:
            with open(path, "rb") as f:
                data = compact(f.read())
        codes.append(frozen_code(freezer, name, data, packed) if freezer else data)
    lens = []
    preset = -1
    if packed and not freezer and len(codes) > 1:
        # Compressed source: every other module may refer back into the largest
        # one's text, a preset dictionary (Note [Compressed frozen modules]).
        preset = max(range(len(codes)), key=lambda i: len(codes[i]))
    if packed:  # bytecode or source, compressed
        parsed = [lz_parse(code) if i == preset or preset < 0 else
                  lz_parse(codes[preset] + code, len(codes[preset]))
                  for i, code in enumerate(codes)]
        lens = huffman_tables(parsed)
        out.append("// Huffman code lengths of the modules below (Note [Compressed frozen modules])")
        out.append("static const unsigned char code_lens[%d] = {" % len(lens))
        for k in range(0, len(lens), 32):
            out.append("    " + ", ".join(str(n) for n in lens[k:k + 32]) + ",")
        out.append("};")
        out.append("")
    sizes = []
    for i, (name, _, path) in enumerate(mods):
        where = os.path.relpath(path, lib_dir).replace(os.sep, "/") if path else "(folder)"
        out.append("// %s: %s" % (name, where))
        code = codes[i]
        if freezer or packed:
            unpacked_len = len(code) if packed else 0
            if packed:
                code = huffman_encode(parsed[i], lens)
            sizes.append((len(code), unpacked_len))
            # The loader borrows instructions in place: keep them aligned.
            align = "" if packed else "alignas(8) "
            out.append("%sstatic const unsigned char code_%d[%d] =" % (align, i, len(code) + 1))
            out.extend("    " + lit for lit in c_literal_lines(code))
        else:
            out.append("static const char src_%d[] =" % i)
            out.extend("    " + lit for lit in c_literal_lines(code))
        out[-1] += ";"
        out.append("")
    out.append("extern const FrozenModuleDef %s[] = {" % table)
    for i, (name, is_pkg, _) in enumerate(mods):
        pkg = "true" if is_pkg else "false"
        if freezer or packed:
            is_source = "false" if freezer else "true"
            delta = preset - i if preset >= 0 else 0
            out.append('    {"%s", nullptr, %s, %s, %d, code_%d, %d, %d, %s},' %
                       ((name, pkg, is_source, delta, i) + sizes[i] +
                        ("code_lens" if packed else "nullptr",)))
        else:
            out.append('    {"%s", src_%d, %s, false, 0, nullptr, 0, 0, nullptr},' % (name, i, pkg))
    out.append("    {nullptr, nullptr, false, false, 0, nullptr, 0, 0, nullptr},")
    out.append("};")
    return "\n".join(out) + "\n"


def write_if_changed(path, text):
    """Write text to path unless it already holds it (so that what depends on
    a generated file is not rebuilt for nothing)."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    args = sys.argv[1:]
    freezer, packed = None, False
    if args[:1] == ["--freezer"] and len(args) > 1:
        freezer, args = os.path.abspath(args[1]), args[2:]
    if args[:1] == ["--packed"]:
        packed, args = True, args[1:]
    exclude = set()
    while args[:1] == ["--exclude"] and len(args) > 1:
        exclude.add(args[1])
        args = args[2:]
    if len(args) not in (2, 3):
        sys.exit("usage: embed_py.py [--freezer UPYFREEZE] [--packed] [--exclude MODULE]... "
                 "LIB_DIR OUTPUT_CPP [TABLE_NAME]")
    lib_dir, output = args[0], args[1]
    write_if_changed(output, generate(lib_dir, *args[2:], freezer=freezer, packed=packed,
                                      exclude=exclude))


if __name__ == "__main__":
    main()
