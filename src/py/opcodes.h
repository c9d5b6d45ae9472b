// Bytecode: each instruction is 32 bits, opcode in the low 8 bits and argument in
// the high 24 bits (Instr in obj.h). Jump arguments are ABSOLUTE instruction
// indices into the code array.
//
// Stack notation: [.., a, b] -> [.., c] means b is TOS (top of stack).
// The semantics follow CPython 3.9's opcodes of the same names, except where a
// comment says otherwise; the biggest difference: an exception occupies ONE
// stack slot (the exception instance), not three.
//
// Exception handling uses a block stack (SETUP_FINALLY / SETUP_WITH push a
// block holding the handler address and the value-stack depth; POP_BLOCK pops
// it). When an exception is raised inside such a block, the VM:
//   1. pops the block, truncates the value stack to the block's depth,
//   2. pushes an EXCEPT_HANDLER block that remembers the previously *handled*
//      exception (sys.exc_info()) and the stack depth,
//   3. makes the new exception the handled one, pushes it, jumps to the handler.
// POP_EXCEPT pops the EXCEPT_HANDLER block and restores the previously handled
// exception. If an exception propagates while an EXCEPT_HANDLER block is on top,
// the VM pops it (restoring the previous handled exception) and keeps unwinding.
//
// ORDER OP: the list below is the single definition; vm.cpp's dispatch table and
// the disassembler's names are generated from it.
#pragma once

