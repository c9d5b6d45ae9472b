// The error state: one last error, as errno does it. The library is
// single-threaded by design (one interpreter, one MCU core).
#include "tensor/tensor.h"

#include <cstdarg>
#include <cstdio>

namespace tensor {

static Error last_error = {ErrorKind::None, {0}};
static bool missing_kernel = false;

const Error &error() { return last_error; }

void clear_error() {
  last_error.kind = ErrorKind::None;
  last_error.message[0] = '\0';
  missing_kernel = false;
}

bool kernel_missing() { return missing_kernel; }

void kernel_dtype_missing(ScalarType t) {
  fail(ErrorKind::RuntimeError,
       "kernel not built for '%s': this upytorch was built with UPY_KERNEL_DTYPES leaving it out",
       scalar_type_name(t));
  missing_kernel = true;
}

bool fail(ErrorKind kind, const char *fmt, ...) {
  last_error.kind = kind;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(last_error.message, sizeof last_error.message, fmt, ap);
  va_end(ap);
  return false;
}

} // namespace tensor
