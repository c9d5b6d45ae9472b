// The torch package as Python sees it: the `_torch` builtin module (C++) and
// the Python sources under lib/torch (torch, torch.nn, ...), embedded.
#pragma once

// Make `import torch` available: registers the builtin and frozen module
// tables with the runtime. Call before py_init.
void py_torch_register();
