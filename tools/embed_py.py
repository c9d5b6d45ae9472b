#!/usr/bin/env python3
"""Embed the Python library modules of lib/py into the binary.

    embed_py.py [--freezer UPYFREEZE [--packed]] LIB_DIR OUTPUT_CPP [TABLE_NAME]

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
"""
import ast
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
LZ_CHAIN = 128  # earlier positions tried per match: ratio against build time


def lz_length(out, n):
    """A nibble's overflow: bytes added up until one is below 255."""
    if n >= 15:
        n -= 15
        while n >= 255:
            out.append(255)
            n -= 255
        out.append(n)


def varint(out, v):
    while True:
        byte, v = v & 0x7F, v >> 7
        out.append(byte | (0x80 if v else 0))
        if not v:
            return


def lz_compress(data):
    """Greedy LZ77 in the format py_code_load_lz reads (Note [Compressed
    frozen modules] in src/py/marshal.cpp)."""
    out, n, i, lit_start = bytearray(), len(data), 0, 0
    head, prev = {}, [-1] * n  # hash chains over LZ_MIN_MATCH-byte prefixes

    def insert(j):
        if j + LZ_MIN_MATCH <= n:
            key = data[j:j + LZ_MIN_MATCH]
            prev[j], head[key] = head.get(key, -1), j

    def sequence(literals, match_len=0, dist=0):
        nlit, nmatch = len(literals), match_len - LZ_MIN_MATCH
        out.append(min(nlit, 15) << 4 | (min(nmatch, 15) if match_len else 0))
        lz_length(out, nlit)
        out.extend(literals)
        if match_len:
            varint(out, dist)
            lz_length(out, nmatch)

    while i < n:
        best, dist, j, tries = 0, 0, head.get(data[i:i + LZ_MIN_MATCH], -1), 0
        while j >= 0 and tries < LZ_CHAIN:
            k = 0
            while i + k < n and data[j + k] == data[i + k]:
                k += 1
            if k > best:
                best, dist = k, i - j
            j, tries = prev[j], tries + 1
        if best >= LZ_MIN_MATCH:
            sequence(data[lit_start:i], best, dist)
            for k in range(i, i + best):
                insert(k)
            i = lit_start = i + best
        else:
            insert(i)
            i += 1
    sequence(data[lit_start:])  # the data ends after these literals
    return bytes(out)


def frozen_code(freezer, name, source, packed=False):
    """The bytecode upyfreeze makes of a module's source."""
    p = subprocess.run([freezer] + ["--packed"] * packed + [name], input=source,
                       stdout=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit("embed_py.py: %s failed on %s" % (freezer, name))
    return p.stdout


def generate(lib_dir, table="py_frozen_modules", freezer=None, packed=False):
    mods = find_modules(lib_dir) if os.path.isdir(lib_dir) else []
    out = [
        "// Generated by tools/embed_py.py from lib/py: do not edit.",
        '#include "py/obj.h"',
        "",
    ]
    sizes = []
    for i, (name, _, path) in enumerate(mods):
        data = b""
        if path:
            with open(path, "rb") as f:
                data = compact(f.read())
        where = os.path.relpath(path, lib_dir).replace(os.sep, "/") if path else "(folder)"
        out.append("// %s: %s" % (name, where))
        if freezer:
            code = frozen_code(freezer, name, data, packed)
            unpacked_len = len(code) if packed else 0
            if packed:
                code = lz_compress(code)
            sizes.append((len(code), unpacked_len))
            # The loader borrows instructions in place: keep them aligned.
            align = "" if packed else "alignas(8) "
            out.append("%sstatic const unsigned char code_%d[%d] =" % (align, i, len(code) + 1))
            out.extend("    " + lit for lit in c_literal_lines(code))
        else:
            out.append("static const char src_%d[] =" % i)
            out.extend("    " + lit for lit in c_literal_lines(data))
        out[-1] += ";"
        out.append("")
    out.append("extern const FrozenModuleDef %s[] = {" % table)
    for i, (name, is_pkg, _) in enumerate(mods):
        pkg = "true" if is_pkg else "false"
        if freezer:
            out.append('    {"%s", nullptr, %s, code_%d, %d, %d},' % ((name, pkg, i) + sizes[i]))
        else:
            out.append('    {"%s", src_%d, %s, nullptr, 0, 0},' % (name, i, pkg))
    out.append("    {nullptr, nullptr, false, nullptr, 0, 0},")
    out.append("};")
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    freezer, packed = None, False
    if args[:1] == ["--freezer"] and len(args) > 1:
        freezer, args = os.path.abspath(args[1]), args[2:]
        if args[:1] == ["--packed"]:
            packed, args = True, args[1:]
    if len(args) not in (2, 3):
        sys.exit("usage: embed_py.py [--freezer UPYFREEZE [--packed]] LIB_DIR OUTPUT_CPP "
                 "[TABLE_NAME]")
    lib_dir, output = args[0], args[1]
    text = generate(lib_dir, *args[2:], freezer=freezer, packed=packed)
    try:
        with open(output, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
