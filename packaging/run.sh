#!/usr/bin/env bash
# Installs what OGI Desk needs, builds it, creates a demo database on first run and opens
# OGI Desk on it. Usage: packaging/run.sh [extra ogi-desk arguments]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/install-deps.sh"
"$top/packaging/build.sh"

data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/ogi-desk
demo_db=$data_dir/demo.db
if [ ! -f "$demo_db" ]; then
    mkdir -p "$data_dir"
    "$top/build/app/ogi" --db "$demo_db" demo --cases 300
    echo "Demo database created: $demo_db"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting OGI Desk under a virtual X server (xvfb-run)."
    exec xvfb-run -a "$top/build/app/ogi-desk" --db "$demo_db" "$@"
fi
exec "$top/build/app/ogi-desk" --db "$demo_db" "$@"
