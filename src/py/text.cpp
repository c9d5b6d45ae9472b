// The algorithms str, bytes and bytearray share (text.h).
#include "py/text.h"

// ---------------------------------------------------------------------------
// Byte search
// ---------------------------------------------------------------------------

int64_t py_mem_find(const char *h, size_t hn, const char *nd, size_t nn) {
  if (nn == 0) return 0;
  if (nn > hn) return -1;
  if (nn == 1) {
    const char *p = (const char *)memchr(h, nd[0], hn);
    return p ? p - h : -1;
  }
  const char *end = h + hn - nn;
  for (const char *p = h; p <= end;) {
    p = (const char *)memchr(p, nd[0], (size_t)(end - p) + 1);
    if (!p) return -1;
    if (memcmp(p, nd, nn) == 0) return p - h;
    p++;
  }
  return -1;
}

int64_t py_mem_rfind(const char *h, size_t hn, const char *nd, size_t nn) {
  if (nn == 0) return (int64_t)hn;
  if (nn > hn) return -1;
  for (size_t i = hn - nn + 1; i-- > 0;) {
    if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0) return (int64_t)i;
  }
  return -1;
}

size_t py_mem_count(const char *h, size_t hn, const char *nd, size_t nn) {
  size_t cnt = 0;
  for (int64_t f; (f = py_mem_find(h, hn, nd, nn)) >= 0; cnt++) {
    h += (size_t)f + nn;
    hn -= (size_t)f + nn;
  }
  return cnt;
}
