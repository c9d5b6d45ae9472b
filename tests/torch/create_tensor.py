import torch

def e(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)

for data in [1, 2.5, True, [1, 2, 3], [1.5, 2], [True, False], [[1, 2], [3, 4]],
             (1, 2.0, True), [True, 2], [], [[]], [[], []], [[[1], [2]], [[3], [4]]],
             range(4), [torch.tensor(1), torch.tensor(2.5)], -0.0, 1e-5, 123456789.0]:
    t = torch.tensor(data)
    print(t, t.dtype, t.shape)

print(torch.tensor([1, 2], dtype=torch.float64))
print(torch.tensor([1.7, -2.7], dtype=torch.int32))
print(torch.tensor([1, 0, 2], dtype=torch.bool))
print(torch.tensor([1, 2], dtype=torch.uint8))
print(torch.tensor([1, 2], dtype=float), torch.tensor([1.5], dtype=int), torch.tensor([2], dtype=bool))
print(torch.tensor([1., 2.], requires_grad=True))
print(torch.tensor(3, device="cpu"), torch.tensor(3, device=torch.device("cpu")))
e(lambda: torch.tensor([[1, 2], [3]]))
e(lambda: torch.tensor([[1], []]))
e(lambda: torch.tensor(["a"]))
e(lambda: torch.tensor("a"))
e(lambda: torch.tensor([1, "a"]))
e(lambda: torch.tensor([None]))
e(lambda: torch.tensor(object()))
e(lambda: torch.tensor(2 ** 70))
e(lambda: torch.tensor([300], dtype=torch.uint8))
e(lambda: torch.tensor([[1, 2], 3]))
e(lambda: torch.tensor([1.0, [2]]))
e(lambda: torch.tensor([1, 2], requires_grad=True))
e(lambda: torch.tensor([1.0], device="cuda"))

a = torch.tensor([1, 2, 3])
print(torch.as_tensor(a) is a, torch.as_tensor(a, dtype=torch.int64) is a)
print(torch.as_tensor(a, dtype=torch.float32))
print(torch.as_tensor([1, 2]), torch.as_tensor((1.5,), dtype=torch.float64))
b = torch.tensor(a)
b[0] = 9
print(a, b)

print(torch.Tensor(), torch.Tensor([1, 2]), torch.Tensor(2, 3).shape, torch.Tensor(2, 3).dtype)
print(torch.is_tensor(a), torch.is_tensor([1]))
