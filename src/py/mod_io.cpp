// The `io` module: console streams (stdin/stdout/stderr), file objects made by
// io.open (text: TextIOWrapper, binary: BufferedReader), io.StringIO, io.BytesIO.
//
// A file object owns one fd and two lazily allocated buffers: pending output
// (wbuf) and read-ahead input (rbuf). Only one of them holds data at a time;
// switching direction flushes the output or seeks back over unread input.
// Text files are UTF-8 unless encoding= names ascii or latin-1; reading
// translates "\r\n" and "\r" to "\n" unless newline= says otherwise, writing
// "\n" to newline= when that is "\r" or "\r\n". Every live file is in a list so output can be
// flushed at exit.
#include <cerrno>
#include <cstring>

#include "py/containers.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/io.h"
#include "py/strobj.h"

#define IO_BUFSIZE UPY_DEFAULT(8192, 256)

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

static Ref io_unsupported; // io.UnsupportedOperation (class made at init)

static Type *io_oserror_type(int err) {
  switch (err) {
  case ENOENT: return &py_FileNotFoundError_type;
  case EEXIST: return &py_FileExistsError_type;
  case EACCES:
  case EPERM: return &py_PermissionError_type;
  case EISDIR: return &py_IsADirectoryError_type;
  case ENOTDIR: return &py_NotADirectoryError_type;
  case ETIMEDOUT: return &py_TimeoutError_type;
  default: return &py_OSError_type;
  }
}

Ref py_io_oserror(int err, Ref filename, Ref filename2) {
  Ref args[5] = {py_int_from_i64(err), py_str_from_cstr(py_hal_strerror(err)), filename, py_None,
                 filename2};
  if (args[0] && args[1]) {
    size_t n = filename2 ? 5 : filename ? 3 : 2;
    Ref exc = py_exc_new(io_oserror_type(err), args, n);
    if (exc) {
      py_err_set_exc(exc);
      py_decref(exc);
    }
  }
  py_xdecref(args[0]);
  py_xdecref(args[1]);
  return nullptr;
}

static Ref io_closed_error() {
  return py_err_set_str(&py_ValueError_type, "I/O operation on closed file.");
}

static Ref(io_unsupported_error)(PyMsg m) {
  const char *msg = py_msg_str(m);
  if (!io_unsupported) return (py_err_set_str)(&py_OSError_type, msg);
  Ref s = py_str_from_cstr(msg);
  if (!s) return nullptr;
  Ref exc = py_call1(io_unsupported, s);
  py_decref(s);
  if (exc) {
    py_err_set_exc(exc);
    py_decref(exc);
  }
  return nullptr;
}
#define io_unsupported_error(msg) (io_unsupported_error)(PY_MSG(msg))

// size argument of read()/readline(): None or missing → -1.
static int io_size_arg(Ref a, int64_t *out) {
  *out = -1;
  if (!a || a == py_None) return 0;
  if (!py_is_int(a) && !py_type(a)->to_index) {
    py_err_format(&py_TypeError_type, "argument should be integer or None, not '%s'", py_tname(a));
    return -1;
  }
  return py_index_i64(a, out);
}

// ---------------------------------------------------------------------------
// File objects
// ---------------------------------------------------------------------------

enum FileFlags : uint32_t {
  FILE_READ = 1u << 0,
  FILE_WRITE = 1u << 1,
  FILE_APPEND = 1u << 2,
  FILE_BINARY = 1u << 3,
  FILE_CONSOLE = 1u << 4, // fd is 0/1/2: never closed by us
  FILE_CLOSED = 1u << 5,
  FILE_TRANSLATE = 1u << 6, // universal newlines on read
  FILE_LINEBUF = 1u << 7,   // flush after writing a newline (interactive stdout)
  FILE_UNBUF = 1u << 8,     // flush after every write (stderr)
  FILE_NOSEEK = 1u << 9,
  FILE_BYTECHARS = 1u << 10, // text in a one-byte codec: a byte is a character
  // newline= other than None and "\n": which line ends readline() sees, and
  // what writing "\n" writes ("\r", "\r\n")
  FILE_NL_ANY = 1u << 11, // newline='': "\n", "\r\n" and "\r", kept as they are
  FILE_NL_CR = 1u << 12,
  FILE_NL_CRLF = 1u << 13,
};

struct FileObj {
  Obj ob;
  int fd;
  uint32_t flags;
  Ref name, mode;
  Ref encoding, errors; // text files: as given to open(), or nullptr (UTF-8, strict)
  char *wbuf, *rbuf;    // IO_BUFSIZE bytes each, or nullptr
  size_t wlen;          // pending output bytes
  size_t rpos, rlen;    // unread input is rbuf[rpos..rlen)
  FileObj *prev, *next; // list of live files
};

static FileObj *io_files;      // head of the live file list
static FileObj *io_console[3]; // stdin, stdout, stderr (owned references)

static void file_link(FileObj *f) {
  f->next = io_files;
  if (io_files) io_files->prev = f;
  io_files = f;
}

static void file_unlink(FileObj *f) {
  if (f->prev)
    f->prev->next = f->next;
  else if (io_files == f)
    io_files = f->next;
  if (f->next) f->next->prev = f->prev;
  f->prev = f->next = nullptr;
}

static bool file_has(FileObj *f, uint32_t flag) { return (f->flags & flag) != 0; }

static int file_raw_write(FileObj *f, const char *s, size_t n) {
  long r = py_hal_write(f->fd, s, n);
  if (r < 0) {
    py_io_oserror((int)-r, nullptr, nullptr);
    return -1;
  }
  return 0;
}

static int file_flush_buffer(FileObj *f) {
  if (f->wlen == 0) return 0;
  size_t n = f->wlen;
  f->wlen = 0; // dropped even on error, like a failed CPython flush would repeat forever
  return file_raw_write(f, f->wbuf, n);
}

// Before writing: give back read-ahead input by seeking over it.
static int file_drop_readahead(FileObj *f) {
  size_t unread = f->rlen - f->rpos;
  f->rpos = f->rlen = 0;
  if (unread == 0 || file_has(f, FILE_CONSOLE | FILE_NOSEEK)) return 0;
#if UPY_ENABLE_FS
  int64_t r = py_hal_seek(f->fd, -(int64_t)unread, 1);
  if (r < 0) {
    py_io_oserror((int)-r, nullptr, nullptr);
    return -1;
  }
#endif
  return 0;
}

