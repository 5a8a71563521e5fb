#!/usr/bin/env bash
# Builds the Debian package of OGI Desk: a Release build in build-package/ (or
# $OGI_PACKAGE_BUILD_DIR), then `cpack -G DEB`. The package is written to dist/ (or the folder
# given) as ogi-desk_<version>_amd64.deb; install it with `apt install ./ogi-desk_*.deb`.
# Usage: packaging/package.sh [OUTDIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${OGI_PACKAGE_BUILD_DIR:-$top/build-package}
out=$(mkdir -p "${1:-$top/dist}" && cd "${1:-$top/dist}" && pwd)
"$top/packaging/install-deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOGI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
rm -rf "$build/deb"
(cd "$build" && cpack -G DEB -B "$build/deb" >/dev/null)
for deb in "$build"/deb/ogi-desk_*.deb; do
    cp "$deb" "$out/"
    echo "$out/$(basename "$deb")"
done
