// upyfreeze: compiles one Python module to frozen bytecode at build time
// (Note [Frozen bytecode] in src/py/marshal.cpp). Run by tools/embed_py.py:
//
//   upyfreeze [--packed] MODULE_NAME < module.py > module.bin
//
// --packed stores the instructions packed instead of in place.
//
// The code is compiled as `<frozen MODULE_NAME>`, the file name the importer
// gives frozen modules, so tracebacks read the same as for source.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "py/compile.h"
#include "py/strobj.h"
#include "py/vm.h"

// The runtime links against a frozen-module table; this tool has none.
extern const FrozenModuleDef py_frozen_modules[] = {
    {nullptr, nullptr, false, false, 0, nullptr, 0, 0, nullptr}};

int main(int argc, char **argv) {
  bool packed = argc == 3 && strcmp(argv[1], "--packed") == 0;
  if (argc != 2 + packed) {
    fprintf(stderr, "usage: upyfreeze [--packed] MODULE_NAME < module.py > module.bin\n");
    return 2;
  }
  const char *module = argv[argc - 1];
  size_t len = 0, cap = 1 << 16;
  char *src = (char *)malloc(cap);
  for (size_t n; src && (n = fread(src + len, 1, cap - len, stdin)) > 0;) {
    len += n;
    if (len == cap) src = (char *)realloc(src, cap *= 2);
  }
  if (!src || py_init(0, nullptr) < 0) {
    fprintf(stderr, "upyfreeze: out of memory\n");
    return 1;
  }
  int status = 1;
  Ref filename = py_str_format("<frozen %s>", module);
  Ref code = filename ? py_compile(src, len, filename, COMPILE_EXEC, nullptr) : nullptr;
  StrBuf out;
  py_strbuf_init(&out);
  if (code && py_code_dump(code, &out, packed) == 0) {
    status = fwrite(out.data, 1, out.len, stdout) == out.len ? 0 : 1;
  } else {
    Ref exc = py_err_fetch();
    fprintf(stderr, "upyfreeze: cannot compile %s:\n", module);
    if (exc) py_err_print(exc);
    py_xdecref(exc);
  }
  py_strbuf_free(&out);
  py_xdecref(code);
  py_xdecref(filename);
  py_deinit();
  free(src);
  return status;
}
