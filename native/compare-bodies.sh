#!/usr/bin/env bash
# Compares, byte for byte, what two running sandboxes answer to the same requests: a JVM build and a native
# build, or two restarts of one build. Both must run with the same configuration (seed, customers per company).
#
#   native/compare-bodies.sh http://localhost:8080 http://localhost:8081
#
# Prints one line per request and exits non-zero if any body differs. Error bodies are compared with their
# correlationId blanked, since Codat makes a new one for every request.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BASE_URL_A BASE_URL_B" >&2
  exit 2
fi
a=$1
b=$2
company=${COMPANY_ID:-919371ab-763c-4bc7-99a4-9723cade34d3}
generated=${GENERATED_COMPANY_ID:-5b7a1c0e-2d3f-4e5a-8b6c-7d8e9f0a1b2c}

paths=(
  "/companies/$company/data/customers"
  "/companies/$company/data/customers?page=1&pageSize=2"
  "/companies/$company/data/customers?page=3&pageSize=7"
  "/companies/$company/data/customers?page=999"
  "/companies/$company/data/customers/71"
  "/companies/$generated/data/customers?pageSize=5000"
  "/companies/$company/data/customers?pageSize=5001"
  "/companies/not-a-company/data/customers"
)

fetch() {
  curl -s --max-time 30 -w '\nHTTP %{http_code}\n' "$1" | sed -E 's/"correlationId":"[0-9a-f]{32}"/"correlationId":"-"/'
}

differ=0
for path in "${paths[@]}"; do
  if cmp -s <(fetch "$a$path") <(fetch "$b$path"); then
    echo "same    $path"
  else
    echo "DIFFER  $path"
    differ=1
  fi
done
exit $differ
