// Zip reading and writing for torch.load / torch.save (see zip.h). Only the
// subset PyTorch's writer produces: stored entries, optional zip64 records.
#include "torch/zip.h"

#include "py/containers.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/strobj.h"

static const char kBadZip[] = "PytorchStreamReader failed reading zip archive: %s";
static const size_t kChunk = 64 * 1024; // file-object transfers go in pieces this big

// ---------------------------------------------------------------------------
// Streams

static int stream_seek_file(Ref file, uint64_t off, int whence) {
  Ref args[2] = {py_int_from_u64(off), py_small_new(whence)};
  if (!args[0]) return -1;
  Ref r = py_call_method(file, "seek", args, 2);
  py_decref(args[0]);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static int stream_read_file(Ref file, char *buf, size_t n) {
  while (n > 0) {
    size_t want = n < kChunk ? n : kChunk;
    Ref arg = py_int_from_u64(want);
    if (!arg) return -1;
    Ref r = py_call_method(file, "read", &arg, 1);
    py_decref(arg);
    if (!r) return -1;
    const char *data;
    size_t len;
    if (!py_bytes_view(r, &data, &len) || len == 0 || len > want) {
      py_decref(r);
      py_err_format(&py_RuntimeError_type, kBadZip, "unexpected end of file");
      return -1;
    }
    memcpy(buf, data, len);
    py_decref(r);
    buf += len;
    n -= len;
  }
  return 0;
}

#if UPY_ENABLE_FS
static int stream_read_fd(int fd, uint64_t off, char *buf, size_t n) {
  if (py_hal_seek(fd, (int64_t)off, 0) < 0) {
    py_err_format(&py_RuntimeError_type, kBadZip, "seek failed");
    return -1;
  }
  while (n > 0) {
    long r = py_hal_read(fd, buf, n);
    if (r <= 0) {
      py_err_format(&py_RuntimeError_type, kBadZip,
                    r == 0 ? "unexpected end of file" : py_hal_strerror((int)-r));
      return -1;
    }
    buf += r;
    n -= (size_t)r;
  }
  return 0;
}
#endif

int zip_stream_read_at(ZipStream *s, uint64_t off, void *buf, size_t n) {
  if (off > s->size || n > s->size - off) {
    py_err_format(&py_RuntimeError_type, kBadZip, "entry extends past the end of the file");
    return -1;
  }
  if (n == 0) return 0;
#if UPY_ENABLE_FS
  if (s->fd >= 0) return stream_read_fd(s->fd, off, (char *)buf, n);
#endif
  if (stream_seek_file(s->file, off, 0) < 0) return -1;
  return stream_read_file(s->file, (char *)buf, n);
}

static int stream_write_file(Ref file, const char *buf, size_t n) {
  while (n > 0) {
    size_t len = n < kChunk ? n : kChunk;
    Ref b = py_bytes_new(buf, len);
    if (!b) return -1;
    Ref r = py_call_method(file, "write", &b, 1);
    py_decref(b);
    if (!r) return -1;
    py_decref(r);
    buf += len;
    n -= len;
  }
  return 0;
}

int zip_stream_write(ZipStream *s, const void *buf, size_t n) {
  if (n == 0) return 0;
#if UPY_ENABLE_FS
  if (s->fd >= 0) {
    long r = py_hal_write(s->fd, buf, n);
    if (r < 0) {
      py_err_format(&py_RuntimeError_type, "PytorchStreamWriter failed writing file: %s",
                    py_hal_strerror((int)-r));
      return -1;
    }
    s->pos += n;
    return 0;
  }
#endif
  if (stream_write_file(s->file, (const char *)buf, n) < 0) return -1;
  s->pos += n;
  return 0;
}

int zip_stream_measure(ZipStream *s) {
#if UPY_ENABLE_FS
  if (s->fd >= 0) {
    int64_t end = py_hal_seek(s->fd, 0, 2);
    if (end < 0) {
      py_err_format(&py_RuntimeError_type, kBadZip, py_hal_strerror((int)-end));
      return -1;
    }
    s->size = (uint64_t)end;
    return 0;
  }
#endif
  Ref args[2] = {py_small_new(0), py_small_new(2)};
  Ref r = py_call_method(s->file, "seek", args, 2);
  if (!r) return -1;
  int64_t end;
  int rc = py_index_i64(r, &end);
  py_decref(r);
  if (rc < 0) return -1;
  s->size = end < 0 ? 0 : (uint64_t)end;
  return 0;
}

// ---------------------------------------------------------------------------
// Little-endian fields

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const uint8_t *p) { return (uint32_t)rd16(p) | (uint32_t)rd16(p + 2) << 16; }
static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }
static void wr16(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
}
static void wr32(uint8_t *p, uint32_t v) {
  wr16(p, v);
  wr16(p + 2, v >> 16);
}

