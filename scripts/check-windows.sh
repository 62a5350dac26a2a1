#!/usr/bin/env bash
# Checks that sifa-desk still builds for Windows (not part of CI): a release build for
# x86_64-pc-windows-gnu, cross-compiled with MinGW, and the size of the .exe.
#
# Needs the target's standard library and the MinGW linker; without them it says what to
# install and exits 0 (a skip is not a failure):
#   rustup target add x86_64-pc-windows-gnu
#   apt-get install -y gcc-mingw-w64-x86-64        (Debian / Ubuntu)
# Usage: bash scripts/check-windows.sh
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
linker=x86_64-w64-mingw32-gcc
missing=()
if ! command -v rustup >/dev/null 2>&1; then
    missing+=("rustup (to add the $target standard library)")
elif ! rustup target list --installed | grep -qx "$target"; then
    missing+=("the $target standard library: rustup target add $target")
fi
if ! command -v "$linker" >/dev/null 2>&1; then
    missing+=("the MinGW linker $linker: apt-get install -y gcc-mingw-w64-x86-64")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-windows: skipped, the Windows build needs:"
    printf '  - %s\n' "${missing[@]}"
    exit 0
fi

# The target triple keeps its own folder under target/, beside the native build.
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER="$linker"
cargo build --release --locked --target "$target"
exe="target/$target/release/sifa-desk.exe"
if [ ! -f "$exe" ]; then
    echo "check-windows: the build finished but $exe is missing" >&2
    exit 1
fi
bytes=$(stat -c %s "$exe")
echo "check-windows: built $exe, $bytes bytes ($(( (bytes + 524288) / 1048576 )) MiB)"
