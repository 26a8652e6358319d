#!/usr/bin/env bash
# Compares, byte for byte, what two running sandboxes answer to the same fixed set of requests: a JVM build and a
# native build, or two restarts of one build. Both must run with the same configuration (seed, customers per
# company, fixtures).
#
#   native/compare-bodies.sh http://localhost:8080 http://localhost:8081
#
# Prints one line per request and exits non-zero if any status or body differs, or if a request the set expects
# to succeed does not. Error bodies are compared with their correlationId blanked, since Codat makes a new one for
# every request. Requests send the API key API_KEY (default: the demo key, "demo").
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BASE_URL_A BASE_URL_B" >&2
  exit 2
fi
a=$1
b=$2
auth="Authorization: Basic $(printf '%s' "${API_KEY:-demo}" | base64)"
company=${COMPANY_ID:-919371ab-763c-4bc7-99a4-9723cade34d3}
generated=${GENERATED_COMPANY_ID:-5b7a1c0e-2d3f-4e5a-8b6c-7d8e9f0a1b2c}

# status and body, correlationId blanked
fetch() {
  curl -s --max-time 60 -H "$auth" -w '\nHTTP %{http_code}\n' "$1" \
    | sed -E 's/"correlationId":"[0-9a-f]{32}"/"correlationId":"-"/'
}

# One generated customer of the generated company, to fetch by id: the tenth of its first page on server A.
tenth=$(curl -s --max-time 60 -H "$auth" "$a/companies/$generated/data/customers?pageSize=10" \
  | grep -oE '"id":"[0-9a-f-]{36}"' | sed -n '10p' | cut -d'"' -f4 || true)

ok=(
  "/companies/$company/data/customers"
  "/companies/$company/data/customers?page=1&pageSize=2"
  "/companies/$company/data/customers?page=3&pageSize=7"
  "/companies/$company/data/customers?page=2&pageSize=25"
  "/companies/$company/data/customers?page=999"
  "/companies/$company/data/customers/71"
  "/companies/$generated/data/customers?pageSize=5000"
  "/companies/$generated/data/customers?page=4&pageSize=3"
  "/companies/$generated/data/customers/${tenth:-missing}"
)
errors=(
  "/companies/$company/data/customers?pageSize=5001"
  "/companies/$company/data/customers?page=0"
  "/companies/$company/data/customers?page=abc"
  "/companies/$company/data/customers/no-such-customer"
  "/companies/not-a-company/data/customers"
  "/companies/$company/data/invoices"
)

differ=0
compare() {
  local path=$1 expect_ok=$2 body_a body_b
  body_a=$(fetch "$a$path")
  body_b=$(fetch "$b$path")
  if [ "$body_a" != "$body_b" ]; then
    echo "DIFFER  $path"
    differ=1
  elif [ "$expect_ok" = yes ] && [ "${body_a##*$'\n'}" != "HTTP 200" ]; then
    echo "FAILED  $path (${body_a##*$'\n'} from both)"
    differ=1
  else
    echo "same    $path (${body_a##*$'\n'}, ${#body_a} bytes)"
  fi
}
for path in "${ok[@]}"; do compare "$path" yes; done
for path in "${errors[@]}"; do compare "$path" no; done

# Without an API key both answer 401 in Codat's shape.
no_key_a=$(curl -s --max-time 60 -w '\nHTTP %{http_code}\n' "$a/companies/$company/data/customers" \
  | sed -E 's/"correlationId":"[0-9a-f]{32}"/"correlationId":"-"/')
no_key_b=$(curl -s --max-time 60 -w '\nHTTP %{http_code}\n' "$b/companies/$company/data/customers" \
  | sed -E 's/"correlationId":"[0-9a-f]{32}"/"correlationId":"-"/')
if [ "$no_key_a" = "$no_key_b" ]; then
  echo "same    (no API key) /companies/$company/data/customers (${no_key_a##*$'\n'})"
else
  echo "DIFFER  (no API key) /companies/$company/data/customers"
  differ=1
fi
exit $differ
