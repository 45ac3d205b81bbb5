#!/usr/bin/env bash
# Benchmarks the release build of oc-acuity side by side with a peer doing byte-for-byte the
# same work (curl for HTTP, secret-tool for the keyring), against one `oc-acuity sandbox`
# served as its own process on loopback, and writes BENCHMARKS.md.
#
#   bench/run.sh           the full run: 10,000 and 50,000 instances, 20 runs a case
#   bench/run.sh --brief   a quick run for CI (200 and 2,000 instances, 3 runs a case); it
#                          prints its table and leaves BENCHMARKS.md as it is
#   --out FILE             where to write the table (default: BENCHMARKS.md, or a temp file
#                          with --brief)
#
# Needs hyperfine, GNU time, curl, jq, dbus-daemon, gnome-keyring-daemon and secret-tool:
# installed from Debian packages when missing (as root). Builds with cargo (honours
# CARGO_TARGET_DIR). Fails when a case fails or its output is wrong, not when a target is
# missed: BENCHMARKS.md says which are met.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

brief=false
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --brief) brief=true ;;
    --out) out=$2; shift ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if $brief; then
  small=200 large=2000 runs=3 warmup=1 large_runs=3
else
  # 50,000: the most one listing reads (250 pages of 200: MAX_PAGES in
  # src/api/platform/client.rs); a larger account is stopped with exit 1 by design.
  small=10000 large=50000 runs=20 warmup=3 large_runs=5
fi
# The account the create case runs in: reset to this many instances before every run.
account=20

say() { printf '\n== %s\n' "$*" >&2; }

# --- tools ---------------------------------------------------------------------------
need=(hyperfine:hyperfine /usr/bin/time:time curl:curl jq:jq dbus-daemon:dbus
  gnome-keyring-daemon:gnome-keyring secret-tool:libsecret-tools)
missing=()
for pair in "${need[@]}"; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench/run.sh: missing ${missing[*]}; run as root or: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# --- the release binary ----------------------------------------------------------------
say "building the release binary"
cargo build --release --locked --quiet
target_dir=$(cargo metadata --format-version 1 --no-deps | jq -r .target_directory)
bin="$target_dir/release/oc-acuity"
version=$("$bin" --version | awk '{print $2}')
agent="oc-acuity/$version"

# --- an isolated home, the sandbox, a private keyring -----------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/oc-acuity-bench.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work"/{home,config,data,cache,runtime,sandbox-data,results}
chmod 700 "$work/runtime"

# Nothing of the caller's: no OC_ACUITY_* settings, no session bus, no terminal colours.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep '^OC_ACUITY_' || true)
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY BROWSER
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" NO_COLOR=1

say "starting oc-acuity sandbox"
XDG_DATA_HOME="$work/sandbox-data" "$bin" sandbox --port 0 \
  >"$work/sandbox.out" 2>"$work/sandbox.err" </dev/null &
pids+=($!)
api=""
for _ in $(seq 100); do
  api=$(head -n1 "$work/sandbox.out" 2>/dev/null || true)
  [ -n "$api" ] && break
  sleep 0.1
done
if [ -z "$api" ]; then
  echo "bench/run.sh: the sandbox did not start:" >&2
  cat "$work/sandbox.err" >&2
  exit 1
fi
base=${api%/elements/api-v2}
echo "sandbox: $api" >&2
sandbox_reset() {
  XDG_DATA_HOME="$work/sandbox-data" "$bin" sandbox reset --yes >/dev/null 2>&1
}
# Adds instances until the account has $1.
seed_to() {
  local have
  have=$(curl -sSf -X POST -H 'Content-Type: application/json' \
    -d '{"count": 0, "prefix": "bench"}' "$base/sandbox/seed" | jq .total)
  curl -sSf -X POST -H 'Content-Type: application/json' \
    -d "{\"count\": $(($1 - have)), \"prefix\": \"bench\"}" "$base/sandbox/seed" >/dev/null
}

export OC_ACUITY_BASE_URL="$api" OC_ACUITY_USER_SECRET=u OC_ACUITY_ORG_SECRET=o
export OC_ACUITY_CLIENT_ID=cid OC_ACUITY_CLIENT_SECRET=csecret
export OC_ACUITY_CALLBACK_URL=https://app.example.com/cb