static int bad_zip(const char *why) {
  py_err_format(&py_RuntimeError_type, kBadZip, why);
  return -1;
}

// ---------------------------------------------------------------------------
// Reader

enum {
  kLocalSig = 0x04034b50,
  kCentralSig = 0x02014b50,
  kEndSig = 0x06054b50,
  kEnd64Sig = 0x06064b50,
  kEnd64LocSig = 0x07064b50,
  kLocalSize = 30,
  kCentralSize = 46,
  kEndSize = 22,
  kEnd64Size = 56,
  kEnd64LocSize = 20,
  kMaxComment = 65535,
};

struct CentralDir {
  uint64_t offset, size, count;
};

// Offset of the end-of-central-directory record: the last signature in the
// file's tail (a comment may follow it).
static int zip_find_end(ZipStream *s, uint64_t *out) {
  if (s->size < kEndSize) return bad_zip("failed finding central directory");
  size_t tail = s->size < kEndSize + kMaxComment ? (size_t)s->size : kEndSize + kMaxComment;
  uint8_t *buf = (uint8_t *)py_malloc(tail);
  if (!buf) return -1;
  int rc = zip_stream_read_at(s, s->size - tail, buf, tail);
  int64_t found = -1;
  for (size_t i = tail - kEndSize + 1; rc == 0 && i-- > 0;) {
    if (rd32(buf + i) != kEndSig) continue;
    found = (int64_t)i;
    break;
  }
  py_free(buf, tail);
  if (rc < 0) return -1;
  if (found < 0) return bad_zip("failed finding central directory");
  *out = s->size - tail + (uint64_t)found;
  return 0;
}

static int zip_read_end64(ZipStream *s, uint64_t end, CentralDir *cd) {
  uint8_t loc[kEnd64LocSize], rec[kEnd64Size];
  if (end < kEnd64LocSize) return bad_zip("failed finding zip64 end of central directory");
  if (zip_stream_read_at(s, end - kEnd64LocSize, loc, sizeof loc) < 0) return -1;
  if (rd32(loc) != kEnd64LocSig) return bad_zip("failed finding zip64 end of central directory");
  if (zip_stream_read_at(s, rd64(loc + 8), rec, sizeof rec) < 0) return -1;
  if (rd32(rec) != kEnd64Sig) return bad_zip("invalid zip64 end of central directory");
  cd->count = rd64(rec + 32);
  cd->size = rd64(rec + 40);
  cd->offset = rd64(rec + 48);
  return 0;
}

static int zip_read_end(ZipStream *s, CentralDir *cd) {
  uint64_t end;
  if (zip_find_end(s, &end) < 0) return -1;
  uint8_t rec[kEndSize];
  if (zip_stream_read_at(s, end, rec, sizeof rec) < 0) return -1;
  if (rd16(rec + 4) != 0 && rd16(rec + 4) != 0xFFFF) return bad_zip("multi-disk archives");
  cd->count = rd16(rec + 10);
  cd->size = rd32(rec + 12);
  cd->offset = rd32(rec + 16);
  if (cd->count == 0xFFFF || cd->size == 0xFFFFFFFF || cd->offset == 0xFFFFFFFF)
    return zip_read_end64(s, end, cd);
  return 0;
}

// Apply a zip64 extra field (id 1) to the entry's 0xFFFFFFFF fields.
static int zip_apply_zip64(ZipEntry *e, const uint8_t *extra, size_t n) {
  while (n >= 4) {
    uint16_t id = rd16(extra), len = rd16(extra + 2);
    if ((size_t)len + 4 > n) return bad_zip("invalid extra field");
    const uint8_t *p = extra + 4, *end = p + len;
    if (id == 1) {
      uint64_t *fields[3] = {&e->size, &e->csize, &e->local};
      for (uint64_t *f : fields) {
        if (*f != 0xFFFFFFFF) continue;
        if (end - p < 8) return bad_zip("invalid zip64 extra field");
        *f = rd64(p);
        p += 8;
      }
    }
    extra += len + 4;
    n -= len + 4;
  }
  return 0;
}

// Parse one central directory record at buf[*pos..n) into e; names are
// appended to z->names.
static int zip_parse_central(ZipReader *z, const uint8_t *buf, size_t n, size_t *pos, ZipEntry *e) {
  size_t p = *pos;
  if (n - p < kCentralSize || rd32(buf + p) != kCentralSig)
    return bad_zip("invalid central directory entry");
  const uint8_t *h = buf + p;
  size_t name_len = rd16(h + 28), extra_len = rd16(h + 30), comment_len = rd16(h + 32);
  if (n - p - kCentralSize < name_len + extra_len + comment_len)
    return bad_zip("invalid central directory entry");
  e->method = rd16(h + 10);
  e->csize = rd32(h + 20);
  e->size = rd32(h + 24);
  e->local = rd32(h + 42);
  e->name_off = (uint32_t)z->names_size;
  e->name_len = (uint32_t)name_len;
  memcpy(z->names + z->names_size, h + kCentralSize, name_len);
  z->names_size += name_len;
  if (zip_apply_zip64(e, h + kCentralSize + name_len, extra_len) < 0) return -1;
  *pos = p + kCentralSize + name_len + extra_len + comment_len;
  return 0;
}

