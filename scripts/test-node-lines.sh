#!/usr/bin/env bash
# Runs the tests under the Node lines users have besides the one CI runs `npm test` with (Node 20):
#   Node 24: the whole suite (the newest line users have, supported the longest, furthest from 20);
#   Node 22: the command line, rendering, goldens, the package and the engines check.
# On each line it also checks that `npm ci` accepts that Node with --engine-strict (no EBADENGINE)
# and that every example builds byte-identical to the Node 20 build (DOCX, PDF, diff, import).
# The Node binaries come from the npm registry (`npm install node@22`) into a temporary folder.
# Needs dist/ built and node_modules installed (run after `npm test`). No native add-on needs a
# rebuild: the three in node_modules (rolldown, lightningcss, @napi-rs/canvas) use Node-API.
# Outside CI (CI unset) a failed download is a warning and the lines are skipped; under CI=true it
# is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

FULL_LINE=24
PART_LINE=22
PART_TESTS=(test/cli.test.ts test/cli-ci.test.ts test/cli-conventions.test.ts test/check-cli.test.ts
  test/pdf.test.ts test/pdf-patches.test.ts test/docx-structure.test.ts test/golden.test.ts
  test/images.test.ts test/package.test.ts test/engines.test.ts)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cchc-node-lines.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail_or_skip() {
  if [ -n "${CI:-}" ]; then
    echo "error: $1" >&2
    exit 1
  fi
  echo "warning: $1; Node lines skipped (under CI=true this fails)" >&2
  exit 0
}

# install_node MAJOR: installs the latest node@MAJOR into $tmp/nMAJOR; sets node_bin to its bin folder.
install_node() {
  local dir="$tmp/n$1"
  mkdir -p "$dir"
  # The `node` package fetches the platform's binary in its preinstall script: allow just that one.
  printf '{"private":true,"allowScripts":{"node":true}}\n' > "$dir/package.json"
  if ! (cd "$dir" && npm install --no-audit --no-fund --no-package-lock --no-save --loglevel=error "node@$1" >/dev/null); then
    fail_or_skip "could not install node@$1 from the npm registry"
  fi
  local v
  v=$("$dir/node_modules/node/bin/node" -p 'process.versions.node' 2>/dev/null) || fail_or_skip "node@$1 installed but its binary does not run"
  [ "${v%%.*}" = "$1" ] || fail_or_skip "node@$1 installed Node $v"
  node_bin="$dir/node_modules/node/bin"
}

# outputs DIR: with the `node` first on PATH, builds every example and the other byte-reproducible
# outputs into $tmp/out (always the same path, so paths printed in JSON agree), then moves them to DIR.
outputs() {
  # (diff exits 1 when the plans differ, as these two do.)
  local out="$tmp/out" cli="node dist/cli/bin.js"
  rm -rf "$out"
  mkdir -p "$out/import"
  $cli build examples/*.yaml --out-dir "$out" -q -j 1
  $cli diff examples/002-xa-son-mai-2025.yaml examples/002-xa-son-mai-2026.yaml -f docx -o "$out/diff.docx" >/dev/null || [ $? = 1 ]
  $cli diff examples/002-xa-son-mai-2025.yaml examples/002-xa-son-mai-2026.yaml -f json >"$out/diff.json" || [ $? = 1 ]
  for f in test/fixtures/import/*.docx test/fixtures/import/*.txt test/fixtures/import/*.md; do
    $cli import "$f" -o "$out/import/$(basename "$f").yaml" --json >"$out/import/$(basename "$f").json"
  done
  mv "$out" "$1"
}

# check_line BIN LABEL: the engines of the lock file and the outputs against Node 20's.
check_line() {
  local bin=$1
  PATH="$bin:$PATH" npm ci --dry-run --ignore-scripts --engine-strict --no-audit --no-fund --loglevel=error >/dev/null
  echo "npm ci --engine-strict accepts Node $("$bin/node" -v)"
  PATH="$bin:$PATH" outputs "$tmp/out-$2"
  diff -r "$tmp/out-20" "$tmp/out-$2"
  echo "examples, diff and import outputs identical to Node 20's ($(find "$tmp/out-$2" -type f | wc -l) files)"
}

echo "== Node lines: reference outputs with $(node -v) (this PATH)"
outputs "$tmp/out-20"

install_node "$FULL_LINE"; full_bin=$node_bin
install_node "$PART_LINE"; part_bin=$node_bin
echo "installed Node $("$full_bin/node" -v) and Node $("$part_bin/node" -v) from the npm registry"

# Vitest runs with the chosen node, and so do the CLI processes the tests spawn (`node`,
# dist/cli/bin.js through `#!/usr/bin/env node`), through PATH.
vitest="node_modules/vitest/vitest.mjs"

echo "== Node $("$full_bin/node" -v): whole suite"
check_line "$full_bin" "$FULL_LINE"
PATH="$full_bin:$PATH" "$full_bin/node" "$vitest" run

echo "== Node $("$part_bin/node" -v): command line, rendering, goldens, package"
check_line "$part_bin" "$PART_LINE"
PATH="$part_bin:$PATH" "$part_bin/node" "$vitest" run "${PART_TESTS[@]}"
