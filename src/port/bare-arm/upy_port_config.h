// Configuration of the bare-metal Cortex-M4F port (included first by
// src/py/config.h via -DUPY_PORT_CONFIG). Only what differs from the level's
// defaults belongs here.
#pragma once

// Smallest build: no REPL, no file system; heap and recursion limits for a
// device with ~520 KB of RAM (see link.ld).
#define UPY_CONFIG_LEVEL UPY_LEVEL_MINIMAL
