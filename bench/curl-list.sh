#!/usr/bin/env bash
# The peer of `oc-acuity instance list --json`: a shell loop of curl doing byte-for-byte the
# same HTTP work (the same GETs, headers and paging), printing each page's JSON as it comes.
# Usage: bench/curl-list.sh API_ROOT USER_AGENT
set -euo pipefail
root=$1
agent=$2
token=""
while :; do
  url="$root/elements/acuityscheduling/instances?pageSize=200"
  if [ -n "$token" ]; then
    url="$url&nextPage=$token"
  fi
  # The body goes to stdout (fd 3 here); the next page's token comes back on stderr.
  { token=$(curl -sS --fail -H 'Authorization: User u, Organization o' \
    -H 'Accept: application/json' -A "$agent" \
    -w '%{stderr}%header{elements-next-page-token}' "$url" 2>&1 >&3); } 3>&1
  if [ -z "$token" ]; then
    break
  fi
done
