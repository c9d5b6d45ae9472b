# torch.random: the module-level seeding functions, all acting on torch.default_generator
# (a torch.Generator over the process-wide engine the sampling ops draw from).
from torch._C import default_generator


def manual_seed(seed):
    # Any int-convertible value (PyTorch calls int() first); returns the generator.
    return default_generator.manual_seed(int(seed))


def seed():
    return default_generator.seed()


def initial_seed():
    return default_generator.initial_seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(new_state):
    default_generator.set_state(new_state)
