#!/usr/bin/env bash
# make bench: Assay against Hugo (same Markdown bodies) and the cmark floor (cmark over the same bytes,
# plus writing as many files), on synthetic content of several sizes, in a tmpfs. Medians of 5 runs after
# a warm-up (hyperfine), peak memory from /usr/bin/time -v, Assay's stage timings, and SMAA's cost apart;
# then a one-file incremental build against a clean one, re-anchoring every quote of a 50,000-word article into
# a new version against a clean build, and on the default content the time from a save to the page being
# rewritten under `assay watch`.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 3000 10000}")
read -r -a sizes <<< "${sizes[*]}"
work=/dev/shm/assay-bench
results=artifacts/bench
sudo=$([ "$(id -u)" = 0 ] || echo sudo)
missing=()
for tool in hyperfine hugo cmark; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; fi
swift build -c release --static-swift-stdlib --product assay >/dev/null
swift build -c release --static-swift-stdlib --product assay-synth >/dev/null
swift build -c release --static-swift-stdlib --product assay-warm >/dev/null
assay=$PWD/.build/release/assay synth=$PWD/.build/release/assay-synth warm=$PWD/.build/release/assay-warm templates=$PWD/Templates
rm -rf "$work" "$results" && mkdir -p "$work" "$results"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version | cut -d' ' -f1-2); cmark $(cmark --version | head -1 | cut -d' ' -f2)"
for size in "${sizes[@]}"; do
  dir=$work/$size out=$results/$size
  mkdir -p "$dir" "$out"
  "$synth" "$dir/content" --options "$size" --actors 1 --criteria 4 --paragraphs 200
  python3 bench/hugo_site.py "$dir/content" "$dir/hugo"
  python3 bench/floor_input.py "$dir/content" "$dir/all.md"
  clean="$assay build -q --clean --draws 0 -c $dir/content -t $templates -o $dir/assay-out --cache $dir/cache"
  $clean
  find "$dir/assay-out" -name '*.html' | wc -l > "$out/pages"
  echo "== $size options, $(cat "$out/pages") pages, $(du -sh "$dir/content" | cut -f1) of content"
  hyperfine --style basic --warmup 1 --runs 5 --export-json "$out/assay.json" "$clean" | grep -E "Time|Range"
  # One changed assessment before each run: the build reads and checks everything, renders only the pages
  # whose fingerprints changed and writes only the files whose bytes changed.
  $clean
  hyperfine --style basic --warmup 1 --runs 5 --export-json "$out/incremental.json" \
    --prepare "python3 bench/edit_one.py $dir/content" \
    "$assay build -q --draws 0 -c $dir/content -t $templates -o $dir/assay-out --cache $dir/cache" | grep -E "Time|Range"
  hyperfine --style basic --warmup 1 --runs 5 --export-json "$out/hugo.json" \
    "hugo --quiet -s $dir/hugo -d $dir/hugo-out" | grep -E "Time|Range"
  hyperfine --style basic --warmup 1 --runs 5 --export-json "$out/floor.json" \
    "sh -c 'cmark $dir/all.md | python3 bench/split_write.py $dir/floor-out'" | grep -E "Time|Range"
  /usr/bin/time -v $clean 2> "$out/assay.time"
  /usr/bin/time -v hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out" 2> "$out/hugo.time"
  echo "-- Assay stages (one run):"
  $clean --timings 2>&1 | sed 's/^/   /'
  echo "-- One-file incremental build, stages (one run):"
  python3 bench/edit_one.py "$dir/content"
  "$assay" build -q --timings --draws 0 -c "$dir/content" -t "$templates" -o "$dir/assay-out" --cache "$dir/cache" 2>&1 | sed 's/^/   /'
  # The same edit through a build session kept in memory, as `watch` and `serve` keep it.
  echo "-- Warm session (as under watch): one changed assessment, rebuilt 15 times; the median rebuild's stages:"
  "$warm" "$dir/content" "$templates" "$dir/warm-out" --edits 15 | tee "$out/warm.txt" | sed 's/^/   /'
  echo "-- Warm session, the assessment's level changed instead (its actor's evaluation is made again):"
  "$warm" "$dir/content" "$templates" "$dir/warm-out" --edits 7 --level | head -1 | tee "$out/warm-level.txt" | sed 's/^/   /'
  rm -rf "$dir/warm-out"
  echo "-- Evaluation with rank acceptability (SMAA, 10,000 draws), reported apart (median of 3):"
  for run in 1 2 3; do
    "$assay" build -q --clean --timings -c "$dir/content" -t "$templates" -o "$dir/assay-out" --cache "$dir/cache" 2>&1 | grep -E "evaluate"
  done | tee "$out/smaa.txt" | sed 's/^/   /'
done
# Re-anchoring: every quote of a 50,000-word article placed in a new version of it (paragraphs moved, sentences
# reworded by a word or deleted), against a clean build of the same content.
rdir=$work/reanchor rout=$results/reanchor
mkdir -p "$rdir" "$rout"
"$synth" "$rdir/content" --options 2500 --actors 1 --criteria 4 --paragraphs 1170
python3 bench/reword.py "$rdir/content" "$rdir/new.md"
echo "$(wc -w < "$rdir/content/article.md") words, $(grep -rh '^  - ' "$rdir/content" | wc -l) citations of $(grep -rh '^  - ' "$rdir/content" | sort -u | wc -l) quotes" > "$rout/size.txt"
echo "== Re-anchoring: $(cat "$rout/size.txt")"
{ "$assay" reanchor -c "$rdir/content" "$rdir/new.md" || true; } | head -1 | sed "s/^/   /"
hyperfine --style basic --warmup 1 --runs 5 -i --export-json "$rout/reanchor.json" "$assay reanchor -c $rdir/content $rdir/new.md" | grep -E "Time|Range"
hyperfine --style basic --warmup 1 --runs 5 --export-json "$rout/clean.json" \
  "$assay build -q --clean --draws 0 -c $rdir/content -t $templates -o $rdir/out --cache $rdir/cache" | grep -E "Time|Range"
echo
python3 bench/watch_latency.py "$assay" Content Templates "$work/watch" > "$results/watch.txt"
python3 bench/serve_latency.py "$assay" Content Templates "$work/serve" > "$results/serve.txt"
python3 bench/serve_slow_readers.py "$assay" Content Templates "$work/slow" | tee "$results/slow-readers.txt"
python3 bench/report.py "$results" "${sizes[@]}" | tee "$results/table.txt"
rm -rf "$work"
