// The `upytorch` executable for Unix-like hosts: a python3-like command line and
// an interactive prompt. Everything platform-specific about start-up lives here;
// the runtime (src/py) knows nothing of argv parsing, terminals or signals.
#include <sys/resource.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "port/unix/lineedit.h"
#include "py/compile.h"
#include "py/containers.h"
#include "py/strobj.h"
#include "py/vm.h"
#if UPY_WITH_TORCH
#include "torch/torch.h"
#endif
#if UPY_EXT_LIB
extern const FrozenModuleDef py_ext_frozen_modules[]; // lib/ext, generated
#endif

#define UPY_VERSION "0.1"
#define UPY_BANNER "upytorch " UPY_VERSION " (Python 3.11 subset) on linux"

static const char usage_text[] =
    "usage: upytorch [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd : program passed in as string (terminates option list)\n"
    "  -m mod : run library module as a script (terminates option list)\n"
    "  -i     : inspect interactively after running script or command\n"
    "  -q     : don't print the version banner on interactive start-up\n"
    "  -X heapsize=N : limit the interpreter heap to N bytes (suffix K, M or G)\n"
    "  -h     : print this help message and exit (also --help)\n"
    "  -V     : print the version number and exit (also --version)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

struct Options {
  const char *command; // -c
  const char *module;  // -m
  const char *script;  // file name, or "-" / nullptr for stdin
  bool interactive;    // -i
  bool quiet;          // -q
  size_t heap_limit;   // -X heapsize; 0 = the runtime's default
  int argc;            // sys.argv
  char **argv;
};

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

static int usage_error(const char *fmt, const char *what) {
  fprintf(stderr, fmt, what);
  fputs("usage: upytorch [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
        "Try `upytorch -h' for more information.\n",
        stderr);
  return 2;
}

// "256K", "4M", "1G", "100000" → bytes; 0 when malformed.
static size_t parse_size(const char *s) {
  char *end;
  errno = 0;
  unsigned long long n = strtoull(s, &end, 10);
  if (end == s || errno) return 0;
  switch (*end) {
  case 'k':
  case 'K': n <<= 10, end++; break;
  case 'm':
  case 'M': n <<= 20, end++; break;
  case 'g':
  case 'G': n <<= 30, end++; break;
  }
  return *end ? 0 : (size_t)n;
}

static int parse_xoption(Options *o, const char *opt) {
  if (strncmp(opt, "heapsize=", 9) != 0) return 0; // unknown -X options are ignored, as in CPython
  o->heap_limit = parse_size(opt + 9);
  if (o->heap_limit == 0) return usage_error("upytorch: invalid -X heapsize value: %s\n", opt + 9);
  return 0;
}

// sys.argv: `first` followed by the remaining command-line words. The array
// lives until exit. Returns parse_args' "continue" value (-1), or 1 when out of memory.
static int set_argv(Options *o, const char *first, char **rest, int nrest) {
  o->argv = (char **)malloc(sizeof(char *) * (size_t)(nrest + 2));
  if (!o->argv) return 1;
  o->argv[0] = (char *)first;
  for (int i = 0; i < nrest; i++) o->argv[i + 1] = rest[i];
  o->argv[nrest + 1] = nullptr;
  o->argc = nrest + 1;
  return -1;
}

// Fills *o. Returns -1 to continue, or an exit status (help, version, errors).
static int parse_args(int argc, char **argv, Options *o) {
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || a[1] == 0) break; // script name or "-"
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (strcmp(a, "--help") == 0) a = "-h";
    if (strcmp(a, "--version") == 0) a = "-V";
    if (a[1] == '-') return usage_error("unknown option %s\n", a);
    for (const char *f = a + 1; *f; f++) {
      // Options taking a value use the rest of this word or the next one.
      if (*f == 'c' || *f == 'm' || *f == 'X') {
        const char *val = f[1] ? f + 1 : (i + 1 < argc ? argv[++i] : nullptr);
        char opt[3] = {'-', *f, 0};
        if (!val) return usage_error("Argument expected for the %s option\n", opt);
        if (*f == 'X') {
          if (parse_xoption(o, val)) return 2;
          break;
        }
        if (*f == 'c')
          o->command = val;
        else
          o->module = val;
        return set_argv(o, *f == 'c' ? "-c" : "-m", argv + i + 1, argc - i - 1);
      }
      switch (*f) {
      case 'h': fputs(usage_text, stdout); return 0;
      case 'V': puts("upytorch " UPY_VERSION " (Python 3.11 subset)"); return 0;
      case 'i': o->interactive = true; break;
      case 'q': o->quiet = true; break;
      case 'u':
      case 'B':
      case 'E':
      case 's':
      case 'S':
      case 'O': break; // accepted, no effect
      default: {
        char opt[3] = {'-', *f, 0};
        return usage_error("Unknown option: %s\n", opt);
      }
      }
    }
  }
  if (i < argc) {
    o->script = argv[i];
    return set_argv(o, argv[i], argv + i + 1, argc - i - 1);
  }
  return set_argv(o, "", nullptr, 0);
}

