// Process streams and file objects (mod_io.cpp).
#pragma once
#include "py/obj.h"

// Flush every open file object's pending output, stdout and stderr included.
// Keeps any pending exception; write errors are ignored. Called at exit and
// before reading stdin.
void py_io_flush_all();

// Set an OSError (the errno-specific subclass, e.g. FileNotFoundError) with
// args (err, strerror[, filename[, None, filename2]]). filename / filename2
// may be nullptr. Always returns nullptr.
Ref py_io_oserror(int err, Ref filename, Ref filename2);

// Types: text files / console streams, binary files, io.StringIO, io.BytesIO.
extern Type py_textio_type, py_bufferedio_type, py_stringio_type, py_bytesio_type;