static int file_write_bytes(FileObj *f, const char *s, size_t n) {
  if (file_drop_readahead(f) < 0) return -1;
  if (file_has(f, FILE_UNBUF) && io_console[1] && io_console[1] != f &&
      file_flush_buffer(io_console[1]) < 0)
    return -1;
  if (!f->wbuf && !(f->wbuf = (char *)py_malloc(IO_BUFSIZE))) return -1;
  if (f->wlen + n > IO_BUFSIZE) {
    if (file_flush_buffer(f) < 0) return -1;
    if (n >= IO_BUFSIZE) return file_raw_write(f, s, n);
  }
  memcpy(f->wbuf + f->wlen, s, n);
  f->wlen += n;
  if (file_has(f, FILE_UNBUF) || (file_has(f, FILE_LINEBUF) && memchr(s, '\n', n)))
    return file_flush_buffer(f);
  return 0;
}

// Refill the read-ahead buffer when empty: bytes available (0 at EOF), -1 error.
static long file_fill(FileObj *f) {
  if (f->rpos < f->rlen) return (long)(f->rlen - f->rpos);
  if (file_flush_buffer(f) < 0) return -1;
  if (f->fd == 0) py_io_flush_all();
  if (!f->rbuf && !(f->rbuf = (char *)py_malloc(IO_BUFSIZE))) return -1;
  long n = py_hal_read(f->fd, f->rbuf, IO_BUFSIZE);
  if (n < 0) {
    py_io_oserror((int)-n, nullptr, nullptr);
    return -1;
  }
  f->rpos = 0;
  f->rlen = (size_t)n;
  return n;
}

// Append up to `limit` units (code points in text mode, bytes in binary mode;
// -1: no limit) to out, stopping after a newline when `line`. 0 / -1.
static int file_read_into(FileObj *f, int64_t limit, bool line, StrBuf *out) {
  bool utf8 = !file_has(f, FILE_BINARY | FILE_BYTECHARS), translate = file_has(f, FILE_TRANSLATE);
  bool cr_ends = line && file_has(f, FILE_NL_ANY | FILE_NL_CR);
  bool lf_ends = line && !file_has(f, FILE_NL_CR), crlf_only = file_has(f, FILE_NL_CRLF);
  int64_t count = 0;
  unsigned char prev = 0;
  for (;;) {
    if (!utf8 && limit >= 0 && count == limit) return 0; // don't block for more input
    long avail = file_fill(f);
    if (avail <= 0) return (int)avail;
    const unsigned char *p = (const unsigned char *)f->rbuf;
    size_t i = f->rpos, start = i;
    bool stop = false, cr = false, cr_end = false;
    while (i < f->rlen) {
      unsigned char c = p[i];
      bool lead = !utf8 || (c & 0xC0) != 0x80;
      if (lead && limit >= 0 && count == limit) {
        stop = true;
        break;
      }
      count += lead;
      i++;
      if (translate && c == '\r') {
        cr = true;
        break;
      }
      if ((c == '\n' && lf_ends && (!crlf_only || prev == '\r')) || (c == '\r' && cr_ends)) {
        stop = true;
        cr_end = c == '\r' && !file_has(f, FILE_NL_CR);
        break;
      }
      prev = c;
    }
    py_strbuf_add(out, f->rbuf + start, i - start - cr);
    f->rpos = i;
    // "\r" ends a line: with newline=None it reads as "\n", with newline=''
    // as itself; either way a "\n" right after it belongs to the same line end.
    if (cr) py_strbuf_addc(out, '\n');
    if (cr || cr_end) {
      long more = file_fill(f);
      if (more < 0) return -1;
      if (more > 0 && f->rbuf[f->rpos] == '\n') {
        f->rpos++;
        if (!cr) py_strbuf_addc(out, '\n');
      }
      stop = line;
    }
    if (out->failed) return -1;
    if (stop) return 0;
  }
}

static const char *io_cstr(Ref s) { return s ? py_str_data(s) : nullptr; }

static Ref file_finish(FileObj *f, StrBuf *b) {
  if (b->failed) return nullptr;
  const char *data = b->data ? b->data : "";
  Ref r = file_has(f, FILE_BINARY)
              ? py_bytes_new(data, b->len)
              : py_str_decode(data, b->len, io_cstr(f->encoding), io_cstr(f->errors));
  py_strbuf_free(b);
  return r;
}

static int file_check(FileObj *f, uint32_t need) {
  if (file_has(f, FILE_CLOSED)) {
    io_closed_error();
    return -1;
  }
  // A binary file names the method it lacks, as CPython's buffered files do.
  bool binary = file_has(f, FILE_BINARY);
  if ((need & FILE_READ) && !file_has(f, FILE_READ)) {
    if (binary)
      io_unsupported_error("read");
    else
      io_unsupported_error("not readable");
    return -1;
  }
  if ((need & FILE_WRITE) && !file_has(f, FILE_WRITE)) {
    if (binary)
      io_unsupported_error("write");
    else
      io_unsupported_error("not writable");
    return -1;
  }
  return 0;
}

