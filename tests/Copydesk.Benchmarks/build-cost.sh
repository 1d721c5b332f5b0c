#!/usr/bin/env bash
# Copydesk's share of a build: the stress project (200 templates, 2,000 linked articles) built
# clean $runs times with the compiler's analyzer report (-p:ReportAnalyzer=true); Copydesk's generator
# and analyzer time over the build's wall time, and the generated lines per template. Release builds, so
# the analyzer is the optimized build a user gets from the package.
# Usage: tests/Copydesk.Benchmarks/build-cost.sh [runs]   (KEEP_WORK=1 keeps the project and build logs)
# COMPILER_SERVER=1 builds through the compiler server, as the SDK does by default (UseSharedCompilation):
# the server is shut down first, so run 1 is cold and the later runs reuse its loaded, compiled analyzer.
# Without it each build runs its own compiler process (UseSharedCompilation=false), every run cold.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
if [ -n "${KEEP_WORK:-}" ]; then echo "work folder: $work"; fi
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"; [ -z "${COMPILER_SERVER:-}" ] || dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT

dotnet build "$repo/tests/Copydesk.Benchmarks" -c Release -nologo -v:q >/dev/null
dotnet "$repo/tests/Copydesk.Benchmarks/bin/Release/net10.0/Copydesk.Benchmarks.dll" --stress-project "$work/with" "$repo"
dotnet build "$work/with" -c Release -nologo -v:q -p:EmitCompilerGeneratedFiles=true >/dev/null

generated=$(find "$work/with/obj" -path '*generated*Copydesk*' -name '*.g.cs' | sort)
files=$(echo "$generated" | wc -l)
lines=$(echo "$generated" | xargs cat | wc -l)
echo "generated: $files files, $lines lines, $(( lines / files )) lines per template"

# The report's lines name each analyzer and generator assembly with its time in seconds: the analyzers'
# section comes first, then the generators'.
copydesk_times() { { grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+Copydesk\.Generators, Version' "$1" || true; } | awk '{ print ($1 == "<0.001" ? 0 : $1) }'; }

if [ -n "${COMPILER_SERVER:-}" ]; then
  export UseSharedCompilation=true
  dotnet build-server shutdown >/dev/null 2>&1 || true
  echo "compiler: the shared compiler server (cold in run 1)"
else
  export UseSharedCompilation=false
  echo "compiler: a new compiler process per build (UseSharedCompilation=false)"
fi

for run in $(seq "$runs"); do
  log="$work/build-$run.log"
  start=$(date +%s%N)
  dotnet build "$work/with" -c Release --no-incremental --no-restore --no-dependencies -nologo -v:d -p:ReportAnalyzer=true >"$log"
  end=$(date +%s%N)
  wall=$(( (end - start) / 1000000 ))
  times=$(copydesk_times "$log")
  analyzers=$(echo "$times" | sed -n 1p); generator=$(echo "$times" | sed -n 2p)
  awk -v a="${analyzers:-0}" -v g="${generator:-0}" -v wall="$wall" -v run="$run" 'BEGIN { own = a + g; printf "run %d: wall %d ms, Copydesk generator %.0f ms + analyzers %.0f ms = %.0f ms, share %.1f %%\n", run, wall, g * 1000, a * 1000, own * 1000, own * 100000 / wall }'
done
