# torch.autograd: only grad mode for now (autograd itself is out of scope).
from torch.autograd.grad_mode import no_grad, enable_grad, set_grad_enabled, inference_mode