// Read a line (limit units, -1: no limit). Returns "" / b"" at EOF.
static Ref file_readline_obj(FileObj *f, int64_t limit) {
  StrBuf b;
  py_strbuf_init(&b);
  if (limit != 0 && file_read_into(f, limit, true, &b) < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return file_finish(f, &b);
}

static int file_close(FileObj *f) {
  if (file_has(f, FILE_CLOSED)) return 0;
  int rc = file_flush_buffer(f);
  f->flags |= FILE_CLOSED;
#if UPY_ENABLE_FS
  if (!file_has(f, FILE_CONSOLE)) {
    int r = py_hal_close(f->fd);
    if (r < 0 && rc == 0) {
      py_io_oserror(-r, nullptr, nullptr);
      rc = -1;
    }
  }
#endif
  py_free(f->wbuf, IO_BUFSIZE);
  py_free(f->rbuf, IO_BUFSIZE);
  f->wbuf = f->rbuf = nullptr;
  f->wlen = f->rpos = f->rlen = 0;
  file_unlink(f);
  return rc;
}

static void file_dealloc(Ref self) {
  FileObj *f = (FileObj *)self;
  py_weakref_dying(self);
  Ref pending = py_err_fetch();
  file_close(f);
  py_err_clear();
  if (pending) py_err_restore(pending);
  py_xdecref(f->name);
  py_xdecref(f->mode);
  py_xdecref(f->encoding);
  py_xdecref(f->errors);
  py_obj_free(self, py_type(self)->basicsize);
}

static Ref file_new_error(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  return py_err_format(&py_TypeError_type, "cannot create '%s' instances", py_type_name(type));
}

static FileObj *file_create(int fd, uint32_t flags, Ref name, const char *mode) {
  Type *t = (flags & FILE_BINARY) ? &py_bufferedio_type : &py_textio_type;
  FileObj *f = (FileObj *)py_obj_alloc(t, sizeof(FileObj));
  if (!f) return nullptr;
  f->fd = fd;
  f->flags = flags;
  f->name = py_newref(name);
  f->mode = py_str_from_cstr(mode);
  if (!f->mode) {
    py_decref((Ref)f);
    return nullptr;
  }
  file_link(f);
  return f;
}

static Ref file_read(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  int64_t n;
  if (io_size_arg(nargs ? args[0] : nullptr, &n) < 0 || file_check(f, FILE_READ) < 0)
    return nullptr;
  StrBuf b;
  py_strbuf_init(&b);
  if (n != 0 && file_read_into(f, n, false, &b) < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return file_finish(f, &b);
}

static Ref file_readline(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  int64_t n;
  if (io_size_arg(nargs ? args[0] : nullptr, &n) < 0 || file_check(f, FILE_READ) < 0)
    return nullptr;
  return file_readline_obj(f, n);
}

// Shared by files and memory streams: collect readline() results into a list.
static Ref io_readlines(Ref self, Ref hint_arg) {
  int64_t hint;
  if (io_size_arg(hint_arg, &hint) < 0) return nullptr;
  Ref list = py_list_new(0);
  if (!list) return nullptr;
  int64_t total = 0;
  for (;;) {
    Ref line = py_call_method(self, "readline", nullptr, 0);
    if (!line) break;
    int64_t n = py_len(line);
    if (n <= 0 || py_list_append(list, line) < 0) {
      py_decref(line);
      if (n < 0 || py_err_occurred()) break;
      return list;
    }
    py_decref(line);
    total += n;
    if (hint > 0 && total >= hint) return list;
  }
  py_decref(list);
  return nullptr;
}

static Ref io_readlines_method(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return io_readlines(self, nargs ? args[0] : nullptr);
}

// The closed-file check of files and memory streams alike. 0 / -1.
static int io_check_open(Ref self) {
  Ref closed = py_getattr_str(self, "closed");
  if (!closed) return -1;
  py_decref(closed);
  if (closed != py_True) return 0;
  io_closed_error();
  return -1;
}

static Ref io_writelines(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (io_check_open(self) < 0) return nullptr;
  Ref it = py_iter(args[0]);
  if (!it) return nullptr;
  Ref item;
  while ((item = py_next(it)) != nullptr) {
    Ref r = py_call_method(self, "write", &item, 1);
    py_decref(item);
    if (!r) break;
    py_decref(r);
  }
  py_decref(it);
  return py_err_occurred() ? nullptr : py_none_new();
}

// Bytes-like argument data (bytes / bytearray).
static int io_bytes_arg(Ref a, const char **data, size_t *len) {
  if (py_is_bytes(a)) {
    *data = py_bytes_data(a);
    *len = py_bytes_len(a);
    return 0;
  }
  if (py_isinstance_of(a, &py_bytearray_type)) {
    *data = ((ByteArrayObj *)a)->data ? ((ByteArrayObj *)a)->data : "";
    *len = ((ByteArrayObj *)a)->len;
    return 0;
  }
  py_err_format(&py_TypeError_type, "a bytes-like object is required, not '%s'", py_tname(a));
  return -1;
}

// The text a text file writes for s: "\n" as newline= says. New ref.
static Ref file_translate_newlines(FileObj *f, Ref s) {
  const char *p = py_str_data(s);
  size_t n = py_str_len(s);
  if (!file_has(f, FILE_NL_CR | FILE_NL_CRLF) || !memchr(p, '\n', n)) return py_newref(s);
  StrBuf b;
  py_strbuf_init(&b);
  for (size_t i = 0; i < n; i++) {
    if (p[i] != '\n')
      py_strbuf_addc(&b, p[i]);
    else
      py_strbuf_add(&b, "\r\n", file_has(f, FILE_NL_CRLF) ? 2 : 1);
  }
  return py_strbuf_finish(&b);
}

static Ref file_write(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  if (file_check(f, FILE_WRITE) < 0) return nullptr;
  const char *data;
  size_t len;
  if (file_has(f, FILE_BINARY)) {
    if (io_bytes_arg(args[0], &data, &len) < 0 || file_write_bytes(f, data, len) < 0)
      return nullptr;
    return py_int_from_u64(len);
  }
  Ref s = args[0];
  if (!py_is_str(s))
    return py_err_format(&py_TypeError_type, "write() argument must be str, not %s",
                         s == py_None ? "None" : py_tname(s));
  Ref out = file_translate_newlines(f, s);
  if (out && (f->encoding || f->errors))
    py_setref(&out, py_str_encode(out, io_cstr(f->encoding), io_cstr(f->errors)));
  if (!out) return nullptr;
  int rc = py_is_str(out) ? file_write_bytes(f, py_str_data(out), py_str_len(out))
                          : file_write_bytes(f, py_bytes_data(out), py_bytes_len(out));
  py_decref(out);
  return rc < 0 ? nullptr : py_int_from_u64(py_str_nchars(s));
}

static Ref file_flush(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  if (file_check(f, 0) < 0) return nullptr;
  if (file_flush_buffer(f) < 0) return nullptr;
  return py_none_new();
}

static Ref file_close_method(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (file_close((FileObj *)self) < 0) return nullptr;
  return py_none_new();
}

// Logical position: the OS position minus unread input plus pending output.
static int64_t file_tell_pos(FileObj *f) {
#if UPY_ENABLE_FS
  if (file_flush_buffer(f) < 0) return -1;
  int64_t raw = py_hal_seek(f->fd, 0, 1);
  if (raw < 0) {
    py_io_oserror((int)-raw, nullptr, nullptr);
    return -1;
  }
  return raw - (int64_t)(f->rlen - f->rpos);
#else
  io_unsupported_error("underlying stream is not seekable");
  return -1;
#endif
}

static Ref file_tell(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  if (file_check(f, 0) < 0) return nullptr;
  int64_t pos = file_tell_pos(f);
  return pos < 0 ? nullptr : py_int_from_i64(pos);
}

static Ref file_seek(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  int64_t off, whence = 0;
  if (py_index_i64(args[0], &off) < 0 || (nargs == 2 && py_index_i64(args[1], &whence) < 0) ||
      file_check(f, 0) < 0)
    return nullptr;
  if (whence < 0 || whence > 2)
    return py_err_format(&py_ValueError_type, "invalid whence (%d, should be 0, 1 or 2)",
                         (int)whence);
  bool text = !file_has(f, FILE_BINARY);
  if (text && whence != 0 && off != 0)
    return whence == 1 ? io_unsupported_error("can't do nonzero cur-relative seeks")
                       : io_unsupported_error("can't do nonzero end-relative seeks");
  if (text && off < 0)
    return py_err_format(&py_ValueError_type, "negative seek position %lld", (long long)off);
#if UPY_ENABLE_FS
  if (file_flush_buffer(f) < 0) return nullptr;
  if (whence == 1) off -= (int64_t)(f->rlen - f->rpos);
  f->rpos = f->rlen = 0;
  int64_t r = py_hal_seek(f->fd, off, (int)whence);
  if (r < 0) return py_io_oserror((int)-r, nullptr, nullptr);
  return py_int_from_i64(r);
#else
  return io_unsupported_error("underlying stream is not seekable");
#endif
}

static Ref file_fileno(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  if (file_check(f, 0) < 0) return nullptr;
  return py_int_from_i64(f->fd);
}

static Ref file_flag_result(Ref self, size_t nargs, Ref kwnames, const char *name, uint32_t flag) {
  FileObj *f = (FileObj *)self;
  if (py_check_nargs(name, nargs, kwnames, 0, 0) < 0 || file_check(f, 0) < 0) return nullptr;
  return py_bool(file_has(f, flag));
}

static Ref file_readable(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return file_flag_result(self, nargs, kwnames, "readable", FILE_READ);
}

static Ref file_writable(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return file_flag_result(self, nargs, kwnames, "writable", FILE_WRITE);
}

static Ref file_seekable(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  if (file_check(f, 0) < 0) return nullptr;
  return py_bool(!file_has(f, FILE_CONSOLE | FILE_NOSEEK));
}

static Ref file_isatty(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  FileObj *f = (FileObj *)self;
  if (file_check(f, 0) < 0) return nullptr;
  return py_bool(py_hal_isatty(f->fd));
}

static Ref io_enter(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return io_check_open(self) < 0 ? nullptr : py_newref(self);
}

static Ref io_exit(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref r = py_call_method(self, "close", nullptr, 0);
  if (!r) return nullptr;
  py_decref(r);
  return py_none_new();
}

static Ref file_iter(Ref self) {
  if (file_check((FileObj *)self, 0) < 0) return nullptr;
  return py_newref(self);
}

static Ref file_iternext(Ref self) {
  FileObj *f = (FileObj *)self;
  if (file_check(f, FILE_READ) < 0) return nullptr;
  Ref line = file_readline_obj(f, -1);
  if (line && py_len(line) == 0) {
    py_decref(line);
    return nullptr;
  }
  return line;
}

static Ref file_get_encoding(Ref self) {
  FileObj *f = (FileObj *)self;
  if (f->encoding) return py_newref(f->encoding);
  return py_str_from_cstr(file_has(f, FILE_CONSOLE) ? "utf-8" : "UTF-8");
}

static Ref file_repr(Ref self) {
  FileObj *f = (FileObj *)self;
  if (file_has(f, FILE_BINARY)) {
    const char *kind = file_has(f, FILE_READ) && file_has(f, FILE_WRITE) ? "BufferedRandom"
                       : file_has(f, FILE_WRITE)                         ? "BufferedWriter"
                                                                         : "BufferedReader";
    return py_str_format("<_io.%s name=%R>", kind, f->name);
  }
  Ref enc = file_get_encoding(self);
  Ref r =
      enc ? py_str_format("<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name, f->mode, enc)
          : nullptr;
  py_xdecref(enc);
  return r;
}

static Ref file_get_closed(Ref self) { return py_bool(file_has((FileObj *)self, FILE_CLOSED)); }
static Ref file_get_name(Ref self) { return py_newref(((FileObj *)self)->name); }
static Ref file_get_mode(Ref self) { return py_newref(((FileObj *)self)->mode); }

static const MethodDef file_methods[] = {
    {"read", file_read, METH_ARGS(0, 1)},
    {"readline", file_readline, METH_ARGS(0, 1)},
    {"readlines", io_readlines_method, METH_ARGS(0, 1)},
    {"write", file_write, METH_ARGS(1, 1)},
    {"writelines", io_writelines, METH_ARGS(1, 1)},
    {"flush", file_flush, METH_ARGS(0, 0)},
    {"close", file_close_method, METH_ARGS(0, 0)},
    {"seek", file_seek, METH_ARGS(1, 2)},
    {"tell", file_tell, METH_ARGS(0, 0)},
    {"fileno", file_fileno, METH_ARGS(0, 0)},
    {"readable", file_readable},
    {"writable", file_writable},
    {"seekable", file_seekable, METH_ARGS(0, 0)},
    {"isatty", file_isatty, METH_ARGS(0, 0)},
    {"__enter__", io_enter, METH_ARGS(0, 0)},
    {"__exit__", io_exit},
    {nullptr},
};

static const GetSetDef textio_getsets[] = {
    {"closed", file_get_closed},
    {"name", file_get_name},
    {"mode", file_get_mode},
    {"encoding", file_get_encoding},
    {nullptr},
};

static const GetSetDef bufferedio_getsets[] = {
    {"closed", file_get_closed},
    {"name", file_get_name},
    {"mode", file_get_mode},
    {nullptr},
};

// The abstract bases, for isinstance() and subclassing: io.IOBase and its
// raw, buffered and text kinds. (Unlike CPython's they bring no default
// methods: the file types define all theirs.)
#define IO_BASE_TYPE(cname, pyname, base_)                                                         \
  PY_TYPE_DEF(cname,                                                                               \
      .ob = PY_STATIC_HEAD(&py_type_type),                                                         \
      .name = pyname,                                                                              \
      .flags = TPF_BASETYPE,                                                                       \
      .basicsize = sizeof(Obj),                                                                    \
      .base = base_,                                                                               \
  );
IO_BASE_TYPE(py_iobase_type, "io.IOBase", &py_object_type)
IO_BASE_TYPE(py_rawiobase_type, "io.RawIOBase", &py_iobase_type)
IO_BASE_TYPE(py_bufferediobase_type, "io.BufferedIOBase", &py_iobase_type)
IO_BASE_TYPE(py_textiobase_type, "io.TextIOBase", &py_iobase_type)

PY_TYPE_DEF(py_textio_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "_io.TextIOWrapper",
    .flags = TPF_WEAKREFABLE,
    .basicsize = sizeof(FileObj),
    .base = &py_textiobase_type,
    .dealloc = file_dealloc,
    .tp_new = file_new_error,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .methods = file_methods,
    .getsets = textio_getsets,
);

PY_TYPE_DEF(py_bufferedio_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "_io.BufferedReader",
    .flags = TPF_WEAKREFABLE,
    .basicsize = sizeof(FileObj),
    .base = &py_bufferediobase_type,
    .dealloc = file_dealloc,
    .tp_new = file_new_error,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .methods = file_methods,
    .getsets = bufferedio_getsets,
);

void py_io_flush_all() {
  Ref pending = py_err_fetch();
  for (FileObj *f = io_files; f; f = f->next)
    if (file_flush_buffer(f) < 0) py_err_clear();
  if (pending) py_err_restore(pending);
}

// ---------------------------------------------------------------------------
// open()
// ---------------------------------------------------------------------------

#if UPY_ENABLE_FS
// Parse an open() mode string into FILE_* and HAL_O_* flags. 0 / -1.
static int io_parse_mode(Ref mode, uint32_t *fflags, int *oflags) {
  const char *m = py_str_data(mode);
  int seen[128] = {0};
  int kinds = 0;
  *fflags = 0;
  *oflags = 0;
  for (const char *p = m; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c >= 128 || !strchr("rwxabt+", c) || seen[c]++) {
      py_err_format(&py_ValueError_type, "invalid mode: '%s'", m);
      return -1;
    }
  }
  if (seen['r']) kinds++, *fflags |= FILE_READ, *oflags |= HAL_O_READ;
  if (seen['w'])
    kinds++, *fflags |= FILE_WRITE, *oflags |= HAL_O_WRITE | HAL_O_CREATE | HAL_O_TRUNC;
  if (seen['a'])
    kinds++, *fflags |= FILE_WRITE | FILE_APPEND,
        *oflags |= HAL_O_WRITE | HAL_O_CREATE | HAL_O_APPEND;
  if (seen['x']) kinds++, *fflags |= FILE_WRITE, *oflags |= HAL_O_WRITE | HAL_O_CREATE | HAL_O_EXCL;
  if (seen['+']) *fflags |= FILE_READ | FILE_WRITE, *oflags |= HAL_O_READ | HAL_O_WRITE;
  if (seen['b']) *fflags |= FILE_BINARY;
  if (seen['t'] && seen['b']) {
    py_err_set_str(&py_ValueError_type, "can't have text and binary mode at once");
    return -1;
  }
  if (kinds > 1) {
    py_err_set_str(&py_ValueError_type, "must have exactly one of create/read/write/append mode");
    return -1;
  }
  if (kinds == 0) {
    py_err_set_str(&py_ValueError_type, "Must have exactly one of create/read/write/append mode "
                                        "and at most one plus");
    return -1;
  }
  return 0;
}

static bool io_newline_ok(Ref nl) {
  return py_str_equal_cstr(nl, "") || py_str_equal_cstr(nl, "\n") || py_str_equal_cstr(nl, "\r") ||
         py_str_equal_cstr(nl, "\r\n");
}

// open()'s checks after the mode's (a: its arguments, types already checked),
// adding the FILE_* flags the text arguments imply. 0 / -1.
static int io_check_open_args(Ref const *a, bool named, uint32_t *fflags) {
  int64_t buffering = -1, closefd = 1;
  if ((a[2] && py_index_i64(a[2], &buffering) < 0) || (a[6] && py_index_i64(a[6], &closefd) < 0))
    return -1;
  Ref enc = a[3] != py_None ? a[3] : nullptr, errors = a[4] != py_None ? a[4] : nullptr;
  Ref newline = a[5] != py_None ? a[5] : nullptr;
  bool binary = *fflags & FILE_BINARY;
  const char *bad = nullptr;
  if (binary && enc)
    bad = "binary mode doesn't take an encoding argument";
  else if (binary && errors)
    bad = "binary mode doesn't take an errors argument";
  else if (binary && newline)
    bad = "binary mode doesn't take a newline argument";
  else if (!closefd && named)
    bad = "Cannot use closefd=False with file name";
  else if (buffering == 0 && !binary)
    bad = "can't have unbuffered text I/O";
  if (bad) {
    (py_err_set_str)(&py_ValueError_type, bad);
    return -1;
  }
  if (newline && !io_newline_ok(newline)) {
    py_err_format(&py_ValueError_type, "illegal newline value: %U", newline);
    return -1;
  }
  int utf8 = enc ? py_codec_is_utf8(py_str_data(enc)) : 1;
  if (utf8 < 0) return -1;
  if (binary) return 0;
  if (!utf8) *fflags |= FILE_BYTECHARS;
  if (!newline)
    *fflags |= FILE_TRANSLATE;
  else if (py_str_equal_cstr(newline, ""))
    *fflags |= FILE_NL_ANY;
  else if (py_str_equal_cstr(newline, "\r"))
    *fflags |= FILE_NL_CR;
  else if (py_str_equal_cstr(newline, "\r\n"))
    *fflags |= FILE_NL_CRLF;
  return 0;
}

// str path of open()'s file argument (str, bytes or os.PathLike); new ref.
static Ref io_path_arg(Ref file) {
  if (py_is_str(file)) return py_newref(file);
  if (py_is_bytes(file))
    return py_str_decode(py_bytes_data(file), py_bytes_len(file), nullptr, nullptr);
  Ref fspath = py_getattr_opt(file, py_str_intern("__fspath__"));
  if (fspath) {
    Ref r = py_call0(fspath);
    py_decref(fspath);
    if (r && !py_is_str(r)) {
      py_decref(r);
      return py_err_set_str(&py_TypeError_type, "expected __fspath__() to return str");
    }
    return r;
  }
  if (py_err_occurred()) return nullptr;
  return py_err_format(&py_TypeError_type, "expected str, bytes or os.PathLike object, not %s",
                       py_tname(file));
}

static Ref io_open(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"file",   "mode",    "buffering", "encoding",
                                      "errors", "newline", "closefd",   "opener"};
  static const ArgSpec spec = {"open", names, 8, 1, 0, 8};
  Ref a[8];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref mode = a[1] ? a[1] : nullptr;
  if (mode && !py_is_str(mode))
    return py_err_format(&py_TypeError_type, "open() argument 'mode' must be str, not %s",
                         py_tname(mode));
  for (int i = 3; i <= 5; i++) // buffering and closefd are checked later: CPython's order
    if (a[i] && a[i] != py_None && !py_is_str(a[i]))
      return py_err_format(&py_TypeError_type, "open() argument '%s' must be str or None, not %s",
                           names[i], py_tname(a[i]));
  uint32_t fflags;
  int oflags;
  Ref mode_str = mode ? py_newref(mode) : py_str_from_cstr("r");
  if (!mode_str) return nullptr;
  if (io_parse_mode(mode_str, &fflags, &oflags) < 0) {
    py_decref(mode_str);
    return nullptr;
  }
  if (io_check_open_args(a, !py_is_int(a[0]), &fflags) < 0) {
    py_decref(mode_str);
    return nullptr;
  }
  Ref file = a[0];
  int fd;
  Ref name;
  if (py_is_int(file)) {
    int64_t v;
    if (py_index_i64(file, &v) < 0) {
      py_decref(mode_str);
      return nullptr;
    }
    fd = (int)v;
    name = py_newref(file);
    if (fd <= 2) fflags |= FILE_CONSOLE;
  } else {
    name = io_path_arg(file);
    if (!name) {
      py_decref(mode_str);
      return nullptr;
    }
    fd = py_hal_open(py_str_data(name), oflags);
    if (fd < 0) {
      py_decref(mode_str);
      py_io_oserror(-fd, name, nullptr);
      py_decref(name);
      return nullptr;
    }
  }
  FileObj *f = file_create(fd, fflags, name, py_str_data(mode_str));
  py_decref(mode_str);
  py_decref(name);
  if (!f && !py_is_int(file)) py_hal_close(fd);
  if (f && !(fflags & FILE_BINARY)) {
    f->encoding = a[3] && a[3] != py_None ? py_newref(a[3]) : nullptr;
    f->errors = a[4] && a[4] != py_None ? py_newref(a[4]) : nullptr;
  }
  return (Ref)f;
}
#else
static Ref io_open(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_err_set_str(&py_OSError_type, "file system not available");
}
#endif

// ---------------------------------------------------------------------------
// StringIO / BytesIO: an in-memory buffer. StringIO keeps UTF-8 and converts
// positions to code point indices at its API.
// ---------------------------------------------------------------------------

struct MemIO {
  Obj ob;
  char *data;
  size_t len, cap;
  size_t pos; // byte offset (may exceed len after seeking past the end)
  bool closed;
};

static bool mem_is_text(Ref self) { return py_isinstance_of(self, &py_stringio_type); }

static Ref mem_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  return py_obj_alloc(type, type->basicsize);
}

