#!/usr/bin/env bash
# Times the app's 3D view (drawn on the CPU, docs/decisions/0012) under Xvfb with JavaFX's software pipeline on
# synthetic rooms of 300k and 1M points and prints JSON: time until the whole cloud is on screen (mesh_build_ms),
# frames per second while orbiting with level of detail and with the full cloud, and with no cloud, the longest
# FX-thread stall while a cloud is shown, heap in use and resident memory.
# Needs: xvfb xauth libgtk-3-0, and the app built (./mvnw -q -DskipTests package).
# Usage: benchmark-tool/scripts/bench_view.sh [--sizes 300000,1000000] [--seconds 4] [--width 1280 --height 800]
#        [--layout app] (the view inside the app's split pane; with --width 1560 --height 900, the app's window)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/app/target/spatiallift-app.jar"
if [ ! -f "$jar" ]; then
  echo "bench_view: $jar is not built yet. Build it once with: (cd '$root' && ./mvnw -q -DskipTests package)" >&2
  exit 2
fi
out="$(mktemp --suffix=.json)"
trap 'rm -f "$out"' EXIT
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export ORT_DISABLE_TELEMETRY=1  # README, Privacy
xvfb-run -a -s "-screen 0 1600x1000x24" "$java" -Xmx1536m -Dprism.order=sw -Dspatiallift.log.level=WARN \
  -cp "$jar:$root/app/target/lib/*" org.spatiallift.app.bench.ViewBenchmark --out "$out" "$@"
cat "$out"
