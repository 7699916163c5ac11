#!/usr/bin/env bash
# Coverage-guided fuzzing of one target (or "all", each in turn) for a fixed time with AFL++ and SharpFuzz.
#   fuzz/run.sh TARGET SECONDS     TARGET: decode deserialize open stream frame lz4 json, or all
# Builds the fuzz project, instruments BsdfGen.dll, bsdf.dll (the CLI), the generated contract readers and the LZ4
# library behind the codec seam, seeds a corpus from ../shared/vectors plus the
# target's hand-made seeds, runs afl-fuzz, prints executions and coverage, and exits 1 on any crash or hang
# (each crash is replayed to show its exception and stack trace).
# Environment: FUZZ_OUT (work folder, default fuzz/out), FUZZ_RESUME=1 (continue a previous campaign's queue
# instead of reseeding), FUZZ_HEAP_LIMIT (the target's GC heap limit in bytes, hex; default 2 GiB),
# FUZZ_TIMEOUT_MS (per input, default 10000).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: fuzz/run.sh TARGET SECONDS   (TARGET: decode deserialize open stream frame lz4 json all)" >&2
  exit 2
fi
target_arg=$1
seconds=$2
fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz_dir")
vectors="$root/../shared/vectors"
out=$(realpath -m "${FUZZ_OUT:-$fuzz_dir/out}")
bin="$out/bin"
plain="$out/plain"

command -v afl-fuzz >/dev/null || { echo "error: afl-fuzz not found (apt-get install afl++)" >&2; exit 1; }
[ -d "$vectors" ] || { echo "error: $vectors is missing (shared/ must sit beside the checkout)" >&2; exit 1; }

# Build and instrument once per run: instrumenting rewrites the assemblies in place. Instrumented code runs only
# under afl-fuzz, so seeds are written and crashes replayed with the plain build.
rm -rf "$bin" "$plain"
mkdir -p "$out"
build_log="$out/build.log"
quietly() {
  if ! "$@" >"$build_log" 2>&1; then
    echo "error: '$*' failed:" >&2
    tail -n 30 "$build_log" >&2
    exit 1
  fi
}
cd "$fuzz_dir"
quietly dotnet tool restore
quietly dotnet publish BsdfGen.Fuzz/BsdfGen.Fuzz.csproj -c Release -o "$plain" --nologo
cp -r "$plain" "$bin"
for assembly in BsdfGen.dll bsdf.dll BsdfGen.Fuzz.Contracts.dll K4os.Compression.LZ4.dll; do
  quietly dotnet sharpfuzz "$bin/$assembly"
done

if [ "$target_arg" = all ]; then
  targets=(decode deserialize open stream frame lz4 json)
else
  targets=("$target_arg")
fi

# Copies the shared vectors a target starts from (small ones only: AFL works best on small inputs).
seed_vectors() {
  local name=$1 into=$2
  local -a patterns
  case "$name" in
    decode|deserialize|open) patterns=(bsdf/core/*.bsdf bsdf/invalid/*.bsdf dataframe/*.bsdf) ;;
    stream) patterns=(bsdf/core/stream_*.bsdf) ;;
    frame) patterns=(dataframe/*.bsdf) ;;
    lz4) patterns=(lz4/*.lz4) ;;
    json) patterns=(bsdf/core/*.json dataframe/*.json) ;;
  esac
  for pattern in "${patterns[@]}"; do
    for file in "$vectors"/$pattern; do
      if [ -f "$file" ] && [ "$(stat -c %s "$file")" -le 65536 ] && [ "$(basename "$file")" != manifest.json ]; then
        cp "$file" "$into/$(echo "$pattern" | cut -d/ -f1)_$(basename "$file")"
      fi
    done
  done
}

stat_of() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$2"; }

failed=0
for name in "${targets[@]}"; do
  work="$out/$name"
  rm -rf "$work/files"
  mkdir -p "$work/files"
  if [ "${FUZZ_RESUME:-0}" = 1 ] && [ -d "$work/findings/default/queue" ]; then
    input=-
  else
    rm -rf "$work/seeds" "$work/findings"
    mkdir -p "$work/seeds"
    seed_vectors "$name" "$work/seeds"
    dotnet "$plain/BsdfGen.Fuzz.dll" "$name" --seeds "$work/seeds"
    input="$work/seeds"
  fi
  dictionary=()
  case "$name" in
    json) dictionary=(-x "$fuzz_dir/dictionaries/json.dict") ;;
    lz4) ;;
    *) dictionary=(-x "$fuzz_dir/dictionaries/bsdf.dict") ;;
  esac

  echo "== fuzzing $name for ${seconds}s"
  status=0
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    AFL_FORKSRV_INIT_TMOUT=120000 AFL_FAST_CAL=1 AFL_AUTORESUME=1 AFL_NO_CRASH_README=1 \
    AFL_TARGET_ENV="DOTNET_GCHeapHardLimit=${FUZZ_HEAP_LIMIT:-0x80000000} BSDFGEN_FUZZ_FILES=$work/files" \
    afl-fuzz -i "$input" -o "$work/findings" -V "$seconds" -t "${FUZZ_TIMEOUT_MS:-10000}" -m none "${dictionary[@]}" \
      -- dotnet "$bin/BsdfGen.Fuzz.dll" "$name" >"$work/afl.log" 2>&1 || status=$?

  stats="$work/findings/default/fuzzer_stats"
  if [ "$status" -ne 0 ] || [ ! -f "$stats" ]; then
    echo "error: afl-fuzz failed for $name (exit $status); the end of $work/afl.log:" >&2
    tail -n 25 "$work/afl.log" >&2
    failed=1
    continue
  fi

  crashes=$(stat_of saved_crashes "$stats")
  hangs=$(stat_of saved_hangs "$stats")
  printf '%s: %s executions (%s/s), corpus %s paths, %s edges (%s of the map), %s crashes, %s hangs\n' \
    "$name" "$(stat_of execs_done "$stats")" "$(stat_of execs_per_sec "$stats")" "$(stat_of corpus_count "$stats")" \
    "$(stat_of edges_found "$stats")" "$(stat_of bitmap_cvg "$stats")" "$crashes" "$hangs"
  if [ "$crashes" != 0 ] || [ "$hangs" != 0 ]; then
    failed=1
    echo "FAILED: $name found $crashes crashes and $hangs hangs, kept in $work/findings/default/{crashes,hangs}" >&2
    if [ "$crashes" != 0 ]; then
      dotnet "$plain/BsdfGen.Fuzz.dll" "$name" --replay "$work/findings/default/crashes" 2>&1 | head -n 80 >&2 || true
    fi
  fi
done
exit "$failed"
