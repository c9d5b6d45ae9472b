// A small line editor for the REPL: raw termios, VT100 escapes, in-memory
// history. No readline dependency. When stdin is not a terminal it reads plain
// lines (getline) instead.
#pragma once
#include <cstddef>

enum LineResult {
  LINE_OK,        // a line was read (without its newline)
  LINE_EOF,       // Ctrl-D on an empty line, or end of input
  LINE_INTERRUPT, // Ctrl-C
};

// Print `prompt` and read one line. On LINE_OK, *line (NUL-terminated) and *len
// describe the text; the buffer belongs to the editor and stays valid until the
// next call.
LineResult lineedit_read(const char *prompt, const char **line, size_t *len);
// Remember a line for up/down recall (blank lines and repeats are skipped).
void lineedit_history_add(const char *line);
// Free the history and buffers (the terminal is restored after every read).
void lineedit_deinit();
