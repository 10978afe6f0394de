#!/usr/bin/env bash
# Refreshes docs/screenshot.png: runs the app on the built-in sample scene under Xvfb and saves the window.
# Needs: xvfb xauth libgl1-mesa-dri libglx-mesa0 libgtk-3-0 (see README).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$root/app/target/spatiallift-app.jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)
xvfb-run -a -s "-screen 0 1600x1000x24" "$root/bin/spatiallift-app" --screenshot="$root/docs/screenshot.png"
echo "wrote $root/docs/screenshot.png"
