#!/usr/bin/env bash
# Measures, with JMH, the cost of a working-day deadline on a warm WorkingDayCalendar (2025-2026 Indonesian
# holidays) and of building the calendar snapshot, then prints the JMH table and a summary.
#
# Usage, from the repo root or anywhere:  bench/calendar-deadline.sh [extra JMH options, e.g. -f 3 -i 10]
# A full run takes about a minute on 2 cores (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement per benchmark).
set -euo pipefail
export LC_ALL=C.UTF-8  # JMH formats numbers in the default locale: keep "." decimals, and UTF-8 for "±"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log="$(mktemp)"
csv="$(mktemp --suffix=.csv)"
trap 'rm -f "$log" "$csv"' EXIT

echo "Building bench/target/benchmarks.jar ..."
if ! mvn -q -f bench/pom.xml package >"$log" 2>&1; then
    cat "$log" >&2
    echo "Build of the benchmarks failed" >&2
    exit 1
fi

java -jar bench/target/benchmarks.jar 'WorkingDayDeadlineBenchmark' -rf csv -rff "$csv" "$@"

# CSV columns: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
figure() {
    awk -F, -v name="$1" '
        { gsub(/"/, "") }
        $1 ~ ("\\." name "$") {
            fmt = ($7 ~ /^ns/) ? "%.1f ± %.1f %s" : "%.3f ± %.3f %s"
            printf fmt, $5, $6, $7; found = 1
        }
        END { if (!found) printf "n/a" }' "$csv"
}

five_ns="$(awk -F, '{ gsub(/"/, "") } $1 ~ /\.deadlineFiveWorkingDays$/ { print $5 }' "$csv")"
verdict="n/a"
if [ -n "$five_ns" ]; then
    verdict="$(awk -v s="$five_ns" 'BEGIN { print (s < 1000 ? "within target" : "ABOVE TARGET") }')"
fi

echo
echo "Summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores):"
echo "5-working-day deadline: $(figure deadlineFiveWorkingDays) (target < 1000 ns) - $verdict"
echo "20-working-day deadline: $(figure deadlineTwentyWorkingDays)"
echo "Calendar snapshot build (WorkingDayCalendar.of): $(figure buildCalendarSnapshot)"
