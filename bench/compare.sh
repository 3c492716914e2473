#!/bin/sh
# Whole-process comparison of issue 7: chainrule `eval --summary` against the micrograd-style Python
# script on the same graph file, each run RUNS times under /usr/bin/time -v; prints wall time, CPU time
# (user + sys) and peak RSS of every run and their medians. Generates the graph if it is missing.
#
# usage: bench/compare.sh [NODES] [RUNS]        (defaults: 1000000 3; run from the repository root
#                                               after `mvn -q package -DskipTests`)
set -eu
NODES=${1:-1000000}
RUNS=${2:-3}
JAR=target/chainrule.jar
FILE=bench-data/random-$NODES.json
[ -f "$JAR" ] || { echo "compare.sh: $JAR is missing: run mvn -q package -DskipTests first" >&2; exit 2; }
[ -f "$FILE" ] || java -jar "$JAR" generate --nodes "$NODES" -o "$FILE"

measure() { # label, command...
    label=$1; shift
    out=$(mktemp)
    for i in $(seq "$RUNS"); do
        /usr/bin/time -v "$@" > "$out.stdout" 2> "$out.time"
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s }' "$out.time")
        cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$out.time")
        rss=$(awk -F': ' '/Maximum resident set size/ { print int($2 / 1024) }' "$out.time")
        echo "$label run $i: wall ${wall} s, cpu ${cpu} s, peak RSS ${rss} MB, load average $(cut -d' ' -f1 /proc/loadavg) | $(head -1 "$out.stdout")"
        echo "$wall $cpu $rss" >> "$out.all"
    done
    sort -n -k1 "$out.all" | awk -v l="$label" '{ w[NR] = $1 } END { printf "%s median wall %s s", l, w[int((NR + 1) / 2)] }'
    sort -n -k2 "$out.all" | awk '{ c[NR] = $2 } END { printf ", median cpu %s s", c[int((NR + 1) / 2)] }'
    sort -n -k3 "$out.all" | awk '{ r[NR] = $3 } END { printf ", median peak RSS %s MB\n", r[int((NR + 1) / 2)] }'
    rm -f "$out" "$out.stdout" "$out.time" "$out.all"
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $FILE ($(du -m "$FILE" | cut -f1) MB)"
measure "chainrule eval --summary" java -jar "$JAR" eval "$FILE" --summary
measure "python micrograd" python3 bench/micrograd_eval.py "$FILE"