# hyperfine NAME [hyperfine options] -- COMMAND PEER: both in one run, side by side.
bench() {
  local name=$1
  shift
  hyperfine --style basic --export-json "$work/results/$name.json" "$@" >&2
}
# Median, min and max of result $2 (0: oc-acuity, 1: the peer) of case $1, in seconds.
stat_of() { jq -r ".results[$2] | \"\(.median) \(.min) \(.max)\"" "$work/results/$1.json"; }
# Peak resident memory of a command, in KiB.
peak_kib() {
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || {
    cat "$work/time.txt" >&2
    return 1
  }
  awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt"
}

# --- start-up ----------------------------------------------------------------------------
say "start-up"
bench startup -N --warmup "$warmup" --runs "$((runs * 5))" \
  "$bin --version" "curl --version"

# --- the cost of a command ---------------------------------------------------------------------
# What a command pays before its real work: `instance list` in an empty account on plain
# http (one GET, nothing to print) against `--version` (no work at all). No trust store is
# read on http; what is left is the runtime, the client and one round trip.
say "instance list, empty account, against --version"
sandbox_reset
[ "$("$bin" instance list --json | jq length)" -eq 0 ]
bench percommand -N --warmup "$warmup" --runs "$((runs * 5))" \
  "$bin instance list" "$bin --version"

# --- create --------------------------------------------------------------------------------
# oc-acuity looks the name up first (GET /elements/acuityscheduling/instances, one page in
# an account of $account), then POSTs on the same connection. The peer: one curl process
# doing that GET, then (`--next`) the same POST (same URL, headers and body), reusing the
# connection as oc-acuity does; the target applies to it. Beside it, for reference only,
# the same two requests as two curl processes (two starts, two connections). Each run gets
# a name of its own ($$ of its shell).
say "instance create"
body='{"element":{"key":"acuityscheduling"},"providerData":{"code":"bench-code"},"configuration":{"oauth.api.key":"cid","oauth.api.secret":"csecret","oauth.callback.url":"https://app.example.com/cb","event.notification.enabled":false},"name":"NAME"}'
lookup="-H 'Authorization: User u, Organization o' -H 'Accept: application/json' -A '$agent' '$api/elements/acuityscheduling/instances?pageSize=200'"
post="-H 'Authorization: User u, Organization o' -H 'Accept: application/json' -H 'Content-Type: application/json' -A '$agent' --data-binary '${body/NAME/bench-create-\$\$}' '$api/instances'"
curl_create="curl -sS -o /dev/null $lookup --next -sS --fail $post"
curl_create_two="curl -sS -o /dev/null $lookup && curl -sS --fail $post"
oc_create="$bin instance create --no-store --json --no-input --code bench-code --no-events --name bench-create-\$\$"
sandbox_reset
seed_to "$account"
# Each prints the instance made.
sh -c "$oc_create" | jq -e '.id > 0' >/dev/null
sh -c "$curl_create" | jq -e '.id > 0' >/dev/null
sh -c "$curl_create_two" | jq -e '.id > 0' >/dev/null
# One curl process, one connection: the POST reuses the lookup's.
[ "$(sh -c "${curl_create/curl -sS/curl -v -sS}" 2>&1 >/dev/null | grep -c '^\* Connected to')" -eq 1 ]
prepare="XDG_DATA_HOME='$work/sandbox-data' '$bin' sandbox reset --yes >/dev/null 2>&1 && curl -sSf -X POST -H 'Content-Type: application/json' -d '{\"count\": $account, \"prefix\": \"bench\"}' '$base/sandbox/seed' >/dev/null"
# --output pipe: the created instance's JSON goes to a reader, as in use (on /dev/null, a
# --no-store create's token would reach no one, which oc-acuity reports with exit 5).
bench create --warmup "$warmup" --runs "$runs" --prepare "$prepare" --output pipe \
  "$oc_create" "$curl_create" "$curl_create_two"

# --- instance token --------------------------------------------------------------------------
say "instance token (a private Secret Service)"
cat >"$work/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$work/runtime/bus</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
dbus-daemon --nofork --print-address=1 --config-file="$work/bus.conf" \
  >"$work/bus.address" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do
  [ -s "$work/bus.address" ] && break
  sleep 0.1
done
export DBUS_SESSION_BUS_ADDRESS
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$work/bus.address")
# The login keyring's password on stdin, then the daemon goes on unlocked.
gnome-keyring-daemon --foreground --unlock --components=secrets \
  < <(printf 'bench-password') >/dev/null 2>&1 &
pids+=($!)
token="bench1234/$(date +%s%N)="
ready=false
for _ in $(seq 100); do
  if printf '%s' "$token" | secret-tool store --label='oc-acuity default/instance-token' \
    service oc-acuity username default/instance-token 2>/dev/null; then
    ready=true
    break
  fi
  sleep 0.1
