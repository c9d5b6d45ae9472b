import torch

print(torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled())
    with torch.enable_grad():
        print(torch.is_grad_enabled())
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())

@torch.no_grad()
def f(x):
    return torch.is_grad_enabled(), x

print(f(1), torch.is_grad_enabled())
with torch.inference_mode():
    print(torch.is_grad_enabled())
with torch.inference_mode(False):
    print(torch.is_grad_enabled())
torch.set_grad_enabled(False)
print(torch.is_grad_enabled())
torch.set_grad_enabled(True)
with torch.set_grad_enabled(False):
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())
try:
    with torch.no_grad():
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, torch.is_grad_enabled())
print(f.__name__)
