#!/usr/bin/env bash
# make bench-scaling: how a clean build's time and peak memory grow with the size of the report, for Assay
# and Hugo on the same Markdown bodies: the median of five runs up to 10,000 options, one run above.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 50000}")
read -r -a sizes <<< "${sizes[*]}"
work=/dev/shm/assay-scaling
sudo=$([ "$(id -u)" = 0 ] || echo sudo)
command -v hugo >/dev/null && [ -x /usr/bin/time ] || { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends hugo time; }
swift build -c release --static-swift-stdlib --product assay >/dev/null
swift build -c release --static-swift-stdlib --product assay-synth >/dev/null
assay=$PWD/.build/release/assay synth=$PWD/.build/release/assay-synth templates=$PWD/Templates
measure() {  # label, runs, command…: prints the median wall seconds and the largest peak MB of the runs
  local runs=$2 times=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "${@:3}" >/dev/null 2>&1
    read -r seconds kilobytes < "$work/time"
    times+=("$seconds")
    peak=$(( kilobytes / 1024 > peak ? kilobytes / 1024 : peak ))
  done
  printf '%s %s %s\n' "$1" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" "$peak"
}
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version | cut -d' ' -f1-2)"
printf '%8s %8s | %9s %9s %8s | %9s %8s | %7s %9s %14s\n' options pages "assay s" "ms/page" "MB" "hugo s" "MB" "A/Hugo" "A mem/H" "ms/page÷first"
first=""
for size in "${sizes[@]}"; do
  rm -rf "$work" && mkdir -p "$work"
  "$synth" "$work/content" --options "$size" --actors 1 --criteria 4 --paragraphs 200
  python3 bench/hugo_site.py "$work/content" "$work/hugo"
  # Small builds take a fraction of a second and vary by a third from run to run: the median of five.
  runs=$([ "$size" -le 10000 ] && echo 5 || echo 1)
  read -r _ a am < <(measure assay "$runs" "$assay" build -q --clean --draws 0 -c "$work/content" -t "$templates" -o "$work/assay-out" --cache "$work/cache")
  read -r _ h hm < <(measure hugo "$runs" hugo --quiet -s "$work/hugo" -d "$work/hugo-out")
  pages=$(find "$work/assay-out" -name '*.html' | wc -l)
  per=$(python3 -c "print(1000*$a/$pages)")
  first=${first:-$per}
  python3 -c "print(f'{$size:>8} {$pages:>8} | {$a:9.2f} {$per:9.3f} {$am:8} | {$h:9.1f} {$hm:8} | {$a/$h:7.2f} {$am/$hm:9.2f} {$per/$first:14.2f}')"
done
rm -rf "$work"
echo "ms/page÷first: the time per page against the first size's (the target: at most 1.15 at 50,000 pages)."
