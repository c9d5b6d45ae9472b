// torch.load / torch.save of PyTorch 1.13's file format (zip container +
// pickle), serialize.cpp. The torch module's init calls py_serialize_install.
#pragma once
#include "py/obj.h"

// Add load and save to `module` (the _torch module). 0 / -1.
int py_serialize_install(Ref module);
