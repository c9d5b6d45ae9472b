// POSIX implementation of hal.h. A port without POSIX defines UPY_NO_POSIX_HAL
// and supplies its own.
#include "py/hal.h"

#ifndef UPY_NO_POSIX_HAL

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static int64_t hal_ts_ns(const struct timespec &ts) {
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t hal_clock(clockid_t id) {
  struct timespec ts;
  if (clock_gettime(id, &ts) != 0) return 0;
  return hal_ts_ns(ts);
}

int64_t py_hal_time_ns() { return hal_clock(CLOCK_REALTIME); }
int64_t py_hal_monotonic_ns() { return hal_clock(CLOCK_MONOTONIC); }
int64_t py_hal_process_ns() { return hal_clock(CLOCK_PROCESS_CPUTIME_ID); }

void py_hal_sleep_ns(int64_t ns) {
  if (ns <= 0) return;
  struct timespec ts;
  ts.tv_sec = (time_t)(ns / 1000000000);
  ts.tv_nsec = (long)(ns % 1000000000);
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

int py_hal_localtime(int64_t t, HalTm *out, bool utc) {
  time_t tt = (time_t)t;
  struct tm tm;
  if ((utc ? gmtime_r(&tt, &tm) : localtime_r(&tt, &tm)) == nullptr) return -EOVERFLOW;
  out->year = tm.tm_year + 1900;
  out->mon = tm.tm_mon + 1;
  out->mday = tm.tm_mday;
  out->hour = tm.tm_hour;
  out->min = tm.tm_min;
  out->sec = tm.tm_sec;
  out->wday = (tm.tm_wday + 6) % 7;
  out->yday = tm.tm_yday + 1;
  out->isdst = tm.tm_isdst;
  return 0;
}

long py_hal_read(int fd, void *buf, size_t n) {
  for (;;) {
    ssize_t r = read(fd, buf, n);
    if (r >= 0) return (long)r;
    if (errno != EINTR) return -errno;
  }
}

long py_hal_write(int fd, const void *buf, size_t n) {
  const char *p = (const char *)buf;
  size_t done = 0;
  while (done < n) {
    ssize_t r = write(fd, p + done, n - done);
    if (r < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    done += (size_t)r;
  }
  return (long)done;
}

bool py_hal_isatty(int fd) { return isatty(fd) != 0; }

const char *py_hal_strerror(int err) { return strerror(err); }

#if UPY_ENABLE_FS
int py_hal_open(const char *path, int flags) {
  int f = 0;
  if ((flags & HAL_O_READ) && (flags & HAL_O_WRITE))
    f = O_RDWR;
  else if (flags & HAL_O_WRITE)
    f = O_WRONLY;
  else
    f = O_RDONLY;
  if (flags & HAL_O_CREATE) f |= O_CREAT;
  if (flags & HAL_O_TRUNC) f |= O_TRUNC;
  if (flags & HAL_O_APPEND) f |= O_APPEND;
  if (flags & HAL_O_EXCL) f |= O_EXCL;
  int fd = open(path, f | O_CLOEXEC, 0666);
  if (fd < 0) return -errno;
  struct stat st;
  // CPython refuses to open a directory as a file.
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    return -EISDIR;
  }
  return fd;
}

int py_hal_close(int fd) { return close(fd) == 0 ? 0 : -errno; }

int64_t py_hal_seek(int fd, int64_t off, int whence) {
  off_t r = lseek(fd, (off_t)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
  return r < 0 ? -errno : (int64_t)r;
}

static double hal_ts_sec(const struct timespec &ts) {
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void hal_fill_stat(const struct stat &s, HalStat *st) {
  st->mode = (uint32_t)s.st_mode;
  st->ino = (uint64_t)s.st_ino;
  st->dev = (uint64_t)s.st_dev;
  st->nlink = (uint64_t)s.st_nlink;
  st->uid = (uint64_t)s.st_uid;
  st->gid = (uint64_t)s.st_gid;
  st->size = (int64_t)s.st_size;
  st->atime = hal_ts_sec(s.st_atim);
  st->mtime = hal_ts_sec(s.st_mtim);
  st->ctime = hal_ts_sec(s.st_ctim);
}

int py_hal_stat(const char *path, HalStat *st) {
  struct stat s;
  if (stat(path, &s) != 0) return -errno;
  hal_fill_stat(s, st);
  return 0;
}

int py_hal_fstat(int fd, HalStat *st) {
  struct stat s;
  if (fstat(fd, &s) != 0) return -errno;
  hal_fill_stat(s, st);
  return 0;
}

int py_hal_getcwd(char *buf, size_t n) { return getcwd(buf, n) ? 0 : -errno; }
long py_hal_getpid() { return (long)getpid(); }
int py_hal_mkdir(const char *path) { return mkdir(path, 0777) == 0 ? 0 : -errno; }
int py_hal_rmdir(const char *path) { return rmdir(path) == 0 ? 0 : -errno; }
int py_hal_unlink(const char *path) { return unlink(path) == 0 ? 0 : -errno; }
int py_hal_rename(const char *from, const char *to) { return rename(from, to) == 0 ? 0 : -errno; }
int py_hal_chdir(const char *path) { return chdir(path) == 0 ? 0 : -errno; }

int py_hal_listdir(const char *path, int (*cb)(const char *name, void *ctx), void *ctx) {
  DIR *d = opendir(path);
  if (!d) return -errno;
  int rc = 0;
  struct dirent *e;
  while (rc == 0 && (e = readdir(d)) != nullptr) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    rc = cb(e->d_name, ctx);
  }
  closedir(d);
  return rc;
}
#endif

const char *py_hal_environ(size_t i) {
  if (!environ) return nullptr;
  for (size_t k = 0; k < i; k++)
    if (!environ[k]) return nullptr;
  return environ[i];
}

#endif
