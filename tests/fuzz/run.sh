#!/usr/bin/env bash
# run.sh: builds and runs the libFuzzer targets for the request parsers (cgi/lib/parse.c).
#
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET]      (default 20)
#
# Environment:
#   FUZZ_BUILD  directory for binaries, corpus copies, logs and crash files
#               (default: a new mktemp -d directory, removed afterwards if every target is ok)
#   CC          compiler (default clang-14)
#
# Prints one TAP-style line per target:
#   ok - fuzz NAME (N runs)
#   not ok - fuzz NAME: REASON       followed by the tail of the log as "# " lines
# Exits 0 only if every target is ok. Installing clang-14 / libclang-rt-14-dev is the caller's job.
set -u

cd "$(dirname "$(readlink -f "$0")")/../.." || { echo "not ok - fuzz: cannot cd to repo root"; exit 1; }

SECONDS_PER_TARGET=${1:-20}
case $SECONDS_PER_TARGET in
'' | *[!0-9]*)
	echo "usage: tests/fuzz/run.sh [SECONDS_PER_TARGET]" >&2
	exit 2
	;;
esac

TARGETS="urlencoded cookies utf8_redirect multipart csv intake"
CC=${CC:-clang-14}
CFLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -std=c11 -D_GNU_SOURCE -I cgi/lib"

if ! command -v "$CC" >/dev/null 2>&1; then
	echo "not ok - fuzz: $CC missing"
	exit 1
fi

own_build=0
if [ -n "${FUZZ_BUILD:-}" ]; then
	BUILD=$FUZZ_BUILD
	mkdir -p "$BUILD" || { echo "not ok - fuzz: cannot create $BUILD"; exit 1; }
else
	BUILD=$(mktemp -d "${TMPDIR:-/tmp}/crm-fuzz.XXXXXX") || { echo "not ok - fuzz: mktemp failed"; exit 1; }
	own_build=1
fi
BUILD=$(cd "$BUILD" && pwd)

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Prints the crash part of a log as TAP comments: from the first error line (at most 60
# lines), or the last 40 lines if no error line is found.
show_tail() {
	local first
	first=$(grep -n -m 1 -E "$ERROR_RE" "$1" | cut -d: -f1)
	if [ -n "$first" ]; then
		tail -n "+$first" "$1" | head -n 60 | sed 's/^/# /'
	else
		tail -n 40 "$1" | sed 's/^/# /'
	fi
	echo "# full log: $1"
}

# Lines that start a crash report: the targets' own abort messages, UBSan, ASan/LSan, libFuzzer.
OWN_RE='invariant broken|utf8_valid\(\)=|^fuzz_[a-z0-9_]+: '
ERROR_RE="$OWN_RE|runtime error:|ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)"

failed=0
for name in $TARGETS; do
	src=tests/fuzz/fuzz_$name.c
	bin=$BUILD/fuzz_$name
	log=$BUILD/fuzz_$name.log
	corpus=$BUILD/corpus_$name

	if [ ! -f "$src" ]; then
		echo "not ok - fuzz $name: $src missing"
		failed=1
		continue
	fi
	extra=""
	[ "$name" = intake ] && extra="cgi/lib/intake.c cgi/lib/normalize.c -lsodium"
	# shellcheck disable=SC2086  # extra is a list of words
	if ! $CC $CFLAGS -o "$bin" "$src" cgi/lib/parse.c cgi/lib/csv.c cgi/lib/buf.c cgi/lib/arena.c $extra >"$BUILD/fuzz_$name.build.log" 2>&1; then
		echo "not ok - fuzz $name: build failed"
		show_tail "$BUILD/fuzz_$name.build.log"
		failed=1
		continue
	fi

	# Run on a copy so the repo's seed corpus stays small and unchanged.
	rm -rf "$corpus"
	mkdir -p "$corpus"
	if [ -d "tests/fuzz/corpus/$name" ]; then
		cp -R "tests/fuzz/corpus/$name/." "$corpus/"
	fi

	{
		"$bin" -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=1024 -timeout=5 \
			-artifact_prefix="$BUILD/fuzz_$name-" -print_final_stats=1 "$corpus"
	} >"$log" 2>&1
	rc=$?

	runs=$(sed -n 's/^Done \([0-9][0-9]*\) runs in .*/\1/p' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ] && [ -n "$runs" ]; then
		echo "ok - fuzz $name ($runs runs)"
		continue
	fi

	failed=1
	# The first line that names the problem: sanitizer report, libFuzzer error, or our own abort message.
	# Our own message first, then UBSan's "file:line: runtime error", then the sanitizer
	# SUMMARY (names file:line), then libFuzzer's own errors (timeout, out-of-memory, signal).
	reason=
	for re in "$OWN_RE" 'runtime error:' 'SUMMARY: [A-Za-z]+Sanitizer' 'ERROR: libFuzzer' 'ERROR: [A-Za-z]+Sanitizer'; do
		reason=$(grep -m 1 -E "$re" "$log" | sed -e 's/^==[0-9]*==//' -e 's/^[[:space:]]*//' | cut -c 1-200)
		[ -n "$reason" ] && break
	done
	[ -n "$reason" ] || reason="exit status $rc, no 'Done N runs' line"
	artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
	[ -n "$artifact" ] && reason="$reason (input: $artifact)"
	echo "not ok - fuzz $name: $reason"
	show_tail "$log"
done

if [ "$failed" -eq 0 ]; then
	[ "$own_build" -eq 1 ] && rm -rf "$BUILD"
	exit 0
fi
echo "# fuzz build dir kept: $BUILD"
exit 1
