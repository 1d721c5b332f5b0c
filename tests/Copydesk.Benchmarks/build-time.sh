#!/usr/bin/env bash
# dotnet build wall time of the stress project (200 templates, 2,000 linked articles) with and without
# Copydesk: median of 5 clean (--no-incremental) builds each, same machine, same run.
# Usage: tests/Copydesk.Benchmarks/build-time.sh [runs]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/tests/Copydesk.Benchmarks" -c Release -nologo -v:q >/dev/null
bench="$repo/tests/Copydesk.Benchmarks/bin/Release/net10.0/Copydesk.Benchmarks.dll"
dotnet "$bench" --stress-project "$work/with" "$repo"
dotnet "$bench" --stress-project "$work/without" "$repo" --without-copydesk

# shellcheck source=build-timing.sh
. "$(dirname "$0")/build-timing.sh"

without=$(measure "$work/without" | tee /dev/stderr | median)
with=$(measure "$work/with" | tee /dev/stderr | median)
echo "median without Copydesk: ${without} ms"
echo "median with Copydesk:    ${with} ms"
awk -v a="$with" -v b="$without" 'BEGIN { printf "ratio: %.3f\n", a / b }'
