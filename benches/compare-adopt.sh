#!/usr/bin/env bash
# Adopting every capsule a large site offers (issue 30): a generated site of N capsules, all
# offered, each with a 12-megapixel photo (POOL different ones), built with [exchange]
# share = true and served on 127.0.0.1; an empty site adopts them all from its address
# (`vigie import site ADDRESS --all`): first with an empty cache, then again after the adopted
# bundles are removed (pictures from .vigie-cache/adopted). Best of 3 each.
#   benches/compare-adopt.sh [N [POOL]]   (default 1000 20)
# No peer: no other tool adopts another site's content with its pictures.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
n=${1:-1000}
pool=${2:-20}
dir=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server"; rm -rf "$dir"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$GEN" "$dir/gen" "$n" "$n" "$pool" >/dev/null
source_site=$dir/gen/vigie
# Every capsule offered: ended alerts never are, so the generated alerts become news items.
find "$source_site/content" -name 'index.fr.md' -exec sed -i -e 's/^kind = "alert"/kind = "news"/' -e '/^expires = /d' {} +
sed -i "s|^base_url = .*|base_url = \"http://127.0.0.1:$port\"|" "$source_site/site.toml"
printf '\n[exchange]\nshare = true\n' >>"$source_site/site.toml"
"$VIGIE" --root "$source_site" build --no-leaflets --now 2026-12-01T12:00:00+01:00 >/dev/null
offered=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['capsules']))" "$source_site/public/exchange.json")
# A static host that answers as many requests at once as Vigie sends.
(cd "$source_site/public" && exec timeout 1800 python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/exchange.json" -o /dev/null && break; sleep 0.2; done

adopter=$dir/adopter
mkdir -p "$adopter"
cp "$source_site/site.toml" "$adopter/site.toml"
sed -i '/^\[exchange\]/,$d' "$adopter/site.toml"
time_adoption() {
  local log
  log=$(mktemp)
  sync; sleep 1
  /usr/bin/time -o "$log" -f "%e %M" "$VIGIE" --root "$adopter" import site "http://127.0.0.1:$port" --all >/dev/null
  tail -1 "$log"
  rm -f "$log"
}
best() { sort -n | head -1; }
cold=$(for _ in 1 2 3; do rm -rf "$adopter/content" "$adopter/.vigie-cache"; time_adoption; done | best)
warm=$(for _ in 1 2 3; do rm -rf "$adopter/content"; time_adoption; done | best)
adopted=$(find "$adopter/content/capsules" -name photo.jpg | wc -l)
echo "offered: $offered capsules; adopted with their photo: $adopted"
printf "adopt all, empty cache:   %6.2f s %7.1f MiB\n" $(echo "$cold" | awk '{print $1, $2/1024}')
printf "adopt all, from the cache: %6.2f s %7.1f MiB\n" $(echo "$warm" | awk '{print $1, $2/1024}')
