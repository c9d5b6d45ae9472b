// Tokenizer: turns source bytes into CPython 3.11's token stream (see lexer.h).
#include "py/lexer.h"

#include <cstdio>

#include "py/strobj.h"

static const char *const lex_keywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
#define LEX_NKEYWORDS ((int)(sizeof(lex_keywords) / sizeof(lex_keywords[0])))

const char *lex_keyword_name(int kind) {
  if (kind < KW_False || kind > KW_yield) return nullptr;
  return lex_keywords[kind - KW_False];
}

static int lex_keyword_kind(const char *s, size_t n) {
  int lo = 0, hi = LEX_NKEYWORDS - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int c = strncmp(s, lex_keywords[mid], n);
    if (c == 0 && lex_keywords[mid][n] != '\0') c = -1;
    if (c == 0) return KW_False + mid;
    if (c < 0)
      hi = mid - 1;
    else
      lo = mid + 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

const char *lex_line(const char *src, const char *end, int lineno, size_t *len) {
  const char *p = src;
  for (int l = 1; l < lineno && p < end; p++)
    if (*p == '\n') l++;
  const char *e = p;
  while (e < end && *e != '\n') e++;
  if (e < end) e++;
  *len = (size_t)(e - p);
  return p;
}

// Number of code points in s[0..n) (columns reported to users count characters).
static int lex_nchars(const char *s, size_t n) {
  int c = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
  return c;
}

Ref lex_error_at(Lexer *L, Type *type, const char *msg, int lineno, int col, int end_lineno,
                 int end_col) {
  size_t n;
  const char *line = lex_line(L->src, L->src_end, lineno, &n);
  int offset = lex_nchars(line, (size_t)col < n ? (size_t)col : n) + 1;
  int end_offset = end_col;
  if (end_lineno == lineno) {
    end_offset = lex_nchars(line, (size_t)end_col < n ? (size_t)end_col : n) + 1;
  } else if (end_lineno > 0) {
    size_t en;
    const char *eline = lex_line(L->src, L->src_end, end_lineno, &en);
    end_offset = lex_nchars(eline, (size_t)end_col < en ? (size_t)end_col : en) + 1;
  }
  Ref text = py_str_new(line, n);
  if (!text) return nullptr;
  char buf[300];
  if (L->embedded) {
    snprintf(buf, sizeof buf, "f-string: %s", msg);
    msg = buf;
  }
  py_err_syntax(type, msg, L->filename, lineno, offset, text, end_lineno, end_offset);
  py_decref(text);
  return nullptr;
}

static void lex_fail_text(Lexer *L, Token *t, Type *type, const char *msg, const char *at,
                          const char *at_end) {
  int col = (int)(at - L->st.line_start);
  int end_col = (int)(at_end - L->st.line_start);
  lex_error_at(L, type, msg, L->st.lineno, col, L->st.lineno, end_col);
  t->kind = TK_ERROR;
}
// A literal message is a compressed one (obj.h: compressed messages), and so
// are the formats of the messages built with snprintf below.
#define lex_fail(L, t, type, msg, at, at_end)                                                      \
  lex_fail_text(L, t, type, py_msg_str(PY_MSG(msg)), at, at_end)

// ---------------------------------------------------------------------------
// Set-up
// ---------------------------------------------------------------------------

void lex_init(Lexer *L, const char *src, size_t len, Ref filename) {
  memset(L, 0, sizeof *L);
  L->src = src;
  L->src_end = L->end = src + len;
  L->filename = filename;
  L->st.pos = src;
  L->st.line_start = src;
  L->st.lineno = 1;
  L->st.at_bol = true;
  // A UTF-8 byte order mark is ignored.
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) L->st.pos += 3;
}

