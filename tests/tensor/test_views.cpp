// Views share storage; sizes, strides, offsets and errors match PyTorch.
#include "tensor_test_util.h"

#include <climits>

using namespace tensor;
using tensor_test::inp;
using tensor_test::matches;

static Tensor a() { return inp("s234", ScalarType::Float); }
static Tensor f(const char *key) { return inp(key, ScalarType::Float); }

TEST(Views, View) {
  EXPECT_TRUE(matches("view_6_4", view(a(), {6, 4})));
  EXPECT_TRUE(matches("view_neg1", view(a(), {-1, 2})));
  EXPECT_TRUE(matches("view_two_neg1", view(a(), {-1, -1})));
  EXPECT_TRUE(matches("view_bad_numel", view(a(), {5, -1})));
  EXPECT_TRUE(matches("view_bad_dim", view(a(), {-2, 12})));
  EXPECT_TRUE(matches("view_empty_ambiguous", view(f("s03"), {0, -1})));
  EXPECT_TRUE(matches("view_empty", view(f("s03"), {3, 0, 2})));
  EXPECT_TRUE(matches("view_0d_11", view(f("s0d"), {1, 1})));
  EXPECT_TRUE(matches("view_0d_empty_shape", view(f("s0d"), {})));
  EXPECT_TRUE(matches("view_noncontig_ok", view(transpose(a(), 0, 1), {3, 2, 2, 2})));
  EXPECT_TRUE(matches("view_noncontig_bad", view(transpose(a(), 1, 2), {24})));
  EXPECT_TRUE(matches("view_permuted_split", view(permute(a(), {2, 0, 1}), {2, 2, 6})));
}

TEST(Views, Reshape) {
  Tensor base = a();
  Tensor r = reshape(transpose(base, 0, 1), {3, 2, 2, 2});
  EXPECT_EQ(r.storage(), base.storage());
  EXPECT_TRUE(matches("reshape_view", r));
  Tensor c = reshape(transpose(base, 1, 2), {24});
  EXPECT_NE(c.storage(), base.storage());
  EXPECT_TRUE(matches("reshape_copy", c));
  EXPECT_TRUE(matches("reshape_expanded", reshape(expand(f("s3"), {2, 3}), {6})));
  EXPECT_TRUE(matches("flatten_all", flatten(a())));
  EXPECT_TRUE(matches("flatten_12", flatten(a(), 1, 2)));
  EXPECT_TRUE(matches("flatten_0d", flatten(f("s0d"))));
  EXPECT_TRUE(matches("flatten_bad", flatten(a(), 2, 1)));
  EXPECT_TRUE(matches("flatten_t", flatten(transpose(a(), 0, 2), 0, 1)));
}

TEST(Views, Reorder) {
  EXPECT_TRUE(matches("permute_201", permute(a(), {2, 0, 1})));
  EXPECT_TRUE(matches("permute_neg", permute(a(), {-1, 0, 1})));
  EXPECT_TRUE(matches("permute_len", permute(a(), {0, 1})));
  EXPECT_TRUE(matches("permute_dup", permute(a(), {0, 0, 1})));
  EXPECT_TRUE(matches("transpose_02", transpose(a(), 0, 2)));
  EXPECT_TRUE(matches("transpose_range", transpose(a(), 0, 3)));
  EXPECT_TRUE(matches("transpose_0d", transpose(f("s0d"), 0, -1)));
  EXPECT_TRUE(matches("t_2d", t(f("s23"))));
  EXPECT_TRUE(matches("t_1d", t(f("s3"))));
  EXPECT_TRUE(matches("t_3d", t(a())));
}