static void mem_dealloc(Ref self) {
  MemIO *m = (MemIO *)self;
  py_weakref_dying(self);
  py_free(m->data, m->cap);
  py_obj_free(self, py_type(self)->basicsize);
}

static int mem_reserve(MemIO *m, size_t need) {
  if (need <= m->cap) return 0;
  size_t cap = m->cap ? m->cap : 64;
  while (cap < need) cap *= 2;
  char *p = (char *)py_realloc(m->data, m->cap, cap);
  if (!p) return -1;
  m->data = p;
  m->cap = cap;
  return 0;
}

static int mem_check(MemIO *m) {
  if (m->closed) {
    // CPython's in-memory streams say it without the final period.
    py_err_set_str(&py_ValueError_type, "I/O operation on closed file");
    return -1;
  }
  return 0;
}

// Byte offset of code point index `chars` (past the end: one byte per char).
static size_t mem_char_to_byte(MemIO *m, size_t chars) {
  size_t i = 0;
  for (; i < m->len && chars > 0; chars--) {
    i++;
    while (i < m->len && (m->data[i] & 0xC0) == 0x80) i++;
  }
  return i + chars;
}

static size_t mem_byte_to_char(MemIO *m, size_t pos) {
  size_t n = 0, end = pos < m->len ? pos : m->len;
  for (size_t i = 0; i < end; i++) n += (m->data[i] & 0xC0) != 0x80;
  return n + (pos - end);
}

