// Platform layer used by the standard library modules (time, os, io): clocks,
// console I/O and file system calls. hal_posix.cpp implements it with POSIX; a
// bare-metal port provides its own implementation of the same functions.
// Functions returning int/long report failure as a negative errno value.
#pragma once
#include <cstddef>
#include <cstdint>

#include "py/config.h"

// Clocks.
int64_t py_hal_time_ns();      // wall clock, ns since the Unix epoch
int64_t py_hal_monotonic_ns(); // monotonic, arbitrary origin
int64_t py_hal_process_ns();   // CPU time of the process
void py_hal_sleep_ns(int64_t ns);
// Broken-down local time (tm_year is the full year, tm_mon 1..12, tm_wday 0 = Monday,
// tm_yday 1..366). 0 / negative errno.
struct HalTm {
  int year, mon, mday, hour, min, sec, wday, yday, isdst;
};
int py_hal_localtime(int64_t t, HalTm *out, bool utc);

// Console: fd 0 (stdin), 1 (stdout), 2 (stderr).
long py_hal_read(int fd, void *buf, size_t n);        // bytes read (0 = EOF)
long py_hal_write(int fd, const void *buf, size_t n); // writes everything or fails
bool py_hal_isatty(int fd);
const char *py_hal_strerror(int err); // message for an errno value

#if UPY_ENABLE_FS
enum HalOpenFlags {
  HAL_O_READ = 1,
  HAL_O_WRITE = 2,
  HAL_O_CREATE = 4,
  HAL_O_TRUNC = 8,
  HAL_O_APPEND = 16,
  HAL_O_EXCL = 32,
};
struct HalStat {
  uint32_t mode;
  uint64_t ino, dev, nlink, uid, gid;
  int64_t size;
  double atime, mtime, ctime;
};
enum { HAL_S_IFMT = 0170000, HAL_S_IFDIR = 0040000, HAL_S_IFREG = 0100000 };

int py_hal_open(const char *path, int flags); // fd
int py_hal_close(int fd);
int64_t py_hal_seek(int fd, int64_t off, int whence); // new position
int py_hal_stat(const char *path, HalStat *st);
int py_hal_fstat(int fd, HalStat *st);
int py_hal_getcwd(char *buf, size_t n);
long py_hal_getpid();
int py_hal_mkdir(const char *path);
int py_hal_rmdir(const char *path);
int py_hal_unlink(const char *path);
int py_hal_rename(const char *from, const char *to);
int py_hal_chdir(const char *path);
// Calls cb(name, ctx) for each entry except "." and "..", stops when cb returns
// non-zero (and returns that value).
int py_hal_listdir(const char *path, int (*cb)(const char *name, void *ctx), void *ctx);
#endif

// Environment: the i-th "NAME=value" entry, or nullptr past the end.
const char *py_hal_environ(size_t i);
