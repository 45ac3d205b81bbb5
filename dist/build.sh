#!/usr/bin/env bash
# Builds the release artifacts into target/dist/ (see README, "Release"):
#   oc-acuity-VERSION-x86_64-unknown-linux-musl.tar.gz, ...-aarch64-unknown-linux-musl.tar.gz
#       static binaries with the man pages, completions, CI examples, README and licenses
#   oc-acuity_VERSION_amd64.deb, oc-acuity_VERSION_arm64.deb
#   oc-acuity-VERSION-x86_64-pc-windows-gnu.zip
#   SHA256SUMS over all of them
#   container/: the build context of the container image (dist/Dockerfile, both static
#       binaries, CA certificates): `docker build -t oc-acuity target/dist/container`
#
# Tools, and why these: rustup's musl targets (Rust ships musl's libc and start files, so
# the binaries are static with no musl toolchain beyond a C compiler for ring); Debian's
# musl-tools (musl-gcc for ring's C on x86_64) and gcc-aarch64-linux-gnu (ring's C and the
# link driver for aarch64: musl targets link self-contained, so a glibc cross gcc serves),
# gcc-mingw-w64-x86-64 for Windows: all from the same apt as the rest of CI, no toolchain
# download. The .deb is assembled with dpkg-deb (on every Debian machine; cargo-deb would
# be one more build for a dozen lines of control file), the .zip with zip.
# cargo-auditable embeds the dependency list in each binary (`cargo audit bin`, syft and
# trivy read it); when it is not on PATH it is built once into target/dist-tools/.
# Missing Debian packages are named, not installed: `.ci/run` (CI) installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

auditable_version=0.7.7
version=$(cargo pkgid --quiet | sed 's/.*[#@]//')
# The .deb's Maintainer field: set DEB_MAINTAINER to "Name <email>" for a real release.
maintainer=${DEB_MAINTAINER:-oc-acuity developers <maintainers@oc-acuity.example>}
# target/ unless CARGO_TARGET_DIR says otherwise.
target_dir=$(realpath -m "${CARGO_TARGET_DIR:-target}")
dist=$target_dir/dist
linux_targets=(x86_64-unknown-linux-musl aarch64-unknown-linux-musl)
windows_target=x86_64-pc-windows-gnu
# Reproducible archives: every file dated by the last commit.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
umask 022

need() { # program, Debian package
  command -v "$1" >/dev/null || {
    echo "dist/build.sh: $1 is missing: apt-get install $2" >&2
    exit 1
  }
}
need musl-gcc musl-tools
need aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu
need x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64
need dpkg-deb dpkg
need zip zip
[ -f /etc/ssl/certs/ca-certificates.crt ] || {
  echo "dist/build.sh: /etc/ssl/certs/ca-certificates.crt is missing: apt-get install ca-certificates" >&2
  exit 1
}
installed_targets=$(rustup target list --installed)
for target in "${linux_targets[@]}" "$windows_target"; do
  grep -qx "$target" <<<"$installed_targets" || rustup target add "$target"
done
if ! command -v cargo-auditable >/dev/null; then
  tools=$target_dir/dist-tools
  if [ ! -x "$tools/bin/cargo-auditable" ]; then
    echo "dist/build.sh: building cargo-auditable $auditable_version into $tools" >&2
    cargo install --quiet --locked --root "$tools" "cargo-auditable@$auditable_version"
  fi
  export PATH="$tools/bin:$PATH"
fi

# One cargo run for the three targets, so that their crates build side by side.
export CC_x86_64_unknown_linux_musl=musl-gcc
export CC_aarch64_unknown_linux_musl=aarch64-linux-gnu-gcc
export AR_aarch64_unknown_linux_musl=aarch64-linux-gnu-ar
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER=aarch64-linux-gnu-gcc
target_args=()
for target in "${linux_targets[@]}" "$windows_target"; do
  target_args+=(--target "$target")
done
cargo auditable build --release --locked "${target_args[@]}"

rm -rf "$dist"
mkdir -p "$dist"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The man pages and completions come from the x86_64 binary itself (it runs here), so
# they always describe the binary they ship with.
generator=$target_dir/x86_64-unknown-linux-musl/release/oc-acuity
generated=$stage/generated
mkdir -p "$generated/man" "$generated/completions"
"$generator" man --out-dir "$generated/man" >/dev/null
"$generator" completions bash >"$generated/completions/oc-acuity.bash"
"$generator" completions zsh >"$generated/completions/_oc-acuity"
"$generator" completions fish >"$generated/completions/oc-acuity.fish"
"$generator" completions powershell >"$generated/completions/_oc-acuity.ps1"
"$generator" completions elvish >"$generated/completions/oc-acuity.elv"

