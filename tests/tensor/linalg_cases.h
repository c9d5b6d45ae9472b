// Shared by test_linalg.cpp and test_conv.cpp: replays the cases that
// gen_linalg_expected.py (PyTorch 1.13.1) wrote, one per line, and compares.
//
// The data file is $UPY_LINALG_EXPECTED if set, else the test runs the script
// with /usr/bin/python3 into a temporary file.
//
// Tolerance (summation order differs from PyTorch's BLAS):
//   |got - want| <= tol * (1 + |want|), tol = 1e-4 float32, 1e-10 float64,
//   2e-2 bfloat16; integers exact.
#pragma once

#include "tensor/tensor.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace linalg_test {

struct Arg {
  char kind = 0; // t tensor, n none, i int, l list, f float, s string
  tensor::Tensor tensor;
  int64_t i = 0;
  double f = 0;
  std::vector<int64_t> list;
  std::string s;
  tensor::Scalar scalar() const { return kind == 'f' ? tensor::Scalar(f) : tensor::Scalar(i); }
  tensor::IntArrayRef ints() const { return tensor::IntArrayRef(list.data(), list.size()); }
};

struct Case {
  std::string name, op, args, expected;
};

inline std::vector<std::string> split(const std::string &s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

inline tensor::ScalarType dtype_named(const std::string &name) {
  for (int i = 0; i < tensor::kNumScalarTypes; i++) {
    auto t = static_cast<tensor::ScalarType>(i);
    if (name == tensor::scalar_type_name(t)) return t;
  }
  ADD_FAILURE() << "unknown dtype " << name;
  return tensor::ScalarType::Float;
}

// t:DTYPE:SIZES:SEED:LAYOUT, as T.make() in the script.
inline tensor::Tensor make_input(const std::string &spec) {
  using namespace tensor;
  std::vector<std::string> f = split(spec, ':');
  ScalarType dtype = dtype_named(f[1]);
  std::vector<int64_t> sizes;
  if (f[2] != "-")
    for (const std::string &x : split(f[2], 'x')) sizes.push_back(std::stoll(x));
  int64_t seed = std::stoll(f[3]);
  char layout = f[4][0];
  std::vector<int64_t> made = sizes;
  size_t nd = made.size();
  if (layout == 'T') std::swap(made[nd - 1], made[nd - 2]);
  if (layout == 'S') made[nd - 1] *= 2;
  if (layout == 'E') made[0] = 1;
  Tensor t = empty(IntArrayRef(made.data(), nd), dtype);
  for (int64_t i = 0; i < t.numel(); i++) {
    int64_t v = (i * 37 + seed * 11) % 23 - 11;
    char *p = static_cast<char *>(t.data_ptr()) + i * t.element_size();
    if (is_floating(dtype)) {
      double d = static_cast<double>(v) / 7; // rounded to dtype as torch's .to(dt)
      convert_element(&d, ScalarType::Double, p, dtype);
    } else {
      convert_element(&v, ScalarType::Long, p, dtype);
    }
  }
  if (layout == 'T') return transpose(t, -1, -2);
  if (layout == 'S') return slice(t, static_cast<int64_t>(nd) - 1, 0, INT64_MAX, 2);
  if (layout == 'E') return expand(t, IntArrayRef(sizes.data(), nd));
  return t;
}

inline std::vector<Arg> parse_args(const std::string &text) {
  std::vector<Arg> args;
  for (const std::string &a : split(text, ';')) {
    Arg arg;
    arg.kind = a[0];
    std::string v = a.size() > 2 ? a.substr(2) : "";
    if (a == "none")
      arg.kind = 'n';
    else if (arg.kind == 't')
      arg.tensor = make_input(a);
    else if (arg.kind == 'i')
      arg.i = std::stoll(v);
    else if (arg.kind == 'f')
      arg.f = std::strtod(v.c_str(), nullptr);
    else if (arg.kind == 'l')
      for (const std::string &x : split(v, ',')) arg.list.push_back(std::stoll(x));
    else if (arg.kind == 's')
      arg.s = v;
    args.push_back(arg);
  }
  return args;
}

inline std::string repo_root() {
  std::string f = __FILE__;
  const std::string tail = "tests/tensor/linalg_cases.h";
  std::string root = f.substr(0, f.size() - tail.size());
  return root.empty() ? "./" : root;
}

inline std::string expected_path() {
  if (const char *env = std::getenv("UPY_LINALG_EXPECTED")) return env;
  char tmpl[] = "/tmp/upy_linalg_expected_XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return "";
  close(fd);
  std::string cmd =
      "/usr/bin/python3 " + repo_root() + "tests/tensor/gen_linalg_expected.py " + tmpl;
  if (std::system(cmd.c_str()) != 0) {
    std::remove(tmpl);
    return "";
  }
  return tmpl;
}

inline const std::vector<Case> &cases() {
  static std::vector<Case> all = [] {
    std::vector<Case> v;
    std::string path = expected_path();
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      std::vector<std::string> f = split(line, '\t');
      if (f.size() == 4) v.push_back({f[0], f[1], f[2], f[3]});
    }
    if (!std::getenv("UPY_LINALG_EXPECTED")) std::remove(path.c_str());
    return v;
  }();
  return all;
}

