// Compares tensor/random against PyTorch 1.13.1 (CPU) bit for bit.
//
// Expected values come from tests/tensor/gen_random_expected.py run under /usr/bin/python3
// with torch: from the file named by $UPY_RANDOM_EXPECTED if set, else the test runs the
// script itself into a temporary file. Every comparison is exact (bit-for-bit for floats):
// PyTorch's CPU results for these ops are deterministic for a given seed.
// The test replays PyTorch's float steps (x * k + mean in trunc_normal, x * mask in
// dropout) one rounding at a time, so the compiler must not fuse them either.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "tensor/random.h"

#include "tensor_test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Case {
  std::string op, dtype, line_head;
  int64_t seed = 0, n = 0;
  std::string p1, p2; // as written (hex float or decimal int)
  std::vector<std::string> values;
  double d1() const { return std::strtod(p1.c_str(), nullptr); }
  double d2() const { return std::strtod(p2.c_str(), nullptr); }
  int64_t i1() const { return std::strtoll(p1.c_str(), nullptr, 10); }
  int64_t i2() const { return std::strtoll(p2.c_str(), nullptr, 10); }
  double value(size_t i) const { return std::strtod(values[i].c_str(), nullptr); }
  int64_t ivalue(size_t i) const { return std::strtoll(values[i].c_str(), nullptr, 10); }
};

const std::vector<Case> &cases() {
  static std::vector<Case> all = [] {
    std::vector<Case> v;
    tensor_test::GeneratedFile file("gen_random_expected.py", "UPY_RANDOM_EXPECTED");
    std::ifstream in(file.path);
    std::string line;
    while (std::getline(in, line)) {
      size_t bar = line.find(" | ");
      if (bar == std::string::npos) bar = line.size();
      Case c;
      c.line_head = line.substr(0, bar);
      std::istringstream head(c.line_head);
      head >> c.op >> c.dtype >> c.seed >> c.n >> c.p1 >> c.p2;
      std::istringstream vals(bar < line.size() ? line.substr(bar + 3) : "");
      for (std::string s; vals >> s;) c.values.push_back(s);
      v.push_back(c);
    }
    return v;
  }();
  return all;
}

tensor::Generator &gen_for(const Case &c) {
  tensor::Generator &g = tensor::default_generator();
  if (c.seed >= 0) g.manual_seed(static_cast<uint64_t>(c.seed));
  return g;
}

// Compares produced doubles bit for bit with the expected values; reports the first miss.
template <typename T>
void expect_same(const Case &c, const std::vector<T> &got, size_t stride = 1, size_t offset = 0) {
  ASSERT_EQ(got.size() * stride + offset, c.values.size()) << c.line_head;
  for (size_t i = 0; i < got.size(); i++) {
    double want = c.value(i * stride + offset);
    double have = static_cast<double>(got[i]);
    bool same =
        std::memcmp(&want, &have, sizeof want) == 0 || (std::isnan(want) && std::isnan(have));
    if (!same) {
      ADD_FAILURE() << c.line_head << ": element " << i << " of " << got.size() << ": got " << have
                    << " (" << std::hexfloat << have << "), want " << want << " (" << want << ")"
                    << std::defaultfloat;
      return;
    }
  }
}

void expect_same_int(const Case &c, const std::vector<int64_t> &got) {
  ASSERT_EQ(got.size(), c.values.size()) << c.line_head;
  for (size_t i = 0; i < got.size(); i++) {
    if (got[i] != c.ivalue(i)) {
      ADD_FAILURE() << c.line_head << ": element " << i << ": got " << got[i] << ", want "
                    << c.ivalue(i);
      return;
    }
  }
}

template <typename T> std::vector<T> run_float_op(const Case &c) {
  tensor::Generator &g = gen_for(c);
  std::vector<T> out(c.n);
  if (c.op == "rand" || c.op == "uniform")
    tensor::uniform_fill(g, out.data(), c.n, c.d1(), c.d2());
  else if (c.op == "randn" || c.op == "normal")
    tensor::normal_fill(g, out.data(), c.n, c.d1(), c.d2());
  else if (c.op == "bernoulli")
    tensor::bernoulli_fill(g, out.data(), c.n, c.d1());
  else if (c.op == "exponential")
    tensor::exponential_fill(g, out.data(), c.n, c.d1());
  else if (c.op == "linear_weight" || c.op == "linear_bias")
    tensor::uniform_fill(g, out.data(), c.n, c.d1(), c.d2());
  else if (c.op == "bernoulli_tensor") {
    tensor::Generator side(static_cast<uint64_t>(c.seed + 1));
    std::vector<T> p(c.n);
    tensor::uniform_fill(side, p.data(), c.n, 0.0, 1.0);
    tensor::bernoulli_fill(g, out.data(), p.data(), c.n);
  } else if (c.op == "dropout") {
    tensor::Generator side(static_cast<uint64_t>(c.seed + 1));
    std::vector<T> x(c.n);
    tensor::uniform_fill(side, x.data(), c.n, -2.0, 2.0);
    tensor::dropout_mask(g, out.data(), c.n, c.d1());
    for (int64_t i = 0; i < c.n; i++) out[i] = x[i] * out[i];
  } else
    ADD_FAILURE() << "unknown op " << c.op;
  return out;
}