static int zip_parse_directory(ZipReader *z, const uint8_t *buf, size_t n, uint64_t count) {
  // Each record takes at least kCentralSize bytes, which bounds the count.
  if (count > n / kCentralSize) return bad_zip("invalid central directory");
  z->cap = count ? (size_t)count : 1;
  z->entries = (ZipEntry *)py_malloc(z->cap * sizeof(ZipEntry));
  if (!z->entries) return -1;
  z->names_cap = n ? n : 1; // names fit in the directory's bytes
  z->names = (char *)py_malloc(z->names_cap);
  if (!z->names) return -1;
  size_t pos = 0;
  for (uint64_t i = 0; i < count; i++) {
    if (zip_parse_central(z, buf, n, &pos, &z->entries[i]) < 0) return -1;
    z->count++;
  }
  return 0;
}

int zip_reader_open(ZipReader *z, ZipStream *s) {
  memset(z, 0, sizeof *z);
  z->stream = s;
  CentralDir cd;
  if (zip_read_end(s, &cd) < 0) return -1;
  if (cd.offset > s->size || cd.size > s->size - cd.offset)
    return bad_zip("central directory out of bounds");
  size_t n = (size_t)cd.size;
  uint8_t *buf = (uint8_t *)py_malloc(n ? n : 1);
  if (!buf) return -1;
  int rc = zip_stream_read_at(s, cd.offset, buf, n);
  if (rc == 0) rc = zip_parse_directory(z, buf, n, cd.count);
  py_free(buf, n ? n : 1);
  return rc;
}

void zip_reader_close(ZipReader *z) {
  if (z->entries) py_free(z->entries, z->cap * sizeof(ZipEntry));
  if (z->names) py_free(z->names, z->names_cap);
  z->entries = nullptr;
  z->names = nullptr;
}

const ZipEntry *zip_reader_find(const ZipReader *z, const char *name, size_t len) {
  for (size_t i = 0; i < z->count; i++) {
    const ZipEntry *e = &z->entries[i];
    if (e->name_len == len && memcmp(z->names + e->name_off, name, len) == 0) return e;
  }
  return nullptr;
}

int zip_reader_data_offset(const ZipReader *z, const ZipEntry *e, uint64_t *out) {
  if (e->method != 0)
    return bad_zip("compressed entries are not supported (PyTorch writes them stored)");
  if (e->csize != e->size) return bad_zip("invalid stored entry size");
  uint8_t h[kLocalSize];
  if (zip_stream_read_at(z->stream, e->local, h, sizeof h) < 0) return -1;
  if (rd32(h) != kLocalSig) return bad_zip("invalid local header");
  uint64_t off = e->local + kLocalSize + rd16(h + 26) + rd16(h + 28);
  if (off > z->stream->size || e->size > z->stream->size - off)
    return bad_zip("entry extends past the end of the file");
  *out = off;
  return 0;
}

int zip_reader_read(const ZipReader *z, const ZipEntry *e, void *buf) {
  uint64_t off;
  if (zip_reader_data_offset(z, e, &off) < 0) return -1;
  return zip_stream_read_at(z->stream, off, buf, (size_t)e->size);
}

// ---------------------------------------------------------------------------
// CRC-32 (IEEE), four bits at a time: a 64-byte table suits small devices.

static uint32_t zip_crc32(const void *data, size_t n) {
  static const uint32_t table[16] = {0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac,
                                     0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
                                     0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c,
                                     0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c};
  const uint8_t *p = (const uint8_t *)data;
  uint32_t crc = 0xFFFFFFFF;
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    crc = (crc >> 4) ^ table[crc & 15];
    crc = (crc >> 4) ^ table[crc & 15];
  }
  return ~crc;
}

// ---------------------------------------------------------------------------
// Writer

static const uint32_t kAlign = 64; // PyTorch aligns record data to 64 bytes

void zip_writer_init(ZipWriter *w, ZipStream *s, const char *prefix) {
  memset(w, 0, sizeof *w);
  w->stream = s;
  w->prefix = prefix;
}