void lex_init_embedded(Lexer *L, const char *src, size_t len, const char *start, const char *end,
                       int lineno, Ref filename) {
  memset(L, 0, sizeof *L);
  L->src = src;
  L->src_end = src + len;
  L->end = end;
  L->filename = filename;
  L->embedded = true;
  L->st.pos = start;
  const char *ls = start;
  while (ls > src && ls[-1] != '\n') ls--;
  L->st.line_start = ls;
  L->st.lineno = lineno;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

static inline bool lex_is_id_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static inline bool lex_is_id_char(unsigned char c) {
  return lex_is_id_start(c) || (c >= '0' && c <= '9');
}
static inline bool lex_is_digit(char c) { return c >= '0' && c <= '9'; }

static void lex_newline(Lexer *L, const char *after) {
  L->st.lineno++;
  L->st.line_start = after;
}

static void lex_begin(Lexer *L, Token *t, int kind, const char *start) {
  t->kind = kind;
  t->start = start;
  t->lineno = L->st.lineno;
  t->col = (int)(start - L->st.line_start);
  t->name = nullptr;
  t->at_eof = false;
}

static void lex_finish(Lexer *L, Token *t, const char *end) {
  t->end = end;
  t->end_lineno = L->st.lineno;
  t->end_col = (int)(end - L->st.line_start);
  L->st.pos = end;
  L->st.had_token = true;
  t->level = L->st.level + (L->embedded ? 1 : 0);
}

// ---------------------------------------------------------------------------
// Indentation
// ---------------------------------------------------------------------------

// At the start of a logical line: measure the indentation, skip blank and
// comment-only lines, and queue INDENT / DEDENT tokens. Returns false on error.
static bool lex_indentation(Lexer *L, Token *t) {
  for (;;) {
    const char *p = L->st.pos;
    int col = 0, altcol = 0;
    for (; p < L->end; p++) {
      if (*p == ' ')
        col++, altcol++;
      else if (*p == '\t')
        col = (col / 8 + 1) * 8, altcol++;
      else if (*p == '\f')
        col = altcol = 0;
      else if (*p == '\r')
        continue;
      else
        break;
    }
    if (p < L->end && *p == '#') {
      while (p < L->end && *p != '\n') p++;
    }
    if (p >= L->end) { // only blank lines remain
      L->st.pos = p;
      L->st.at_bol = false;
      return true;
    }
    if (*p == '\n') { // blank line: no tokens at all
      L->st.pos = p + 1;
      lex_newline(L, p + 1);
      continue;
    }
    L->st.pos = p;
    L->st.at_bol = false;
    int top = L->indent;
    if (col == L->indstack[top]) {
      if (altcol != L->altindstack[top]) goto tab_error;
    } else if (col > L->indstack[top]) {
      if (top + 1 >= LEX_MAX_INDENT) {
        lex_fail(L, t, &py_IndentationError_type, "too many levels of indentation", p, p);
        return false;
      }
      if (altcol <= L->altindstack[top]) goto tab_error;
      L->indent = top + 1;
      L->indstack[top + 1] = col;
      L->altindstack[top + 1] = altcol;
      L->st.pending = 1;
    } else {
      int n = 0;
      while (L->indent > 0 && col < L->indstack[L->indent]) L->indent--, n++;
      if (col != L->indstack[L->indent]) {
        // CPython points just past the end of the offending line.
        const char *eol = p;
        while (eol < L->end && *eol != '\n') eol++;
        lex_fail(L, t, &py_IndentationError_type,
                 "unindent does not match any outer indentation level", eol, eol);
        return false;
      }
      if (altcol != L->altindstack[L->indent]) goto tab_error;
      L->st.pending = -n;
    }
    return true;
  tab_error:
    lex_fail(L, t, &py_TabError_type, "inconsistent use of tabs and spaces in indentation",
             L->st.line_start, L->st.line_start);
    return false;
  }
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

// Digits of `base` with single underscores between them, starting at p.
// Returns the end, or nullptr when an underscore is misplaced (*bad = there).
static const char *lex_digits(const char *p, const char *end, int base, const char **bad) {
  const char *start = p;
  for (;;) {
    while (p < end) {
      char c = *p;
      bool ok = base == 16 ? (lex_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                           : (c >= '0' && c < '0' + base);
      if (!ok) break;
      p++;
    }
    if (p < end && *p == '_') {
      if (p == start && base == 10) break;
      p++;
      bool next_ok = false;
      if (p < end) {
        char c = *p;
        next_ok = base == 16 ? (lex_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                             : (c >= '0' && c < '0' + base);
      }
      if (!next_ok) {
        *bad = p;
        return nullptr;
      }
      continue;
    }
    return p;
  }
  return p;
}

// A number may be followed directly by a few keywords (`1if x else 2`); any other
// identifier character right after it is an error.
static bool lex_number_end_ok(const char *p, const char *end) {
  if (p >= end || !lex_is_id_char((unsigned char)*p)) return true;
  static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (const char *kw : kws) {
    size_t n = strlen(kw);
    if ((size_t)(end - p) >= n && memcmp(p, kw, n) == 0) return true;
  }
  return false;
}

static bool lex_number(Lexer *L, Token *t, const char *p) {
  const char *start = p, *end = L->end, *bad = nullptr;
  lex_begin(L, t, TK_NUMBER, start);
  if (*p == '0' && p + 1 < end && strchr("xXoObB", p[1])) {
    char k = (char)(p[1] | 0x20);
    int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
    p += 2;
    if (p < end && *p == '_') p++;
    const char *q = lex_digits(p, end, base, &bad);
    char msg[64];
    if (q && q < end && lex_is_digit(*q)) {
      snprintf(msg, sizeof msg, py_msg_str(PY_MSG("invalid digit '%c' in %s literal")), *q, kind);
      lex_fail_text(L, t, &py_SyntaxError_type, msg, q, q + 1);
      return false;
    }
    if (!q || q == p || !lex_number_end_ok(q, end)) {
      snprintf(msg, sizeof msg, py_msg_str(PY_MSG("invalid %s literal")), kind);
      const char *at = q ? q : bad;
      lex_fail_text(L, t, &py_SyntaxError_type, msg, at - 1, at);
      return false;
    }
    lex_finish(L, t, q);
    return true;
  }
  if (*p != '.') {
    const char *q = lex_digits(p, end, 10, &bad);
    if (!q) goto invalid;
    // "0777" is an error unless it turns out to be a float ("0777.5", "09e1").
    bool leading_zero = false;
    if (*start == '0') {
      for (const char *r = start; r < q; r++)
        if (*r != '0' && *r != '_') leading_zero = true;
    }
    p = q;
    if (leading_zero &&
        !(p < end && (*p == '.' || *p == 'e' || *p == 'E' || *p == 'j' || *p == 'J'))) {
      lex_fail(L, t, &py_SyntaxError_type,
               "leading zeros in decimal integer literals are not permitted; use an 0o "
               "prefix for octal integers",
               start, start + 1);
      return false;
    }
  }
  if (p < end && *p == '.') {
    p++;
    if (p < end && lex_is_digit(*p)) {
      p = lex_digits(p, end, 10, &bad);
      if (!p) goto invalid;
    }
  }
  if (p < end && (*p == 'e' || *p == 'E')) {
    const char *e = p++;
    if (p < end && (*p == '+' || *p == '-')) p++;
    if (p >= end || !lex_is_digit(*p)) {
      if ((size_t)(end - e) >= 4 && memcmp(e, "else", 4) == 0) { // `1else`
        lex_finish(L, t, e);
        return true;
      }
      bad = p;
      goto invalid;
    }
    p = lex_digits(p, end, 10, &bad);
    if (!p) goto invalid;
  }
  if (p < end && (*p == 'j' || *p == 'J')) {
#if UPY_ENABLE_COMPLEX
    if (!lex_number_end_ok(p + 1, end)) {
      lex_fail(L, t, &py_SyntaxError_type, "invalid imaginary literal", p, p);
      return false;
    }
    lex_finish(L, t, p + 1);
    return true;
#else
    lex_fail(L, t, &py_SyntaxError_type, "complex numbers are not supported", start, p + 1);
    return false;
#endif
  }
  if (!lex_number_end_ok(p, end)) {
    bad = p;
    goto invalid;
  }
  lex_finish(L, t, p);
  return true;
invalid:
  lex_fail(L, t, &py_SyntaxError_type, "invalid decimal literal", bad - 1 < start ? start : bad - 1,
           bad);
  return false;
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

// Is s[0..n) a string prefix (r, u, b, f and the two-letter combinations)?
static bool lex_is_string_prefix(const char *s, size_t n) {
  if (n == 0 || n > 2) return false;
  char a = (char)(s[0] | 0x20), b = n == 2 ? (char)(s[1] | 0x20) : 0;
  if (n == 1) return a == 'r' || a == 'u' || a == 'b' || a == 'f';
  return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

// p points at the opening quote; start at the prefix.
static bool lex_string(Lexer *L, Token *t, const char *start, const char *p) {
  const char *end = L->end;
  char q = *p;
  bool triple = p + 2 < end && p[1] == q && p[2] == q;
  int start_line = L->st.lineno;
  const char *start_ls = L->st.line_start;
  lex_begin(L, t, TK_STRING, start);
  p += triple ? 3 : 1;
  for (;;) {
    if (p >= end) break;
    char c = *p;
    if (c == '\\') {
      if (p + 1 < end) {
        if (p[1] == '\r' && p + 2 < end && p[2] == '\n') p++; // CRLF line endings
        if (p[1] == '\n') lex_newline(L, p + 2);
        p += 2;
        continue;
      }
      p++;
      continue;
    }
    if (c == '\n') {
      if (!triple) break;
      lex_newline(L, p + 1);
      p++;
      continue;
    }
    if (c == q) {
      if (!triple) {
        lex_finish(L, t, p + 1);
        return true;
      }
      if (p + 2 < end && p[1] == q && p[2] == q) {
        lex_finish(L, t, p + 3);
        return true;
      }
    }
    p++;
  }
  // Unterminated: reported at the start of the literal.
  char msg[96];
  int detected = L->st.lineno;
  if (triple && p >= end && end > L->src && end[-1] == '\n') detected--;
  snprintf(msg, sizeof msg,
           py_msg_str(PY_MSG("unterminated %sstring literal (detected at line %d)")),
           triple ? "triple-quoted " : "", detected);
  if (triple) L->incomplete = true;
  int col = (int)(start - start_ls);
  lex_error_at(L, &py_SyntaxError_type, msg, start_line, col, start_line, col);
  t->kind = TK_ERROR;
  return false;
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

struct LexOp {
  const char *text;
  int kind;
};
// Longest first within each leading character.
static const LexOp lex_ops[] = {
    {"**=", TK_DOUBLESTAREQUAL},
    {"//=", TK_DOUBLESLASHEQUAL},
    {"<<=", TK_LEFTSHIFTEQUAL},
    {">>=", TK_RIGHTSHIFTEQUAL},
    {"...", TK_ELLIPSIS},
    {"!=", TK_NOTEQUAL},
    {"%=", TK_PERCENTEQUAL},
    {"&=", TK_AMPEREQUAL},
    {"**", TK_DOUBLESTAR},
    {"*=", TK_STAREQUAL},
    {"+=", TK_PLUSEQUAL},
    {"-=", TK_MINEQUAL},
    {"->", TK_RARROW},
    {"//", TK_DOUBLESLASH},
    {"/=", TK_SLASHEQUAL},
    {":=", TK_COLONEQUAL},
    {"<<", TK_LEFTSHIFT},
    {"<=", TK_LESSEQUAL},
    {"<>", -1},
    {"==", TK_EQEQUAL},
    {">=", TK_GREATEREQUAL},
    {">>", TK_RIGHTSHIFT},
    {"@=", TK_ATEQUAL},
    {"^=", TK_CIRCUMFLEXEQUAL},
    {"|=", TK_VBAREQUAL},
    {"%", TK_PERCENT},
    {"&", TK_AMPER},
    {"(", TK_LPAR},
    {")", TK_RPAR},
    {"*", TK_STAR},
    {"+", TK_PLUS},
    {",", TK_COMMA},
    {"-", TK_MINUS},
    {".", TK_DOT},
    {"/", TK_SLASH},
    {":", TK_COLON},
    {";", TK_SEMI},
    {"<", TK_LESS},
    {"=", TK_EQUAL},
    {">", TK_GREATER},
    {"@", TK_AT},
    {"[", TK_LSQB},
    {"]", TK_RSQB},
    {"^", TK_CIRCUMFLEX},
    {"{", TK_LBRACE},
    {"|", TK_VBAR},
    {"}", TK_RBRACE},
    {"~", TK_TILDE},
};

static bool lex_bracket(Lexer *L, Token *t, const char *p, int kind) {
  if (kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE) {
    if (L->st.level >= LEX_MAX_PARENS) {
      lex_fail(L, t, &py_SyntaxError_type, "too many nested parentheses", p, p + 1);
      return false;
    }
    L->parenkind[L->st.level] = *p;
    L->parenline[L->st.level] = L->st.lineno;
    L->parencol[L->st.level] = (int)(p - L->st.line_start);
    L->st.level++;
    return true;
  }
  char msg[100];
  if (L->st.level == 0) {
    if (L->embedded) return true; // the f-string scanner reports these
    snprintf(msg, sizeof msg, py_msg_str(PY_MSG("unmatched '%c'")), *p);
    lex_fail_text(L, t, &py_SyntaxError_type, msg, p, p + 1);
    return false;
  }
  char open = L->parenkind[L->st.level - 1];
  char want = open == '(' ? ')' : open == '[' ? ']' : '}';
  if (*p != want) {
    int line = L->parenline[L->st.level - 1];
    if (line != L->st.lineno)
      snprintf(msg, sizeof msg,
               py_msg_str(PY_MSG(
                   "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d")),
               *p, open, line);
    else
      snprintf(
          msg, sizeof msg,
          py_msg_str(PY_MSG("closing parenthesis '%c' does not match opening parenthesis '%c'")),
          *p, open);
    lex_fail_text(L, t, &py_SyntaxError_type, msg, p, p + 1);
    return false;
  }
  L->st.level--;
  return true;
}

static bool lex_operator(Lexer *L, Token *t, const char *p) {
  size_t left = (size_t)(L->end - p);
  for (const LexOp &op : lex_ops) {
    size_t n = strlen(op.text);
    if (n > left || memcmp(p, op.text, n) != 0) continue;
    if (op.kind < 0) break; // "<>" is only valid with barry_as_FLUFL
    lex_begin(L, t, op.kind, p);
    if ((op.kind >= TK_LPAR && op.kind <= TK_RBRACE) && !lex_bracket(L, t, p, op.kind))
      return false;
    lex_finish(L, t, p + n);
    return true;
  }
  // Anything else ('$', '?', '!', a stray non-identifier byte) is invalid here.
  lex_begin(L, t, TK_ERROR, p);
  lex_fail(L, t, &py_SyntaxError_type, "invalid syntax", p, p + 1);
  return false;
}

// ---------------------------------------------------------------------------
// Main loop
// ---------------------------------------------------------------------------

static void lex_simple(Lexer *L, Token *t, int kind, const char *at) {
  lex_begin(L, t, kind, at);
  t->level = L->st.level;
  t->end = at;
  t->end_lineno = t->lineno;
  t->end_col = t->col;
}

// End of input: close the last line, unwind indentation, then ENDMARKER.
static void lex_eof(Lexer *L, Token *t) {
  const char *p = L->end;
  if (L->st.level > 0 && !L->embedded) {
    int i = L->st.level - 1;
    char msg[40];
    snprintf(msg, sizeof msg, py_msg_str(PY_MSG("'%c' was never closed")), L->parenkind[i]);
    L->incomplete = true;
    L->unclosed_line = L->parenline[i];
    lex_error_at(L, &py_SyntaxError_type, msg, L->parenline[i], L->parencol[i], L->parenline[i],
                 L->parencol[i] + 1);
    t->kind = TK_ERROR;
    return;
  }
  if (L->st.had_token && !L->embedded) {
    lex_simple(L, t, TK_NEWLINE, p);
    L->st.had_token = false;
  } else if (L->indent > 0) {
    L->indent--;
    lex_simple(L, t, TK_DEDENT, p);
  } else {
    lex_simple(L, t, TK_ENDMARKER, p);
    L->st.done = true;
  }
  t->at_eof = true;
  L->st.pos = p;
}

void lex_next(Lexer *L, Token *t) {
  // Error tokens keep a sane position.
  t->name = nullptr;
  t->at_eof = false;
  t->start = t->end = L->st.pos;
  t->lineno = t->end_lineno = L->st.lineno;
  t->col = t->end_col = (int)(L->st.pos - L->st.line_start);
  t->level = L->st.level;
  for (;;) {
    if (L->st.pending > 0) {
      L->st.pending--;
      lex_simple(L, t, TK_INDENT, L->st.pos);
      return;
    }
    if (L->st.pending < 0) {
      L->st.pending++;
      lex_simple(L, t, TK_DEDENT, L->st.pos);
      return;
    }
    if (L->st.at_bol && L->st.level == 0 && !L->embedded) {
      if (!lex_indentation(L, t)) return;
      continue;
    }
    const char *p = L->st.pos, *end = L->end;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r')) p++;
    L->st.pos = p;
    if (p >= end) {
      lex_eof(L, t);
      return;
    }
    char c = *p;
    if (c == '#') {
      while (p < end && *p != '\n') p++;
      L->st.pos = p;
      continue;
    }
    if (c == '\\') {
      const char *q = p + 1;
      while (q < end && *q == '\r') q++;
      if (q < end && *q == '\n') {
        if (q + 1 >= end) { // a continuation line that never comes
          L->incomplete = true;
          lex_fail(L, t, &py_SyntaxError_type, "unexpected EOF while parsing", p + 1, p + 1);
          return;
        }
        L->st.pos = q + 1;
        lex_newline(L, q + 1);
        continue;
      }
      if (q >= end) {
        L->incomplete = true;
        lex_fail(L, t, &py_SyntaxError_type, "unexpected EOF while parsing", p + 1, p + 1);
        return;
      }
      lex_begin(L, t, TK_ERROR, p);
      lex_fail(L, t, &py_SyntaxError_type, "unexpected character after line continuation character",
               p + 1, p + 1);
      return;
    }
    if (c == '\n') {
      L->st.pos = p + 1;
      bool emit = L->st.level == 0 && !L->embedded && L->st.had_token;
      if (emit) {
        lex_begin(L, t, TK_NEWLINE, p);
        t->end = p + 1;
        t->end_lineno = t->lineno;
        t->end_col = t->col + 1;
        L->st.had_token = false;
      }
      lex_newline(L, p + 1);
      if (L->st.level == 0 && !L->embedded) L->st.at_bol = true;
      if (emit) return;
      continue;
    }
    if (lex_is_id_start((unsigned char)c)) {
      const char *q = p;
      while (q < end && lex_is_id_char((unsigned char)*q)) q++;
      if (q < end && (*q == '\'' || *q == '"') && lex_is_string_prefix(p, (size_t)(q - p))) {
        lex_string(L, t, p, q);
        return;
      }
      lex_begin(L, t, TK_NAME, p);
      int kw = lex_keyword_kind(p, (size_t)(q - p));
      if (kw >= 0) {
        t->kind = kw;
      } else {
        t->name = py_str_intern_n(p, (size_t)(q - p));
        if (!t->name) {
          t->kind = TK_ERROR;
          return;
        }
        py_decref(t->name); // interned strings are immortal while the runtime lives
      }
      lex_finish(L, t, q);
      return;
    }
    if (lex_is_digit(c) || (c == '.' && p + 1 < end && lex_is_digit(p[1]))) {
      lex_number(L, t, p);
      return;
    }
    if (c == '\'' || c == '"') {
      lex_string(L, t, p, p);
      return;
    }
    lex_operator(L, t, p);
    return;
  }
}
