#!/usr/bin/env bash
# Soak: `generate --detect` over many images in one process while the resident memory (VmRSS) is sampled, to show that
# memory stays flat. Prints JSON on stdout: RSS after the warm-up and at the end (MiB), the growth per image (least-squares
# slope of RSS over images done, after the warm-up, in MiB per image) and images per second.
# Usage: benchmark-tool/scripts/soak_generate.sh [/path/to/shared] [images] [workers] [warmup_images] [sample_seconds]
#        [max_minutes]
# The heap is fixed and touched up front (SPATIALLIFT_JAVA_OPTS, default -Xms1g -Xmx1g -XX:+AlwaysPreTouch), so that
# the resident memory does not follow the garbage collector's heap sizing and any growth is a leak (Java or native).
# With max_minutes the run is stopped then and the figures cover the images done so far ("stopped_early": true).
# Needs the CLI built (./mvnw -q -DskipTests package) and the detector fetched (bin/spatiallift models fetch-detector).
# The frames of ../shared/data/rgbd are not copied: a temporary folder holds links to them and a list file that cycles
# through them (each line under its own link, so that every line is a distinct image of the dataset). Rejected
# scenes are kept (--keep-rejected-scenes) so that every image goes through the whole pipeline.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
images="${2:-1000}"
workers="${3:-2}"
warmup="${4:-50}"
every="${5:-3}"
max_minutes="${6:-0}"
rgbd="$shared/data/rgbd"
if [ ! -d "$rgbd/color" ]; then
  echo "soak_generate: $rgbd/color not found; give the shared folder as the first argument" >&2
  exit 1
fi
export ORT_DISABLE_TELEMETRY=1
export SPATIALLIFT_JAVA_OPTS="${SPATIALLIFT_JAVA_OPTS:--Xms1g -Xmx1g -XX:+AlwaysPreTouch}"
tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
k="intrinsics=525,525,319.5,239.5"
frames=()
for i in 0 1 2 3 4; do frames+=("color/0000$i.jpg depth/0000$i.png format=png16 $k"); done
frames+=("other_formats/TUM_color.png other_formats/TUM_depth.png format=tum $k")
frames+=("other_formats/SUN_color.jpg other_formats/SUN_depth.png format=sun $k")
frames+=("other_formats/NYU_color.ppm other_formats/NYU_depth.pgm format=nyu-raw $k")
n=${#frames[@]}
mkdir "$tmp/links"
for ((i = 0; i < images; i++)); do
  link="links/r$((i / n))"
  [ -e "$tmp/$link" ] || ln -s "$rgbd" "$tmp/$link"
  f="${frames[$((i % n))]}"
  read -r img dep rest <<< "$f"
  echo "$link/$img $link/$dep $rest"
done > "$tmp/list.txt"

echo "soak_generate: $images images, $workers workers; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$root/bin/spatiallift" generate --list "$tmp/list.txt" --detect --workers "$workers" --per-image 10 --keep-rejected-scenes \
    --out "$tmp/out" --no-progress --json > "$tmp/summary.json" 2> "$tmp/stderr.txt" &
pid=$!
start=$(date +%s.%N)
stopped=false
# Samples: seconds since start, images done (a dataset line, or a "skipped" warning for an image without QA, e.g. one
# usable object), VmRSS in KiB.
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  lines=$(cat "$tmp"/out/*.jsonl 2>/dev/null | wc -l || true)
  skipped=$(grep -c ' skipped ' "$tmp/stderr.txt" 2>/dev/null || true)
  done_n=$((${lines:-0} + ${skipped:-0}))
  now=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN {printf "%.1f", a - b}')
  [ -n "$rss" ] && echo "$now $done_n $rss" >> "$tmp/samples.txt"
  if [ "$max_minutes" != 0 ] && awk -v t="$now" -v m="$max_minutes" 'BEGIN {exit !(t >= m * 60)}'; then
    stopped=true
    kill -TERM "$pid" 2>/dev/null || true
    break
  fi
  sleep "$every"
done
status=0
wait "$pid" || status=$?
pid=""
end=$(date +%s.%N)
if [ "$status" -ne 0 ] && [ "$stopped" = false ]; then
  echo "soak_generate: generate exited $status" >&2
  tail -20 "$tmp/stderr.txt" >&2
  exit "$status"
fi
cp "$tmp/samples.txt" "${SOAK_SAMPLES:-/dev/null}" 2>/dev/null || true
awk -v warmup="$warmup" -v images="$images" -v workers="$workers" -v stopped="$stopped" \
    -v secs="$(awk -v a="$end" -v b="$start" 'BEGIN {print a - b}')" -v opts="$SPATIALLIFT_JAVA_OPTS" \
    -v generated="$(grep -o '"images_generated":[0-9]*' "$tmp/summary.json" | grep -o '[0-9]*$' || echo -1)" \
    -v skipped="$(grep -o '"images_skipped":[0-9]*' "$tmp/summary.json" | grep -o '[0-9]*$' || echo -1)" '
  { t = $1; d = $2; r = $3 / 1024.0
    if (d >= warmup) { if (!started) { started = 1; rss0 = r; d0 = d; t0 = t }
                       n++; sx += d; sy += r; sxx += d * d; sxy += d * r; rss1 = r; d1 = d; t1 = t }
    if (r > peak) peak = r; last = d }
  END {
    slope = (n > 1 && n * sxx - sx * sx > 0) ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0
    printf "{\n  \"images\": %d,\n  \"images_done\": %d,\n  \"stopped_early\": %s,\n", images, last, stopped
    printf "  \"images_with_qa\": %d,\n  \"images_skipped\": %d,\n", generated, skipped
    printf "  \"workers\": %d,\n  \"java_opts\": \"%s\",\n  \"seconds\": %.1f,\n", workers, opts, secs
    printf "  \"images_per_second\": %.3f,\n  \"warmup_images\": %d,\n  \"samples_after_warmup\": %d,\n", \
        (t1 > t0 ? (d1 - d0) / (t1 - t0) : 0), warmup, n
    printf "  \"rss_after_warmup_mib\": %.1f,\n  \"rss_at_warmup_image\": %d,\n  \"rss_end_mib\": %.1f,\n", rss0, d0, rss1
    printf "  \"rss_end_image\": %d,\n  \"rss_peak_mib\": %.1f,\n  \"rss_growth_mib_per_image\": %.4f\n}\n", d1, peak, slope
  }' "$tmp/samples.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
