// Disassembler: prints code objects (see disasm.h) for debugging the compiler.
#include "py/disasm.h"

#include <cstdio>

#include "py/containers.h"
#include "py/opcodes.h"
#include "py/strobj.h"

const char *const py_opcode_names[OP_COUNT] = {
#define PY_OPCODE_NAME(name) #name,
#define PY_FUSED_NAME(first, second) #first "__" #second,
    PY_OPCODES(PY_OPCODE_NAME) PY_FUSED_OPCODES(PY_FUSED_NAME)
#undef PY_OPCODE_NAME
#undef PY_FUSED_NAME
};

const uint8_t py_opcode_base[OP_COUNT] = {
#define PY_OPCODE_BASE(name) OP_##name,
#define PY_FUSED_BASE(first, second) OP_##first,
    PY_OPCODES(PY_OPCODE_BASE) PY_FUSED_OPCODES(PY_FUSED_BASE)
#undef PY_OPCODE_BASE
#undef PY_FUSED_BASE
};

static void dump_repr(Ref v) {
  Ref r = py_repr(v);
  if (r) {
    fputs(py_str_data(r), stdout);
    py_decref(r);
  } else {
    py_err_clear();
    fputs("<?>", stdout);
  }
}

static void dump_names(const char *label, Ref tuple) {
  printf("  %-10s (", label);
  for (size_t i = 0; i < py_tuple_len(tuple); i++)
    printf("%s%s", i ? ", " : "", py_str_data(py_tuple_items(tuple)[i]));
  printf(")\n");
}

static void dump_flags(uint32_t f) {
  static const char *const names[] = {"VARARGS", "VARKEYWORDS", "GENERATOR", "NESTED",
                                      "NOFREE",  "COROUTINE",   "MODULE",    "DOCSTRING"};
  printf("  flags      0x%x", (unsigned)f);
  for (int i = 0; i < 8; i++)
    if (f & (1u << i)) printf(" %s", names[i]);
  printf("\n");
}

// The argument's meaning, printed in parentheses after it.
static void dump_arg(CodeObj *co, int op, uint32_t arg) {
  size_t ncells = py_tuple_len(co->cellvars);
  switch (op) {
  case OP_LOAD_CONST:
    printf(" (");
    dump_repr(py_tuple_items(co->consts)[arg]);
    printf(")");
    break;
  case OP_LOAD_FAST:
  case OP_STORE_FAST:
  case OP_DELETE_FAST: printf(" (%s)", py_str_data(py_tuple_items(co->varnames)[arg])); break;
  case OP_LOAD_NAME:
  case OP_STORE_NAME:
  case OP_DELETE_NAME:
  case OP_LOAD_GLOBAL:
  case OP_STORE_GLOBAL:
  case OP_DELETE_GLOBAL:
  case OP_LOAD_ATTR:
  case OP_STORE_ATTR:
  case OP_DELETE_ATTR:
  case OP_LOAD_METHOD:
  case OP_IMPORT_NAME:
  case OP_IMPORT_FROM: printf(" (%s)", py_str_data(py_tuple_items(co->names)[arg])); break;
  case OP_LOAD_SUPER_ATTR:
    printf(" (%s%s)", py_str_data(py_tuple_items(co->names)[arg >> 1]), arg & 1 ? ", method" : "");
    break;
  case OP_LOAD_DEREF:
  case OP_STORE_DEREF:
  case OP_DELETE_DEREF:
  case OP_LOAD_CLOSURE:
  case OP_LOAD_CLASSDEREF:
    printf(" (%s)", py_str_data(arg < ncells ? py_tuple_items(co->cellvars)[arg]
                                             : py_tuple_items(co->freevars)[arg - ncells]));
    break;
  case OP_JUMP:
  case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE:
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP:
  case OP_FOR_ITER:
  case OP_SETUP_FINALLY:
  case OP_SETUP_WITH:
  case OP_JUMP_IF_NOT_EXC_MATCH: printf(" (to %u)", (unsigned)arg); break;
  case OP_COMPARE_OP: {
    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
    if (arg < 6) printf(" (%s)", cmp[arg]);
    break;
  }
  case OP_UNPACK_EX: printf(" (%u, %u)", (unsigned)(arg & 0xFF), (unsigned)(arg >> 8)); break;
  default: break;
  }
}

void py_code_dump(Ref code) {
  CodeObj *co = (CodeObj *)code;
  printf("Disassembly of <code %s (%s), file \"%s\", line %u>:\n", py_str_data(co->name),
         py_str_data(co->qualname), py_str_data(co->filename), (unsigned)co->firstlineno);
  printf("  argcount %u posonly %u kwonly %u nlocals %u stacksize %u blocksize %u\n",
         (unsigned)co->argcount, (unsigned)co->posonlyargcount, (unsigned)co->kwonlyargcount,
         (unsigned)co->nlocals, (unsigned)co->stacksize, (unsigned)co->blocksize);
  dump_flags(co->flags);
  dump_names("varnames", co->varnames);
  dump_names("cellvars", co->cellvars);
  dump_names("freevars", co->freevars);
  size_t ncells = py_tuple_len(co->cellvars);
  for (size_t i = 0; i < ncells; i++)
    if (co->cell2arg[i] >= 0) printf("  cell %zu is argument %d\n", i, (int)co->cell2arg[i]);
  const uint8_t *lp = co->lines;
  LineEntry run = {0, 0};
  bool more = py_code_line_next(co, &lp, &run);
  for (uint32_t i = 0; i < co->ncode; i++) {
    bool newline = more && run.start == i;
    if (newline) {
      printf("%s%4u", i ? "\n" : "", (unsigned)run.line);
      more = py_code_line_next(co, &lp, &run);
    } else {
      printf("    ");
    }
    int op = py_instr_op(co->code[i]);
    uint32_t arg = py_instr_arg(co->code[i]);
    const char *name = op < OP_COUNT ? py_opcode_names[op] : "<bad opcode>";
    printf(" %6u %-22s %u", (unsigned)i, name, (unsigned)arg);
    if (op < OP_COUNT) dump_arg(co, py_opcode_base[op], arg);
    printf("\n");
  }
  printf("\n");
  Ref consts = co->consts;
  for (size_t i = 0; i < py_tuple_len(consts); i++) {
    Ref k = py_tuple_items(consts)[i];
    if (py_type(k) == &py_code_type) py_code_dump(k);
  }
}
