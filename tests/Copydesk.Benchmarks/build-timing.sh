# Shared by build-time.sh and hostile-build.sh (sourced, not run): timing of clean project builds.
# Expects $runs to be set.

# The median of the numbers on standard input.
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Wall time in ms of $runs clean builds of one project (Copydesk itself is built once first, not measured).
measure() {
  local dir="$1"
  dotnet build "$dir" -nologo -v:q >/dev/null
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    dotnet build "$dir" --no-incremental --no-restore --no-dependencies -nologo -v:q >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done
}
