#!/usr/bin/env bash
# Leaflets: Vigie's embedded Typst against WeasyPrint making the equivalent HTML leaflet, in the
# same run, on a generated site of N capsules that all have a photo (10 different photos).
#   benches/compare-weasyprint.sh [N=1000] [W=50]
# W is how many leaflets WeasyPrint makes (at about half a second each, a thousand would take
# ten minutes); its time per leaflet is what is compared.
# Needs WeasyPrint and segno (`pip install weasyprint segno`).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/vigie-target}
N=${1:-1000}
W=${2:-50}
cargo build --release --quiet --bin vigie --example generate_site
VIGIE="$CARGO_TARGET_DIR/release/vigie"
GEN="$CARGO_TARGET_DIR/release/examples/generate_site"
echo "vigie $("$VIGIE" --version | cut -d' ' -f2), weasyprint $(python3 -c 'import weasyprint; print(weasyprint.__version__)'), $(nproc) cores"

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$GEN" "$dir" "$N" "$N" 10
site="$dir/vigie"
log=$(mktemp)
# run LABEL COMMAND…: wall time and peak memory, and the leaflets line of Vigie's summary.
run() {
  local label=$1; shift
  sync; sleep 2
  /usr/bin/time -o "$log" -f "%e %M" "$@" >"$dir/stdout" 2>/dev/null
  read -r t m < <(tail -1 "$log")
  printf "%-44s %6.2f s %7.1f MiB\n" "$label" "$t" "$(awk "BEGIN{print $m/1024}")"
  grep -h 'leaflets:' "$dir/stdout" | sed 's/^ */    /' || true
}

# The web pictures first, so that the runs below differ by their PDF work alone.
"$VIGIE" --root "$site" build --now 2026-11-30 --no-leaflets --output "$dir/out" >/dev/null
run "vigie build --no-leaflets (pictures cached)" "$VIGIE" --root "$site" build --now 2026-11-30 --no-leaflets --output "$dir/out"
rm -rf "$site/.vigie-cache/print"
run "vigie build, $N leaflets typeset" "$VIGIE" --root "$site" build --now 2026-11-30 --output "$dir/out"
run "vigie build again, no capsule changed" "$VIGIE" --root "$site" build --now 2026-11-30 --output "$dir/out"
# Typesetting alone: the print photos stay cached (WeasyPrint's are made before its clock starts).
find "$site/.vigie-cache/print" -name '*.pdf' -delete -o -name '*.fit' -delete
run "vigie build, typesetting again, photos cached" "$VIGIE" --root "$site" build --now 2026-11-30 --output "$dir/out"
# The same without the booklet of every tip (a layout override that prints one line).
mkdir -p "$site/templates/leaflet"
printf '#let booklet(data) = [—]\n' >"$site/templates/leaflet/booklet.typ"
find "$site/.vigie-cache/print" -name '*.pdf' -delete -o -name '*.fit' -delete
run "  the same, leaflets alone (booklet emptied)" "$VIGIE" --root "$site" build --now 2026-11-30 --output "$dir/out"
rm -r "$site/templates"
sync; sleep 2
/usr/bin/time -o "$log" -f "%e %M" python3 benches/weasyprint_leaflets.py "$site" "$dir/weasy" "$W" >"$dir/stdout" 2>/dev/null
read -r t m < <(tail -1 "$log")
printf "%-44s %6.2f s %7.1f MiB\n" "weasyprint, $W leaflets" "$t" "$(awk "BEGIN{print $m/1024}")"
sed 's/^/    /' "$dir/stdout"
printf "    sizes: vigie %s KiB, weasyprint %s KiB per leaflet (average)\n" \
  "$(find "$dir/out" -name leaflet.pdf -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s/NR/1024}')" \
  "$(find "$dir/weasy" -name '*.pdf' -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s/NR/1024}')"
rm -f "$log"