done
$ready || { echo "bench/run.sh: gnome-keyring-daemon did not serve" >&2; exit 1; }
[ "$("$bin" instance token)" = "$token" ]
[ "$(secret-tool lookup service oc-acuity username default/instance-token)" = "$token" ]
bench token -N --warmup "$warmup" --runs "$((runs * 2))" \
  "$bin instance token" "secret-tool lookup service oc-acuity username default/instance-token"
unset DBUS_SESSION_BUS_ADDRESS

# --- list ------------------------------------------------------------------------------------
list_case() { # NAME COUNT RUNS
  local name=$1 count=$2 n=$3
  say "instance list --json over $count instances"
  sandbox_reset
  seed_to "$count"
  [ "$("$bin" instance list --json | jq length)" -eq "$count" ]
  [ "$(bash bench/curl-list.sh "$api" "$agent" | jq -s 'map(length) | add')" -eq "$count" ]
  bench "$name" -N --warmup 1 --runs "$n" \
    "$bin instance list --json" "bash bench/curl-list.sh $api $agent"
}
list_case list_small "$small" "$runs"
peak_small=$(peak_kib "$bin" instance list --json)
peak_small_table=$(peak_kib "$bin" instance list)
peak_small_peer=$(peak_kib bash bench/curl-list.sh "$api" "$agent")
list_case list_large "$large" "$large_runs"
peak_large=$(peak_kib "$bin" instance list --json)
peak_large_table=$(peak_kib "$bin" instance list)
[ "$("$bin" instance list 2>/dev/null | wc -l)" -eq "$((large + 1))" ]

size=$(stat -c %s "$bin")

