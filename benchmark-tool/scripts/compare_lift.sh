#!/usr/bin/env bash
# Lift benchmark: SpatialLift vs Open3D 0.16 (Debian python3-open3d) on the same frame, same machine, same run.
# SpatialLift: back-projection + 2 cm voxel + plane RANSAC + floor + canonical frame, from the decoded depth image.
# Open3D: create_from_color_and_depth + create_from_rgbd_image + voxel_down_sample(0.02) + segment_plane(0.02, 3, 1000).
# Usage: benchmark-tool/scripts/compare_lift.sh [SHARED_DIR] [RUNS]
# Needs: a build (./mvnw -q -DskipTests package) and `apt-get install python3-open3d`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${1:-$root/../shared}"
runs="${2:-30}"
frames="$shared/data/rgbd/other_formats"
if [ ! -f "$frames/TUM_depth.png" ]; then
  echo "compare_lift: $frames/TUM_depth.png not found. Pass the shared folder: $0 /path/to/shared" >&2
  exit 2
fi
if ! /usr/bin/python3 -c 'import open3d' 2>/dev/null; then
  echo "compare_lift: Open3D is missing. Install it with: sudo apt-get install python3-open3d" >&2
  exit 2
fi
ours=$("$root/bin/spatiallift" bench lift --image "$frames/TUM_color.png" --depth "$frames/TUM_depth.png" \
  --depth-format tum --intrinsics 525,525,319.5,239.5 --max-depth 4.0 --runs "$runs" --json)
peer=$(/usr/bin/python3 "$root/benchmark-tool/scripts/open3d_lift_bench.py" --image "$frames/TUM_color.png" \
  --depth "$frames/TUM_depth.png" --depth-scale 5000 --depth-trunc 4.0 --runs "$runs")
echo "spatiallift: $ours"
echo "open3d:      $peer"
/usr/bin/python3 - "$ours" "$peer" <<'PY'
import json, sys
ours, peer = json.loads(sys.argv[1]), json.loads(sys.argv[2])
o, p = ours["median_ms"]["total"], peer["median_ms"]["total"]
print(f"TUM frame, median total: SpatialLift {o:.1f} ms, Open3D {p:.1f} ms, ratio {o / p:.3f} (target <= 0.2), speed-up {p / o:.1f}x")
PY