static int mem_write_data(MemIO *m, const char *s, size_t n) {
  size_t end = m->pos + n;
  if (mem_reserve(m, end) < 0) return -1;
  if (m->pos > m->len) memset(m->data + m->len, 0, m->pos - m->len);
  memmove(m->data + m->pos, s, n);
  m->pos = end;
  if (end > m->len) m->len = end;
  return 0;
}

// StringIO overwrites whole code points: a write at pos replaces as many code
// points as it contains, so the bytes replaced may differ from the bytes written.
static int mem_write_text(MemIO *m, Ref s) {
  size_t start = m->pos;
  if (start >= m->len) return mem_write_data(m, py_str_data(s), py_str_len(s));
  size_t old_end = start, chars = py_str_nchars(s);
  for (size_t k = 0; k < chars && old_end < m->len; k++) {
    old_end++;
    while (old_end < m->len && (m->data[old_end] & 0xC0) == 0x80) old_end++;
  }
  size_t n = py_str_len(s), tail = m->len - old_end;
  if (mem_reserve(m, start + n + tail) < 0) return -1;
  memmove(m->data + start + n, m->data + old_end, tail);
  memcpy(m->data + start, py_str_data(s), n);
  m->len = start + n + tail;
  m->pos = start + n;
  return 0;
}