# --- BENCHMARKS.md ---------------------------------------------------------------------------
ms() { awk -v s="$1" 'BEGIN { v = s * 1000; if (v < 10) printf "%.2f ms", v; else if (v < 1000) printf "%.1f ms", v; else printf "%.2f s", v / 1000 }'; }
spread() { printf '%s – %s' "$(ms "$1")" "$(ms "$2")"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "met" : "**missed**" }'; }
count() { printf '%d' "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }

rows=""
declare -A ratio
row() { # CASE LABEL PEER-LABEL TARGET [PEER-INDEX]; TARGET "-": for reference, no target
  local name=$1 label=$2 peer=$3 target=$4 index=${5:-1} key=$1
  [ "$index" -eq 1 ] || key="$name-$index"
  read -r am amin amax < <(stat_of "$name" 0)
  read -r bm bmin bmax < <(stat_of "$name" "$index")
  ratio[$key]=$(awk -v a="$am" -v b="$bm" 'BEGIN { printf "%.2f", a / b }')
  local goal="≤ ${target}x" met
  met=$(verdict "${ratio[$key]}" "$target")
  if [ "$target" = - ]; then goal="none" met="(for reference)"; fi
  rows+="| $label | $(ms "$am") | $(spread "$amin" "$amax") | $peer | $(ms "$bm") | $(spread "$bmin" "$bmax") | ${ratio[$key]}x | $goal | $met |
"
}
# Backquotes in single quotes on purpose: Markdown code, not command substitution.
# shellcheck disable=SC2016
{
row startup 'start-up (`--version`)' '`curl --version`' 0.3
row percommand '`instance list`, empty account, plain http' '`oc-acuity --version`' 2.0
row create '`instance create --no-store --json`' 'one curl process: the name lookup GET, then (`--next`) the POST, one connection' 0.6
row create '`instance create --no-store --json`' 'two curl processes: the GET, then the POST' - 2
row token '`instance token` (Secret Service)' '`secret-tool lookup`' 1.0
row list_small "\`instance list --json\`, $(count "$small") instances" 'a bash loop of curl following `elements-next-page-token`' 0.8
row list_large "\`instance list --json\`, $(count "$large") instances" 'the same loop' 0.8
}
read -r small_med _ _ < <(stat_of list_small 0)
read -r large_med _ _ < <(stat_of list_large 0)
linear=$(awk -v a="$large_med" -v b="$small_med" 'BEGIN { printf "%.1f", a / b }')
# Linear: at most 1.2 times the ratio of the counts.
linear_target=$(awk -v l="$large" -v s="$small" 'BEGIN { printf "%g", 1.2 * l / s }')
size_mb=$(awk -v s="$size" 'BEGIN { printf "%.2f", s / 1000000 }')
peak_large_mib=$(awk -v k="$peak_large" 'BEGIN { printf "%.1f", k / 1024 }')
peak_large_table_mib=$(awk -v k="$peak_large_table" 'BEGIN { printf "%.1f", k / 1024 }')
peak_worst=$(awk -v a="$peak_large_mib" -v b="$peak_large_table_mib" 'BEGIN { print (a > b) ? a : b }')

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=""
if git status --porcelain --untracked-files=no 2>/dev/null | grep . >/dev/null; then
  dirty=" (with uncommitted changes)"
fi
mode=$($brief && echo "a brief run (\`bench/run.sh --brief\`)" || echo "a full run (\`bench/run.sh\`)")

if [ -z "$out" ]; then
  if $brief; then out="$work/BENCHMARKS.brief.md"; else out="$repo/BENCHMARKS.md"; fi
fi
{
  cat <<EOF
# Benchmarks

Written by $mode on $(date -u +%Y-%m-%d) at commit $commit$dirty, oc-acuity $version.
Each case runs oc-acuity's release build and its peer side by side in one hyperfine run
against one \`oc-acuity sandbox\` serving on loopback as its own process: $runs runs a side
after $warmup warm-up runs (start-up $((runs * 5)) runs, token $((runs * 2)); the lists 1
warm-up run, the largest $large_runs runs). The peers do byte-for-byte the same work: the
same HTTP requests (method, URL, header values, body) or the same keyring lookup.

Machine: $cpu, $(nproc) cores, $memory, Linux $(uname -r). It is shared with other builds,
so compare ratios (oc-acuity / peer, medians of the same run) rather than absolute times.

| case | oc-acuity median | min–max | peer | peer median | min–max | ratio | target | |
|---|---|---|---|---|---|---|---|---|
${rows}
| measure | value | target | |
|---|---|---|---|
| \`instance list\`, $(count "$large") instances: peak memory (\`/usr/bin/time -v\`) | $(mib "$peak_large") with \`--json\`, $(mib "$peak_large_table") as a table | < 16 MiB | $(verdict "$peak_worst" 15.99) |
| \`instance list --json\`: time for $(count "$large") / time for $(count "$small") | ${linear}x | ≤ ${linear_target}x | $(verdict "$linear" "$linear_target") |
| \`instance list\`, $(count "$small") instances: peak memory | $(mib "$peak_small") with \`--json\`, $(mib "$peak_small_table") as a table (the curl loop: $(mib "$peak_small_peer")) | | |
| release binary (\`target/release/oc-acuity\`) | $size_mb MB ($(count "$size") bytes) | < 8 MB | $(verdict "$size" 7999999) |

## The cases

- **start-up**: \`oc-acuity --version\` against \`curl --version\` (no shell: \`hyperfine -N\`).
- **the cost of a command**: \`oc-acuity instance list\` in an empty account (one GET on plain
  http, nothing to print) against \`oc-acuity --version\` (no work), side by side: what a
  command pays before its real work (the runtime, the HTTP client, one round trip).
- **create**: \`oc-acuity instance create --no-store --json --code C --name N\` in an account of
  $account instances (reset before every run, not timed). oc-acuity first looks the name up
  (\`GET /elements/acuityscheduling/instances?pageSize=200\`: one page here), then
  \`POST /instances\` on the same connection. The peer the target applies to is one curl
  process doing that GET and then, after \`--next\`, the same POST with the same headers and
  body, on the one connection (the script checks that curl connects once). The row below
  it, for reference only, is the same two requests as two curl processes: two starts and
  two connections that oc-acuity does not pay. All run in \`sh -c\` (a name of its own per
  run: \`\$\$\`), whose start hyperfine subtracts.
- **token**: \`oc-acuity instance token\` against \`secret-tool lookup service oc-acuity
  username default/instance-token\`, on a private dbus-daemon and an unlocked
  gnome-keyring-daemon (the real Secret Service), the token stored first.
- **list**: \`oc-acuity instance list --json\` against \`bench/curl-list.sh\`, a bash loop of
  curl asking for the same pages of 200 and following \`elements-next-page-token\`, each
  page printed as it comes (both to /dev/null). The account is seeded through the
  sandbox's \`POST /sandbox/seed\`. Peak memory is GNU time's maximum resident set size.
EOF
  if [ -f bench/notes.md ]; then
    printf '\n'
    cat bench/notes.md
  fi
} >"$out"

say "written: $out"
cat "$out"
