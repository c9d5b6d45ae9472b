#!/usr/bin/env bash
# Cortex-M4F check: cross-compiles the runtime + the bare-arm port
# (src/port/bare-arm, -Os, no exceptions/RTTI, UPY_LEVEL_MINIMAL) into an ELF and,
# when qemu-system-arm is installed, runs it on an emulated mps2-an386 board and
# compares its output and exit status with CPython running the same program.
#   tools/arm_check.sh            (BUILD=build-arm by default)
# FREEZER=path/to/upyfreeze picks the host tool (default: build/upyfreeze when
# built); PACKED=1 embeds packed bytecode instead of bytecode that runs in place.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-arm}
PROGRAM=src/port/bare-arm/program.py

if ! command -v arm-none-eabi-g++ >/dev/null; then
  echo "arm_check: arm-none-eabi-g++ not found (apt-get install gcc-arm-none-eabi" \
       "libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib)" >&2
  exit 1
fi
mkdir -p "$BUILD"
BUILD=$(cd "$BUILD" && pwd)
# Library modules as frozen bytecode when the host build has its compiler tool.
FREEZER=${FREEZER:-$([ -x build/upyfreeze ] && echo "build/upyfreeze" || true)}
FREEZER=${FREEZER:+$(realpath "$FREEZER")}
make -C src/port/bare-arm BUILD="$BUILD" FREEZER="$FREEZER" -j"$(nproc)"

if ! command -v qemu-system-arm >/dev/null; then
  echo "arm_check: qemu-system-arm not installed: build checked, run skipped"
  exit 0
fi

expected=$(/usr/bin/python3 "$PROGRAM"; echo "exit status $?")
actual=$(timeout 120 qemu-system-arm -M mps2-an386 -nographic -monitor none -serial none \
           -semihosting-config enable=on,target=native -kernel "$BUILD/upytorch.elf" 2>&1;
         echo "exit status $?")
if [ "$expected" != "$actual" ]; then
  echo "arm_check: FAILED: QEMU output differs from CPython's" >&2
  diff <(echo "$expected") <(echo "$actual") | head -40 >&2
  exit 1
fi
echo "arm_check: OK ($(wc -l <<<"$actual") lines match CPython on the emulated Cortex-M4F)"