static ZipWriterEntry *zip_writer_push(ZipWriter *w) {
  if (w->count == w->cap) {
    size_t cap = w->cap ? w->cap * 2 : 8;
    void *p = py_realloc(w->entries, w->cap * sizeof(ZipWriterEntry), cap * sizeof(ZipWriterEntry));
    if (!p) return nullptr;
    w->entries = (ZipWriterEntry *)p;
    w->cap = cap;
  }
  ZipWriterEntry *e = &w->entries[w->count];
  memset(e, 0, sizeof *e);
  return e;
}

static int zip_too_large() {
  py_err_set_str(&py_RuntimeError_type, "PytorchStreamWriter: archive larger than 4 GB");
  return -1;
}

// Local header with an "FB" padding extra field that aligns the data.
static int zip_write_local(ZipWriter *w, const ZipWriterEntry *e) {
  uint64_t start = w->stream->pos;
  uint64_t data_at = start + kLocalSize + e->name_len + 4;
  uint32_t pad = (uint32_t)((kAlign - data_at % kAlign) % kAlign);
  uint8_t h[kLocalSize + 4] = {0};
  wr32(h, kLocalSig);
  wr16(h + 4, 20);
  wr16(h + 6, 0x0800); // UTF-8 names
  wr32(h + 14, e->crc);
  wr32(h + 18, (uint32_t)e->size);
  wr32(h + 22, (uint32_t)e->size);
  wr16(h + 26, (uint32_t)e->name_len);
  wr16(h + 28, 4 + pad);
  uint8_t extra[4] = {'F', 'B', 0, 0};
  wr16(extra + 2, pad);
  char zeros[kAlign];
  memset(zeros, 'Z', sizeof zeros);
  if (zip_stream_write(w->stream, h, kLocalSize) < 0) return -1;
  if (zip_stream_write(w->stream, e->name, e->name_len) < 0) return -1;
  if (zip_stream_write(w->stream, extra, 4) < 0) return -1;
  return zip_stream_write(w->stream, zeros, pad);
}

static int zip_writer_name(ZipWriterEntry *e, const char *prefix, const char *name) {
  size_t a = strlen(prefix), b = strlen(name);
  e->name = (char *)py_malloc(a + b + 2);
  if (!e->name) return -1;
  memcpy(e->name, prefix, a);
  e->name[a] = '/';
  memcpy(e->name + a + 1, name, b + 1);
  e->name_len = a + b + 1;
  if (e->name_len > 0xFFFF) {
    py_err_set_str(&py_RuntimeError_type, "PytorchStreamWriter: record name too long");
    return -1;
  }
  return 0;
}

int zip_writer_add(ZipWriter *w, const char *name, const void *data, size_t n) {
  ZipWriterEntry *e = zip_writer_push(w);
  if (!e) return -1;
  w->count++; // owned from here, so zip_writer_free releases the name
  if (zip_writer_name(e, w->prefix, name) < 0) return -1;
  e->crc = zip_crc32(data, n);
  e->size = n;
  e->local = w->stream->pos;
  if (e->local >= 0xFFFFFFFF || n >= 0xFFFFFFFF) return zip_too_large();
  if (zip_write_local(w, e) < 0) return -1;
  return zip_stream_write(w->stream, data, n);
}

static int zip_write_central(ZipWriter *w, const ZipWriterEntry *e) {
  uint8_t h[kCentralSize] = {0};
  wr32(h, kCentralSig);
  wr16(h + 4, 20);
  wr16(h + 6, 20);
  wr16(h + 8, 0x0800);
  wr32(h + 16, e->crc);
  wr32(h + 20, (uint32_t)e->size);
  wr32(h + 24, (uint32_t)e->size);
  wr16(h + 28, (uint32_t)e->name_len);
  wr32(h + 42, (uint32_t)e->local);
  if (zip_stream_write(w->stream, h, sizeof h) < 0) return -1;
  return zip_stream_write(w->stream, e->name, e->name_len);
}

int zip_writer_finish(ZipWriter *w) {
  uint64_t start = w->stream->pos;
  for (size_t i = 0; i < w->count; i++)
    if (zip_write_central(w, &w->entries[i]) < 0) return -1;
  uint64_t size = w->stream->pos - start;
  if (start + size >= 0xFFFFFFFF || w->count >= 0xFFFF) return zip_too_large();
  uint8_t h[kEndSize] = {0};
  wr32(h, kEndSig);
  wr16(h + 8, (uint32_t)w->count);
  wr16(h + 10, (uint32_t)w->count);
  wr32(h + 12, (uint32_t)size);
  wr32(h + 16, (uint32_t)start);
  return zip_stream_write(w->stream, h, sizeof h);
}

void zip_writer_free(ZipWriter *w) {
  for (size_t i = 0; i < w->count; i++)
    if (w->entries[i].name) py_free(w->entries[i].name, w->entries[i].name_len + 1);
  if (w->entries) py_free(w->entries, w->cap * sizeof(ZipWriterEntry));
  w->entries = nullptr;
  w->count = w->cap = 0;
}
