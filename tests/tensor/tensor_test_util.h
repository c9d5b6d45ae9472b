// Shared by the tensor tests: the deterministic inputs both sides build, and the
// expected records the gen_*.py scripts write with PyTorch 1.13.1 (format in
// gen_common.py).
#pragma once

#include "tensor/tensor.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace tensor_test {

// inp("s23", ScalarType::Float, seed): the same tensor gen_common.py's inp() makes.
tensor::Tensor inp(const char *shape_key, tensor::ScalarType dtype, int seed = 0);

// The dtype lists both sides iterate over (ORDER SCALAR TYPE).
extern const tensor::ScalarType kAllTypes[tensor::kNumScalarTypes];

// One record: T (tensor), E (error), N (not implemented by PyTorch: skipped) or
// S (text). T fields: dtype ndim sizes... strides... offset numel values...
struct Record {
  char kind = 0;
  std::vector<std::string> fields; // T: as above; E: the exception kind
  std::string rest;                // E: the message; S: the text
};
// A record's text after its name ("T Float 1 ..." or "E RuntimeError ...").
Record parse_record(const std::string &body);
// A T record's values, as doubles (exact for every floating dtype).
std::vector<double> record_values(const Record &r);

// How tensors are compared: floating elements within tol * (1 + |want|) for
// their dtype (the sign of a zero counts), integers exactly.
struct Tolerance {
  double half, bfloat16, float32, float64;
  bool size1_strides; // compare the strides of size-1 dims too
};
constexpr Tolerance kTolerance = {1e-3, 1e-2, 1e-5, 1e-6, true};

// Compares a call's outcome with an expected record: a tensor (dtype, sizes,
// strides, offset, values) or an error (kind and message; ok false, with
// tensor::error() saying why). N records always match.
::testing::AssertionResult compare(const Record &want, bool ok, const tensor::Tensor &result,
                                   const Tolerance &tol);

// The records of one file, by name.
class RecordFile {
public:
  // Reads `path` (written at build time).
  explicit RecordFile(const std::string &path, const Tolerance &tol = kTolerance);
  // Reads a GeneratedFile(script, env_var).
  RecordFile(const char *script, const char *env_var, const Tolerance &tol = kTolerance);

  const Record *find(const std::string &name) const; // null if there is none
  bool skipped(const std::string &name) const;       // an N record
  ::testing::AssertionResult matches(const std::string &name, const tensor::Tensor &result) const;
  // For out=/in-place forms: ok is the call's return value, out what it wrote.
  ::testing::AssertionResult matches(const std::string &name, bool ok,
                                     const tensor::Tensor &out) const;
  // For string results (dtype names, booleans as "0"/"1").
  ::testing::AssertionResult matches_text(const std::string &name, const std::string &text) const;

private:
  void load(const std::string &path);
  std::map<std::string, Record> records_;
  Tolerance tol_;
};

// A generator script's output: the file $env_var names when set, else a
// temporary file tests/tensor/`script` writes under /usr/bin/python3, removed
// with this object. path is "" when the script failed.
struct GeneratedFile {
  GeneratedFile(const char *script, const char *env_var);
  ~GeneratedFile();
  GeneratedFile(const GeneratedFile &) = delete;
  GeneratedFile &operator=(const GeneratedFile &) = delete;
  std::string path;

private:
  std::string temporary_; // removed by the destructor
};

// The records of gen_expected.py, which the build writes.
const RecordFile &expected();
inline ::testing::AssertionResult matches(const std::string &name, const tensor::Tensor &result) {
  return expected().matches(name, result);
}
inline ::testing::AssertionResult matches(const std::string &name, bool ok,
                                          const tensor::Tensor &out) {
  return expected().matches(name, ok, out);
}
inline ::testing::AssertionResult matches_text(const std::string &name, const std::string &text) {
  return expected().matches_text(name, text);
}
// True when PyTorch does not implement the case on CPU (Half/BFloat16 gaps).
inline bool skipped(const std::string &name) { return expected().skipped(name); }

// The distance in units in the last place between two floats of one type
// (0 for equal values, NaNs with NaNs; huge across signs).
int64_t ulp_distance(float a, float b);
int64_t ulp_distance(double a, double b);

} // namespace tensor_test
