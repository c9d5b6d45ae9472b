// Tensor repr against PyTorch 1.13: every case (tensor bytes, view, options,
// expected text) comes from gen_print_expected.py run under /usr/bin/python3.
// UPY_PRINT_EXPECTED names a pre-generated data file; otherwise the script runs here.
#include "tensor/print.h"

#include "tensor_test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using tensor::PrintDType;
using tensor::PrintOptions;

struct Case {
  std::string name;
  PrintDType dtype = PrintDType::float32;
  PrintDType default_dtype = PrintDType::float32;
  bool grad = false;
  std::vector<int64_t> sizes, strides;
  int64_t offset = 0;
  std::vector<std::string> call; // profile precision threshold edgeitems linewidth sci
  PrintOptions opts;             // PRINT_OPTS after the call
  std::vector<uint8_t> data;
  std::string expected;
};

PrintDType dtype_from_name(const std::string &name) {
  for (int i = 0; i < tensor::kPrintDTypeCount; ++i) {
    if ("torch." + name == tensor::print_dtype_name((PrintDType)i)) return (PrintDType)i;
  }
  ADD_FAILURE() << "unknown dtype " << name;
  return PrintDType::float32;
}

size_t dtype_size(PrintDType d) {
  switch (d) {
  case PrintDType::uint8:
  case PrintDType::int8:
  case PrintDType::bool_: return 1;
  case PrintDType::int16:
  case PrintDType::float16:
  case PrintDType::bfloat16: return 2;
  case PrintDType::int32:
  case PrintDType::float32: return 4;
  default: return 8;
  }
}

std::string unhex(const std::string &hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back((char)std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

std::vector<std::string> words(const std::string &s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  tensor_test::GeneratedFile file("gen_print_expected.py", "UPY_PRINT_EXPECTED");
  std::ifstream in(file.path);
  if (!in) return cases;
  Case c;
  for (std::string line; std::getline(in, line);) {
    size_t sp = line.find(' ');
    std::string key = line.substr(0, sp);
    std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);
    std::vector<std::string> w = words(rest);
    if (key == "case") {
      c = Case();
      c.name = rest;
    } else if (key == "dtype") {
      c.dtype = dtype_from_name(w[0]);
      c.default_dtype = dtype_from_name(w[2]);
      c.grad = w[4] == "1";
    } else if (key == "sizes") {
      for (auto &s : w) c.sizes.push_back(std::stoll(s));
    } else if (key == "strides") {
      for (auto &s : w) c.strides.push_back(std::stoll(s));
    } else if (key == "offset") {
      c.offset = std::stoll(rest);
    } else if (key == "call") {
      c.call = w;
    } else if (key == "opts") {
      c.opts.precision = std::stoi(w[0]);
      c.opts.threshold = std::strtod(w[1].c_str(), nullptr);
      c.opts.edgeitems = std::stoi(w[2]);
      c.opts.linewidth = std::stoi(w[3]);
      c.opts.sci_mode = std::stoi(w[4]);
    } else if (key == "data") {
      std::string bytes = unhex(rest);
      c.data.assign(bytes.begin(), bytes.end());
    } else if (key == "expected") {
      c.expected = unhex(rest);
    } else if (key == "end") {
      cases.push_back(c);
    }
  }
  return cases;
}

const std::vector<Case> &all_cases() {
  static const std::vector<Case> cases = load_cases();
  return cases;
}

// torch.set_printoptions(...) applied to the default options, as the binding will do it.
PrintOptions options_after_call(const std::vector<std::string> &call) {
  PrintOptions opts;
  tensor::PrintProfile profile;
  if (call[0] != "-" && tensor::print_profile_from_name(call[0].c_str(), &profile))
    tensor::apply_print_profile(opts, profile);
  if (call[1] != "-") opts.precision = std::stoi(call[1]);
  if (call[2] != "-") opts.threshold = std::strtod(call[2].c_str(), nullptr);
  if (call[3] != "-") opts.edgeitems = std::stoi(call[3]);
  if (call[4] != "-") opts.linewidth = std::stoi(call[4]);
  opts.sci_mode = std::stoi(call[5]);
  return opts;
}

bool append(void *ctx, const char *s, size_t n) {
  static_cast<std::string *>(ctx)->append(s, n);
  return true;
}

std::string repr(const Case &c, const PrintOptions &opts) {
  tensor::PrintView v;
  v.dtype = c.dtype;
  v.default_dtype = c.default_dtype;
  v.requires_grad = c.grad;
  v.ndim = (int)c.sizes.size();
  v.sizes = c.sizes.data();
  v.strides = c.strides.data();
  v.data = c.data.data() + c.offset * dtype_size(c.dtype);
  std::string out;
  tensor::PrintSink sink{&out, append};
  EXPECT_TRUE(tensor::format_tensor(v, opts, sink));
  return out;
}

class PrintCase : public ::testing::TestWithParam<size_t> {};

TEST_P(PrintCase, MatchesPyTorch) {
  const Case &c = all_cases()[GetParam()];
  SCOPED_TRACE(c.name);
  PrintOptions opts = options_after_call(c.call);
  EXPECT_EQ(opts.precision, c.opts.precision);
  EXPECT_EQ(opts.threshold, c.opts.threshold);
  EXPECT_EQ(opts.edgeitems, c.opts.edgeitems);
  EXPECT_EQ(opts.linewidth, c.opts.linewidth);
  EXPECT_EQ(opts.sci_mode, c.opts.sci_mode);
  EXPECT_EQ(repr(c, c.opts), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Reference, PrintCase, ::testing::Range<size_t>(0, all_cases().size()),
                         [](const ::testing::TestParamInfo<size_t> &info) {
                           std::string name = all_cases()[info.param].name;
                           for (char &ch : name)
                             if (!isalnum((unsigned char)ch)) ch = '_';
                           return name + "_" + std::to_string(info.param);
                         });

TEST(Print, HasReferenceCases) { EXPECT_GE(all_cases().size(), 200u); }

TEST(Print, SinkFailureIsReported) {
  ASSERT_FALSE(all_cases().empty());
  const Case &c = all_cases()[0];
  tensor::PrintView v;
  v.dtype = c.dtype;
  v.ndim = (int)c.sizes.size();
  v.sizes = c.sizes.data();
  v.strides = c.strides.data();
  v.data = c.data.data();
  tensor::PrintSink sink{nullptr, [](void *, const char *, size_t) { return false; }};
  EXPECT_FALSE(tensor::format_tensor(v, PrintOptions(), sink));
}

TEST(Print, PrecisionOutOfRangeIsRejected) {
  const int64_t size = 1, stride = 1;
  const float value = 1.5f;
  tensor::PrintView v;
  v.ndim = 1;
  v.sizes = &size;
  v.strides = &stride;
  v.data = &value;
  std::string out;
  tensor::PrintSink sink{&out, append};
  PrintOptions opts;
  opts.precision = tensor::kMaxPrintPrecision + 1;
  EXPECT_FALSE(tensor::format_tensor(v, opts, sink));
}

} // namespace
