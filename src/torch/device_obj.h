// torch.device (device_obj.cpp). Every device type PyTorch names can be
// described, but only 'cpu' holds tensors: py_device_check rejects the others
// the way a CPU-only PyTorch does.
#pragma once
#include "py/obj.h"

extern Type py_device_type; // torch.device

Ref py_device_cpu(); // device(type='cpu'), borrowed (immortal)
// A device= argument (None, a str such as "cpu:0", or a torch.device) that
// tensors can live on. 0, or -1 with the exception PyTorch raises.
int py_device_check(Ref o);