TEST(Views, Indexing) {
  EXPECT_TRUE(matches("select_1_2", select(a(), 1, 2)));
  EXPECT_TRUE(matches("select_neg", select(a(), -1, -1)));
  EXPECT_TRUE(matches("select_range", select(a(), 0, 2)));
  EXPECT_TRUE(matches("select_0d", select(f("s0d"), 0, 0)));
  EXPECT_TRUE(matches("narrow_2_1_2", narrow(a(), 2, 1, 2)));
  EXPECT_TRUE(matches("narrow_end", narrow(a(), 2, 4, 0)));
  EXPECT_TRUE(matches("narrow_neg_start", narrow(a(), 2, -3, 2)));
  EXPECT_TRUE(matches("narrow_start_range", narrow(a(), 1, 4, 0)));
  EXPECT_TRUE(matches("narrow_length", narrow(a(), 1, 1, 5)));
  EXPECT_TRUE(matches("narrow_0d", narrow(f("s0d"), 0, 0, 1)));
  EXPECT_TRUE(matches("slice_step2", slice(a(), 2, 1, INT64_MAX, 2)));
  EXPECT_TRUE(matches("slice_neg", slice(a(), 1, -2, INT64_MAX)));
  EXPECT_TRUE(matches("slice_clamp", slice(a(), 1, 1, 100, 2)));
  EXPECT_TRUE(matches("slice_empty", slice(a(), 1, 2, 1)));
  EXPECT_TRUE(matches("slice_dim0", slice(a(), 0, 1, INT64_MAX)));
  EXPECT_TRUE(matches("diagonal_0", diagonal(a())));
  EXPECT_TRUE(matches("diagonal_off1_12", diagonal(a(), 1, 1, 2)));
  EXPECT_TRUE(matches("diagonal_neg_off", diagonal(a(), -1, 2, 1)));
  EXPECT_TRUE(matches("diagonal_out_of_range", diagonal(a(), 7, 1, 2)));
  EXPECT_TRUE(matches("diagonal_same", diagonal(a(), 0, 1, 1)));
  EXPECT_TRUE(matches("unfold_2_2_1", unfold(a(), 2, 2, 1)));
  EXPECT_TRUE(matches("unfold_2_3_2", unfold(a(), 2, 3, 2)));
  EXPECT_TRUE(matches("unfold_0d", unfold(f("s0d"), 0, 1, 1)));
  EXPECT_TRUE(matches("unfold_too_big", unfold(a(), 1, 4, 1)));
  EXPECT_TRUE(matches("unfold_step0", unfold(a(), 1, 2, 0)));
  EXPECT_TRUE(matches("dim_wrap_msg", select(a(), 3, 0)));
}

TEST(Views, SqueezeExpand) {
  Tensor z = zeros({1, 3, 1, 2}, ScalarType::Float);
  EXPECT_TRUE(matches("squeeze_all", squeeze(z)));
  EXPECT_TRUE(matches("squeeze_dim", squeeze(z, 2)));
  EXPECT_TRUE(matches("squeeze_dim_not1", squeeze(z, 1)));
  EXPECT_TRUE(matches("squeeze_0d", squeeze(f("s0d"), 0)));
  EXPECT_TRUE(matches("unsqueeze_0", unsqueeze(a(), 0)));
  EXPECT_TRUE(matches("unsqueeze_end", unsqueeze(a(), -1)));
  EXPECT_TRUE(matches("unsqueeze_mid_view", unsqueeze(select(a(), 1, 1), 1)));
  EXPECT_TRUE(matches("unsqueeze_range", unsqueeze(a(), 4)));
  EXPECT_TRUE(matches("expand_lead", expand(f("s3"), {2, 3})));
  EXPECT_TRUE(matches("expand_keep", expand(f("s21"), {-1, 4})));
  EXPECT_TRUE(matches("expand_lead_one", expand(f("s3"), {1, 2, 3})));
  EXPECT_TRUE(matches("expand_0d", expand(f("s0d"), {2, 2})));
  EXPECT_TRUE(matches("expand_fewer", expand(a(), {3})));
  EXPECT_TRUE(matches("expand_mismatch", expand(f("s23"), {2, 4})));
  EXPECT_TRUE(matches("expand_lead_neg", expand(f("s3"), {-1, 3})));
  EXPECT_TRUE(matches("expand_bool_msg", expand(inp("s23", ScalarType::Bool), {3})));
}

TEST(Views, AsStrided) {
  EXPECT_TRUE(matches("as_strided_ok", as_strided(a(), {3, 3}, {4, 1}, 2)));
  EXPECT_TRUE(matches("as_strided_bounds", as_strided(a(), {5, 5}, {5, 1})));
  EXPECT_TRUE(matches("as_strided_neg", as_strided(a(), {2}, {-1})));
  EXPECT_TRUE(matches("as_strided_view_offset", as_strided(select(a(), 0, 1), {2, 2}, {1, 2})));
}

TEST(Views, WritesThrough) {
  Tensor base = a();
  Tensor v = narrow(transpose(base, 0, 2), 0, 1, 2); // [2, 3, 2] view
  ASSERT_TRUE(fill_(v, 5));
  EXPECT_EQ(get(base, {1, 2, 1}).to_double(), 5.0);
  EXPECT_EQ(get(base, {1, 2, 3}).to_double(), get(a(), {1, 2, 3}).to_double());
  EXPECT_EQ(v.storage(), base.storage());
}
