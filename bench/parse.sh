#!/usr/bin/env bash
# The parse stage alone (front matter and annotations), for one or more assay binaries on the same
# synthetic content: RUNS clean builds each, interleaved so machine noise hits every binary alike, and the
# median of the "parse" line of --timings. Usage: bench/parse.sh [options] [assay binary...]
# (default: 1000 options, .build/release/assay). Output goes to a tmpfs.
set -euo pipefail
cd "$(dirname "$0")/.."
options=${OPTIONS:-1000} runs=${RUNS:-5} work=/dev/shm/assay-parse-bench
binaries=("${@:-.build/release/assay}")
[ -x .build/release/assay-synth ] || swift build -c release --static-swift-stdlib --product assay-synth >/dev/null
if [ ! -d "$work/$options" ]; then
  mkdir -p "$work" && .build/release/assay-synth "$work/$options" --options "$options" --actors 1 --criteria 4 --paragraphs 200 >/dev/null
fi
echo "$options options, $(find "$work/$options" -name '*.md' | wc -l) content files, $runs runs each"
declare -A times
for _ in $(seq "$runs"); do
  for binary in "${binaries[@]}"; do
    ms=$("$binary" build -q --clean --timings --draws 0 -c "$work/$options" -t Templates -o "$work/out" --cache "$work/cache" 2>&1 \
      | awk '$1 == "parse" { print $2 }')
    times[$binary]+="$ms "
  done
done
for binary in "${binaries[@]}"; do
  median=$(tr ' ' '\n' <<< "${times[$binary]}" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "parse: median $median ms ($(echo ${times[$binary]}| sed 's/ /, /g') ms)  $binary"
done