void run_float_cases(const std::vector<std::string> &ops) {
  int ran = 0;
  for (const Case &c : cases()) {
    bool mine = false;
    for (const auto &op : ops) mine |= c.op == op;
    if (!mine || (c.seed < 0 && c.op != "linear_bias")) continue; // sequences: see Sequence
    ran++;
    if (c.dtype == "float32")
      expect_same(c, run_float_op<float>(c));
    else
      expect_same(c, run_float_op<double>(c));
  }
  EXPECT_GT(ran, 0) << "no expected data (is /usr/bin/python3 with torch available?)";
}

TEST(Random, Uniform) { run_float_cases({"rand", "uniform"}); }
TEST(Random, Normal) { run_float_cases({"randn", "normal"}); }
TEST(Random, Bernoulli) { run_float_cases({"bernoulli", "bernoulli_tensor"}); }
TEST(Random, Dropout) { run_float_cases({"dropout"}); }
TEST(Random, Exponential) { run_float_cases({"exponential"}); }
TEST(Random, LinearInit) { run_float_cases({"linear_weight", "linear_bias"}); }

TEST(Random, Randint) {
  int ran = 0;
  for (const Case &c : cases()) {
    if (c.op != "randint" || c.seed < 0) continue;
    ran++;
    tensor::Generator &g = gen_for(c);
    std::vector<int64_t> got(c.n);
    if (c.dtype == "int64")
      tensor::random_fill(g, got.data(), c.n, c.i1(), c.i2());
    else if (c.dtype == "int32") {
      std::vector<int32_t> v(c.n);
      tensor::random_fill(g, v.data(), c.n, c.i1(), c.i2());
      got.assign(v.begin(), v.end());
    } else if (c.dtype == "float32") {
      std::vector<float> v(c.n);
      tensor::random_fill(g, v.data(), c.n, c.i1(), c.i2());
      for (int64_t i = 0; i < c.n; i++) got[i] = static_cast<int64_t>(v[i]);
    } else {
      std::vector<double> v(c.n);
      tensor::random_fill(g, v.data(), c.n, c.i1(), c.i2());
      for (int64_t i = 0; i < c.n; i++) got[i] = static_cast<int64_t>(v[i]);
    }
    expect_same_int(c, got);
  }
  EXPECT_GT(ran, 0);
}

TEST(Random, Randperm) {
  int ran = 0;
  for (const Case &c : cases()) {
    if (c.op != "randperm") continue;
    ran++;
    std::vector<int64_t> got(c.n);
    tensor::randperm(gen_for(c), got.data(), c.n);
    expect_same_int(c, got);
  }
  EXPECT_GT(ran, 0);
}

// nn.init.trunc_normal_: uniform_(2l-1, 2u-1), erfinv_, mul_(std*sqrt(2)), add_(mean),
// clamp_(a, b), each in float32 with the Python scalar rounded to float.
TEST(Random, TruncNormal) {
  int ran = 0;
  for (const Case &c : cases()) {
    if (c.op != "trunc_normal") continue;
    ran++;
    double mean = c.value(0), std = c.value(1), a = c.value(2), b = c.value(3);
    std::vector<float> t(c.n);
    tensor::uniform_fill(gen_for(c), t.data(), c.n, c.d1(), c.d2());
    for (float &v : t) {
      v = tensor::erfinv(v);
      v = v * static_cast<float>(std * std::sqrt(2.0));
      v = v + static_cast<float>(mean);
      v = std::fmin(std::fmax(v, static_cast<float>(a)), static_cast<float>(b));
    }
    expect_same(c, t, 1, 4);
  }
  EXPECT_GT(ran, 0);
}

TEST(Random, Erfinv) {
  int ran = 0;
  for (const Case &c : cases()) {
    if (c.op != "erfinv") continue;
    ran++;
    int misses = 0;
    for (int64_t i = 0; i < c.n; i++) {
      double x = c.value(2 * i), want = c.value(2 * i + 1);
      double have =
          c.dtype == "float32" ? tensor::erfinv(static_cast<float>(x)) : tensor::erfinv(x);
      bool same =
          std::memcmp(&want, &have, sizeof want) == 0 || (std::isnan(want) && std::isnan(have));
      if (!same && misses++ < 5)
        ADD_FAILURE() << c.dtype << " erfinv(" << std::hexfloat << x << ") = " << have << ", want "
                      << want;
    }
    EXPECT_EQ(misses, 0) << c.dtype;
  }
  EXPECT_GT(ran, 0);
}

// One seed, many draws in a row: state continuity, the normal cache, get_state.
TEST(Random, Sequence) {
  int ran = 0;
  for (const Case &c : cases()) {
    if (c.seed >= 0 && !(c.op == "randn" && c.dtype == "float64" && c.n == 1)) continue;
    if (c.op == "linear_bias") continue; // driven by LinearInit
    ran++;
    tensor::Generator &g = gen_for(c);
    if (c.op == "state") {
      std::vector<uint8_t> st(tensor::Generator::kStateBytes);
      g.get_state(st.data());
      std::vector<int64_t> got(st.begin(), st.end());
      expect_same_int(c, got);
      tensor::Generator copy;
      EXPECT_TRUE(copy.set_state(st.data(), st.size()));
      EXPECT_EQ(copy.random64(), tensor::Generator(g).random64());
    } else if (c.op == "initial_seed") {
      expect_same_int(c, {static_cast<int64_t>(g.initial_seed())});
    } else if (c.op == "randint") {
      std::vector<int64_t> got(c.n);
      tensor::random_fill(g, got.data(), c.n, c.i1(), c.i2());
      expect_same_int(c, got);
    } else if (c.dtype == "float32")
      expect_same(c, run_float_op<float>(c));
    else
      expect_same(c, run_float_op<double>(c));
  }
  EXPECT_GT(ran, 0);
}

} // namespace
