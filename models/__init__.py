"""Model classes written the way PyTorch code writes them, for end-to-end tests.

Each file holds one family, with the module and parameter names torchvision (or
the usual PyTorch tutorial) gives it, so a state_dict saved by PyTorch for the
same architecture loads unchanged. Nothing here knows about upytorch: the very
same files run under CPython + PyTorch.
"""
