// The REPL's line editor (see lineedit.h). The terminal is in raw mode only while
// a line is being read, so program output and Ctrl-C behave normally otherwise.
// Cursor positions are byte offsets kept on UTF-8 character boundaries; every
// code point is assumed to take one column.
#include "port/unix/lineedit.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <termios.h>
#include <unistd.h>

#define LE_HISTORY_MAX 200

namespace {

struct Buffer {
  char *data;
  size_t len, cap;
};

struct Editor {
  Buffer buf; // the line being edited
  size_t pos; // cursor (byte offset)
  const char *prompt;
  char *history[LE_HISTORY_MAX];
  int nhistory;
  int hist_index; // entry shown; nhistory = the line being typed
  char *scratch;  // the line being typed, saved while browsing history
  struct termios saved;
};

Editor le;

// ---------------------------------------------------------------------------
// Buffer and output helpers
// ---------------------------------------------------------------------------

bool le_reserve(Buffer *b, size_t n) {
  if (b->len + n + 1 <= b->cap) return true;
  size_t cap = b->cap ? b->cap * 2 : 128;
  while (cap < b->len + n + 1) cap *= 2;
  char *p = (char *)realloc(b->data, cap);
  if (!p) return false;
  b->data = p;
  b->cap = cap;
  return true;
}

void le_set_text(const char *s) {
  size_t n = strlen(s);
  le.buf.len = 0;
  if (!le_reserve(&le.buf, n)) return;
  memcpy(le.buf.data, s, n + 1);
  le.buf.len = n;
  le.pos = n;
}

void le_write(const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = write(STDOUT_FILENO, s, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return;
    s += w;
    n -= (size_t)w;
  }
}

void le_puts(const char *s) { le_write(s, strlen(s)); }

bool le_is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

size_t le_count_chars(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += !le_is_cont(s[i]);
  return k;
}

// Redraw the prompt and line, then put the cursor back at `pos`.
void le_refresh() {
  le_puts("\r");
  le_puts(le.prompt);
  le_write(le.buf.data, le.buf.len);
  le_puts("\x1b[K");
  size_t back = le_count_chars(le.buf.data + le.pos, le.buf.len - le.pos);
  if (back > 0) {
    char seq[32];
    snprintf(seq, sizeof seq, "\x1b[%zuD", back);
    le_puts(seq);
  }
}

// ---------------------------------------------------------------------------
// Editing operations
// ---------------------------------------------------------------------------

size_t le_prev_char(size_t p) {
  if (p == 0) return 0;
  do p--;
  while (p > 0 && le_is_cont(le.buf.data[p]));
  return p;
}

size_t le_next_char(size_t p) {
  if (p >= le.buf.len) return le.buf.len;
  do p++;
  while (p < le.buf.len && le_is_cont(le.buf.data[p]));
  return p;
}

void le_insert(const char *s, size_t n) {
  if (!le_reserve(&le.buf, n)) return;
  memmove(le.buf.data + le.pos + n, le.buf.data + le.pos, le.buf.len - le.pos + 1);
  memcpy(le.buf.data + le.pos, s, n);
  le.buf.len += n;
  le.pos += n;
}

// Remove bytes [from, to).
void le_erase(size_t from, size_t to) {
  memmove(le.buf.data + from, le.buf.data + to, le.buf.len - to + 1);
  le.buf.len -= to - from;
  le.pos = from;
}

bool le_is_word(char c) {
  return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         ((unsigned char)c & 0x80);
}

size_t le_word_left(size_t p) {
  while (p > 0 && !le_is_word(le.buf.data[p - 1])) p--;
  while (p > 0 && le_is_word(le.buf.data[p - 1])) p--;
  return p;
}

size_t le_word_right(size_t p) {
  while (p < le.buf.len && !le_is_word(le.buf.data[p])) p++;
  while (p < le.buf.len && le_is_word(le.buf.data[p])) p++;
  return p;
}

// Show history entry `index` (nhistory = the line being typed).
void le_history_goto(int index) {
  if (index < 0 || index > le.nhistory || index == le.hist_index) return;
  if (le.hist_index == le.nhistory) {
    free(le.scratch);
    le.scratch = strdup(le.buf.data);
  }
  le.hist_index = index;
  le_set_text(index == le.nhistory ? (le.scratch ? le.scratch : "") : le.history[index]);
}

// ---------------------------------------------------------------------------
// Terminal
// ---------------------------------------------------------------------------

bool le_raw_on() {
  if (tcgetattr(STDIN_FILENO, &le.saved) < 0) return false;
  struct termios raw = le.saved;
  // Keep OPOST so "\n" still moves to the start of the next line.
  raw.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
  raw.c_cflag |= CS8;
  raw.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  return tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0;
}

void le_raw_off() { tcsetattr(STDIN_FILENO, TCSAFLUSH, &le.saved); }

// One byte from the terminal; -1 at end of input or on error.
int le_getc() {
  unsigned char c;
  for (;;) {
    ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) continue;
    return -1;
  }
}

