#!/usr/bin/env bash
# The Linux release: dist/vigie-VERSION-TARGET.tar.gz (the binary, its manual pages, completions
# for bash, zsh, fish and PowerShell, INSTALL.txt in French, Dutch, German and English, the
# licence, the README), the Debian package (cargo-deb) and dist/SHA256SUMS.
#   scripts/release.sh [PROFILE]   release (default); dev reuses the test build, for CI
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/vigie-target}
profile=${1:-release}
folder=$([ "$profile" = dev ] && echo debug || echo "$profile")
cargo build --locked --quiet --profile "$profile" --bin vigie
bin="$CARGO_TARGET_DIR/$folder/vigie"
version=$("$bin" --version | cut -d' ' -f2)
name="vigie-$version-$(rustc -vV | sed -n 's/^host: //p')"

rm -rf dist
# Made by the binary from its own command line, so they never drift from it.
"$bin" package-files dist
mkdir "dist/$name"
cp -r dist/man dist/completions "dist/$name/"
install -m 755 "$bin" "dist/$name/vigie"
strip "dist/$name/vigie"
cp LICENSE README.md packaging/INSTALL.txt "dist/$name/"
# The binary carries the theme's fonts and the print profile: their licences travel with it.
mkdir "dist/$name/licences"
cp themes/default/fonts/OFL.txt "dist/$name/licences/AtkinsonHyperlegible-OFL.txt"
cp src/print/profiles/ISOcoated_v2_300_bas.txt "dist/$name/licences/"
tar -C dist -czf "dist/$name.tar.gz" "$name"
rm -r "dist/$name"

# The dev profile is for CI only: it reuses the test build (a release build takes 20 minutes).
fast=$([ "$profile" = dev ] && echo --fast || true)
cargo deb --profile "$profile" --no-build --strip $fast --output dist/ 2> >(grep -v "dev profile\|debug symbols set" >&2)
(cd dist && sha256sum -- *.tar.gz *.deb > SHA256SUMS)
ls -l dist
