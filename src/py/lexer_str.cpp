// Decoding of string and bytes literal bodies (escape sequences), see lexer.h.
#include <cstdio>

#include "py/lexer.h"

void lex_buf_free(LexBuf *b) {
  if (b->data) py_free(b->data, b->cap);
  lex_buf_init(b);
}

bool lex_buf_add(LexBuf *b, const char *s, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + n) cap *= 2;
    char *d = (char *)(b->data ? py_realloc(b->data, b->cap, cap) : py_malloc(cap));
    if (!d) return false;
    b->data = d;
    b->cap = cap;
  }
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  return true;
}

bool lex_buf_add_cp(LexBuf *b, uint32_t cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) {
    u[0] = (char)cp, n = 1;
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
  }
  return lex_buf_add(b, u, n);
}

static int lex_hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads exactly `ndigits` hex digits at s[i..n); -1 if they are not all there.
static int64_t lex_hex_escape(const char *s, size_t n, size_t i, int ndigits, size_t *stop) {
  int64_t v = 0;
  int k = 0;
  for (; k < ndigits && i + k < n; k++) {
    int h = lex_hexval(s[i + k]);
    if (h < 0) break;
    v = v * 16 + h;
  }
  *stop = i + k;
  return k == ndigits ? v : -1;
}

int lex_decode_string(const char *s, size_t n, bool raw, bool bytes, LexBuf *out, char *errbuf,
                      size_t errsize) {
  size_t i = 0;
  while (i < n) {
    // Copy a run of plain characters at once.
    size_t j = i;
    while (j < n && (raw || s[j] != '\\') && s[j] != '\r') {
      if (bytes && (unsigned char)s[j] >= 0x80) {
        snprintf(errbuf, errsize, "bytes can only contain ASCII literal characters");
        return -1;
      }
      j++;
    }
    if (!lex_buf_add(out, s + i, j - i)) return -2;
    if (j >= n) break;
    if (s[j] == '\r') { // universal newlines: \r\n and \r read as \n
      if (!lex_buf_add(out, "\n", 1)) return -2;
      i = j + 1 + (j + 1 < n && s[j + 1] == '\n');
      continue;
    }
    // s[j] is a backslash in a non-raw literal.
    size_t esc = j;
    i = j + 1;
    if (i >= n) { // cannot happen for lexed tokens: the quote would be escaped
      if (!lex_buf_add(out, "\\", 1)) return -2;
      break;
    }
    char c = s[i++];
    char ch = 0;
    switch (c) {
    case '\n': continue;
    case '\r':
      if (i < n && s[i] == '\n') i++;
      continue;
    case '\\': ch = '\\'; break;
    case '\'': ch = '\''; break;
    case '"': ch = '"'; break;
    case 'a': ch = '\a'; break;
    case 'b': ch = '\b'; break;
    case 'f': ch = '\f'; break;
    case 'n': ch = '\n'; break;
    case 'r': ch = '\r'; break;
    case 't': ch = '\t'; break;
    case 'v': ch = '\v'; break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      uint32_t v = (uint32_t)(c - '0');
      for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
        v = v * 8 + (uint32_t)(s[i++] - '0');
      if (bytes) {
        char b = (char)(v & 0xFF);
        if (!lex_buf_add(out, &b, 1)) return -2;
      } else if (!lex_buf_add_cp(out, v)) {
        return -2;
      }
      continue;
    }
    case 'x': {
      size_t stop;
      int64_t v = lex_hex_escape(s, n, i, 2, &stop);
      if (v < 0) {
        if (bytes)
          snprintf(errbuf, errsize, "(value error) invalid \\x escape at position %zu", esc);
        else
          snprintf(errbuf, errsize,
                   "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                   "%zu-%zu: truncated \\xXX escape",
                   esc, stop - 1);
        return -1;
      }
      i = stop;
      if (bytes) {
        char b = (char)v;
        if (!lex_buf_add(out, &b, 1)) return -2;
      } else if (!lex_buf_add_cp(out, (uint32_t)v)) {
        return -2;
      }
      continue;
    }
    case 'u':
    case 'U': {
      if (bytes) break; // no meaning in bytes: kept verbatim below
      size_t stop;
      int nd = c == 'u' ? 4 : 8;
      int64_t v = lex_hex_escape(s, n, i, nd, &stop);
      if (v < 0 || v > 0x10FFFF) {
        snprintf(errbuf, errsize,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                 "%zu-%zu: %s",
                 esc, stop - 1,
                 v > 0x10FFFF ? "illegal Unicode character"
                 : c == 'u'   ? "truncated \\uXXXX escape"
                              : "truncated \\UXXXXXXXX escape");
        return -1;
      }
      i = stop;
      if (!lex_buf_add_cp(out, (uint32_t)v)) return -2;
      continue;
    }
    case 'N':
      if (bytes) break;
      // No Unicode name database on board.
      {
        size_t stop = i;
        while (stop < n && s[stop] != '}') stop++;
        bool malformed = i >= n || s[i] != '{' || stop >= n;
        snprintf(errbuf, errsize,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                 "%zu-%zu: %s",
                 esc, malformed ? i - 1 : stop,
                 malformed ? "malformed \\N character escape"
                           : "\\N{...} escapes are not supported");
      }
      return -1;
    default: break;
    }
    if (ch) {
      if (!lex_buf_add(out, &ch, 1)) return -2;
      continue;
    }
    // Unknown escape: the backslash stays (CPython warns).
    i = esc + 1;
    if (!lex_buf_add(out, "\\", 1)) return -2;
  }
  return 0;
}
