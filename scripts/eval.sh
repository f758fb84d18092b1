#!/usr/bin/env bash
# `npm run eval`: measures extraction on ../shared/corpus/dev with the shared scorer.
# Needs ../shared beside the project (CI has it; a user's clone usually does not).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -d "$shared/corpus/dev" ]; then
  echo "npm run eval: no $shared/corpus/dev beside the project; nothing to evaluate." >&2
  exit 0
fi
if [ -f dist/cli/commands/extract.js ] && node bin/newsgraph.js extract --help >/dev/null 2>&1; then
  echo "== Extraction on $shared/corpus/dev =="
  node "$shared/eval/score.mjs" --gold "$shared/corpus/dev" --cmd "node bin/newsgraph.js extract --json {file}"
fi

echo
echo "== Graph: ingest $shared/corpus/dev twice into a throwaway Neo4j =="
node scripts/evalGraph.mjs "$shared/corpus/dev"
