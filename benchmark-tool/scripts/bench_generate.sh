#!/usr/bin/env bash
# End-to-end `generate` benchmark on the RGB-D frames of ../shared/data/rgbd (sensor depth, PrimeSense intrinsics)
# with the object detector: images per second and the median time per stage, as JSON on stdout.
# Usage: benchmark-tool/scripts/bench_generate.sh [/path/to/shared] [rounds] [workers]
# Needs the CLI built (./mvnw -q -DskipTests package) and the detector fetched (bin/spatiallift models fetch-detector).
# The frames are not copied: a temporary folder holds a list file and a link to them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
rounds="${2:-3}"
workers="${3:-2}"
rgbd="$shared/data/rgbd"
if [ ! -d "$rgbd/color" ]; then
  echo "bench_generate: $rgbd/color not found; give the shared folder as the first argument" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
ln -s "$rgbd" "$tmp/rgbd"
k="intrinsics=525,525,319.5,239.5"
{
  for i in 0 1 2 3 4; do echo "rgbd/color/0000$i.jpg rgbd/depth/0000$i.png format=png16 $k"; done
  echo "rgbd/other_formats/TUM_color.png rgbd/other_formats/TUM_depth.png format=tum $k"
  echo "rgbd/other_formats/SUN_color.jpg rgbd/other_formats/SUN_depth.png format=sun $k"
  echo "rgbd/other_formats/NYU_color.ppm rgbd/other_formats/NYU_depth.pgm format=nyu-raw $k"
} > "$tmp/list.txt"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >&2
"$root/bin/spatiallift" bench generate --list "$tmp/list.txt" --detect --workers "$workers" --rounds "$rounds" \
    --warmup 1 --per-image 20 --json
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >&2
