import torch

x = torch.arange(20.).view(1, 2, 10) / 10
w = torch.arange(12.).view(3, 2, 2) / 7 - 0.5
bias = torch.tensor([0.5, -1., 2.])
print(torch.conv1d(x, w), torch.conv1d(x, w, bias), torch.conv1d(x, w, bias, 2), torch.conv1d(x, w, None, 1, 1, 2))
print(torch.conv1d(x, w, stride=3, padding=2, dilation=1), torch.conv1d(x[0], w), torch.conv1d(x, w, padding="same"), torch.conv1d(x, w, bias, padding="valid"))
print(torch.conv1d(x, torch.ones(4, 1, 3), groups=2), torch.conv1d(x, w, bias, (2,), (1,), (1,), 1))
xi = torch.arange(2 * 3 * 5 * 5.).view(2, 3, 5, 5) / 50
wi = torch.arange(4 * 3 * 3 * 3.).view(4, 3, 3, 3) / 100 - 0.5
print(torch.conv2d(xi, wi), torch.conv2d(xi, wi, torch.ones(4), 2, 1), torch.conv2d(xi, wi, stride=(1, 2), padding=(2, 0), dilation=(1, 2)).shape)
print(torch.conv2d(xi, wi, padding="same"), torch.conv2d(xi[0], wi, padding="valid"), torch.conv2d(xi, torch.ones(6, 1, 2, 2), groups=3).shape)
print(torch.conv2d(xi.double(), wi.double()).dtype, torch.conv2d(torch.ones(1, 1, 3, 3, dtype=torch.long), torch.ones(1, 1, 2, 2, dtype=torch.long)))
wt = torch.arange(3 * 2 * 3 * 3.).view(3, 2, 3, 3) / 20
xt = torch.arange(3 * 4 * 4.).view(1, 3, 4, 4) / 10
print(torch.conv_transpose2d(xt, wt), torch.conv_transpose2d(xt, wt, torch.tensor([1., -1.]), 2, 1, 1), torch.conv_transpose2d(xt, wt, stride=2, dilation=2).shape)
print(torch.conv_transpose2d(xt[0], wt, padding=(1, 0), output_padding=0, groups=1), torch.conv_transpose2d(xt, torch.ones(3, 1, 2, 2), groups=3).shape)
for expr in ["torch.conv1d(x, w, padding='foo')", "torch.conv1d(x, w[0])", "torch.conv1d(x, torch.ones(3, 3, 2))", "torch.conv2d(xi, wi, stride=0)",
             "torch.conv2d(xi, wi, padding='same', stride=2)", "torch.conv1d(x)", "torch.conv1d(x, w, 'a', 1)", "torch.conv2d(xi, wi, groups=2)",
             "torch.conv_transpose2d(xt, wt, stride=(1, 2, 3))", "torch.conv2d(xi, wi, padding=-1)", "torch.conv1d(x.double(), w)",
             # padding='same': stride / dilation lengths and rank, checked before the usual conv checks
             "torch.conv2d(xi, wi, padding='same', stride=(1, 1, 1))", "torch.conv2d(xi, wi, None, [], 'same')",
             "torch.conv2d(xi, wi, None, [2], 'same', [1, 1, 1])", "torch.conv2d(xi, wi, None, [2, 1], 'same')",
             "torch.conv2d(xi, wi[0], padding='same')", "torch.conv2d(xi, wi, None, [1] * 3, 'same', 1, 0)",
             "torch.conv1d(x, w, None, [1, 1], 'same')", "torch.conv1d(x, w, None, 1, 'same', [1, 1])",
             "torch.conv2d(xi, wi, None, [1] * 3, 'valid')", "torch.conv2d(xi, wi, None, [], 'valid', [2] * 3)"]:
    try:
        print(expr, eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
