// The shared inputs, and expected records loaded and compared with results.
#include "tensor_test_util.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace tensor;

namespace tensor_test {

const ScalarType kAllTypes[kNumScalarTypes] = {
#define TENSOR_TEST_TYPE(ctype, name, dtype) ScalarType::name,
    TENSOR_FORALL_SCALAR_TYPES(TENSOR_TEST_TYPE)
#undef TENSOR_TEST_TYPE
};

struct Shape {
  const char *key;
  std::vector<int64_t> sizes;
  bool transposed;
};

// Same table as SHAPES in gen_common.py.
static const Shape kShapes[] = {
    {"s23", {2, 3}, false}, {"s3", {3}, false},         {"s0d", {}, false},
    {"s03", {0, 3}, false}, {"t23", {2, 3}, true},      {"s413", {4, 1, 3}, false},
    {"s21", {2, 1}, false}, {"s234", {2, 3, 4}, false},
};

static double input_value(int64_t i, int seed, ScalarType dtype) {
  int64_t v = ((i * 7 + 3 + seed * 5) % 11) - 5;
  if (is_floating(dtype)) return static_cast<double>(v) * 0.75;
  if (dtype == ScalarType::Byte) return static_cast<double>(v + 5);
  if (dtype == ScalarType::Bool) return v > 0 ? 1 : 0;
  return static_cast<double>(v);
}

Tensor inp(const char *shape_key, ScalarType dtype, int seed) {
  if (std::string(shape_key) == "p234") return permute(inp("s234", dtype, seed), {2, 0, 1});
  for (const Shape &s : kShapes) {
    if (std::string(s.key) != shape_key) continue;
    std::vector<int64_t> sizes = s.sizes;
    if (s.transposed) std::reverse(sizes.begin(), sizes.end());
    Tensor t = empty(IntArrayRef(sizes.data(), sizes.size()), dtype);
    for (int64_t i = 0; i < t.numel(); i++) {
      double v = input_value(i, seed, dtype);
      char *p = static_cast<char *>(t.data_ptr()) + i * t.element_size();
      if (is_floating(dtype))
        store_scalar(p, dtype, Scalar(v));
      else
        store_scalar(p, dtype, Scalar(static_cast<int64_t>(v)));
    }
    return s.transposed ? tensor::t(t) : t;
  }
  ADD_FAILURE() << "unknown input shape " << shape_key;
  return Tensor();
}

// ---------------------------------------------------------------------------
// Records

static std::string rest_of(std::istringstream &ss) {
  std::string rest;
  std::getline(ss, rest);
  if (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
  return rest;
}

Record parse_record(const std::string &body) {
  std::istringstream ss(body);
  std::string kind;
  ss >> kind;
  Record r;
  r.kind = kind.empty() ? 0 : kind[0];
  if (r.kind == 'T') {
    for (std::string f; ss >> f;) r.fields.push_back(f);
  } else if (r.kind == 'E') {
    std::string exc;
    ss >> exc;
    r.fields.push_back(exc);
    r.rest = rest_of(ss);
  } else if (r.kind == 'S') {
    r.rest = rest_of(ss);
  }
  return r;
}

// A T record's values follow dtype, ndim, sizes, strides, offset and numel.
static size_t first_value(const std::vector<std::string> &f) { return 4 + 2 * std::stoul(f[1]); }

std::vector<double> record_values(const Record &r) {
  std::vector<double> v;
  for (size_t i = first_value(r.fields); i < r.fields.size(); i++)
    v.push_back(std::strtod(r.fields[i].c_str(), nullptr));
  return v;
}

static const char *kind_name(ErrorKind k) {
  switch (k) {
  case ErrorKind::None: return "None";
  case ErrorKind::RuntimeError: return "RuntimeError";
  case ErrorKind::TypeError: return "TypeError";
  case ErrorKind::IndexError: return "IndexError";
  case ErrorKind::ValueError: return "ValueError";
  case ErrorKind::MemoryError: return "MemoryError";
  case ErrorKind::NotImplementedError: return "NotImplementedError";
  }
  return "?";
}

static double tolerance(const Tolerance &tol, ScalarType t) {
  switch (t) {
  case ScalarType::Half: return tol.half;
  case ScalarType::BFloat16: return tol.bfloat16;
  case ScalarType::Float: return tol.float32;
  case ScalarType::Double: return tol.float64; // may hold float results (out= casts)
  default: return 0;
  }
}

static bool close(double want, double got, double tol) {
  if (std::isnan(want) || std::isnan(got)) return std::isnan(want) && std::isnan(got);
  if (std::isinf(want) || std::isinf(got)) return want == got;
  if (want == 0 && got == 0) return std::signbit(want) == std::signbit(got); // -0.0 matters
  return std::fabs(want - got) <= tol * (1 + std::fabs(want));
}

static std::string describe_error() {
  return std::string(kind_name(error().kind)) + ": " + error().message;
}

static ::testing::AssertionResult compare_layout(const std::vector<std::string> &f, const Tensor &t,
                                                 const Tolerance &tol) {
  std::string dtype = scalar_type_name(t.dtype());
  if (dtype != f[0]) return ::testing::AssertionFailure() << "dtype " << dtype << ", want " << f[0];
  size_t nd = std::stoul(f[1]);
  if (static_cast<size_t>(t.dim()) != nd)
    return ::testing::AssertionFailure() << "dim " << t.dim() << ", want " << nd;
  for (size_t d = 0; d < nd; d++) {
    if (t.size(d) != std::stoll(f[2 + d]))
      return ::testing::AssertionFailure()
             << "size(" << d << ") " << t.size(d) << ", want " << f[2 + d];
    if ((tol.size1_strides || t.size(d) > 1) && t.stride(d) != std::stoll(f[2 + nd + d]))
      return ::testing::AssertionFailure()
             << "stride(" << d << ") " << t.stride(d) << ", want " << f[2 + nd + d];
  }
  if (t.storage_offset() != std::stoll(f[2 + 2 * nd]))
    return ::testing::AssertionFailure()
           << "offset " << t.storage_offset() << ", want " << f[2 + 2 * nd];
  return ::testing::AssertionSuccess();
}

static ::testing::AssertionResult compare_tensor(const std::vector<std::string> &f, const Tensor &t,
                                                 const Tolerance &tol) {
  ::testing::AssertionResult layout = compare_layout(f, t, tol);
  if (!layout) return layout;
  Tensor flat = contiguous(t);
  size_t first = first_value(f);
  double rel = tolerance(tol, t.dtype());
  for (int64_t i = 0; i < flat.numel(); i++) {
    const void *p = static_cast<const char *>(flat.data_ptr()) + i * flat.element_size();
    const std::string &want = f[first + i];
    if (!is_floating(t.dtype())) {
      int64_t got = load_scalar(p, t.dtype()).to_long();
      if (got != std::stoll(want))
        return ::testing::AssertionFailure()
               << "element " << i << " is " << got << ", want " << want;
    } else {
      double got = load_scalar(p, t.dtype()).to_double();
      if (!close(std::strtod(want.c_str(), nullptr), got, rel))
        return ::testing::AssertionFailure()
               << "element " << i << " is " << got << ", want " << want;
    }
  }
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult compare(const Record &want, bool ok, const Tensor &result,
                                   const Tolerance &tol) {
  if (want.kind == 'N') return ::testing::AssertionSuccess();
  if (want.kind == 'E') {
    if (ok)
      return ::testing::AssertionFailure()
             << "succeeded, want " << want.fields[0] << ": " << want.rest;
    if (want.fields[0] != kind_name(error().kind) || want.rest != error().message)
      return ::testing::AssertionFailure()
             << "got " << describe_error() << "\n want " << want.fields[0] << ": " << want.rest;
    return ::testing::AssertionSuccess();
  }
  if (want.kind != 'T') return ::testing::AssertionFailure() << "record is not a tensor";
  if (!ok || !result) return ::testing::AssertionFailure() << "failed: " << describe_error();
  return compare_tensor(want.fields, result, tol);
}

// ---------------------------------------------------------------------------
// Record files

static std::string tests_dir() {
  std::string f = __FILE__; // <repo>/tests/tensor/tensor_test_util.cpp, or relative
  size_t slash = f.find_last_of('/');
  return slash == std::string::npos ? "tests/tensor/" : f.substr(0, slash + 1);
}

GeneratedFile::GeneratedFile(const char *script, const char *env_var) {
  if (const char *env = std::getenv(env_var)) {
    path = env;
    return;
  }
  char tmpl[] = "/tmp/upy_expected_XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return;
  ::close(fd);
  temporary_ = tmpl;
  std::string cmd = "/usr/bin/python3 '" + tests_dir() + script + "' " + temporary_;
  if (std::system(cmd.c_str()) == 0) path = temporary_;
}

GeneratedFile::~GeneratedFile() {
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

RecordFile::RecordFile(const std::string &path, const Tolerance &tol) : tol_(tol) { load(path); }

RecordFile::RecordFile(const char *script, const char *env_var, const Tolerance &tol) : tol_(tol) {
  load(GeneratedFile(script, env_var).path);
}

void RecordFile::load(const std::string &path) {
  std::ifstream in(path);
  if (!in) {
    ADD_FAILURE() << "cannot read expected results from '" << path << "'";
    return;
  }
  for (std::string line; std::getline(in, line);) {
    size_t kind_end = line.find(' ');
    if (kind_end == std::string::npos) continue;
    size_t name_end = line.find(' ', kind_end + 1);
    std::string name = line.substr(kind_end + 1, name_end - kind_end - 1);
    std::string body = line.substr(0, kind_end);
    if (name_end != std::string::npos) body += line.substr(name_end);
    records_[name] = parse_record(body);
  }
}

const Record *RecordFile::find(const std::string &name) const {
  auto it = records_.find(name);
  return it == records_.end() ? nullptr : &it->second;
}

bool RecordFile::skipped(const std::string &name) const {
  const Record *r = find(name);
  return r && r->kind == 'N';
}

::testing::AssertionResult RecordFile::matches(const std::string &name, bool ok,
                                               const Tensor &out) const {
  const Record *r = find(name);
  if (!r) return ::testing::AssertionFailure() << name << ": no expected record";
  ::testing::AssertionResult res = compare(*r, ok, out, tol_);
  if (!res) return ::testing::AssertionFailure() << name << ": " << res.message();
  return res;
}

::testing::AssertionResult RecordFile::matches(const std::string &name,
                                               const Tensor &result) const {
  return matches(name, result.defined(), result);
}

::testing::AssertionResult RecordFile::matches_text(const std::string &name,
                                                    const std::string &text) const {
  const Record *r = find(name);
  if (!r || r->kind != 'S') return ::testing::AssertionFailure() << name << ": no text record";
  if (r->rest != text)
    return ::testing::AssertionFailure() << name << ": got " << text << ", want " << r->rest;
  return ::testing::AssertionSuccess();
}

const RecordFile &expected() {
  static const RecordFile file{std::string(TENSOR_EXPECTED_FILE)};
  return file;
}

// ---------------------------------------------------------------------------
// ulps

// Maps a float's bits onto a line where neighbouring floats are 1 apart.
template <class Bits, class F> static int64_t ulps_between(F a, F b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b) ? 0 : INT64_MAX;
  auto ordered = [](F x) {
    Bits bits;
    std::memcpy(&bits, &x, sizeof bits);
    constexpr Bits sign = Bits(1) << (sizeof(Bits) * 8 - 1);
    return (bits & sign) ? -static_cast<int64_t>(bits & ~sign) : static_cast<int64_t>(bits);
  };
  int64_t x = ordered(a), y = ordered(b);
  return x > y ? x - y : y - x;
}

int64_t ulp_distance(float a, float b) { return ulps_between<uint32_t>(a, b); }
int64_t ulp_distance(double a, double b) { return ulps_between<uint64_t>(a, b); }

} // namespace tensor_test
