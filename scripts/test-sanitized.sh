#!/usr/bin/env bash
# Builds and runs the whole test suite under a sanitizer, in a scratch
# folder of its own so the normal build is untouched:
#
#   scripts/test-sanitized.sh address   # make test-asan, into .build-asan
#   scripts/test-sanitized.sh thread    # make test-tsan, into .build-tsan
#
# Every Swift and C target is instrumented, the `coursec` binary the CLI
# tests spawn included (they run the one built beside the test bundle).
# Chromium, which the page tests start, is Debian's and is not. Reports from
# any process go to <scratch>/sanitizer-reports/ as well as failing the run;
# suppressions for third-party code are in scripts/sanitizers/ (documented
# there). Extra arguments go to `swift test` (e.g. --filter CourseMarkdownTests).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizer=${1:?usage: test-sanitized.sh address|thread [swift test arguments]}
shift
case "$sanitizer" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "test-sanitized: unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
esac
SWIFT=${SWIFT:-swift}
reports=$PWD/$scratch/sanitizer-reports
suppressions=$PWD/scripts/sanitizers

$SWIFT build --build-tests --scratch-path "$scratch" --sanitize "$sanitizer"

rm -rf "$reports"
mkdir -p "$reports"
# log_path: a report from a child process (a spawned coursec) is kept even
# when the test that spawned it only looks at the exit status.
# detect_leaks=0: LeakSanitizer cannot follow Swift's references (a
# multi-payload enum keeps its tag in a pointer's spare bits, so the objects
# behind it look unreachable) and counts the runtime's caches
# (swift_getTypeName) and Foundation's Process as leaks: every process
# reported hundreds of false leaks. Memory errors are what this run checks.
export ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=0:suppressions=$suppressions/asan.supp:${ASAN_OPTIONS:-}"
# Tests multiply absolute memory bounds for this (SanitizerRun.memoryFactor).
export COURSEC_SANITIZER=$sanitizer
export TSAN_OPTIONS="log_path=$reports/tsan:suppressions=$suppressions/tsan.supp:${TSAN_OPTIONS:-}"
status=0
$SWIFT test --skip-build --scratch-path "$scratch" --sanitize "$sanitizer" "$@" || status=$?

if [ -n "$(ls -A "$reports")" ]; then
  echo "test-sanitized: $sanitizer reports:" >&2
  for report in "$reports"/*; do echo "== $report" >&2; cat "$report" >&2; done
  exit 1
fi
exit "$status"
