// The platform layer (py/hal.h) for the bare-metal port. Console and clocks go
// through newlib, whose rdimon back end turns them into semihosting calls; on a
// real board these would be the UART and a hardware timer. No file system
// (UPY_ENABLE_FS is 0 at UPY_LEVEL_MINIMAL).
#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/time.h>
#include <unistd.h>

#include "py/hal.h"

int64_t py_hal_time_ns() {
  struct timeval tv;
  if (gettimeofday(&tv, nullptr) != 0) return 0;
  return (int64_t)tv.tv_sec * 1000000000 + (int64_t)tv.tv_usec * 1000;
}

// Semihosting's clock has centisecond resolution; good enough for the port.
int64_t py_hal_monotonic_ns() { return (int64_t)clock() * (1000000000 / CLOCKS_PER_SEC); }

int64_t py_hal_process_ns() { return py_hal_monotonic_ns(); }

void py_hal_sleep_ns(int64_t ns) {
  int64_t end = py_hal_monotonic_ns() + ns;
  while (py_hal_monotonic_ns() < end) {
  }
}

int py_hal_localtime(int64_t t, HalTm *out, bool utc) {
  time_t tt = (time_t)t;
  struct tm tm;
  if (!(utc ? gmtime_r(&tt, &tm) : localtime_r(&tt, &tm))) return -EOVERFLOW;
  out->year = tm.tm_year + 1900;
  out->mon = tm.tm_mon + 1;
  out->mday = tm.tm_mday;
  out->hour = tm.tm_hour;
  out->min = tm.tm_min;
  out->sec = tm.tm_sec;
  out->wday = (tm.tm_wday + 6) % 7; // Python counts from Monday
  out->yday = tm.tm_yday + 1;
  out->isdst = tm.tm_isdst;
  return 0;
}

long py_hal_read(int fd, void *buf, size_t n) {
  long r = read(fd, buf, n);
  return r < 0 ? -errno : r;
}

long py_hal_write(int fd, const void *buf, size_t n) {
  const char *p = (const char *)buf;
  size_t left = n;
  while (left > 0) {
    long w = write(fd, p, left);
    if (w <= 0) return w < 0 ? -errno : -EIO;
    p += w;
    left -= (size_t)w;
  }
  return (long)n;
}

bool py_hal_isatty(int fd) { return isatty(fd) != 0; }

const char *py_hal_strerror(int err) { return strerror(err); }

// No process environment on the device.
const char *py_hal_environ(size_t i) { return nullptr; }
