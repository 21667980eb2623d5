#!/usr/bin/env bash
# `vigie publish` over SFTP on loopback, beside rsync over SSH and `lftp mirror -R` (SFTP) on
# the same built site, in the same run: the first publish, then after a one-capsule edit.
#   benches/compare-publish.sh [N] [PROFILE]   N capsules (default 1000), with their leaflets;
#                                              PROFILE release (default) or debug
# Starts its own sshd on a free port with keys made for it. Vigie's figures include its build
# (load, pages, leaflets from the cache, compare); rsync's and lftp's only the transfer of the
# folder Vigie built, so they are the lower bound a transfer tool gives.
# Needs openssh-server, rsync and lftp (apt-get install rsync lftp).
set -euo pipefail
# Its lines are read in English below, whatever the machine's language.
export VIGIE_LANG=en
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/vigie-target}
n=${1:-1000}
profile=${2:-release}
flag=$([ "$profile" = release ] && echo --release || true)
cargo build $flag --quiet --bin vigie --example generate_site
VIGIE="$CARGO_TARGET_DIR/$profile/vigie"
GEN="$CARGO_TARGET_DIR/$profile/examples/generate_site"
echo "vigie $("$VIGIE" --version | cut -d' ' -f2) ($profile), $(rsync --version | head -1 | tr -s ' ' | cut -d' ' -f1-3), $(lftp --version | head -1 | cut -d' ' -f1-4), $(nproc) cores"

dir=$(mktemp -d)
trap 'kill $(cat "$dir/sshd.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$dir"' EXIT
ssh-keygen -q -t ed25519 -N "" -f "$dir/host"
ssh-keygen -q -t ed25519 -N "" -f "$dir/user"
cp "$dir/user.pub" "$dir/authorized_keys"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$dir/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
StrictModes no
Subsystem sftp internal-sftp
EOF
mkdir -p /run/sshd "$dir/www-vigie" "$dir/www-rsync" "$dir/www-lftp"
/usr/sbin/sshd -f "$dir/sshd_config"
sleep 0.5
echo "127.0.0.1 $(cut -d' ' -f1-2 "$dir/host.pub")" | sed "s/^127.0.0.1/[127.0.0.1]:$port/" > "$dir/known_hosts"
ssh_cmd="ssh -p $port -i $dir/user -o UserKnownHostsFile=$dir/known_hosts -o BatchMode=yes"

"$GEN" "$dir/gen" "$n" >/dev/null
site="$dir/gen/vigie"
cat >> "$site/site.toml" <<EOF

[publish.bench]
url = "sftp://root@127.0.0.1:$port$dir/www-vigie"
identity = "$dir/user"
known_hosts = "$(cut -d' ' -f1-2 "$dir/host.pub")"
EOF
built="$site/.vigie-cache/publish/bench"

# Wall-clock seconds of a shell function (which /usr/bin/time cannot run); its output kept.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$dir/out" 2>"$dir/err" || { cat "$dir/err" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}
rsync_it() { rsync -a --delete -e "$ssh_cmd" "$built/" "root@127.0.0.1:$dir/www-rsync/"; }
lftp_it() {
  lftp -c "set sftp:connect-program '$ssh_cmd -a -x'; open sftp://root:@127.0.0.1:$port; mirror -R --delete --parallel=1 $built $dir/www-lftp"
}
vigie_it() { "$VIGIE" --root "$site" publish --yes --now 2026-11-30; }
# Without sending, to see where time goes.
vigie_dry() { "$VIGIE" --root "$site" publish --dry-run --now 2026-11-30; }

# The leaflets are typeset once, by a build, so that every publish below finds them cached as
# a webmaster's publishes do; the first publish still loads, writes and sends the whole site.
"$VIGIE" --root "$site" build --now 2026-11-30 --output "$dir/warm" >/dev/null
first_vigie=$(seconds vigie_it)
files=$(find "$built" -type f | wc -l)
bytes=$(du -sb "$built" | cut -f1)
first_rsync=$(seconds rsync_it)
first_lftp=$(seconds lftp_it)

# The first tip (a tip's edit typesets its leaflet and the booklet of every tip again); a glob,
# since `ls | head` fails the script under pipefail when ls is cut off.
tips=$(grep -l 'kind = "tip"' "$site"/content/capsules/*/index.fr.md)
tip=${tips%%$'\n'*}
sed -i '$ s/$/ Une phrase de plus./' "$tip"
edit_vigie=$(seconds vigie_it)
sent=$(grep -m1 "Published" "$dir/out" || true)
edit_rsync=$(seconds rsync_it)
edit_lftp=$(seconds lftp_it)
same=yes
diff -rq --exclude=.vigie-manifest.json --exclude=.vigie-output "$dir/www-vigie" "$built" >"$dir/diff" || same=no
# Another edit of the same tip, without sending: the build, the log-in and the manifest read.
sed -i '$ s/$/ Et une autre./' "$tip"
edit_dry=$(seconds vigie_dry)

printf "%s capsules, %s files, %s MB\n" "$n" "$files" "$((bytes / 1000000))"
printf "  %-34s %8s %14s\n" "" "first" "one-capsule edit"
printf "  %-34s %7ss %13ss\n" "vigie publish (build + compare + send)" "$first_vigie" "$edit_vigie"
printf "  %-34s %7s  %13ss\n" "vigie publish --dry-run (another edit)" "" "$edit_dry"
printf "  %-34s %7ss %13ss\n" "rsync -a --delete over SSH" "$first_rsync" "$edit_rsync"
printf "  %-34s %7ss %13ss\n" "lftp mirror -R --delete (SFTP)" "$first_lftp" "$edit_lftp"
echo "  vigie's edit publish: $sent"
if [ "$same" = yes ]; then
  echo "  the target equals the build"
else
  echo "  the target differs from the build:"; head -20 "$dir/diff"; exit 1
fi
