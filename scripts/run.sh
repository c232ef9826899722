#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then opens the bundled sample article in the
# workbench. With no display it says so and prints the headless annotation instead.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CWB_BUILD_DIR:-$here/build}
sample=$here/resources/samples/sample-article.txt

"$here/scripts/setup.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)," >&2
    echo "so here is the headless annotation of the sample article instead:" >&2
    exec "$build_dir/app/cwb" annotate "$sample"
fi
exec "$build_dir/app/conflict-workbench" "$sample" "$@"