#define PY_OPCODES(X)                                                                        \
  X(NOP)                                                                                     \
  /* stack manipulation */                                                                   \
  X(POP_TOP)          /* [.., a] -> [..] */                                                  \
  X(ROT_TWO)          /* [.., a, b] -> [.., b, a] */                                         \
  X(ROT_THREE)        /* [.., a, b, c] -> [.., c, a, b] */                                   \
  X(ROT_FOUR)         /* [.., a, b, c, d] -> [.., d, a, b, c] */                             \
  X(DUP_TOP)          /* [.., a] -> [.., a, a] */                                            \
  X(DUP_TOP_TWO)      /* [.., a, b] -> [.., a, b, a, b] */                                   \
  /* loads and stores; arg indexes consts / names / varnames / cells+frees */                \
  X(LOAD_CONST)       /* arg: consts index */                                                \
  X(LOAD_FAST)        /* arg: varnames index; UnboundLocalError if unset */                  \
  X(STORE_FAST)                                                                              \
  X(DELETE_FAST)                                                                             \
  X(LOAD_NAME)        /* arg: names index; locals dict, then globals, then builtins */       \
  X(STORE_NAME)                                                                              \
  X(DELETE_NAME)                                                                             \
  X(LOAD_GLOBAL)      /* arg: names index; globals then builtins */                          \
  X(STORE_GLOBAL)                                                                            \
  X(DELETE_GLOBAL)                                                                           \
  X(LOAD_DEREF)       /* arg: index into cellvars ++ freevars */                             \
  X(STORE_DEREF)                                                                             \
  X(DELETE_DEREF)                                                                            \
  X(LOAD_CLOSURE)     /* push the cell object itself (for MAKE_FUNCTION closures) */         \
  X(LOAD_CLASSDEREF)  /* class body: locals dict first, then the cell */                     \
  X(LOAD_ATTR)        /* arg: names index. [.., o] -> [.., o.name] */                        \
  X(STORE_ATTR)       /* [.., v, o] -> [..]  (o.name = v) */                                 \
  X(DELETE_ATTR)      /* [.., o] -> [..] */                                                  \
  X(LOAD_METHOD)      /* [.., o] -> [.., meth, o] or [.., NULL, bound]; arg: names index */ \
  X(LOAD_SUPER_ATTR)  /* arg: names index << 1 | 1 for a method. [.., super] -> */           \
                      /* [.., super().name], or LOAD_METHOD's two slots */                   \
                      /* (Note [Zero-argument super] in vm.cpp) */                           \
  X(CALL_METHOD)      /* arg: argc. [.., meth, self_or_bound, a1..an] -> [.., result] */    \
  X(CALL_METHOD_KW)   /* arg: argc incl. kw values; like CALL_METHOD with a kwnames tuple */ \
                      /* on TOS: [.., meth, self, a1..an, kwnames] -> [.., result] */        \
  X(BINARY_SUBSCR)    /* [.., o, k] -> [.., o[k]] */                                         \
  X(STORE_SUBSCR)     /* [.., v, o, k] -> [..]  (o[k] = v) */                                \
  X(DELETE_SUBSCR)    /* [.., o, k] -> [..] */                                               \
  /* operators */                                                                            \
  X(BINARY_OP)        /* arg: BinOp (| BINOP_INPLACE for augmented). [.., a, b] -> [.., r] */ \
  X(UNARY_OP)         /* arg: UnOp, or UNARY_NOT_ARG for `not`. [.., a] -> [.., r] */         \
  X(COMPARE_OP)       /* arg: CmpOp. [.., a, b] -> [.., r] */                                \
  X(IS_OP)            /* arg: 1 = `is not`. [.., a, b] -> [.., bool] */                      \
  X(CONTAINS_OP)      /* arg: 1 = `not in`. [.., a, b] -> [.., a in b] */                    \
  /* jumps (absolute targets) */                                                             \
  X(JUMP)                                                                                    \
  X(POP_JUMP_IF_FALSE)                                                                       \
  X(POP_JUMP_IF_TRUE)                                                                        \
  X(JUMP_IF_FALSE_OR_POP) /* keep TOS and jump if false, else pop */                         \
  X(JUMP_IF_TRUE_OR_POP)                                                                     \
  X(GET_ITER)         /* [.., o] -> [.., iter(o)] */                                         \
  X(FOR_ITER)         /* [.., it] -> [.., it, next] or pop it and jump to arg at the end */  \
  /* building */                                                                             \
  X(BUILD_TUPLE)      /* arg: n */                                                           \
  X(BUILD_LIST)                                                                              \
  X(BUILD_SET)                                                                               \
  X(BUILD_MAP)        /* arg: n pairs [.., k1, v1, .., kn, vn] */                            \
  X(BUILD_CONST_KEY_MAP) /* arg: n [.., v1..vn, keys_tuple] */                               \
  X(BUILD_SLICE)      /* arg: 2 or 3 */                                                      \
  X(BUILD_STRING)     /* arg: n str pieces concatenated */                                   \
  X(LIST_APPEND)      /* arg: i. [.., list@i, .., v] : appends v to the list i below TOS */  \
  X(SET_ADD)                                                                                 \
  X(MAP_ADD)          /* [.., map@i, .., k, v] */                                            \
  X(LIST_EXTEND)      /* arg: i. extends list at depth i with TOS (popped) */                \
  X(SET_UPDATE)                                                                              \
  X(DICT_UPDATE)      /* d.update(TOS) */                                                    \
  X(DICT_MERGE)       /* like DICT_UPDATE, TypeError on duplicate keys (for **kw calls) */   \
  X(LIST_TO_TUPLE)                                                                           \
  X(UNPACK_SEQUENCE)  /* arg: n. [.., seq] -> [.., vn, .., v1] (v1 on top) */                \
  X(UNPACK_EX)        /* arg: before | (after << 8); star part is a list */                  \
  /* calls and functions */                                                                  \
  X(CALL_FUNCTION)    /* arg: argc. [.., f, a1..an] -> [.., r] */                            \
  X(CALL_FUNCTION_KW) /* arg: argc incl. kw values. [.., f, a1..an, kwnames] -> [.., r] */   \
  X(CALL_FUNCTION_EX) /* arg: 1 if kwargs. [.., f, args_tuple(, kwargs_dict)] -> [.., r] */  \
  X(MAKE_FUNCTION)    /* arg flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations    */ \
                      /* dict, 8 closure tuple. [.., (def), (kwd), (ann), (closure), code] */ \
                      /* -> [.., func]; name/qualname come from the code object */           \
  X(RETURN_VALUE)                                                                            \
  X(YIELD_VALUE)      /* [.., v] -> [.., sent]: suspends the generator yielding v */         \
  X(GET_YIELD_FROM_ITER)                                                                     \
  X(YIELD_FROM)       /* [.., it, sent] -> [.., result]; re-executes itself while the     */ \
                      /* sub-iterator yields (CPython 3.9 semantics) */                      \
  X(LOAD_BUILD_CLASS)                                                                        \
  X(SETUP_ANNOTATIONS)                                                                       \
  /* imports */                                                                              \
  X(IMPORT_NAME)      /* arg: names index. [.., level, fromlist] -> [.., module] */          \
  X(IMPORT_FROM)      /* arg: names index. [.., m] -> [.., m, m.name] (ImportError) */       \
  X(IMPORT_STAR)      /* [.., m] -> [..] */                                                  \
  /* exceptions and blocks */                                                                \
  X(SETUP_FINALLY)    /* arg: handler address; pushes a block */                             \
  X(POP_BLOCK)                                                                               \
  X(POP_EXCEPT)       /* pops the EXCEPT_HANDLER block (the exc value is already popped) */  \
  X(RERAISE)          /* [.., exc] -> raise exc keeping its traceback */                     \
  X(JUMP_IF_NOT_EXC_MATCH) /* [.., exc, cls] -> [..]; jump to arg if not isinstance */       \
                      /* NOTE: pops BOTH values (compiler emits DUP_TOP before) */            \
  X(RAISE_VARARGS)    /* arg 0: re-raise handled; 1: [.., exc]; 2: [.., exc, cause] */       \
  X(LOAD_ASSERTION_ERROR)                                                                    \
  X(SETUP_WITH)       /* arg: handler. [.., mgr] -> [.., exit_bound, enter_result] and a  */ \
                      /* SETUP_FINALLY block (depth below enter_result) */                   \
  X(WITH_EXCEPT_START) /* [.., exit, exc] -> [.., exit, exc, exit(type, exc, tb)] */         \
  /* formatting */                                                                           \
  X(FORMAT_VALUE)     /* arg: conv (0 none, 1 str, 2 repr, 3 ascii) | 4 if spec. */          \
                      /* [.., v(, spec)] -> [.., str] */                                     \
  X(PRINT_EXPR)       /* REPL: prints repr(TOS) unless None, sets builtins._ ; pops */

