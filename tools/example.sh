#!/usr/bin/env bash
# Builds upytorch (installing cmake/g++ on Debian if missing) and runs examples/hello.py.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for p in cmake g++ make python3; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
echo "--- build/upytorch examples/hello.py"
build/upytorch examples/hello.py