static int mem_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"initial_value", "newline"};
  bool text = mem_is_text(self);
  ArgSpec spec = {text ? "StringIO" : "BytesIO", names, (uint8_t)(text ? 2 : 1), 0, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return -1;
  MemIO *m = (MemIO *)self;
  m->len = m->pos = 0;
  m->closed = false;
  Ref init = a[0];
  if (!init || init == py_None) return 0;
  const char *data;
  size_t len;
  if (text) {
    if (!py_is_str(init)) {
      py_err_format(&py_TypeError_type, "initial_value must be str or None, not %s",
                    py_tname(init));
      return -1;
    }
    data = py_str_data(init);
    len = py_str_len(init);
  } else if (io_bytes_arg(init, &data, &len) < 0) {
    return -1;
  }
  if (mem_write_data(m, data, len) < 0) return -1;
  m->pos = 0;
  return 0;
}

static Ref mem_make(MemIO *m, size_t start, size_t end, bool text) {
  const char *p = m->data ? m->data + start : "";
  return text ? py_str_new(p, end - start) : py_bytes_new(p, end - start);
}

static Ref mem_getvalue(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MemIO *m = (MemIO *)self;
  if (mem_check(m) < 0) return nullptr;
  return mem_make(m, 0, m->len, mem_is_text(self));
}

