// The zip container of PyTorch's files (zip.cpp): a reader of the central
// directory for stored (uncompressed) entries, and a writer that aligns entry
// data to 64 bytes as PyTorch's writer does, so storages can be read straight
// into tensor memory (or mapped in place).
#pragma once
#include "py/obj.h"

// Where the bytes come from or go to: a file descriptor we opened, or a Python
// binary file object (read / seek / write methods).
struct ZipStream {
  int fd;        // >= 0: a file opened by serialize.cpp; -1: use `file`
  Ref file;      // borrowed Python file object when fd < 0
  uint64_t size; // reader: bytes in the stream
  uint64_t pos;  // writer: bytes written so far
};

// Exactly n bytes at offset `off`. 0 / -1 (RuntimeError on a short read).
int zip_stream_read_at(ZipStream *s, uint64_t off, void *buf, size_t n);
// Append n bytes. 0 / -1.
int zip_stream_write(ZipStream *s, const void *buf, size_t n);
// Set s->size from the stream's end. 0 / -1.
int zip_stream_measure(ZipStream *s);

struct ZipEntry {
  uint32_t name_off; // into ZipReader::names
  uint32_t name_len;
  uint16_t method; // 0 stored, 8 deflated, ...
  uint64_t size;   // uncompressed bytes
  uint64_t csize;  // stored bytes
  uint64_t local;  // offset of the local header
};

struct ZipReader {
  ZipStream *stream;
  ZipEntry *entries;
  size_t count, cap;
  char *names; // all names, back to back (not NUL-terminated)
  size_t names_size, names_cap;
};

// Read the central directory. 0 / -1 (RuntimeError "PytorchStreamReader failed
// reading zip archive: ..."). zip_reader_close releases it in both cases.
int zip_reader_open(ZipReader *z, ZipStream *s);
void zip_reader_close(ZipReader *z);
// The entry named `name` (len bytes), or nullptr (no error set).
const ZipEntry *zip_reader_find(const ZipReader *z, const char *name, size_t len);
// Offset of a stored entry's data, checked against the stream. 0 / -1.
int zip_reader_data_offset(const ZipReader *z, const ZipEntry *e, uint64_t *out);
// A stored entry's bytes into buf (e->size bytes). 0 / -1.
int zip_reader_read(const ZipReader *z, const ZipEntry *e, void *buf);

struct ZipWriterEntry {
  char *name; // py_malloc'ed, name_len + 1 bytes
  size_t name_len;
  uint32_t crc;
  uint64_t size;
  uint64_t local;
};

struct ZipWriter {
  ZipStream *stream;
  const char *prefix; // archive folder name, e.g. "model" (borrowed)
  ZipWriterEntry *entries;
  size_t count, cap;
};

void zip_writer_init(ZipWriter *w, ZipStream *s, const char *prefix);
// Add `<prefix>/<name>` with n bytes of data. 0 / -1.
int zip_writer_add(ZipWriter *w, const char *name, const void *data, size_t n);
// Write the central directory. 0 / -1.
int zip_writer_finish(ZipWriter *w);
void zip_writer_free(ZipWriter *w);
