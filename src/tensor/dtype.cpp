// dtypes: names, sizes, categories, 16-bit float formats and element
// conversion. Every table here is derived from TENSOR_FORALL_SCALAR_TYPES.
#include "tensor/dispatch.h"

#include <cstring>

namespace tensor {

static const char *const short_names[] = {
#define TENSOR_SHORT_NAME(ctype, name, dtype) #name,
    TENSOR_FORALL_SCALAR_TYPES(TENSOR_SHORT_NAME)
#undef TENSOR_SHORT_NAME
};
static_assert(sizeof short_names / sizeof *short_names == kNumScalarTypes, "one name per type");

static const char *const dtype_names[] = {
#define TENSOR_DTYPE_NAME(ctype, name, dtype) "torch." #dtype,
    TENSOR_FORALL_SCALAR_TYPES(TENSOR_DTYPE_NAME)
#undef TENSOR_DTYPE_NAME
};
static_assert(sizeof dtype_names / sizeof *dtype_names == kNumScalarTypes, "one name per type");

const char *scalar_type_name(ScalarType t) {
  return t == ScalarType::Undefined ? "Undefined" : short_names[static_cast<int>(t)];
}

const char *dtype_name(ScalarType t) {
  return t == ScalarType::Undefined ? "torch.undefined" : dtype_names[static_cast<int>(t)];
}

static ScalarType the_default_dtype = ScalarType::Float;

ScalarType default_dtype() { return the_default_dtype; }

bool set_default_dtype(ScalarType t) {
  if (t != ScalarType::Float && t != ScalarType::Double)
    return fail(ErrorKind::TypeError,
                "only floating-point types are supported as the default type");
  the_default_dtype = t;
  return true;
}

// ---------------------------------------------------------------------------
// 16-bit floats (round to nearest even, as PyTorch's c10::Half and BFloat16).

static uint32_t float_bits(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}

static float bits_float(uint32_t u) {
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

static uint16_t half_from_float(float f) {
  uint32_t x = float_bits(f);
  uint16_t sign = static_cast<uint16_t>((x >> 16) & 0x8000);
  uint32_t mag = x & 0x7fffffffu;
  if (mag > 0x7f800000u) return sign | 0x7e00;  // NaN stays a quiet NaN
  if (mag >= 0x477ff000u) return sign | 0x7c00; // rounds beyond 65504: infinity
  if (mag < 0x38800000u) {                      // below 2^-14: half subnormal
    // Adding 0.5 aligns the half subnormal's bits at the bottom of the float's
    // mantissa; the FPU rounds to nearest even for us.
    float shifted = bits_float(mag) + 0.5f;
    return sign | static_cast<uint16_t>(float_bits(shifted) - 0x3f000000u);
  }
  uint32_t odd = (mag >> 13) & 1;
  mag += (static_cast<uint32_t>(15 - 127) << 23) + 0xfffu + odd; // rebias and round
  return sign | static_cast<uint16_t>(mag >> 13);
}

static float half_to_float(uint16_t h) {
  uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
  uint32_t exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  if (exp == 0) {
    float v = static_cast<float>(mant) * (1.0f / 16777216.0f); // mant * 2^-24
    return sign ? -v : v;
  }
  if (exp == 31) return bits_float(sign | 0x7f800000u | (mant << 13));
  return bits_float(sign | ((exp + 112) << 23) | (mant << 13));
}

Half::Half(float f) : bits(half_from_float(f)) {}
Half::operator float() const { return half_to_float(bits); }

BFloat16::BFloat16(float f) {
  uint32_t x = float_bits(f);
  if ((x & 0x7fffffffu) > 0x7f800000u) {
    bits = 0x7fc0;
    return;
  }
  bits = static_cast<uint16_t>((x + 0x7fffu + ((x >> 16) & 1)) >> 16);
}
BFloat16::operator float() const { return bits_float(static_cast<uint32_t>(bits) << 16); }

// ---------------------------------------------------------------------------
// Scalars and element conversion

double Scalar::to_double() const {
  switch (kind) {
  case Kind::Bool: return b ? 1.0 : 0.0;
  case Kind::Int: return static_cast<double>(i);
  case Kind::Double: return d;
  }
  return 0;
}

int64_t Scalar::to_long() const {
  switch (kind) {
  case Kind::Bool: return b ? 1 : 0;
  case Kind::Int: return i;
  case Kind::Double: return static_cast<int64_t>(d);
  }
  return 0;
}

void convert_element(const void *src, ScalarType src_type, void *dst, ScalarType dst_type) {
  dispatch_storage(src_type, [&](auto s) {
    using S = decltype(s);
    dispatch_storage(dst_type, [&](auto d) {
      using D = decltype(d);
      *static_cast<D *>(dst) = load_as<D, S>(src);
    });
  });
}

Scalar load_scalar(const void *p, ScalarType t) {
  if (t == ScalarType::Bool) return Scalar(*static_cast<const bool *>(p));
  if (is_floating(t))
    return Scalar(dispatch_storage(t, [&](auto tag) { return load_as<double, decltype(tag)>(p); }));
  return Scalar(dispatch_storage(t, [&](auto tag) { return load_as<int64_t, decltype(tag)>(p); }));
}

// Ints are stored exactly (no trip through double, which would round int64).
void store_scalar(void *p, ScalarType t, Scalar v) {
  dispatch_storage(t, [&](auto tag) {
    using T = decltype(tag);
    switch (v.kind) {
    case Scalar::Kind::Bool: *static_cast<T *>(p) = cast_to<T>(v.b); break;
    case Scalar::Kind::Int: *static_cast<T *>(p) = cast_to<T>(v.i); break;
    case Scalar::Kind::Double: *static_cast<T *>(p) = cast_to<T>(v.d); break;
    }
  });
}

} // namespace tensor