static Ref mem_write(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MemIO *m = (MemIO *)self;
  if (mem_check(m) < 0) return nullptr;
  if (mem_is_text(self)) {
    if (!py_is_str(args[0]))
      return py_err_format(&py_TypeError_type, "string argument expected, got '%s'",
                           py_tname(args[0]));
    if (mem_write_text(m, args[0]) < 0) return nullptr;
    return py_int_from_u64(py_str_nchars(args[0]));
  }
  const char *data;
  size_t len;
  if (io_bytes_arg(args[0], &data, &len) < 0 || mem_write_data(m, data, len) < 0) return nullptr;
  return py_int_from_u64(len);
}

// End offset of a read of `limit` units (-1: all) from pos, optionally stopping
// after a newline.
static size_t mem_scan(MemIO *m, int64_t limit, bool line, bool text) {
  size_t i = m->pos;
  if (i >= m->len) return m->len;
  int64_t count = 0;
  while (i < m->len) {
    unsigned char c = (unsigned char)m->data[i];
    bool lead = !text || (c & 0xC0) != 0x80;
    if (lead && limit >= 0 && count == limit) break;
    count += lead;
    i++;
    if (line && c == '\n') break;
  }
  while (text && i < m->len && (m->data[i] & 0xC0) == 0x80) i++;
  return i;
}

static Ref mem_read_common(Ref self, Ref const *args, size_t nargs, Ref kwnames, const char *name,
                           bool line) {
  MemIO *m = (MemIO *)self;
  int64_t n;
  if (py_check_nargs(name, nargs, kwnames, 0, 1) < 0 ||
      io_size_arg(nargs ? args[0] : nullptr, &n) < 0 || mem_check(m) < 0)
    return nullptr;
  bool text = mem_is_text(self);
  size_t start = m->pos < m->len ? m->pos : m->len;
  size_t end = n == 0 ? start : mem_scan(m, n, line, text);
  if (end < start) end = start;
  if (m->pos < end) m->pos = end;
  return mem_make(m, start, end, text);
}

static Ref mem_read(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return mem_read_common(self, args, nargs, kwnames, "read", false);
}

static Ref mem_readline(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return mem_read_common(self, args, nargs, kwnames, "readline", true);
}

static Ref mem_tell(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MemIO *m = (MemIO *)self;
  if (mem_check(m) < 0) return nullptr;
  return py_int_from_u64(mem_is_text(self) ? mem_byte_to_char(m, m->pos) : m->pos);
}

static Ref mem_seek(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MemIO *m = (MemIO *)self;
  int64_t off, whence = 0;
  if (py_index_i64(args[0], &off) < 0 || (nargs == 2 && py_index_i64(args[1], &whence) < 0) ||
      mem_check(m) < 0)
    return nullptr;
  bool text = mem_is_text(self);
  if (whence < 0 || whence > 2)
    return text ? py_err_format(&py_ValueError_type, "Invalid whence (%d, should be 0, 1 or 2)",
                                (int)whence)
                : py_err_format(&py_ValueError_type, "invalid whence (%d, should be 0, 1 or 2)",
                                (int)whence);
  if (text && whence != 0 && off != 0)
    return whence == 1 ? py_err_set_str(&py_OSError_type, "Can't do nonzero cur-relative seeks")
                       : py_err_set_str(&py_OSError_type, "Can't do nonzero end-relative seeks");
  if (whence == 0 && off < 0)
    return py_err_format(&py_ValueError_type, "negative seek value %lld", (long long)off);
  int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)m->pos : (int64_t)m->len;
  if (text) {
    m->pos = whence == 0 ? mem_char_to_byte(m, (size_t)off) : (size_t)base;
    return py_int_from_u64(mem_byte_to_char(m, m->pos));
  }
  int64_t target = base + off;
  m->pos = target < 0 ? 0 : (size_t)target;
  return py_int_from_u64(m->pos);
}

static Ref mem_truncate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MemIO *m = (MemIO *)self;
  int64_t size;
  if (io_size_arg(nargs ? args[0] : nullptr, &size) < 0 || mem_check(m) < 0) return nullptr;
  bool text = mem_is_text(self);
  size_t cut = size < 0 ? m->pos : text ? mem_char_to_byte(m, (size_t)size) : (size_t)size;
  if (cut < m->len) m->len = cut;
  return py_int_from_u64(size < 0 ? (text ? mem_byte_to_char(m, m->pos) : m->pos) : (size_t)size);
}

static Ref mem_close(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  ((MemIO *)self)->closed = true;
  return py_none_new();
}

static Ref mem_flush(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (mem_check((MemIO *)self) < 0) return nullptr;
  return py_none_new();
}

