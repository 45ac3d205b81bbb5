#!/usr/bin/env bash
# Provision an Acuity Scheduling instance from a CI job: secrets from the environment,
# no prompts, JSON out, every exit code handled. The token never reaches the job's log:
# it is written to $TOKEN_FILE (mode 0600) for the next step.
#
# Needs: oc-acuity and jq on PATH, and in the environment
#   OC_ACUITY_USER_SECRET, OC_ACUITY_ORG_SECRET, OC_ACUITY_CLIENT_SECRET (secrets)
#   OC_ACUITY_CLIENT_ID, OC_ACUITY_CALLBACK_URL, OC_ACUITY_EVENT_CALLBACK_URL
#   ACUITY_CODE_FILE   a file holding the OAuth grant code
#   TOKEN_FILE         where to write the instance token
#   INSTANCE_NAME      optional, default acuity-ci
#   OC_ACUITY_BASE_URL optional, another data center (or a sandbox)
set -euo pipefail

: "${ACUITY_CODE_FILE:?set ACUITY_CODE_FILE to a file holding the grant code}"
: "${TOKEN_FILE:?set TOKEN_FILE to where the instance token should go}"

set +e
result=$(oc-acuity instance create --no-input --json --no-store \
  --name "${INSTANCE_NAME:-acuity-ci}" --code-file "$ACUITY_CODE_FILE" --tag ci)
status=$?
set -e

case $status in
  0) ;;
  2) echo "provision: bad input (see the error above); fix the job's settings" >&2; exit 2 ;;
  4) echo "provision: credentials missing or rejected; check the OC_ACUITY_* secrets" >&2; exit 4 ;;
  130) echo "provision: interrupted" >&2; exit 130 ;;
  *) echo "provision: failed with exit code $status" >&2; exit "$status" ;;
esac

id=$(jq -r '.id' <<<"$result")
webhook_url=$(jq -r '.webhookUrl' <<<"$result")
umask 077
jq -r '.token' <<<"$result" > "$TOKEN_FILE"

# Outputs for the next steps: GitHub Actions' file when there is one, else stdout.
out=${GITHUB_OUTPUT:-/dev/stdout}
{
  echo "instance_id=$id"
  echo "webhook_url=$webhook_url"
} >> "$out"
