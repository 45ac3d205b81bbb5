#!/usr/bin/env bash
# Runs every cargo-fuzz target of oc-acuity for SECONDS each (default 60) and prints, per
# target, libFuzzer's executions, coverage, corpus and whether it found a crash.
#
#   fuzz/run.sh [SECONDS]
#
# Needs a nightly toolchain (rustup toolchain install nightly) and cargo-fuzz (installed
# here with `cargo install --locked cargo-fuzz` when missing). The corpus of each target
# grows in fuzz/corpus/<target>/ (only the seed-* files are in git); a crash is saved in
# fuzz/artifacts/<target>/ and replayed with `cargo +nightly fuzz run <target> <file>`.
# Each run's full libFuzzer output is in fuzz/logs/<target>.log. Exit status 1 when a
# target crashed.
set -uo pipefail

duration="${1:-60}"
case "$duration" in
  '' | *[!0-9]*)
    echo "usage: $0 [SECONDS]  (a whole number of seconds per target; default 60)" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")" || exit 2

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "error: no nightly Rust toolchain: cargo-fuzz needs one (libFuzzer and sanitizers are" >&2
  echo "nightly-only). Install it with: rustup toolchain install nightly" >&2
  echo "(The proptests of the same parsers run on stable: cargo test --lib proptests.)" >&2
  exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz is missing: installing it (cargo install --locked cargo-fuzz)" >&2
  if ! cargo install --locked cargo-fuzz; then
    echo "error: could not install cargo-fuzz; install it by hand: cargo install --locked cargo-fuzz" >&2
    exit 2
  fi
fi

echo "$(cargo +nightly --version); $(cargo +nightly fuzz --version)"
mapfile -t targets < <(cargo +nightly fuzz list)
if [ "${#targets[@]}" -eq 0 ]; then
  echo "error: cargo fuzz list found no target" >&2
  exit 2
fi

build_start=$(date +%s)
echo "building ${targets[*]} ..."
if ! cargo +nightly fuzz build; then
  echo "error: the fuzz targets did not build" >&2
  exit 2
fi
echo "built in $(($(date +%s) - build_start)) s"

mkdir -p logs
crashed=0
summary=()
for target in "${targets[@]}"; do
  log="logs/$target.log"
  mkdir -p "corpus/$target"
  echo "fuzzing $target for $duration s (log: fuzz/$log) ..."
  cargo +nightly fuzz run "$target" -- \
    -max_total_time="$duration" -print_final_stats=1 >"$log" 2>&1
  status=$?

  # libFuzzer's final stats, else its last progress line ("#N DONE cov: .. ft: .. corp: ..").
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  last=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1)
  [ -n "$execs" ] || execs=$(printf '%s' "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(printf '%s' "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
  ft=$(printf '%s' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  corp=$(printf '%s' "$last" | sed -n 's/.* corp: \([^ ]*\).*/\1/p')
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)

  if [ "$status" -ne 0 ] || [ -n "$artifact" ]; then
    crashed=1
    result="CRASH (exit $status)${artifact:+: $artifact}"
    grep -m 3 -E 'panicked at|ERROR: (libFuzzer|AddressSanitizer)|deadly signal' "$log" | sed 's/^/    /'
  else
    result="no crash"
  fi
  summary+=("$(printf '%-18s execs %-10s exec/s %-7s cov %-6s ft %-6s corpus %-12s %s' \
    "$target" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result")")
done

echo
echo "summary ($duration s per target; corpus: units/bytes):"
printf '  %s\n' "${summary[@]}"
exit "$crashed"
