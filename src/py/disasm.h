// Debugging aids for the compiler's output (disasm.cpp), and the AST-level
// compiler entry point (compile.cpp) for callers that already hold an AST.
#pragma once
#include "py/ast.h"

// Print a CodeObj (and the code objects among its constants) to stdout, one
// instruction per line, in the spirit of CPython's dis.dis().
void py_code_dump(Ref code);

// Compile an AST (from py_parse) into a CodeObj; mode is a CompileMode.
// nullptr with SyntaxError set on failure.
Ref py_compile_ast(AstMod *mod, Ref filename, int mode);
