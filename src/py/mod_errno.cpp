// The `errno` module: the platform's errno constants and `errorcode`.
#include <cerrno>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

struct ErrnoEntry {
  const char *name;
  int value;
};

#define ERRNO_ENTRY(e) {#e, e},
static const ErrnoEntry errno_table[] = {
    ERRNO_ENTRY(EPERM) ERRNO_ENTRY(ENOENT) ERRNO_ENTRY(ESRCH) ERRNO_ENTRY(EINTR) ERRNO_ENTRY(EIO)
        ERRNO_ENTRY(ENXIO) ERRNO_ENTRY(E2BIG) ERRNO_ENTRY(ENOEXEC) ERRNO_ENTRY(EBADF) ERRNO_ENTRY(
            ECHILD) ERRNO_ENTRY(EAGAIN) ERRNO_ENTRY(ENOMEM) ERRNO_ENTRY(EACCES) ERRNO_ENTRY(EFAULT)
            ERRNO_ENTRY(EBUSY) ERRNO_ENTRY(EEXIST) ERRNO_ENTRY(EXDEV) ERRNO_ENTRY(ENODEV)
                ERRNO_ENTRY(ENOTDIR) ERRNO_ENTRY(EISDIR) ERRNO_ENTRY(EINVAL) ERRNO_ENTRY(ENFILE)
                    ERRNO_ENTRY(EMFILE) ERRNO_ENTRY(ENOTTY) ERRNO_ENTRY(EFBIG) ERRNO_ENTRY(ENOSPC)
                        ERRNO_ENTRY(ESPIPE) ERRNO_ENTRY(EROFS) ERRNO_ENTRY(EMLINK)
                            ERRNO_ENTRY(EPIPE) ERRNO_ENTRY(EDOM) ERRNO_ENTRY(ERANGE)
                                ERRNO_ENTRY(EDEADLK) ERRNO_ENTRY(ENAMETOOLONG) ERRNO_ENTRY(ENOSYS)
                                    ERRNO_ENTRY(ENOTEMPTY) ERRNO_ENTRY(ELOOP) ERRNO_ENTRY(ENOTSUP)
                                        ERRNO_ENTRY(EOVERFLOW) ERRNO_ENTRY(ETIMEDOUT)
                                            ERRNO_ENTRY(EALREADY) ERRNO_ENTRY(EINPROGRESS)
                                                ERRNO_ENTRY(ECONNREFUSED) ERRNO_ENTRY(ECONNRESET)
                                                    ERRNO_ENTRY(EADDRINUSE)
#ifdef EWOULDBLOCK
#if EWOULDBLOCK != EAGAIN
                                                        ERRNO_ENTRY(EWOULDBLOCK)
#endif
#endif
#ifdef EOPNOTSUPP
#if EOPNOTSUPP != ENOTSUP
                                                            ERRNO_ENTRY(EOPNOTSUPP)
#endif
#endif
};
#undef ERRNO_ENTRY

// Names sharing a value with an earlier entry are attributes only: errorcode keeps
// the first name, as CPython does for the canonical spelling.
static int errno_add(Ref module, Ref codes, const ErrnoEntry &e) {
  Ref v = py_int_from_i64(e.value);
  if (!v) return -1;
  int rc = py_module_add(module, e.name, v);
  if (rc == 0 && !py_dict_get(codes, v)) {
    Ref name = py_str_from_cstr(e.name);
    rc = name ? py_dict_set(codes, v, name) : -1;
    py_xdecref(name);
  }
  py_decref(v);
  return rc;
}

int py_init_module_errno(Ref module) {
  Ref codes = py_dict_new();
  if (!codes) return -1;
  int rc = 0;
  for (const ErrnoEntry &e : errno_table)
    if ((rc = errno_add(module, codes, e)) < 0) break;
  if (rc == 0) rc = py_module_add(module, "errorcode", codes);
  py_decref(codes);
  return rc;
}