// ---------------------------------------------------------------------------
// Running source in __main__ (stdin and the REPL)
// ---------------------------------------------------------------------------

static void on_sigint(int) { py_signal_interrupt(); }

static void install_sigint() {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0; // no SA_RESTART: a blocking read returns so the VM can raise
  sigaction(SIGINT, &sa, nullptr);
}

// The __main__ module's dict (borrowed), creating the module if the runtime has
// not; also puts "" first on sys.path as CPython does for stdin and the REPL.
static Ref main_globals() {
  if (!py_vm.main_module) {
    Ref m = py_module_new("__main__");
    if (!m || py_dict_set_str(py_vm.modules, "__main__", m) < 0) return nullptr;
    py_vm.main_module = m;
  }
  Ref path = py_vm.sys_path;
  if (path && py_is_list(path)) {
    bool has_cwd = py_list_len(path) > 0 && py_is_str(py_list_items(path)[0]) &&
                   py_str_len(py_list_items(path)[0]) == 0;
    Ref empty = py_str_new("", 0);
    if (!empty) return nullptr;
    int r = has_cwd ? 0 : py_list_insert(path, 0, empty);
    py_decref(empty);
    if (r < 0) return nullptr;
  }
  return py_module_dict(py_vm.main_module);
}

// Compile `src`. Returns the code (new ref), or nullptr with the error set;
// *incomplete tells whether more input could complete it.
static Ref compile_source(const char *src, size_t len, const char *filename, int mode,
                          bool *incomplete) {
  *incomplete = false;
  Ref fn = py_str_from_cstr(filename);
  if (!fn) return nullptr;
  Ref code = py_compile(src, len, fn, mode, incomplete);
  py_decref(fn);
  return code;
}

