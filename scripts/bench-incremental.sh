#!/bin/sh
# `make bench`, issue 16 part 6 (the incremental engine): run by
# scripts/bench.sh after its own rows, which builds the release binary and
# the benchmark corpus; it can be run alone after them, with the same
# variables.
#
# 1. A second `coursec build` after editing one lesson, into the output of
#    the first (budget: ≤ 10 % of a full build), against a full build into
#    a new output folder. Each run first appends a paragraph to one
#    published lesson; the medians of RUNS builds are compared. (A cache of
#    rendered pages was tried and removed: rendering is about a fifth of a
#    build and looking pages up cost as much; docs/pipeline.md §10.)
# 2. `coursec serve`: seconds from writing a lesson file to the load event
#    of its reloaded page in Chromium, over the DevTools protocol
#    (scripts/preview-browser.py). Budgets: ≤ 0.2 s on the example courses,
#    ≤ 0.5 s on the benchmark corpus. Server and browser run in a network
#    namespace of their own when `unshare -n` is allowed.
#
# The machine's load average is printed first: on a shared machine the
# figures are indicative.
set -eu
cd "$(dirname "$0")/.."
SCRATCH=${COURSEC_BENCH_SCRATCH:-.build}
BIN=${BIN:-$SCRATCH/release/coursec}
CORPUS=${CORPUS:-bench/corpus}
COURSES_DIR=${COURSES:-Courses}
OUT=${OUT:-bench/out}/incremental
RUNS=${RUNS:-${COURSEC_BENCH_RUNS:-15}}

rm -rf "$OUT" && mkdir -p "$OUT"
printf '\n## Second build and coursec serve (%s cores, load average %s)\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# The first published lesson of REPO (a path), for the edits.
first_lesson() {
    grep -L 'draft: true' "$1"/*/lecciones/*.md | head -1
}

# Median of the numbers on standard input.
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# RUNS builds of REPO, each after appending a paragraph to LESSON; prints
# the medians of wall and user seconds. `{n}` in the arguments is the run's
# number. Extra arguments go to coursec build.
timed_builds() {
    repo=$1 lesson=$2 label=$3
    shift 3
    : > "$OUT/$label.txt"
    n=0
    while [ "$n" -lt "$RUNS" ]; do
        n=$((n + 1))
        printf '\nPárrafo %s de la medición %s.\n' "$n" "$label" >> "$lesson"
        /usr/bin/time -f "%e %U" -o "$OUT/time.txt" "$BIN" build "$repo" $(echo "$@" | sed "s/{n}/$n/g") >/dev/null 2>&1
        cat "$OUT/time.txt" >> "$OUT/$label.txt"
    done
    echo "$(cut -d' ' -f1 "$OUT/$label.txt" | median) $(cut -d' ' -f2 "$OUT/$label.txt" | median)"
}

EDITED=$OUT/corpus
cp -r "$CORPUS" "$EDITED"
LESSON=$(first_lesson "$EDITED")
mkdir -p "$OUT/new"
set -- $(timed_builds "$EDITED" "$LESSON" full --out "$OUT/new/{n}")
FULL_WALL=$1 FULL_USER=$2
rm -rf "$OUT/new"
"$BIN" build "$EDITED" --out "$OUT/dist" >/dev/null
set -- $(timed_builds "$EDITED" "$LESSON" second --out "$OUT/dist")
SECOND_WALL=$1 SECOND_USER=$2
printf '\n| coursec build (%s runs) | median wall s | median user s | wall, %% of full |\n| --- | ---: | ---: | ---: |\n' "$RUNS"
printf '| full build, new output folder | %s | %s | 100 |\n' "$FULL_WALL" "$FULL_USER"
printf '| second build, one lesson edited (budget ≤ 10 %%) | %s | %s | %s |\n' "$SECOND_WALL" "$SECOND_USER" \
    "$(awk -v c="$SECOND_WALL" -v f="$FULL_WALL" 'BEGIN { printf "%.0f", 100 * c / f }')"

if command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
    printf '\n| coursec serve: save → reloaded page | median s | max s | saves |\n| --- | ---: | ---: | ---: |\n'
    cp -r "$COURSES_DIR" "$OUT/courses"
    unshared=""
    if unshare -n true 2>/dev/null; then unshared="unshare -n"; fi
    for repo in "$OUT/courses" "$EDITED"; do
        lesson=$(first_lesson "$repo")
        python3 - "$repo" "${lesson#"$repo"/}" "$OUT/serve-steps.json" "$RUNS" <<'EOF'
import json, sys
repo, lesson, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
steps = [{"do": "navigate", "url": "{base}__coursec/source/" + lesson}]
steps += [{"do": "write", "name": "saves", "path": repo + "/" + lesson, "reload": True,
           "append": "\nEdición %d.\n" % n} for n in range(runs)]
json.dump(steps, open(out, "w"))
EOF
        label=$(basename "$repo")
        [ "$label" = courses ] && label="example courses (≤ 0.2 s)" || label="benchmark corpus (≤ 0.5 s)"
        $unshared python3 scripts/preview-browser.py ${unshared:+--loopback-up} --steps "$OUT/serve-steps.json" \
            --report "$OUT/serve-report.json" --summary "$label" -- "$BIN" serve "$repo" --port 0 || true
    done
else
    echo "chromium or python3 not installed: no coursec serve rows" >&2
fi
