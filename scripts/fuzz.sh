#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/) with AddressSanitizer and runs each
# for FUZZ_SECONDS (default 60). FUZZ_TARGET picks one or more targets
# (space- or comma-separated; default all). See docs/fuzzing.md.
#
#   make fuzz                                   # every target, 60 s each
#   make fuzz FUZZ_TARGET=tex FUZZ_SECONDS=600  # one target, ten minutes
#
# Inputs that crash, leak, time out or run out of memory go to
# .fuzz/findings/<target>/; the corpus grown by each run is kept in
# .fuzz/corpus/<target>/ and used again by the next one. Exits 1 when any
# target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

all="frontmatter quiz markdown tex archive minisign"
seconds=${FUZZ_SECONDS:-60}
selected=${FUZZ_TARGET:-all}
[ "$selected" = all ] && selected=$all
selected=${selected//,/ }
scratch=.build-fuzz
SWIFT=${SWIFT:-swift}

product() {
  case "$1" in
    frontmatter) echo FuzzFrontMatter ;;
    quiz) echo FuzzQuiz ;;
    markdown) echo FuzzMarkdown ;;
    tex) echo FuzzTeX ;;
    archive) echo FuzzArchive ;;
    minisign) echo FuzzMinisign ;;
    *) echo "fuzz: unknown target '$1' (targets: $all)" >&2; exit 2 ;;
  esac
}

dictionary() {
  case "$1" in
    frontmatter) echo Fuzz/Dictionaries/yaml.dict ;;
    quiz) echo Fuzz/Dictionaries/quiz.dict ;;
    markdown) echo Fuzz/Dictionaries/markdown.dict ;;
    tex) echo .fuzz/dict/tex.dict ;;
  esac
}

# Longest input libFuzzer makes (longer seeds are cut): a longer lesson or
# quiz reaches no new code, it only makes each run slower (the Markdown
# target ran 18 inputs a second at 16 KiB); archives keep their seeds' size.
max_len() {
  case "$1" in
    archive) echo 65536 ;;
    *) echo 4096 ;;
  esac
}

for target in $selected; do product "$target" > /dev/null; done

# The fuzz targets exist only when COURSEC_FUZZ=1 (see Package.swift); release
# (-O) with -g, every Swift and C target instrumented for coverage and ASan.
# SwiftPM passes each --sanitize as a -sanitize= flag of its own, in no fixed
# order, and the Swift driver keeps only the last one: without the combined
# -sanitize=fuzzer,address after them, a build had either no coverage or no
# ASan. --sanitize fuzzer is still needed: it makes SwiftPM link libFuzzer's
# main instead of renaming the target's.
for target in $selected; do
  COURSEC_FUZZ=1 $SWIFT build --scratch-path "$scratch" -c release \
    --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address -Xswiftc -g \
    --product "$(product "$target")"
done
./scripts/fuzz-seeds.sh

# A trap is libFuzzer's to report: Swift's own crash backtracer, reading
# other threads' stacks, only adds ASan noise after the real message.
export SWIFT_BACKTRACE=enable=no
# libFuzzer's -detect_leaks=0 (below) only stops its per-input check; the
# sanitizer's own leak check at exit must be turned off too, or every run
# ends with the lazy globals' one-time allocations reported as a leak.
export ASAN_OPTIONS=detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}
failed=()
summary=()
for target in $selected; do
  binary=$scratch/release/$(product "$target")
  corpus=.fuzz/corpus/$target findings=.fuzz/findings/$target log=.fuzz/logs/$target.log
  mkdir -p "$corpus" "$findings" .fuzz/logs
  # -detect_leaks=0: LeakSanitizer cannot see objects Swift's lazy globals
  # hold (see docs/fuzzing.md); the quiz target stopped after 3 inputs on
  # the field tables' one-time allocation, reported whenever checked.
  options=(-max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=20 -rss_limit_mb=2048
           -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$findings/")
  dict=$(dictionary "$target")
  [ -n "$dict" ] && options+=(-dict="$dict")
  [ -n "${FUZZ_SEED:-}" ] && options+=(-seed="$FUZZ_SEED")
  echo "fuzz: $target for ${seconds}s (log: $log)"
  status=0
  started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  "$binary" "${options[@]}" "$corpus" ".fuzz/seeds/$target" > "$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  cov=$(grep -aEo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  # Each run's length and outcome stay on record (the log is replaced by the
  # next run): how long a target has been fuzzed in all is the sum.
  ran=$(grep -aEo 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -Eo '[0-9]+ second' | grep -Eo '[0-9]+' || echo "?")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$started" "$target" "$ran" "${execs:-?}" "${cov:-?}" \
    "$([ "$status" -eq 0 ] && echo clean || echo "exit $status")" >> .fuzz/history.tsv
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    kind=$(grep -aEo -m1 'ERROR: [A-Za-z]+: [a-z -]+|ERROR: libFuzzer: [a-z -]+|Fatal error: .{0,80}' "$log" || true)
    summary+=("$target: FOUND A PROBLEM after ${execs:-?} runs ($cov): ${kind:-exit status $status}; see $log")
    grep -E '^(==[0-9]+==ERROR|Fatal error|SUMMARY|artifact_prefix|Test unit written)' "$log" | head -8 >&2 || true
    tail -n 40 "$log" >&2
  else
    summary+=("$target: ${execs:-?} runs, $cov, corpus $(find "$corpus" -type f | wc -l) inputs, nothing found")
  fi
done

printf 'fuzz: %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: reproduce with: $scratch/release/<FuzzTarget> <input> (inputs in .fuzz/findings/)" >&2
  exit 1
fi
