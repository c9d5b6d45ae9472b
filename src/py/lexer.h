// Tokenizer for Python 3.11 source (lexer.cpp), used by the parser (parser.cpp).
// Produces CPython's token stream: NEWLINE at the end of each logical line,
// INDENT / DEDENT from an indentation stack, brackets join lines implicitly.
// String and number tokens are only delimited and validated here; the parser
// decodes their values (parser_str.cpp).
#pragma once
#include "py/obj.h"

enum TokKind {
  TK_ENDMARKER,
  TK_NAME,
  TK_NUMBER,
  TK_STRING,
  TK_NEWLINE,
  TK_INDENT,
  TK_DEDENT,
  // operators and delimiters
  TK_LPAR,
  TK_RPAR,
  TK_LSQB,
  TK_RSQB,
  TK_LBRACE,
  TK_RBRACE,
  TK_COLON,
  TK_COMMA,
  TK_SEMI,
  TK_PLUS,
  TK_MINUS,
  TK_STAR,
  TK_SLASH,
  TK_VBAR,
  TK_AMPER,
  TK_LESS,
  TK_GREATER,
  TK_EQUAL,
  TK_DOT,
  TK_PERCENT,
  TK_EQEQUAL,
  TK_NOTEQUAL,
  TK_LESSEQUAL,
  TK_GREATEREQUAL,
  TK_TILDE,
  TK_CIRCUMFLEX,
  TK_LEFTSHIFT,
  TK_RIGHTSHIFT,
  TK_DOUBLESTAR,
  TK_DOUBLESLASH,
  TK_AT,
  TK_RARROW,
  TK_ELLIPSIS,
  TK_COLONEQUAL,
  // augmented assignment operators, in AstOperator order (lexer.cpp relies on it)
  TK_PLUSEQUAL,
  TK_MINEQUAL,
  TK_STAREQUAL,
  TK_ATEQUAL,
  TK_SLASHEQUAL,
  TK_PERCENTEQUAL,
  TK_DOUBLESTAREQUAL,
  TK_LEFTSHIFTEQUAL,
  TK_RIGHTSHIFTEQUAL,
  TK_VBAREQUAL,
  TK_CIRCUMFLEXEQUAL,
  TK_AMPEREQUAL,
  TK_DOUBLESLASHEQUAL,
  // keywords (alphabetical, as lexer.cpp's table)
  KW_False,
  KW_None,
  KW_True,
  KW_and,
  KW_as,
  KW_assert,
  KW_async,
  KW_await,
  KW_break,
  KW_class,
  KW_continue,
  KW_def,
  KW_del,
  KW_elif,
  KW_else,
  KW_except,
  KW_finally,
  KW_for,
  KW_from,
  KW_global,
  KW_if,
  KW_import,
  KW_in,
  KW_is,
  KW_lambda,
  KW_nonlocal,
  KW_not,
  KW_or,
  KW_pass,
  KW_raise,
  KW_return,
  KW_try,
  KW_while,
  KW_with,
  KW_yield,
  TK_ERROR, // a lexing error is set (SyntaxError family)
  TK_COUNT
};

struct Token {
  int kind;                // TokKind
  const char *start, *end; // source bytes of the token
  int lineno, col;         // start: 1-based line, 0-based byte column
  int end_lineno, end_col; // exclusive end
  Ref name;                // TK_NAME: interned identifier
  int level;               // bracket depth after the token (f-string expressions count 1)
  bool at_eof;             // produced because the input ended (NEWLINE/DEDENT/ENDMARKER)
};

#define LEX_MAX_PARENS 200
#define LEX_MAX_INDENT 100

// The part of the lexer state that moves while tokens are read; copying it (and
// the parser's lookahead) is enough to re-read from a saved point as long as no
// line break outside brackets was crossed.
struct LexPos {
  const char *pos;        // next byte to read
  const char *line_start; // first byte of the current physical line
  int lineno;
  int level;      // bracket nesting depth
  int pending;    // >0: INDENTs to emit, <0: DEDENTs to emit
  bool at_bol;    // at the beginning of a logical line (indentation to measure)
  bool had_token; // the current logical line has produced a token
  bool done;      // ENDMARKER produced
};

struct Lexer {
  const char *src;     // start of the whole source buffer (for line lookups)
  const char *src_end; // its end
  const char *end;     // end of the text to tokenize
  Ref filename;        // borrowed
  bool embedded;       // f-string expression: acts as if inside brackets, no NEWLINE
  bool incomplete;     // the error set is "input ended early"
  int unclosed_line;   // the error set is "'(' was never closed", for a bracket on this line
  LexPos st;
  int indent; // top index of indstack
  int indstack[LEX_MAX_INDENT];
  int altindstack[LEX_MAX_INDENT]; // widths counting a tab as 1 column (TabError)
  char parenkind[LEX_MAX_PARENS];
  int parenline[LEX_MAX_PARENS], parencol[LEX_MAX_PARENS];
};

// Prepare to tokenize src[0..len). The source must stay alive while tokens are used.
void lex_init(Lexer *L, const char *src, size_t len, Ref filename);
// Prepare to tokenize an f-string replacement expression text [start, end) of the
// buffer src[0..len); `start` is on line `lineno`. Newlines are ignored and the
// stream ends with ENDMARKER at `end`. Error messages get the "f-string: " prefix.
void lex_init_embedded(Lexer *L, const char *src, size_t len, const char *start, const char *end,
                       int lineno, Ref filename);
// Read the next token. On error returns kind TK_ERROR with the exception set.
void lex_next(Lexer *L, Token *t);

// Report a SyntaxError-family exception at a source position (1-based line,
// 0-based byte columns) with CPython's attributes (text = that line). Returns nullptr.
Ref lex_error_at(Lexer *L, Type *type, const char *msg, int lineno, int col, int end_lineno,
                 int end_col);
// The line `lineno` of the buffer: start pointer and length including its '\n'.
const char *lex_line(const char *src, const char *end, int lineno, size_t *len);
// Name of a keyword token ("if"), or nullptr.
const char *lex_keyword_name(int kind);

// ---------------------------------------------------------------------------
// Literal decoding (lexer_str.cpp)
// ---------------------------------------------------------------------------

// A growable byte buffer (py_malloc'ed).
struct LexBuf {
  char *data;
  size_t len, cap;
};
static inline void lex_buf_init(LexBuf *b) { b->data = nullptr, b->len = b->cap = 0; }
void lex_buf_free(LexBuf *b);
bool lex_buf_add(LexBuf *b, const char *s, size_t n); // false + MemoryError
// Append the UTF-8 encoding of code point cp (surrogates are encoded as-is).
bool lex_buf_add_cp(LexBuf *b, uint32_t cp);

// Decode the body s[0..n) of a string literal (escapes unless `raw`; `bytes`
// selects bytes rules) and append it to out. Returns 0; -1 for an invalid literal
// with the SyntaxError message written to errbuf; -2 with MemoryError set.
int lex_decode_string(const char *s, size_t n, bool raw, bool bytes, LexBuf *out, char *errbuf,
                      size_t errsize);