// Note [Fused instructions]: the assembler rewrites the opcode of an
// instruction FIRST whose successor is SECOND (for JUMP: whose target is
// SECOND) to FIRST__SECOND, with FIRST's argument; the SECOND instruction stays
// as it was, so jumps to it still work. The VM runs FIRST and then goes
// straight to SECOND's handler: one indirect dispatch (and its mispredictions)
// fewer per pair. FOR_ITER's pairs continue so only when the loop does. Code
// that reads instructions asks py_instr_base_op for the unfused opcode.
// Pairs from counting the opcode pairs bench/interp runs.
#define PY_FUSED_OPCODES(X)                                                                        \
  X(LOAD_FAST, LOAD_FAST)                                                                          \
  X(LOAD_FAST, LOAD_CONST)                                                                         \
  X(LOAD_FAST, LOAD_ATTR)                                                                          \
  X(LOAD_FAST, STORE_ATTR)                                                                         \
  X(LOAD_FAST, LOAD_METHOD)                                                                        \
  X(LOAD_FAST, BINARY_OP)                                                                          \
  X(LOAD_CONST, LOAD_FAST)                                                                         \
  X(LOAD_CONST, BINARY_OP)                                                                         \
  X(STORE_FAST, LOAD_FAST)                                                                         \
  X(STORE_FAST, STORE_FAST)                                                                        \
  X(STORE_FAST, JUMP)                                                                              \
  X(POP_TOP, JUMP)                                                                                 \
  X(JUMP, FOR_ITER)                                                                                \
  X(FOR_ITER, STORE_FAST)                                                                          \
  X(FOR_ITER, UNPACK_SEQUENCE)

enum Opcode {
#define PY_OPCODE_ENUM(name) OP_##name,
#define PY_FUSED_ENUM(first, second) OP_##first##__##second,
  PY_OPCODES(PY_OPCODE_ENUM) PY_FUSED_OPCODES(PY_FUSED_ENUM)
#undef PY_OPCODE_ENUM
#undef PY_FUSED_ENUM
      OP_COUNT
};

// UNARY_OP argument for logical `not` (beyond the UnOp values).
#define UNARY_NOT_ARG 15

static inline Instr py_instr(int op, uint32_t arg) { return (Instr)op | (arg << 8); }
static inline int py_instr_op(Instr i) { return (int)(i & 0xFF); }
static inline uint32_t py_instr_arg(Instr i) { return i >> 8; }
#define PY_MAX_INSTR_ARG 0xFFFFFFu

extern const char *const py_opcode_names[OP_COUNT];
// The opcode an instruction runs first: itself, or a fused pair's FIRST.
extern const uint8_t py_opcode_base[OP_COUNT];
static inline int py_instr_base_op(Instr i) { return py_opcode_base[i & 0xFF]; }