static Ref mem_true(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("readable", nargs, kwnames, 0, 0) < 0 || mem_check((MemIO *)self) < 0)
    return nullptr;
  return py_bool(true);
}

static Ref mem_iter(Ref self) {
  if (mem_check((MemIO *)self) < 0) return nullptr;
  return py_newref(self);
}

static Ref mem_iternext(Ref self) {
  MemIO *m = (MemIO *)self;
  if (mem_check(m) < 0) return nullptr;
  if (m->pos >= m->len) return nullptr;
  size_t start = m->pos, end = mem_scan(m, -1, true, mem_is_text(self));
  m->pos = end;
  return mem_make(m, start, end, mem_is_text(self));
}

static Ref mem_get_closed(Ref self) { return py_bool(((MemIO *)self)->closed); }

static const MethodDef mem_methods[] = {
    {"getvalue", mem_getvalue, METH_ARGS(0, 0)},
    {"write", mem_write, METH_ARGS(1, 1)},
    {"writelines", io_writelines, METH_ARGS(1, 1)},
    {"read", mem_read},
    {"readline", mem_readline},
    {"readlines", io_readlines_method, METH_ARGS(0, 1)},
    {"seek", mem_seek, METH_ARGS(1, 2)},
    {"tell", mem_tell, METH_ARGS(0, 0)},
    {"truncate", mem_truncate, METH_ARGS(0, 1)},
    {"close", mem_close, METH_ARGS(0, 0)},
    {"flush", mem_flush, METH_ARGS(0, 0)},
    {"readable", mem_true},
    {"writable", mem_true},
    {"seekable", mem_true},
    {"__enter__", io_enter, METH_ARGS(0, 0)},
    {"__exit__", io_exit},
    {nullptr},
};

static const GetSetDef mem_getsets[] = {
    {"closed", mem_get_closed},
    {nullptr},
};

PY_TYPE_DEF(py_stringio_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "_io.StringIO",
    .flags = TPF_BASETYPE | TPF_WEAKREFABLE,
    .basicsize = sizeof(MemIO),
    .base = &py_textiobase_type,
    .dealloc = mem_dealloc,
    .tp_new = mem_new,
    .tp_init = mem_init,
    .iter = mem_iter,
    .iternext = mem_iternext,
    .methods = mem_methods,
    .getsets = mem_getsets,
);

PY_TYPE_DEF(py_bytesio_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "_io.BytesIO",
    .flags = TPF_BASETYPE | TPF_WEAKREFABLE,
    .basicsize = sizeof(MemIO),
    .base = &py_bufferediobase_type,
    .dealloc = mem_dealloc,
    .tp_new = mem_new,
    .tp_init = mem_init,
    .iter = mem_iter,
    .iternext = mem_iternext,
    .methods = mem_methods,
    .getsets = mem_getsets,
);

// ---------------------------------------------------------------------------
// Module
// ---------------------------------------------------------------------------

static const MethodDef io_functions[] = {
    {"open", io_open},
    {nullptr},
};

static int io_make_console(Ref module, int fd, const char *attr, uint32_t flags) {
  if (!io_console[fd]) {
    Ref name = py_str_format("<%s>", attr);
    if (!name) return -1;
    io_console[fd] = file_create(fd, flags | FILE_CONSOLE | FILE_TRANSLATE, name, fd ? "w" : "r");
    py_decref(name);
    if (!io_console[fd]) return -1;
  }
  return py_module_add(module, attr, (Ref)io_console[fd]);
}

static Ref io_make_class(const char *name, Ref bases) {
  Ref n = py_str_from_cstr(name);
  Ref ns = py_dict_new();
  Ref modname = py_str_from_cstr("io");
  Ref cls = nullptr;
  if (n && ns && modname && py_dict_set_str(ns, "__module__", modname) == 0) {
    Ref targs[3] = {n, bases, ns};
    cls = py_call((Ref)&py_type_type, targs, 3, nullptr);
  }
  py_xdecref(n);
  py_xdecref(ns);
  py_xdecref(modname);
  return cls;
}

// io.UnsupportedOperation(OSError, ValueError); just OSError if the runtime
// refuses the two exception bases together.
static int io_make_unsupported(Ref module) {
  if (!io_unsupported) {
    Ref both = py_tuple_pack(2, (Ref)&py_OSError_type, (Ref)&py_ValueError_type);
    if (!both) return -1;
    io_unsupported = io_make_class("UnsupportedOperation", both);
    py_decref(both);
    if (!io_unsupported) {
      py_err_clear();
      Ref one = py_tuple_pack(1, (Ref)&py_OSError_type);
      if (!one) return -1;
      io_unsupported = io_make_class("UnsupportedOperation", one);
      py_decref(one);
    }
    if (!io_unsupported) return -1;
  }
  return py_module_add(module, "UnsupportedOperation", io_unsupported);
}

int py_init_module_io(Ref module) {
  if (py_module_add_functions(module, io_functions) < 0 || io_make_unsupported(module) < 0)
    return -1;
  if (io_make_console(module, 0, "stdin", FILE_READ) < 0 ||
      io_make_console(module, 1, "stdout",
                      FILE_WRITE | (py_hal_isatty(1) ? (uint32_t)FILE_LINEBUF : 0u)) < 0 ||
      io_make_console(module, 2, "stderr", FILE_WRITE | FILE_UNBUF) < 0)
    return -1;
  struct {
    const char *name;
    Ref value;
  } attrs[] = {
      {"TextIOWrapper", (Ref)&py_textio_type}, {"BufferedReader", (Ref)&py_bufferedio_type},
      {"StringIO", (Ref)&py_stringio_type},    {"BytesIO", (Ref)&py_bytesio_type},
      {"IOBase", (Ref)&py_iobase_type},        {"RawIOBase", (Ref)&py_rawiobase_type},
      {"BufferedIOBase", (Ref)&py_bufferediobase_type},
      {"TextIOBase", (Ref)&py_textiobase_type},
      {"SEEK_SET", py_small_new(0)},           {"SEEK_CUR", py_small_new(1)},
      {"SEEK_END", py_small_new(2)},           {"DEFAULT_BUFFER_SIZE", py_small_new(8192)},
  };
  for (auto &a : attrs)
    if (py_module_add(module, a.name, a.value) < 0) return -1;
  return 0;
}