// Run a compiled code object in __main__. 0, or -1 with the error set.
static int run_code(Ref code, Ref globals) {
  Ref r = py_eval_code(code, globals, globals);
  fflush(stdout);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

// A whole program piped on stdin. Returns the exit status.
static int run_stdin() {
  size_t len = 0, cap = 4096;
  char *src = (char *)malloc(cap);
  size_t n;
  while (src && (n = fread(src + len, 1, cap - len - 1, stdin)) > 0) {
    len += n;
    if (len + 1 == cap) {
      char *p = (char *)realloc(src, cap *= 2);
      if (!p) free(src);
      src = p;
    }
  }
  if (!src) {
    fputs("upytorch: out of memory reading stdin\n", stderr);
    return 1;
  }
  src[len] = 0;
  Ref globals = main_globals();
  bool incomplete;
  Ref code = globals ? compile_source(src, len, "<stdin>", COMPILE_EXEC, &incomplete) : nullptr;
  free(src);
  int status = code && run_code(code, globals) == 0 ? 0 : py_handle_uncaught();
  py_xdecref(code);
  return status;
}

// ---------------------------------------------------------------------------
// REPL
// ---------------------------------------------------------------------------

// Like CPython, a compound statement typed at the prompt ends only at an empty
// line, even when it is already complete ("if x: f()", a def with its body).
static bool starts_compound(const char *src) {
  static const char *const keywords[] = {"if",  "while", "for",   "try",  "with",
                                         "def", "class", "async", nullptr};
  src += strspn(src, " \t");
  if (*src == '@') return true;
  size_t n = strspn(src, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789");
  for (const char *const *k = keywords; *k; k++) {
    if (strlen(*k) == n && strncmp(src, *k, n) == 0) return true;
  }
  return false;
}

// True when `src` ends inside brackets or a triple-quoted string, where an
// empty line does not end the statement.
static bool inside_brackets(const char *s) {
  int depth = 0;
  while (*s) {
    char c = *s++;
    if (c == '#') {
      s += strcspn(s, "\n");
    } else if (c == '(' || c == '[' || c == '{') {
      depth++;
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      depth--;
    } else if (c == '\'' || c == '"') {
      bool triple = s[0] == c && s[1] == c;
      if (triple) s += 2;
      while (*s && !(triple ? (s[0] == c && s[1] == c && s[2] == c) : (*s == c || *s == '\n'))) {
        if (*s == '\\' && s[1]) s++;
        s++;
      }
      if (!*s) return triple;
      s += triple ? 3 : 1;
    }
  }
  return depth > 0;
}

struct SrcBuf {
  char *data;
  size_t len, cap;
  int nlines;
};

static bool srcbuf_append(SrcBuf *b, const char *line, size_t n) {
  if (b->len + n + 2 > b->cap) {
    size_t cap = (b->len + n + 2) * 2;
    char *p = (char *)realloc(b->data, cap);
    if (!p) return false;
    b->data = p;
    b->cap = cap;
  }
  memcpy(b->data + b->len, line, n);
  b->len += n;
  b->data[b->len++] = '\n';
  b->data[b->len] = 0;
  b->nlines++;
  return true;
}

enum ReplStep { STEP_MORE, STEP_DONE, STEP_EXIT };

// Compile the statement collected so far and run it when complete. `last_blank`:
// the line just entered was empty. Sets *status on SystemExit.
static ReplStep repl_step(SrcBuf *b, bool last_blank, bool at_eof, Ref globals, int *status) {
  bool block = starts_compound(b->data);
  bool incomplete;
  Ref code = compile_source(b->data, b->len, "<stdin>", COMPILE_SINGLE, &incomplete);
  if (!code && incomplete && !at_eof && (!last_blank || !block || inside_brackets(b->data))) {
    py_err_clear();
    return STEP_MORE;
  }
  if (code && block && !last_blank && !at_eof) {
    py_decref(code);
    return STEP_MORE;
  }
  if (code && run_code(code, globals) == 0) {
    py_decref(code);
    return STEP_DONE;
  }
  py_xdecref(code);
  bool exiting = py_err_matches(&py_SystemExit_type);
  *status = py_handle_uncaught();
  fflush(stdout);
  return exiting ? STEP_EXIT : STEP_DONE;
}

static int repl(bool quiet) {
  if (!quiet && isatty(STDIN_FILENO)) {
    puts(UPY_BANNER);
    puts("Type Ctrl-D on an empty line to exit.");
  }
  Ref globals = main_globals();
  if (!globals) return py_handle_uncaught();
  SrcBuf b = {};
  int status = 0;
  for (;;) {
    const char *line;
    size_t len;
    LineResult r = lineedit_read(b.nlines ? "... " : ">>> ", &line, &len);
    if (r == LINE_INTERRUPT) {
      puts("KeyboardInterrupt");
      py_vm.interrupt = 0;
      b.len = b.nlines = 0;
      continue;
    }
    if (r == LINE_EOF && b.nlines == 0) break;
    bool blank = r == LINE_OK && line[strspn(line, " \t")] == 0;
    if (r == LINE_OK) {
      lineedit_history_add(line);
      if (blank && b.nlines == 0) continue;
      if (!srcbuf_append(&b, line, len)) break;
    }
    status = 0;
    ReplStep step = repl_step(&b, blank, r == LINE_EOF, globals, &status);
    if (step == STEP_EXIT) break;
    if (step == STEP_DONE) b.len = b.nlines = 0;
    if (r == LINE_EOF) break;
  }
  free(b.data);
  lineedit_deinit();
  return status;
}

// ---------------------------------------------------------------------------

static int can_open(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "upytorch: can't open file '%s': [Errno %d] %s\n", path, errno,
            strerror(errno));
    return 0;
  }
  fclose(f);
  return 1;
}

static int run(const Options *o) {
  int status;
  if (o->command)
    status = py_run_main_string(o->command);
  else if (o->module)
    status = py_run_main_module(o->module);
  else if (o->script && strcmp(o->script, "-") != 0)
    status = py_run_main_file(o->script);
  else if (isatty(STDIN_FILENO))
    return repl(o->quiet);
  else
    status = run_stdin();
  fflush(stdout);
  // -i: the prompt follows the script, whatever its outcome (as CPython does).
  if (o->interactive) status = repl(true);
  return status;
}

// Let the VM use the process's real stack size (minus a safety margin), so
// deep recursion raises RecursionError instead of overflowing the C stack.
static void set_c_stack_limit() {
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return;
  size_t margin = 256 * 1024;
  size_t usable = rl.rlim_cur > 2 * margin ? rl.rlim_cur - margin : rl.rlim_cur / 2;
  if (usable < UPY_C_STACK_LIMIT) py_vm.c_stack_limit = usable;
}

int main(int argc, char **argv) {
  Options o = {};
  int status = parse_args(argc, argv, &o);
  if (status >= 0) return status;
  if (o.script && strcmp(o.script, "-") != 0 && !can_open(o.script)) return 2;
  install_sigint();
  set_c_stack_limit();
#if UPY_WITH_TORCH
  py_torch_register();
#endif
#if UPY_EXT_LIB
  py_register_frozen_modules(py_ext_frozen_modules);
#endif
  if (py_init(o.argc, o.argv) < 0) {
    fputs("upytorch: failed to initialise the interpreter\n", stderr);
    return 1;
  }
  // After py_init, so the limit holds however start-up sets its defaults.
  if (o.heap_limit) py_heap_set_limit(o.heap_limit);
  status = run(&o);
  fflush(stdout);
  py_deinit();
  free(o.argv);
  return status;
}
