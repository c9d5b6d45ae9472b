// What str (str.cpp), bytes and bytearray (bytes.cpp) share: the byte-level
// algorithms behind their common methods, implemented once (text.cpp).
// Not part of the public API.
#pragma once
#include "py/strobj.h"

// Byte search in h[0:hn]: the offset of the first / last occurrence of nd, or -1
// (an empty nd is found at 0 / hn). Matches in valid UTF-8 start on code points.
int64_t py_mem_find(const char *h, size_t hn, const char *nd, size_t nn);
int64_t py_mem_rfind(const char *h, size_t hn, const char *nd, size_t nn);
// Non-overlapping occurrences of a non-empty nd.
size_t py_mem_count(const char *h, size_t hn, const char *nd, size_t nn);