inline const char *kind_name(tensor::ErrorKind k) {
  switch (k) {
  case tensor::ErrorKind::RuntimeError: return "RuntimeError";
  case tensor::ErrorKind::TypeError: return "TypeError";
  case tensor::ErrorKind::IndexError: return "IndexError";
  case tensor::ErrorKind::ValueError: return "ValueError";
  case tensor::ErrorKind::MemoryError: return "MemoryError";
  case tensor::ErrorKind::NotImplementedError: return "NotImplementedError";
  default: return "None";
  }
}

inline double tolerance(tensor::ScalarType t) {
  switch (t) {
  case tensor::ScalarType::Float: return 1e-4;
  case tensor::ScalarType::Double: return 1e-10;
  case tensor::ScalarType::BFloat16: return 2e-2;
  default: return 0;
  }
}

inline ::testing::AssertionResult compare(const Case &c, const tensor::Tensor &r) {
  using namespace tensor;
  std::istringstream want(c.expected);
  std::string kind;
  want >> kind;
  if (kind == "E") {
    std::string exc, msg;
    want >> exc;
    std::getline(want, msg);
    if (!msg.empty() && msg[0] == ' ') msg.erase(0, 1);
    if (r) return ::testing::AssertionFailure() << "succeeded, want " << exc << ": " << msg;
    if (exc != kind_name(error().kind) || msg != error().message)
      return ::testing::AssertionFailure() << "got " << kind_name(error().kind) << ": "
                                           << error().message << "\n want " << exc << ": " << msg;
    return ::testing::AssertionSuccess();
  }
  if (!r) return ::testing::AssertionFailure() << "failed: " << error().message;
  std::string dtype;
  int64_t nd;
  want >> dtype >> nd;
  if (dtype != scalar_type_name(r.dtype()))
    return ::testing::AssertionFailure()
           << "dtype " << scalar_type_name(r.dtype()) << ", want " << dtype;
  if (nd != r.dim()) return ::testing::AssertionFailure() << "dim " << r.dim() << ", want " << nd;
  std::vector<int64_t> sizes(nd), strides(nd);
  for (auto &s : sizes) want >> s;
  for (auto &s : strides) want >> s;
  for (int64_t d = 0; d < nd; d++) {
    if (r.size(d) != sizes[d])
      return ::testing::AssertionFailure()
             << "size(" << d << ") " << r.size(d) << ", want " << sizes[d];
    if (r.size(d) > 1 && r.stride(d) != strides[d])
      return ::testing::AssertionFailure()
             << "stride(" << d << ") " << r.stride(d) << ", want " << strides[d];
  }
  int64_t numel;
  want >> numel;
  Tensor flat = contiguous(r);
  double tol = tolerance(r.dtype());
  for (int64_t i = 0; i < numel; i++) {
    std::string w;
    want >> w;
    const void *p = static_cast<const char *>(flat.data_ptr()) + i * flat.element_size();
    if (!is_floating(r.dtype())) {
      if (load_scalar(p, r.dtype()).to_long() != std::stoll(w))
        return ::testing::AssertionFailure()
               << "element " << i << " is " << load_scalar(p, r.dtype()).to_long() << ", want "
               << w;
      continue;
    }
    double got = load_scalar(p, r.dtype()).to_double(), wd = std::strtod(w.c_str(), nullptr);
    bool ok = std::isnan(wd) ? std::isnan(got) : std::fabs(got - wd) <= tol * (1 + std::fabs(wd));
    if (!ok)
      return ::testing::AssertionFailure() << "element " << i << " is " << got << ", want " << wd;
  }
  return ::testing::AssertionSuccess();
}

using Runner = std::function<tensor::Tensor(const std::vector<Arg> &)>;

// Runs every case whose op has a runner; returns how many ran.
inline int run_cases(const std::map<std::string, Runner> &runners) {
  int ran = 0;
  for (const Case &c : cases()) {
    auto it = runners.find(c.op);
    if (it == runners.end()) continue;
    tensor::clear_error();
    tensor::Tensor r = it->second(parse_args(c.args));
    EXPECT_TRUE(compare(c, r)) << c.name << " (" << c.args << ")";
    ran++;
  }
  return ran;
}

} // namespace linalg_test
