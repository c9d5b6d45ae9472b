#!/usr/bin/env python3
"""Collect the runtime's error messages for the size build and compress them.

    gen_messages.py [--off MACRO]... OUT_HEADER OUT_CPP SOURCE...

Finds the literal message of every call of py_err_format(type, "literal", ...),
py_err_set_str(type, "literal"), PY_MSG("literal") and the runtime's message
helpers listed in HELPERS (macros that turn their literal into a PyMsg) in the
sources (Note [Compressed messages] in src/py/error.cpp) and writes:
  - OUT_HEADER: namespace py_msgs with `count`, `text_len` and `keys`, the
    distinct messages as C literals (exactly as the sources spell them) sorted
    by their bytes, so that the compiler can turn a literal into its index;
  - OUT_CPP: the messages, each ending with a NUL, in that order, compressed
    the way frozen modules are (tools/embed_py.py: LZ77 + Huffman).
A call whose message is not a literal is left alone by the scan; the compiler
rejects it (wrap the name in parentheses to call the function uncompressed).
--off MACRO: the build defines the feature flag MACRO to 0, so the lines an
`#if MACRO` keeps are left out (UPY_ENABLE_WEAKREF in the size build).
Outputs are only rewritten when their content changes.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import embed_py  # noqa: E402  (the frozen modules' compressor)

LITERAL = r'"(?:[^"\\\n]|\\.)*"'
# name: how many arguments precede the message.
HELPERS = {"py_err_format": 1, "py_err_set_str": 1, "PY_MSG": 0,
           "p_error_range": 5, "p_error_expr": 2, "p_error_tok_type": 3, "p_error_tok": 2,
           "st_error": 2, "c_error_expr": 2, "c_error_stmt": 2, "struct_err": 0,
           "lex_fail": 3, "p_string_error": 3, "fmt_value_error": 0,
           "io_unsupported_error": 0, "c_internal": 0, "vm_call_error": 1}
CALL = re.compile(r"\b(%s)\(" % "|".join(HELPERS))
SIMPLE_ESCAPES = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, '"': 34, "'": 39, "?": 63,
                  "a": 7, "b": 8, "f": 12, "v": 11}


def strip_comments(text):
    """The source with comments blanked (string literals kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            out.append(" ")
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def skip_argument(text, i):
    """Index of the comma ending the argument that starts at i, or -1."""
    depth = 0
    while i < len(text):
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return -1
            depth -= 1
        elif c == "," and depth == 0:
            return i
        elif c == '"' or c == "'":
            i += 1
            while text[i] != c:
                i += 2 if text[i] == "\\" else 1
        i += 1
    return -1


def decode(piece):
    """The bytes of one C string literal's body."""
    out, i = bytearray(), 0
    while i < len(piece):
        c = piece[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = piece[i + 1]
        if e == "x":
            m = re.match(r"[0-9a-fA-F]+", piece[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif e in "01234567":
            m = re.match(r"[0-7]{1,3}", piece[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out.append(SIMPLE_ESCAPES[e])
            i += 2
    return bytes(out)


def drop_off_features(text, off):
    """The source with the lines under `#if MACRO` blanked, MACRO in `off`
    (up to its #else, #elif or #endif)."""
    out, dropping = [], []  # one entry per open conditional
    for line in text.split("\n"):
        m = re.match(r"\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)", line)
        if m:
            kind = m.group(1)
            if kind.startswith("if"):
                dropping.append(kind == "if" and m.group(2).strip() in off)
            elif dropping and kind == "endif":
                dropping.pop()
            elif dropping:
                dropping[-1] = False
            line = ""
        out.append("" if any(dropping) else line)
    return "\n".join(out)


def messages(paths, off=()):
    """{message bytes: its literals as written} of every call's literal message."""
    found = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = drop_off_features(strip_comments(f.read()), off)
        for m in CALL.finditer(text):
            at = m.end()
            for _ in range(HELPERS[m.group(1)]):
                comma = skip_argument(text, at)
                if comma < 0:
                    break
                at = comma + 1
            else:
                lits = re.match(r"\s*((?:%s\s*)+)[,)]" % LITERAL, text[at:])
                if lits:
                    pieces = re.findall(LITERAL, lits.group(1))
                    body = b"".join(decode(p[1:-1]) for p in pieces)
                    if b"\0" not in body:
                        found.setdefault(body, " ".join(pieces))
    return found


def main():
    args, off = sys.argv[1:], set()
    while args[:1] == ["--off"] and len(args) > 1:
        off.add(args[1])
        args = args[2:]
    if len(args) < 3:
        sys.exit("usage: gen_messages.py [--off MACRO]... OUT_HEADER OUT_CPP SOURCE...")
    found = messages(args[2:], off)
    order = sorted(found)  # bytes order: what the compile-time search compares
    text = b"".join(m + b"\0" for m in order)
    toks = embed_py.lz_parse(text)
    lens = embed_py.huffman_tables([toks])
    data = embed_py.huffman_encode(toks, lens)
    header = ["// Generated by tools/gen_messages.py: do not edit.",
              "namespace py_msgs {",
              "constexpr int count = %d;" % len(order),
              "constexpr unsigned text_len = %d;" % len(text),
              "constexpr const char *const keys[] = {"]
    header += ["    %s," % found[m] for m in order]
    header += ["};", "} // namespace py_msgs", ""]
    cpp = ["// Generated by tools/gen_messages.py: do not edit.",
           "// The runtime's messages compressed (Note [Compressed messages], src/py/error.cpp).",
           "extern const unsigned char py_msg_code_lens[%d] = {" % len(lens)]
    cpp += ["    " + ", ".join(str(n) for n in lens[k:k + 32]) + "," for k in range(0, len(lens), 32)]
    cpp += ["};", "extern const unsigned py_msg_data_len = %d;" % len(data),
            "extern const unsigned char py_msg_data[%d] =" % (len(data) + 1)]
    cpp += ["    " + lit for lit in embed_py.c_literal_lines(data)]
    cpp[-1] += ";"
    embed_py.write_if_changed(args[0], "\n".join(header))
    embed_py.write_if_changed(args[1], "\n".join(cpp) + "\n")


if __name__ == "__main__":
    main()
