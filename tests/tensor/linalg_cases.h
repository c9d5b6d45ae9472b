// Shared by test_linalg.cpp and test_conv.cpp: replays the cases that
// gen_linalg_expected.py (PyTorch 1.13.1) wrote, one per line, and compares.
//
// The data file is $UPY_LINALG_EXPECTED if set, else the test runs the script
// with /usr/bin/python3 into a temporary file.
//
// Tolerance (summation order differs from PyTorch's BLAS):
//   |got - want| <= tol * (1 + |want|), tol = 1e-4 float32, 1e-10 float64,
//   2e-2 bfloat16; float16 and integers exact.
#pragma once

#include "tensor_test_util.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
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

inline const std::vector<Case> &cases() {
  static std::vector<Case> all = [] {
    std::vector<Case> v;
    tensor_test::GeneratedFile file("gen_linalg_expected.py", "UPY_LINALG_EXPECTED");
    std::ifstream in(file.path);
    if (!in) ADD_FAILURE() << "cannot read expected results from '" << file.path << "'";
    std::string line;
    while (std::getline(in, line)) {
      std::vector<std::string> f = split(line, '\t');
      if (f.size() == 4) v.push_back({f[0], f[1], f[2], f[3]});
    }
    return v;
  }();
  return all;
}

// PyTorch's strides of size-1 dims follow its BLAS path: not compared.
constexpr tensor_test::Tolerance kTolerance = {0, 2e-2, 1e-4, 1e-10, false};

using Runner = std::function<tensor::Tensor(const std::vector<Arg> &)>;

// Runs every case whose op has a runner; returns how many ran.
inline int run_cases(const std::map<std::string, Runner> &runners) {
  int ran = 0;
  for (const Case &c : cases()) {
    auto it = runners.find(c.op);
    if (it == runners.end()) continue;
    tensor::clear_error();
    tensor::Tensor r = it->second(parse_args(c.args));
    EXPECT_TRUE(
        tensor_test::compare(tensor_test::parse_record(c.expected), r.defined(), r, kTolerance))
        << c.name << " (" << c.args << ")";
    ran++;
  }
  return ran;
}

} // namespace linalg_test
