#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs every test under CTest, offscreen.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CWB_BUILD_DIR:-$here/build}

"$here/scripts/setup.sh"

cd "$build_dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
