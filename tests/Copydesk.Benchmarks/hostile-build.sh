#!/usr/bin/env bash
# What one hostile linked article adds to dotnet build: a 100-block article of "aaa…a!" blocks linked to a
# template whose pattern is catastrophic for backtracking. Median of 3 clean builds with and without the
# article, for a pattern the linear-time engine runs (/^(a+)+$/) and one that needs backtracking (/^(?=(a+)+b)/).
# Usage: tests/Copydesk.Benchmarks/hostile-build.sh [runs]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/tests/Copydesk.Benchmarks" -c Release -nologo -v:q >/dev/null
bench="$repo/tests/Copydesk.Benchmarks/bin/Release/net10.0/Copydesk.Benchmarks.dll"

# shellcheck source=build-timing.sh
. "$(dirname "$0")/build-timing.sh"

for pattern in linear backtracking; do
  dotnet "$bench" --hostile-project "$work/$pattern-with" "$repo" "$pattern"
  dotnet "$bench" --hostile-project "$work/$pattern-without" "$repo" "$pattern" --without-article
  without=$(measure "$work/$pattern-without" | median)
  with=$(measure "$work/$pattern-with" | median)
  echo "$pattern pattern: median build without the article ${without} ms, with it ${with} ms, added $((with - without)) ms"
done
