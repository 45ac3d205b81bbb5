#!/usr/bin/env bash
# Provision an Acuity Scheduling instance from a CI job: secrets from the environment,
# no prompts, JSON out, every exit code of oc-acuity handled by name. Safe to rerun: the
# instance name is the key, so a second run of the same job adopts the instance the first
# one made (`--if-exists reuse`) and exits 0 again. The token never reaches the job's log:
# it is written to $TOKEN_FILE (mode 0600) for the next step, and on GitHub Actions masked
# before anything else runs.
#
# Needs: oc-acuity and jq on PATH, and in the environment
#   OC_ACUITY_USER_SECRET, OC_ACUITY_ORG_SECRET, OC_ACUITY_CLIENT_SECRET (secrets)
#   OC_ACUITY_CLIENT_ID, OC_ACUITY_CALLBACK_URL, OC_ACUITY_EVENT_CALLBACK_URL
#   ACUITY_CODE_FILE   a file holding the OAuth grant code
#   TOKEN_FILE         where to write the instance token
#   INSTANCE_NAME      optional, default acuity-ci: keep it stable, it is what makes reruns safe
#   IF_EXISTS          optional, default reuse (adopt the instance of that name); `reauth`
#                      authorizes it again with the new code; `fail` stops with exit 1
#   OC_ACUITY_BASE_URL optional, another data center (or a sandbox)
# Writes instance_id=... and webhook_url=... to $GITHUB_OUTPUT when there is one, else stdout.
set -euo pipefail

: "${ACUITY_CODE_FILE:?set ACUITY_CODE_FILE to a file holding the grant code}"
: "${TOKEN_FILE:?set TOKEN_FILE to where the instance token should go}"
name=${INSTANCE_NAME:-acuity-ci}

set +e
result=$(oc-acuity instance create --no-input --json --no-store \
  --name "$name" --if-exists "${IF_EXISTS:-reuse}" --code-file "$ACUITY_CODE_FILE" --tag ci)
status=$?
set -e

# oc-acuity's exit codes (README, "Exit codes"); its own message is already on stderr.
case $status in
  0) ;; # created, recovered, reused or reauthorized: the JSON is on stdout
  1) echo "provision: failed (exit 1: the platform refused, the network failed, or IF_EXISTS=fail met the name; the reason is above)" >&2
     exit 1 ;;
  2) echo "provision: bad input (exit 2: a missing or invalid setting, named above); nothing was sent: fix the job's settings" >&2
     exit 2 ;;
  3) echo "provision: outcome unknown (exit 3: the create was sent, no answer came back); rerun this job: it adopts the instance \"$name\" if it was made" >&2
     exit 3 ;;
  4) echo "provision: credentials rejected (exit 4); check the OC_ACUITY_* secrets" >&2
     exit 4 ;;
  5) # Created but not stored: with --no-store nothing is stored anyway, and the id and
     # token are on stdout, so the job can go on.
     echo "provision: created but not stored (exit 5); going on with the token from the output" >&2 ;;
  130 | 143 | 129) echo "provision: interrupted (exit $status); rerun this job: it adopts the instance \"$name\" if it was made" >&2
     exit "$status" ;;
  *) echo "provision: oc-acuity exited with $status, which it does not document" >&2
     exit "$status" ;;
esac

token=$(jq -r '.token // empty' <<<"$result")
if [ -z "$token" ]; then
  echo "provision: the output holds no token" >&2
  exit 1
fi
if [ "${GITHUB_ACTIONS:-}" = true ]; then
  echo "::add-mask::$token"
fi
id=$(jq -r '.id' <<<"$result")
webhook_url=$(jq -r '.webhookUrl' <<<"$result")
action=$(jq -r '.action' <<<"$result")
rm -f "$TOKEN_FILE" # a new file, so that the umask sets its mode
(umask 077 && printf '%s\n' "$token" > "$TOKEN_FILE")
echo "provision: instance $id \"$name\" $action; its token is in $TOKEN_FILE" >&2

# Outputs for the next steps: GitHub Actions' file when there is one, else stdout.
out=${GITHUB_OUTPUT:-/dev/stdout}
{
  echo "instance_id=$id"
  echo "webhook_url=$webhook_url"
} >> "$out"
