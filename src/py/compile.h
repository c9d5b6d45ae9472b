// Source → code object: lexer.cpp, parser.cpp (→ AST, ast.h), compile.cpp
// (symbol tables + code generation).
#pragma once
#include "py/obj.h"

enum CompileMode {
  COMPILE_EXEC,   // module / exec(): statements
  COMPILE_EVAL,   // eval(): a single expression, code returns its value
  COMPILE_SINGLE, // REPL: one interactive statement; expression statements use PRINT_EXPR
};

// Compile source text into a CodeObj (new ref). On error returns nullptr with a
// SyntaxError (or IndentationError / TabError) set whose attributes are set as
// in CPython: msg, filename, lineno, offset, text (and args = (msg, (filename,
// lineno, offset, text, end_lineno, end_offset))).
// If `incomplete` is non-null, it is set to true when the error is only that the
// input ended too early (unclosed bracket, block header without body, open
// triple-quoted string...), so the REPL can ask for another line.
Ref py_compile(const char *src, size_t len, Ref filename, int mode, bool *incomplete);

// Code objects as bytes (marshal.cpp, Note [Frozen bytecode]). py_code_dump
// appends to `out` (0 / -1), the instructions packed or in place. py_code_load
// rebuilds the code object; with `borrow` the in-place instructions and line
// tables point into `data` (4-aligned, kept alive by the caller) instead of
// being copied. ValueError on corrupt data.
struct StrBuf;
int py_code_dump(Ref code, StrBuf *out, bool packed);
Ref py_code_load(const uint8_t *data, size_t len, bool borrow);
// py_code_load of bytes compressed as Note [Compressed frozen modules] says
// (unpacked into a temporary buffer, then copied).
Ref py_code_load_lz(const uint8_t *data, size_t len, size_t unpacked_len, const uint8_t *code_lens);
// Unpacks such a stream into out[start, end), its matches reaching back as far
// as out[0] (out[0, start) is a preset dictionary): false (no error set) when
// the data is corrupt.
bool py_unpack_lz(const uint8_t *data, size_t len, uint8_t *out, size_t start, size_t end,
                  const uint8_t *code_lens);
