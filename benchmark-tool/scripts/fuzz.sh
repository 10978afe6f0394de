#!/usr/bin/env bash
# Fuzz campaign over the readers of user files (docs/decisions/0016): each @FuzzTest target runs under Jazzer
# (coverage-guided, libFuzzer) for the given minutes. Prints JSON on stdout: per target the executions, seconds and
# crashes, and the totals. A crash is written by Jazzer into the target's inputs folder in the test resources
# (e.g. engine/src/test/resources/org/spatiallift/engine/io/DepthFuzzTestInputs/npy/crash-...), where the regression
# run of `./mvnw verify` replays it from then on: fix the reader, keep the file. The corpus Jazzer grows is kept in
# <module>/.cifuzz-corpus/ (not committed) and reused by the next run.
# Usage: benchmark-tool/scripts/fuzz.sh [minutes_per_target] [target_filter_regex]
#   e.g. fuzz.sh 5            all targets, 5 minutes each
#        fuzz.sh 1 Depth      only the depth targets
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
minutes="${1:-5}"
filter="${2:-.}"
cd "$root"
export ORT_DISABLE_TELEMETRY=1

# module class method
targets=(
  "engine org.spatiallift.engine.io.ColourImageFuzzTest colour"
  "engine org.spatiallift.engine.io.DepthFuzzTest png16"
  "engine org.spatiallift.engine.io.DepthFuzzTest tum"
  "engine org.spatiallift.engine.io.DepthFuzzTest sun"
  "engine org.spatiallift.engine.io.DepthFuzzTest kitti"
  "engine org.spatiallift.engine.io.DepthFuzzTest nyuRaw"
  "engine org.spatiallift.engine.io.DepthFuzzTest npy"
  "engine org.spatiallift.engine.io.DepthFuzzTest pfm"
  "engine org.spatiallift.engine.io.LabelMapFuzzTest labelMap"
  "engine org.spatiallift.engine.io.LabelMapFuzzTest names"
  "engine org.spatiallift.engine.io.LabelMapFuzzTest intrinsics"
  "engine org.spatiallift.engine.perception.model.ManifestFuzzTest manifest"
  "engine org.spatiallift.engine.qa.export.QaDatasetFuzzTest llava"
  "engine org.spatiallift.engine.qa.export.QaDatasetFuzzTest messages"
  "engine org.spatiallift.engine.qa.export.QaDatasetFuzzTest imagefolder"
  "engine org.spatiallift.engine.project.ProjectDatabaseFuzzTest project"
  "benchmark-tool org.spatiallift.cli.ListFileFuzzTest list"
)

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
# The readers log a warning for much of what the fuzzer feeds them: silence logging while fuzzing.
echo '<configuration><root level="OFF"/></configuration>' > "$logs/logback-off.xml"
# One Maven call compiles the tests and writes each module's test classpath; then each target runs in a JVM of its own
# under Jazzer's command-line driver (libFuzzer can run once per process), through FuzzHarness.
./mvnw -o -q -B -pl resources,engine,benchmark-tool test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/fuzz-classpath.txt >&2
echo "fuzz: $minutes minute(s) per target; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
first=true
total_runs=0
total_secs=0
total_crashes=0
echo "{"
echo "  \"minutes_per_target\": $minutes,"
echo "  \"targets\": ["
for t in "${targets[@]}"; do
  read -r module cls method <<< "$t"
  name="${cls##*.}#$method"
  [[ "$name" =~ $filter ]] || continue
  log="$logs/${name//#/-}.log"
  inputs="$root/$module/src/test/resources/$(dirname "${cls//.//}")/${cls##*.}Inputs/$method"
  corpus="$root/$module/.cifuzz-corpus/$cls/$method"
  mkdir -p "$inputs" "$corpus"
  before=$(ls "$inputs" | grep -c '^crash-' || true)
  echo "fuzz: $name ..." >&2
  t0=$(date +%s)
  cp="$root/$module/target/test-classes:$root/$module/target/classes:$(cat "$root/$module/target/fuzz-classpath.txt")"
  # The corpus folder comes first (libFuzzer adds what it finds there), the seeds after it; crashes go to the seeds
  # (Jazzer's Java reproducers to the temporary folder; slow inputs on this shared machine are not findings).
  java -cp "$cp" -Xmx2g -Dlogback.configurationFile="$logs/logback-off.xml" -Dspatiallift.fuzz.target="$cls#$method" \
      com.code_intelligence.jazzer.Jazzer --target_class=org.spatiallift.engine.testing.FuzzHarness \
      --instrumentation_includes='org.spatiallift.**' --keep_going=20 \
      --reproducer_path="$logs" -max_total_time=$((minutes * 60)) -artifact_prefix="$inputs/" -rss_limit_mb=3072 \
      -report_slow_units=600 "$corpus" "$inputs" \
      > "$log" 2>&1 || true
  after=$(ls "$inputs" | grep -c '^crash-' || true)
  # libFuzzer's closing line: "Done 123456 runs in 60 second(s)"; an earlier stop leaves its last status line "#123 ...".
  done_line=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
  runs=$(echo "$done_line" | awk '{print $2}')
  secs=$(echo "$done_line" | awk '{print $5}')
  if [ -z "$runs" ]; then
    runs=$( (grep -o '^#[0-9]*' "$log" || true) | tail -1 | tr -d '#')
    secs=$(($(date +%s) - t0))
  fi
  runs=${runs:-0}
  secs=${secs:-0}
  crashes=$((after - before))
  if [ "$crashes" -gt 0 ] || ! grep -q '^Done [0-9]* runs' "$log"; then
    echo "fuzz: $name stopped early or found a crash; the end of its log:" >&2
    grep -v '^INFO: \(Loaded\|Instrumented\)' "$log" | tail -40 >&2
  fi
  total_runs=$((total_runs + runs))
  total_secs=$((total_secs + secs))
  total_crashes=$((total_crashes + crashes))
  $first || echo ","
  first=false
  printf '    {"target": "%s", "executions": %d, "seconds": %d, "new_crashes": %d}' "$name" "$runs" "$secs" "$crashes"
done
echo
echo "  ],"
echo "  \"executions\": $total_runs,"
echo "  \"fuzzing_minutes\": $(awk -v s="$total_secs" 'BEGIN {printf "%.1f", s / 60}'),"
echo "  \"new_crashes\": $total_crashes"
echo "}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
