// Frozen bytecode (src/py/marshal.cpp): code objects survive py_code_dump /
// py_code_load unchanged, run the same as freshly compiled code, and damaged
// bytes fail with ValueError instead of crashing.
#include <gtest/gtest.h>

#include <string>

#include "py/compile.h"
#include "py/containers.h"
#include "py/strobj.h"
#include "py/vm.h"

extern const FrozenModuleDef py_frozen_modules[] = {
    {nullptr, nullptr, false, false, 0, nullptr, 0}};

namespace {

// Every kind of constant and code object the format stores.
const char kSource[] = R"PY(
import sys
ints = (0, 1, -1, 2**62, -2**63, 2**64 + 1, -(10**30), 255)
floats = (0.5, -0.0, 1e300, float('inf') if False else 1.5, 2.5e-310)
texts = ('', 'abc', 'h\u00e9llo \u2603', 'x' * 300, b'\x00\xffbytes')
nested = ((1, (2, (3, ('deep',)))), None, True, False, ...)
def outer(a, b=2, *args, c, d=4, **kw):
    x = a + b
    def inner(y):
        nonlocal x
        x += y
        return x
    return inner(c) + d + len(args) + len(kw)
class K:
    attr = 'k'
    def method(self, v):
        return [i * v for i in range(3) if i in {0, 2}]
def gen(n):
    yield from range(n)
    return 'done'
square = lambda v: v * v
result = (outer(1, c=3), K().method(2), list(gen(3)), square(9), sum(ints[:3]))
lines = outer.__code__.co_firstlineno
)PY";

struct Runtime : ::testing::Test {
  static void SetUpTestSuite() { ASSERT_EQ(py_init(0, nullptr), 0); }
  static void TearDownTestSuite() { py_deinit(); }
  void TearDown() override { py_err_clear(); }

  static Ref compile(const char *src) {
    Ref filename = py_str_from_cstr("<test>");
    Ref code = py_compile(src, strlen(src), filename, COMPILE_EXEC, nullptr);
    py_decref(filename);
    return code;
  }
  static std::string dump(Ref code, bool packed = false) {
    StrBuf b;
    py_strbuf_init(&b);
    EXPECT_EQ(py_code_dump(code, &b, packed), 0);
    std::string s(b.data, b.len);
    py_strbuf_free(&b);
    return s;
  }
  // repr() of the module's `result` after running code.
  static std::string run(Ref code) {
    Ref g = py_dict_new();
    py_dict_set_str(g, "__builtins__", py_vm.builtins);
    py_dict_set_str(g, "__name__", py_str_from_cstr("m"));
    Ref r = py_eval_code(code, g, g);
    EXPECT_NE(r, nullptr);
    py_xdecref(r);
    std::string out;
    for (const char *name : {"result", "ints", "floats", "texts", "nested", "lines"}) {
      Ref v = py_dict_get_str(g, name);
      Ref rep = v ? py_repr(v) : nullptr;
      out += rep ? std::string(py_str_data(rep), py_str_len(rep)) : "<missing>";
      out += "\n";
      py_xdecref(rep);
    }
    py_decref(g);
    return out;
  }
};

TEST_F(Runtime, RoundTripRunsTheSame) {
  Ref code = compile(kSource);
  ASSERT_NE(code, nullptr);
  std::string expected = run(code);
  EXPECT_EQ(expected.find("<missing>"), std::string::npos) << expected; // the module ran
  // In place and packed instructions; copied and borrowed loads (the borrowed
  // one needs 4-aligned bytes).
  for (bool packed : {false, true}) {
    std::string bytes = dump(code, packed);
    for (bool borrow : {false, true}) {
      alignas(8) static unsigned char buf[1 << 16];
      ASSERT_LT(bytes.size(), sizeof buf);
      memcpy(buf, bytes.data(), bytes.size());
      Ref loaded = py_code_load(buf, bytes.size(), borrow);
      ASSERT_NE(loaded, nullptr);
      EXPECT_EQ(run(loaded), expected);
      EXPECT_EQ(dump(loaded, packed), bytes); // a fixed point: nothing lost or reordered
      py_decref(loaded);
    }
  }
  py_decref(code);
}

// The compressed form (Note [Compressed frozen modules]) with a plain code:
// every literal/length symbol 9 bits long, every distance symbol 5 (canonical,
// so a symbol's code is its number).
struct Compressed {
  std::string bytes;
  size_t nbits = 0;
  void put(unsigned v, int n, bool msb_first) {
    for (int i = 0; i < n; i++, nbits++) {
      if (nbits % 8 == 0) bytes += '\0';
      unsigned bit = v >> (msb_first ? n - 1 - i : i) & 1;
      bytes.back() = (char)(bytes.back() | bit << nbits % 8);
    }
  }
  void slot(size_t v, int code_bits, unsigned base) {
    if (v < 4) return put(base + (unsigned)v, code_bits, true);
    int b = 63 - __builtin_clzll(v);
    put(base + 2 * b + (v >> (b - 1) & 1), code_bits, true);
    put((unsigned)(v & ((1u << (b - 1)) - 1)), b - 1, false);
  }
  void literals(const std::string &s) {
    for (unsigned char c : s) put(c, 9, true);
  }
  void match(size_t len, size_t dist) {
    slot(len - 3, 9, 256);
    slot(dist - 1, 5, 0);
  }
};