# Puts what every archive carries beside the binary into folder $1.
add_docs() {
  cp README.md LICENSE-MIT LICENSE-APACHE "$1/"
  mkdir -p "$1/doc/man" "$1/completions" "$1/examples/ci"
  cp "$generated"/man/*.1 "$1/doc/man/"
  cp "$generated"/completions/* "$1/completions/"
  cp examples/ci/provision.sh examples/ci/github-actions.yml examples/ci/gitlab-ci.yml "$1/examples/ci/"
}

# A gzipped tar whose bytes depend only on the files (order, owners, dates fixed).
tar_gz() { # archive, folder inside $stage
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$stage" -c "$2" | gzip -9n >"$1"
}

for target in "${linux_targets[@]}"; do
  name=oc-acuity-$version-$target
  mkdir -p "$stage/$name"
  install -m 0755 "$target_dir/$target/release/oc-acuity" "$stage/$name/oc-acuity"
  add_docs "$stage/$name"
  tar_gz "$dist/$name.tar.gz" "$name"
done

name=oc-acuity-$version-$windows_target
mkdir -p "$stage/$name"
cp "$target_dir/$windows_target/release/oc-acuity.exe" "$stage/$name/"
add_docs "$stage/$name"
find "$stage/$name" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
(cd "$stage" && find "$name" -print | LC_ALL=C sort | zip -q -X -9 "$dist/$name.zip" -@)

# The Debian package of binary $2 for architecture $1: the binary in /usr/bin, the man
# pages gzipped in /usr/share/man/man1, the completions where bash, zsh and fish look for
# them, the copyright and changelog where Debian policy puts them.
deb() { # architecture, binary
  local arch=$1 binary=$2 pkg=$stage/deb-$1
  local docs=$pkg/usr/share/doc/oc-acuity
  mkdir -p "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/man/man1" "$docs" \
    "$pkg/usr/share/bash-completion/completions" "$pkg/usr/share/zsh/vendor-completions" \
    "$pkg/usr/share/fish/vendor_completions.d"
  install -m 0755 "$binary" "$pkg/usr/bin/oc-acuity"
  local page
  for page in "$generated"/man/*.1; do
    gzip -9n -c -- "$page" >"$pkg/usr/share/man/man1/${page##*/}.gz"
  done
  cp "$generated/completions/oc-acuity.bash" "$pkg/usr/share/bash-completion/completions/oc-acuity"
  cp "$generated/completions/_oc-acuity" "$pkg/usr/share/zsh/vendor-completions/_oc-acuity"
  cp "$generated/completions/oc-acuity.fish" "$pkg/usr/share/fish/vendor_completions.d/oc-acuity.fish"
  deb_copyright >"$docs/copyright"
  deb_changelog | gzip -9n >"$docs/changelog.gz"
  # Static on purpose (it runs on any Debian or Ubuntu release, old glibc or none), as
  # busybox-static is; the x86_64 binary is a static PIE, which lintian takes for a library.
  mkdir -p "$pkg/usr/share/lintian/overrides"
  cat >"$pkg/usr/share/lintian/overrides/oc-acuity" <<OVERRIDES
oc-acuity: statically-linked-binary [usr/bin/oc-acuity]
oc-acuity: shared-library-lacks-prerequisites [usr/bin/oc-acuity]
OVERRIDES
  cat >"$pkg/DEBIAN/control" <<CONTROL
Package: oc-acuity
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Section: utils
Priority: optional
Suggests: gnome-keyring
Description: provision SAP Open Connectors instances of Acuity Scheduling
 oc-acuity provisions SAP Open Connectors instances of the Acuity Scheduling
 connector with webhook events turned on, in one command, and keeps what it
 gets back (the instance id and token) in the OS keyring (Secret Service).
 It is scriptable for CI jobs (--no-input --json, documented exit codes) and
 carries an emulator of both services to try it without an account.
CONTROL
  (cd "$pkg" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum >DEBIAN/md5sums)
  find "$pkg" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  dpkg-deb --root-owner-group -Zxz --build "$pkg" "$dist/oc-acuity_${version}_$arch.deb" >/dev/null
}

# Debian's machine-readable copyright format, the project's licenses in it.
deb_copyright() {
  cat <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: oc-acuity
Comment: The binary is statically linked with the Rust crates it depends on; their
 list is embedded in it (cargo-auditable) and their licenses are checked by the
 project's CI (cargo deny check licenses).

Files: *
Copyright: $(date -u -d "@$SOURCE_DATE_EPOCH" +%Y) the oc-acuity developers
License: MIT or Apache-2.0

License: MIT
$(sed 's/^$/./; s/^/ /' LICENSE-MIT)

License: Apache-2.0
 On Debian systems, the complete text of the Apache License, Version 2.0 can be
 found in "/usr/share/common-licenses/Apache-2.0".
COPYRIGHT
}

deb_changelog() {
  cat <<CHANGELOG
oc-acuity ($version) unstable; urgency=medium

  * Release $version; see the README's Release section for how it was built.

 -- $maintainer  $(date -u -R -d "@$SOURCE_DATE_EPOCH")
CHANGELOG
}

deb amd64 "$target_dir"/x86_64-unknown-linux-musl/release/oc-acuity
deb arm64 "$target_dir"/aarch64-unknown-linux-musl/release/oc-acuity

# The container image's build context: dist/Dockerfile copies each platform's binary
# from amd64/ or arm64/ (BuildKit's TARGETARCH), and the CA certificates.
context=$dist/container
mkdir -p "$context/amd64" "$context/arm64" "$context/home"
cp dist/Dockerfile "$context/"
install -m 0755 "$target_dir"/x86_64-unknown-linux-musl/release/oc-acuity "$context/amd64/"
install -m 0755 "$target_dir"/aarch64-unknown-linux-musl/release/oc-acuity "$context/arm64/"
cp /etc/ssl/certs/ca-certificates.crt "$context/"

(cd "$dist" && sha256sum -- *.tar.gz *.deb *.zip >SHA256SUMS)
echo "dist/build.sh: wrote $dist:" >&2
(cd "$dist" && ls -l -- *.tar.gz *.deb *.zip SHA256SUMS) >&2
