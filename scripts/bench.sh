#!/bin/sh
# `make bench`: times `coursec check`, `coursec build --target mct` and a full
# `coursec build` on the generated benchmark corpus (about 1,400 lessons and
# quizzes), then compares the mct target's peak memory with and without a
# 1 GB video lesson (a sparse file: no disk space, same bytes to stream).
# Budgets (issue #4): mct ≤ 0.6 s wall, ≤ 150 MiB peak, +1 GB video ≤ +10 MiB;
# all targets ≤ 1.5 s wall. A second build after one edit and `coursec
# serve` are measured last, by scripts/bench-incremental.sh.
# The builds rebuild into the same output folder, as `make run` does; a
# rebuild keeps outputs whose bytes did not change (the offline sites, the
# CSVs). Two more rows time a first build: into a folder that was never
# used ("fresh"), and into one just emptied with `rm -rf` ("after rm"). On
# an ext4 without a journal the second is slow for the kernel's sake: for
# some seconds after a mass delete, every file created scans past the
# recently deleted inodes (perf shows `recently_deleted` under `ext4_create`).
#
# Then the anchors (issue 18, `anchors` below): coursec next to Hugo and the
# read and packaging floors, interleaved, with the ratios the issue sets;
# the table goes to bench/results.md. `BENCH_SCALE=4` adds scale 4 (the
# corpus four times over) to scale 1; `BENCH_ONLY=anchors` runs only them.
set -eu
cd "$(dirname "$0")/.."
SCRATCH=${COURSEC_BENCH_SCRATCH:-.build}
BIN="$SCRATCH/release/coursec"
CORPUS=bench/corpus
OUT=bench/out
RUNS=${COURSEC_BENCH_RUNS:-15}

swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product coursec
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product coursec-corpus
"$SCRATCH/release/coursec-corpus" "$CORPUS"
rm -rf "$OUT" && mkdir -p "$OUT"

# The anchors, interleaved: Hugo (clean build of a one-template site over
# the corpus), `cat` of every file, `zip -6` of every course, and coursec's
# commands, at scale 1 and, with BENCH_SCALE=N, at scale N too.
anchors() {
    scales=1
    if [ "${BENCH_SCALE:-1}" != 1 ]; then scales="1,$BENCH_SCALE"; fi
    python3 scripts/bench-anchors.py --coursec "$BIN" --corpus-tool "$SCRATCH/release/coursec-corpus" \
        --scales "$scales" --runs "${BENCH_ANCHOR_RUNS:-10}" --note "${BENCH_NOTE:-}"
}
if [ "${BENCH_ONLY:-}" = anchors ]; then
    anchors
    exit 0
fi

peak() { # peak resident KiB and wall/user seconds of one run
    /usr/bin/time -f "%e %U %M" -o "$OUT/time.txt" "$@" >/dev/null 2>&1 || true
    cat "$OUT/time.txt"
}

if command -v hyperfine >/dev/null 2>&1; then
    # One --prepare per command (hyperfine pairs them in order); `true`
    # where there is nothing to prepare. A "fresh" run gets a folder never
    # used: the previous one is moved aside, and deleted after all runs.
    mkdir -p "$OUT/used"
    hyperfine -N --warmup 1 --runs "$RUNS" --export-markdown "$OUT/hyperfine.md" --export-csv "$OUT/hyperfine.csv" \
        -n check --prepare true "$BIN check $CORPUS" \
        -n "build mct" --prepare true "$BIN build $CORPUS --out $OUT/dist-mct --target mct" \
        -n "build all" --prepare true "$BIN build $CORPUS --out $OUT/dist-all" \
        -n "build all fresh" --prepare "sh -c 'test ! -d $OUT/dist-fresh || mv $OUT/dist-fresh $OUT/used/\$\$'" \
            "$BIN build $CORPUS --out $OUT/dist-fresh" \
        -n "build all after rm" --prepare "rm -rf $OUT/dist-emptied" "$BIN build $CORPUS --out $OUT/dist-emptied"
    rm -rf "$OUT/used"
    # The budgets are about typical runs: the median, next to mean and minimum.
    printf '\n| command | median s | mean s | min s |\n| --- | ---: | ---: | ---: |\n'
    awk -F, 'NR > 1 { printf "| %s | %.3f | %.3f | %.3f |\n", $1, $4, $2, $7 }' "$OUT/hyperfine.csv"
else
    echo "hyperfine not installed (COURSEC_SETUP_BENCH=1 ./scripts/setup.sh); single runs only" >&2
fi

# The same corpus plus one lesson whose medium is a 1 GB sparse video.
BIG=$OUT/corpus-video
rm -rf "$BIG" && cp -r "$CORPUS" "$BIG"
COURSE=$(ls -d "$BIG"/*/ | grep -v marcos | head -1)
# An MP4 `ftyp` box first: `coursec check` sniffs the first bytes of media.
printf '\000\000\000\024ftypisom\000\000\002\000isom' > "$COURSE/media-video.mp4"
truncate -s 1G "$COURSE/media-video.mp4"
printf -- '---\nid: video-grande\ntitle: Video grande\nkind: video\nfile: ../media-video.mp4\n---\n' > "$COURSE/lecciones/video-grande.md"
sed -i '0,/^    items:$/s//    items:\n      - lecciones\/video-grande.md/' "$COURSE/course.yaml"

printf '\n| command | wall s | user s | peak MiB |\n| --- | ---: | ---: | ---: |\n'
row() {
    set -- "$1" $(peak $2)
    printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(($4 / 1024))"
}
row "check" "$BIN check $CORPUS"
row "build --target mct" "$BIN build $CORPUS --out $OUT/dist-mct --target mct"
row "build (all targets)" "$BIN build $CORPUS --out $OUT/dist-all"
row "build --target mct, +1 GB video" "$BIN build $BIG --out $OUT/dist-video --target mct"
rm -rf "$BIG" "$OUT/dist-video"
# `coursec results` on 25,000 learners × 40 items, diagnostic and final: 10^6
# responses per assessment, 2 × 10^6 rows (docs/results.md). Budget: ≤ 2 s, ≤ 200 MiB.
"$SCRATCH/release/coursec-corpus" results "$OUT/results" --learners 25000 --items 40 >/dev/null
row "results, 2 × 10^6 rows" "$BIN results $OUT/results $OUT/results/respuestas.csv --format json --by state"

# A second build after one edit, and `coursec serve`'s save-to-reload
# latency (issue 16, part 6).
BIN="$BIN" CORPUS="$CORPUS" OUT="$OUT" RUNS="$RUNS" ./scripts/bench-incremental.sh

anchors
