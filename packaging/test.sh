#!/usr/bin/env bash
# Installs what OGI Desk needs, builds it with warnings as errors, and runs every test
# through ctest. Exits non-zero on any failure.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-deps.sh"
"$top/packaging/build.sh" -DOGI_WERROR=ON -DOGI_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
cd "${OGI_BUILD_DIR:-$top/build}"
ctest --output-on-failure --parallel "$(nproc)"
