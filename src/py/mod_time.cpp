// The `time` module: clocks, sleep and local time formatting.
#include <cmath>
#include <cstring>
#include <ctime>

#include "py/compile.h"
#include "py/containers.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

static Ref time_ns_to_float(int64_t ns) { return py_float_new((double)ns * 1e-9); }

static Ref time_time(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return time_ns_to_float(py_hal_time_ns());
}

static Ref time_time_ns(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_i64(py_hal_time_ns());
}

static Ref time_monotonic(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return time_ns_to_float(py_hal_monotonic_ns());
}

static Ref time_monotonic_ns(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_i64(py_hal_monotonic_ns());
}

static Ref time_process_time(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return time_ns_to_float(py_hal_process_ns());
}

static Ref time_process_time_ns(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_i64(py_hal_process_ns());
}

static Ref time_sleep(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_int(args[0]) && !py_is_float(args[0]))
    return py_err_format(&py_TypeError_type, "'%s' object cannot be interpreted as an integer",
                         py_tname(args[0]));
  double secs;
  if (py_number_as_double(args[0], &secs) < 0) return nullptr;
  if (std::isnan(secs))
    return py_err_set_str(&py_ValueError_type, "Invalid value NaN (not a number)");
  if (secs < 0) return py_err_set_str(&py_ValueError_type, "sleep length must be non-negative");
  py_hal_sleep_ns((int64_t)(secs * 1e9));
  return py_none_new();
}

// struct_time is a tuple subclass with tm_* properties; defined in Python for brevity.
static const char time_py_src[] =
    "class struct_time(tuple):\n"
    "    n_fields = 9\n"
    "    n_sequence_fields = 9\n"
    "    def __repr__(self):\n"
    "        return 'time.struct_time(' + ', '.join(n + '=' + repr(v) for n, v in zip(_tm_names, "
    "self)) + ')'\n"
    "_tm_names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', "
    "'tm_yday', 'tm_isdst')\n"
    "for _i, _n in enumerate(_tm_names):\n"
    "    setattr(struct_time, _n, property(lambda self, _i=_i: self[_i]))\n"
    "struct_time.__module__ = 'time'\n"
    "del _i, _n\n";

static Ref time_struct_from_tm(Ref module, const HalTm &tm) {
  Ref cls = py_getattr_str(module, "struct_time");
  if (!cls) return nullptr;
  int vals[9] = {tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst};
  Ref t = py_tuple_new(9);
  if (!t) {
    py_decref(cls);
    return nullptr;
  }
  for (int i = 0; i < 9; i++) py_tuple_items(t)[i] = py_small_new(vals[i]);
  Ref r = py_call1(cls, t);
  py_decref(t);
  py_decref(cls);
  return r;
}

static Ref time_convert(Ref module, Ref const *args, size_t nargs, bool utc) {
  int64_t t = py_hal_time_ns() / 1000000000;
  if (nargs == 1 && args[0] != py_None) {
    double d;
    if (py_number_as_double(args[0], &d) < 0) return nullptr;
    if (!std::isfinite(d))
      return py_err_set_str(&py_OverflowError_type, "timestamp out of range for platform time_t");
    t = (int64_t)std::floor(d);
  }
  HalTm tm;
  if (py_hal_localtime(t, &tm, utc) < 0)
    return py_err_set_str(&py_OverflowError_type, "timestamp out of range for platform time_t");
  return time_struct_from_tm(module, tm);
}

static Ref time_localtime(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return time_convert(self, args, nargs, false);
}

static Ref time_gmtime(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return time_convert(self, args, nargs, true);
}

static int time_tm_field(Ref tuple, size_t i, int *out) {
  int64_t v;
  if (py_index_i64(py_tuple_items(tuple)[i], &v) < 0) return -1;
  *out = (int)v;
  return 0;
}

// Fill a C struct tm from a 9-tuple (struct_time or plain tuple).
static int time_tuple_to_tm(Ref t, struct tm *out) {
  if (!py_is_tuple(t) || py_tuple_len(t) != 9) {
    py_err_set_str(&py_TypeError_type, "Tuple or struct_time argument required");
    return -1;
  }
  int f[9];
  for (size_t i = 0; i < 9; i++)
    if (time_tm_field(t, i, &f[i]) < 0) return -1;
  memset(out, 0, sizeof *out);
  out->tm_year = f[0] - 1900;
  out->tm_mon = f[1] - 1;
  out->tm_mday = f[2];
  out->tm_hour = f[3];
  out->tm_min = f[4];
  out->tm_sec = f[5];
  out->tm_wday = (f[6] + 1) % 7;
  out->tm_yday = f[7] - 1;
  out->tm_isdst = f[8];
  return 0;
}

static Ref time_strftime(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0]))
    return py_err_format(&py_TypeError_type, "strftime() argument 1 must be str, not %s",
                         py_tname(args[0]));
  Ref t = nargs == 2 ? py_newref(args[1]) : time_localtime(self, nullptr, 0, nullptr);
  if (!t) return nullptr;
  struct tm tm;
  int rc = time_tuple_to_tm(t, &tm);
  py_decref(t);
  if (rc < 0) return nullptr;
  if (py_str_len(args[0]) == 0) return py_str_new("", 0);
  for (size_t cap = 256; cap <= 65536; cap *= 4) {
    char *buf = (char *)py_malloc(cap);
    if (!buf) return nullptr;
    size_t n = strftime(buf, cap, py_str_data(args[0]), &tm);
    Ref r = n > 0 ? py_str_new(buf, n) : nullptr;
    py_free(buf, cap);
    if (n > 0) return r;
  }
  return py_str_new("", 0);
}

static Ref time_mktime(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  struct tm tm;
  if (time_tuple_to_tm(args[0], &tm) < 0) return nullptr;
  time_t r = mktime(&tm);
  if (r == (time_t)-1)
    return py_err_set_str(&py_OverflowError_type, "mktime argument out of range");
  return py_float_new((double)r);
}

static const MethodDef time_functions[] = {
    {"time", time_time, METH_ARGS(0, 0)},
    {"time_ns", time_time_ns, METH_ARGS(0, 0)},
    {"perf_counter", time_monotonic, METH_ARGS(0, 0)},
    {"perf_counter_ns", time_monotonic_ns, METH_ARGS(0, 0)},
    {"monotonic", time_monotonic, METH_ARGS(0, 0)},
    {"monotonic_ns", time_monotonic_ns, METH_ARGS(0, 0)},
    {"process_time", time_process_time, METH_ARGS(0, 0)},
    {"process_time_ns", time_process_time_ns, METH_ARGS(0, 0)},
    {"sleep", time_sleep, METH_ARGS(1, 1)},
    {"localtime", time_localtime, METH_ARGS(0, 1)},
    {"gmtime", time_gmtime, METH_ARGS(0, 1)},
    {"strftime", time_strftime, METH_ARGS(1, 2)},
    {"mktime", time_mktime, METH_ARGS(1, 1)},
    {nullptr},
};

int py_init_module_time(Ref module) {
  if (py_module_add_functions(module, time_functions) < 0) return -1;
  Ref d = py_module_dict(module);
  Ref r = py_run_string(time_py_src, sizeof time_py_src - 1, "<time>", COMPILE_EXEC, d, d);
  if (!r) return -1;
  py_decref(r);
  return 0;
}
