// Loads the expected results and compares tensors with them.
#include "tensor_test_util.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

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

// Same table as SHAPES in gen_expected.py.
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
// Expected records

struct Record {
  char kind; // T, E, N, S
  std::vector<std::string> fields;
  std::string rest; // E: the message; S: the text
};

static std::map<std::string, Record> load_records() {
  std::map<std::string, Record> records;
  std::ifstream in(TENSOR_EXPECTED_FILE);
  if (!in) {
    ADD_FAILURE() << "cannot read " << TENSOR_EXPECTED_FILE << " (made by gen_expected.py)";
    return records;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    Record r;
    std::string kind, name;
    ss >> kind >> name;
    r.kind = kind[0];
    if (r.kind == 'T') {
      for (std::string f; ss >> f;) r.fields.push_back(f);
    } else if (r.kind == 'E') {
      std::string exc;
      ss >> exc;
      r.fields.push_back(exc);
      std::getline(ss, r.rest);
      if (!r.rest.empty() && r.rest[0] == ' ') r.rest.erase(0, 1);
    } else if (r.kind == 'S') {
      std::getline(ss, r.rest);
      if (!r.rest.empty() && r.rest[0] == ' ') r.rest.erase(0, 1);
    }
    records[name] = r;
  }
  return records;
}

static const Record *find_record(const std::string &name) {
  static const std::map<std::string, Record> records = load_records();
  auto it = records.find(name);
  return it == records.end() ? nullptr : &it->second;
}

bool skipped(const std::string &name) {
  const Record *r = find_record(name);
  return r && r->kind == 'N';
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

// Tolerances: relative + absolute, by the dtype's precision.
static double tolerance(ScalarType t) {
  switch (t) {
  case ScalarType::Half: return 1e-3;
  case ScalarType::BFloat16: return 1e-2;
  case ScalarType::Float: return 1e-5;
  case ScalarType::Double: return 1e-6; // may hold float results (out= casts)
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

static ::testing::AssertionResult compare_tensor(const Record &r, const Tensor &t) {
  const std::vector<std::string> &f = r.fields;
  std::string dtype = scalar_type_name(t.dtype());
  if (dtype != f[0]) return ::testing::AssertionFailure() << "dtype " << dtype << ", want " << f[0];
  size_t nd = std::stoul(f[1]);
  if (static_cast<size_t>(t.dim()) != nd)
    return ::testing::AssertionFailure() << "dim " << t.dim() << ", want " << nd;
  for (size_t d = 0; d < nd; d++) {
    if (t.size(d) != std::stoll(f[2 + d]))
      return ::testing::AssertionFailure()
             << "size(" << d << ") " << t.size(d) << ", want " << f[2 + d];
    if (t.stride(d) != std::stoll(f[2 + nd + d]))
      return ::testing::AssertionFailure()
             << "stride(" << d << ") " << t.stride(d) << ", want " << f[2 + nd + d];
  }
  if (t.storage_offset() != std::stoll(f[2 + 2 * nd]))
    return ::testing::AssertionFailure()
           << "offset " << t.storage_offset() << ", want " << f[2 + 2 * nd];
  Tensor flat = contiguous(t);
  size_t first = 4 + 2 * nd;
  double tol = tolerance(t.dtype());
  for (int64_t i = 0; i < flat.numel(); i++) {
    const void *p = static_cast<const char *>(flat.data_ptr()) + i * flat.element_size();
    double got = load_scalar(p, t.dtype()).to_double();
    double want = std::strtod(f[first + i].c_str(), nullptr);
    if (!is_floating(t.dtype())) {
      int64_t goti = load_scalar(p, t.dtype()).to_long();
      if (goti != std::stoll(f[first + i]))
        return ::testing::AssertionFailure()
               << "element " << i << " is " << goti << ", want " << f[first + i];
    } else if (!close(want, got, tol)) {
      return ::testing::AssertionFailure() << "element " << i << " is " << got << ", want " << want;
    }
  }
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult matches(const std::string &name, const Tensor &result) {
  const Record *r = find_record(name);
  if (!r) return ::testing::AssertionFailure() << name << ": no expected record";
  ::testing::AssertionResult res = ::testing::AssertionSuccess();
  if (r->kind == 'N') return res;
  if (r->kind == 'E') {
    if (result)
      return ::testing::AssertionFailure()
             << name << ": succeeded, want " << r->fields[0] << ": " << r->rest;
    if (r->fields[0] != kind_name(error().kind) || r->rest != error().message)
      return ::testing::AssertionFailure() << name << ": got " << describe_error() << "\n want "
                                           << r->fields[0] << ": " << r->rest;
    return res;
  }
  if (r->kind != 'T') return ::testing::AssertionFailure() << name << ": record is not a tensor";
  if (!result) return ::testing::AssertionFailure() << name << ": failed: " << describe_error();
  res = compare_tensor(*r, result);
  if (!res) return ::testing::AssertionFailure() << name << ": " << res.message();
  return res;
}

::testing::AssertionResult matches(const std::string &name, bool ok, const Tensor &out) {
  return matches(name, ok ? out : Tensor());
}

::testing::AssertionResult matches_text(const std::string &name, const std::string &text) {
  const Record *r = find_record(name);
  if (!r || r->kind != 'S') return ::testing::AssertionFailure() << name << ": no text record";
  if (r->rest != text)
    return ::testing::AssertionFailure() << name << ": got " << text << ", want " << r->rest;
  return ::testing::AssertionSuccess();
}

} // namespace tensor_test
