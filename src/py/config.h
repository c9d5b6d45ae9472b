// upytorch runtime configuration: every feature flag lives here, each guarded by
// #ifndef so that a port's config header (included first via UPY_PORT_CONFIG) can
// override it. Defaults come from one level, UPY_CONFIG_LEVEL.
#pragma once

#ifdef UPY_PORT_CONFIG
#include UPY_PORT_CONFIG
#endif

#define UPY_LEVEL_MINIMAL 0 // bare-metal, smallest
#define UPY_LEVEL_FULL 1    // PC port

#ifndef UPY_CONFIG_LEVEL
#define UPY_CONFIG_LEVEL UPY_LEVEL_FULL
#endif

#define UPY_DEFAULT(full, minimal) ((UPY_CONFIG_LEVEL >= UPY_LEVEL_FULL) ? (full) : (minimal))

// Interactive prompt with line editing.
#ifndef UPY_ENABLE_REPL
#define UPY_ENABLE_REPL UPY_DEFAULT(1, 0)
#endif

// File system access: open(), os, os.path, importing .py files from disk.
#ifndef UPY_ENABLE_FS
#define UPY_ENABLE_FS UPY_DEFAULT(1, 0)
#endif

// Arbitrary-precision ints (otherwise int overflow raises OverflowError).
#ifndef UPY_ENABLE_BIGINT
#define UPY_ENABLE_BIGINT UPY_DEFAULT(1, 1)
#endif

// The complex type and imaginary literals (`1j`); without it `complex` is
// undefined and an imaginary literal is a SyntaxError.
#ifndef UPY_ENABLE_COMPLEX
#define UPY_ENABLE_COMPLEX UPY_DEFAULT(1, 0)
#endif

// Weak references: the `_weakref` and `weakref` modules (Note [Weak
// references] in weakref.cpp). Off, `import weakref` raises ImportError.
#ifndef UPY_ENABLE_WEAKREF
#define UPY_ENABLE_WEAKREF UPY_DEFAULT(1, 0)
#endif

// Default heap limit in bytes (changed at start-up with -X heapsize=N).
#ifndef UPY_DEFAULT_HEAP_LIMIT
#define UPY_DEFAULT_HEAP_LIMIT UPY_DEFAULT((size_t)1 << 34, (size_t)256 * 1024)
#endif

// Maximum Python call depth before RecursionError.
#ifndef UPY_MAX_RECURSION
#define UPY_MAX_RECURSION UPY_DEFAULT(1000, 100)
#endif

// Bytes of C stack a port guarantees; the VM checks depth against it too.
#ifndef UPY_C_STACK_LIMIT
#define UPY_C_STACK_LIMIT UPY_DEFAULT((size_t)6 * 1024 * 1024, (size_t)16 * 1024)
#endif

// Entries of the type attribute lookup cache (Note [Type lookup cache]): a
// power of two; 32 bytes each on 64-bit targets, 16 on 32-bit ones.
#ifndef UPY_TYPE_LOOKUP_CACHE_SIZE
#define UPY_TYPE_LOOKUP_CACHE_SIZE UPY_DEFAULT(1024, 256)
#endif

// How deeply deallocations may nest before dead objects wait on a list
// (Note [Deferred deallocation] in alloc.cpp): bounds the C stack they use.
#ifndef UPY_DEALLOC_DEPTH
#define UPY_DEALLOC_DEPTH UPY_DEFAULT(1000, 64)
#endif

// Per-instruction inline caches for attribute, method and global lookups
// (32 bytes per instruction of each code object that runs).
#ifndef UPY_ENABLE_INLINE_CACHE
#define UPY_ENABLE_INLINE_CACHE UPY_DEFAULT(1, 0)
#endif

// Builtin types stored packed and filled at start-up (Note [Packed type
// definitions] in obj.h): about 20 KB less initialised data.
#ifndef UPY_PACKED_TYPES
#define UPY_PACKED_TYPES UPY_DEFAULT(0, 1)
#endif
// With packed types, the method tables are packed too: an entry is two
// pointers and 16 bits of flags, without padding (read unaligned; both x86-64
// and Cortex-M4 do that in the same instructions).
#if UPY_PACKED_TYPES
#define UPY_PACKED_TABLE __attribute__((packed))
#else
#define UPY_PACKED_TABLE
#endif

// Error messages of the runtime compressed in the binary (Note [Compressed
// messages] in error.cpp); set by the build for the runtime's sources only,
// as it generates their table.
#ifndef UPY_COMPRESSED_MESSAGES
#define UPY_COMPRESSED_MESSAGES 0
#endif

// Importing frozen modules stored as bytecode (Note [Frozen bytecode]); a
// build whose library is embedded as source leaves the loader out.
#ifndef UPY_ENABLE_FROZEN_BYTECODE
#define UPY_ENABLE_FROZEN_BYTECODE 1
#endif

// Docstrings of builtin types, functions and methods (`len.__doc__`); without
// them those __doc__ are None.
#ifndef UPY_ENABLE_DOCSTRINGS
#define UPY_ENABLE_DOCSTRINGS UPY_DEFAULT(1, 0)
#endif
// The doc fields of the tables (MethodDef, GetSetDef, Type) are a DocStr: a
// C string, or without docstrings an empty type that takes no room, so the
// tables keep their initialisers either way (a literal given to the empty
// type is dropped, PY_DOC(...) makes it nullptr). py_doc_text reads one.
#if UPY_ENABLE_DOCSTRINGS
#define PY_DOC(s) s
typedef const char *DocStr;
static inline const char *py_doc_text(DocStr d) { return d; }
#else
#define PY_DOC(s) nullptr
struct __attribute__((packed)) DocStr {
  constexpr DocStr() {}
  constexpr DocStr(decltype(nullptr)) {}
  constexpr DocStr(const char *) {}
};
static inline const char *py_doc_text(DocStr) { return nullptr; }
#endif