// After ESC: CSI ("ESC [ params final") or SS3 ("ESC O final") sequences.
void le_escape() {
  int c = le_getc();
  if (c != '[' && c != 'O') {
    if (c == 'b') le.pos = le_word_left(le.pos); // Alt-B / Alt-F
    if (c == 'f') le.pos = le_word_right(le.pos);
    return;
  }
  int num = 0, mod = 0, f;
  bool second = false;
  while ((f = le_getc()) >= 0 && ((f >= '0' && f <= '9') || f == ';')) {
    if (f == ';')
      second = true;
    else if (second)
      mod = mod * 10 + (f - '0');
    else
      num = num * 10 + (f - '0');
  }
  bool ctrl = mod == 5;
  switch (f) {
  case 'A': le_history_goto(le.hist_index - 1); break;
  case 'B': le_history_goto(le.hist_index + 1); break;
  case 'C': le.pos = ctrl ? le_word_right(le.pos) : le_next_char(le.pos); break;
  case 'D': le.pos = ctrl ? le_word_left(le.pos) : le_prev_char(le.pos); break;
  case 'H': le.pos = 0; break;
  case 'F': le.pos = le.buf.len; break;
  case '~':
    if (num == 1 || num == 7)
      le.pos = 0;
    else if (num == 4 || num == 8)
      le.pos = le.buf.len;
    else if (num == 3 && le.pos < le.buf.len)
      le_erase(le.pos, le_next_char(le.pos));
    break;
  }
}

#define LE_CTRL(c) ((c)&0x1f)

// Handle one key. Returns -1 to keep editing, or a LineResult.
int le_key(int c) {
  switch (c) {
  case -1: return le.buf.len ? LINE_OK : LINE_EOF;
  case '\r':
  case '\n': return LINE_OK;
  case LE_CTRL('C'): return LINE_INTERRUPT;
  case LE_CTRL('D'):
    if (le.buf.len == 0) return LINE_EOF;
    if (le.pos < le.buf.len) le_erase(le.pos, le_next_char(le.pos));
    break;
  case 127:
  case LE_CTRL('H'):
    if (le.pos > 0) le_erase(le_prev_char(le.pos), le.pos);
    break;
  case LE_CTRL('A'): le.pos = 0; break;
  case LE_CTRL('E'): le.pos = le.buf.len; break;
  case LE_CTRL('B'): le.pos = le_prev_char(le.pos); break;
  case LE_CTRL('F'): le.pos = le_next_char(le.pos); break;
  case LE_CTRL('K'): le.buf.len = le.pos, le.buf.data[le.pos] = 0; break;
  case LE_CTRL('U'): le_erase(0, le.pos); break;
  case LE_CTRL('W'): le_erase(le_word_left(le.pos), le.pos); break;
  case LE_CTRL('P'): le_history_goto(le.hist_index - 1); break;
  case LE_CTRL('N'): le_history_goto(le.hist_index + 1); break;
  case LE_CTRL('L'): le_puts("\x1b[H\x1b[2J"); break;
  case '\t': le_insert("    ", 4); break;
  case 27: le_escape(); break;
  default:
    if (c >= 32) {
      char ch = (char)c;
      le_insert(&ch, 1);
    }
  }
  return -1;
}

LineResult le_read_raw() {
  le_refresh();
  int r;
  while ((r = le_key(le_getc())) < 0) le_refresh();
  le.pos = le.buf.len;
  le_refresh();
  le_puts("\n");
  return (LineResult)r;
}

LineResult le_read_plain() {
  fputs(le.prompt, stdout);
  fflush(stdout);
  char *line = nullptr;
  size_t cap = 0;
  errno = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) {
    free(line);
    clearerr(stdin);
    return errno == EINTR ? LINE_INTERRUPT : LINE_EOF;
  }
  if (n > 0 && line[n - 1] == '\n') line[--n] = 0;
  le_set_text(line);
  free(line);
  return LINE_OK;
}

} // namespace

LineResult lineedit_read(const char *prompt, const char **line, size_t *len) {
  le.prompt = prompt;
  le.hist_index = le.nhistory;
  free(le.scratch);
  le.scratch = nullptr;
  le_set_text("");
  if (!le.buf.data) return LINE_EOF; // out of memory
  fflush(stdout);
  LineResult r;
  if (isatty(STDIN_FILENO) && le_raw_on()) {
    r = le_read_raw();
    le_raw_off();
  } else {
    r = le_read_plain();
  }
  *line = le.buf.data;
  *len = le.buf.len;
  return r;
}

void lineedit_history_add(const char *line) {
  if (line[strspn(line, " \t")] == 0) return;
  if (le.nhistory > 0 && strcmp(le.history[le.nhistory - 1], line) == 0) return;
  char *copy = strdup(line);
  if (!copy) return;
  if (le.nhistory == LE_HISTORY_MAX) {
    free(le.history[0]);
    memmove(le.history, le.history + 1, sizeof(char *) * (LE_HISTORY_MAX - 1));
    le.nhistory--;
  }
  le.history[le.nhistory++] = copy;
}

void lineedit_deinit() {
  for (int i = 0; i < le.nhistory; i++) free(le.history[i]);
  le.nhistory = 0;
  free(le.scratch);
  free(le.buf.data);
  le = Editor();
}
