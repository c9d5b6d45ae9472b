#!/usr/bin/env bash
# The one test command: installs what is missing (Debian), builds build/ and runs
# the language tests against CPython, the torch tests and the tensor library tests against PyTorch
# and the schema model test.
#   tools/test.sh [tests/run.py options, e.g. -k class_ -j 4]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make python3 gcc-arm-none-eabi libnewlib-arm-none-eabi
          libstdc++-arm-none-eabi-newlib qemu-system-arm
          googletest libgtest-dev python3-torch)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  echo "tools/test.sh: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
/usr/bin/python3 tests/run.py "$@"
# The standard library modules of lib/ext (not in the size build).
/usr/bin/python3 tests/run.py tests/ext "$@"
# The torch package against PyTorch (numbers within the runner's tolerance).
/usr/bin/python3 tests/run.py tests/torch "$@"
# Real models end to end: PyTorch writes each model's state_dict, input and
# output (tests/models/gen_models.py), then tests/models/NAME.py runs under both.
/usr/bin/python3 tests/models/gen_models.py
/usr/bin/python3 tests/run.py tests/models --timeout 120 "$@"

# Tensor library (GoogleTest; expected values from Debian's PyTorch).
./build/tensor_tests --gtest_brief=1
# Runtime internals (GoogleTest): frozen bytecode round trips.
./build/runtime_tests --gtest_brief=1
# The tensor library built with Float/Long/Bool kernels only (UPY_KERNEL_DTYPES).
cmake --build build -j"$(nproc)" --target kernel_dtypes_tests
./build/kernel_dtypes_tests --gtest_brief=1
# Schema model: round-trips every schema PyTorch registers.
/usr/bin/python3 tools/test_schema.py