static std::string plain_code_lens() { return std::string(288, 9) + std::string(32, 5); }

TEST_F(Runtime, CompressedLoadsTheSame) {
  Ref code = compile(kSource);
  ASSERT_NE(code, nullptr);
  std::string expected = run(code), bytes = dump(code, true), lens = plain_code_lens();
  const uint8_t *ulens = (const uint8_t *)lens.data();
  py_decref(code);
  // The first 3 bytes that repeat earlier ones become a match.
  size_t at = 1, from = std::string::npos;
  for (; at + 3 <= bytes.size(); at++)
    if ((from = bytes.find(bytes.substr(at, 3))) < at) break;
  ASSERT_LT(from, at);
  Compressed z;
  z.literals(bytes.substr(0, at));
  z.match(3, at - from);
  z.literals(bytes.substr(at + 3));
  Ref loaded =
      py_code_load_lz((const uint8_t *)z.bytes.data(), z.bytes.size(), bytes.size(), ulens);
  ASSERT_NE(loaded, nullptr);
  EXPECT_EQ(run(loaded), expected);
  EXPECT_EQ(dump(loaded, true), bytes);
  py_decref(loaded);
  for (size_t n = 0; n < z.bytes.size(); n++) { // truncated: a clean error
    EXPECT_EQ(py_code_load_lz((const uint8_t *)z.bytes.data(), n, bytes.size(), ulens), nullptr);
    EXPECT_TRUE(py_err_occurred());
    py_err_clear();
  }
  Compressed far; // reaches before the start
  far.literals("C");
  far.match(3, 2);
  EXPECT_EQ(py_code_load_lz((const uint8_t *)far.bytes.data(), far.bytes.size(), 4, ulens),
            nullptr);
  EXPECT_TRUE(py_err_occurred());
  py_err_clear();
}

TEST_F(Runtime, LineNumbersSurvive) {
  Ref code = compile("x = 1\n\n\ny = (1,\n     2)\ndef f():\n    pass\n    return 3\n");
  ASSERT_NE(code, nullptr);
  std::string bytes = dump(code);
  Ref loaded = py_code_load((const uint8_t *)bytes.data(), bytes.size(), false);
  ASSERT_NE(loaded, nullptr);
  CodeObj *a = (CodeObj *)code, *b = (CodeObj *)loaded;
  ASSERT_EQ(a->ncode, b->ncode);
  for (uint32_t i = 0; i < a->ncode; i++) EXPECT_EQ(py_code_line(a, i), py_code_line(b, i));
  EXPECT_EQ(py_code_line(b, 0), 1u);
  py_decref(loaded);
  py_decref(code);
}

#if UPY_ENABLE_COMPLEX
TEST_F(Runtime, ComplexConstantsSurvive) {
  Ref code = compile("result = (1j, -0j, 0j, 2.5e300 - 1e-310j, 1j, -(1 + 2J), 1e400j)\n");
  ASSERT_NE(code, nullptr);
  std::string expected = run(code);
  EXPECT_NE(expected.find("(1j, (-0-0j), 0j, "), std::string::npos) << expected;
  for (bool packed : {false, true}) {
    std::string bytes = dump(code, packed);
    Ref loaded = py_code_load((const uint8_t *)bytes.data(), bytes.size(), false);
    ASSERT_NE(loaded, nullptr);
    EXPECT_EQ(run(loaded), expected);
    EXPECT_EQ(dump(loaded, packed), bytes);
    py_decref(loaded);
    for (size_t n = 0; n < bytes.size(); n++) { // truncated inside a complex too
      EXPECT_EQ(py_code_load((const uint8_t *)bytes.data(), n, false), nullptr);
      py_err_clear();
    }
  }
  py_decref(code);
}
#endif

class Damaged : public Runtime, public ::testing::WithParamInterface<bool> {};

TEST_P(Damaged, BytesFailCleanly) {
  Ref code = compile(kSource);
  ASSERT_NE(code, nullptr);
  std::string bytes = dump(code, GetParam());
  py_decref(code);
  // Every truncation: a clean ValueError (the data is never read past its end).
  for (size_t n = 0; n < bytes.size(); n++) {
    std::string cut = bytes.substr(0, n);
    Ref r = py_code_load((const uint8_t *)cut.data(), cut.size(), false);
    EXPECT_EQ(r, nullptr) << "truncated to " << n;
    EXPECT_TRUE(py_err_occurred());
    py_err_clear();
  }
  // Flipped bytes: loads or fails, never crashes (instructions are not
  // validated; frozen code comes from our own build, so it is not run here).
  for (size_t i = 0; i < bytes.size(); i += 3) {
    std::string bad = bytes;
    bad[i] = (char)(bad[i] ^ (0x41 + i % 7));
    Ref r = py_code_load((const uint8_t *)bad.data(), bad.size(), false);
    if (r)
      py_decref(r);
    else
      EXPECT_TRUE(py_err_occurred());
    py_err_clear();
  }
  // Misaligned data cannot be borrowed in place.
  if (GetParam()) return;
  std::string shifted = " " + bytes;
  EXPECT_EQ(py_code_load((const uint8_t *)shifted.data() + 1, bytes.size(), true), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Frozen, Damaged, ::testing::Bool());

} // namespace
