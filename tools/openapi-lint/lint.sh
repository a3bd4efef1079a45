#!/usr/bin/env bash
# Lints docs/openapi.json with Redocly CLI (pinned in package-lock.json). Run by ./mvnw verify (bootstrap's
# exec-maven-plugin, verify phase); run it by hand the same way: bash tools/openapi-lint/lint.sh
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "openapi-lint: node and npm are needed to lint docs/openapi.json (Debian: apt-get install nodejs npm;" \
       ".ci/run installs them)" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error >/dev/null
if ! npx --no-install redocly lint --config redocly.yaml --format=stylish ../../docs/openapi.json; then
  echo "openapi-lint: docs/openapi.json breaks the lint rules above. Fix the generator (adapters-http OpenApiBuilder," \
       "FieldDocs, RouteDefinition), regenerate the document (see CommittedOpenApiTest) or, for a rule that does not" \
       "fit, turn it off in tools/openapi-lint/redocly.yaml with the reason." >&2
  exit 1
fi
