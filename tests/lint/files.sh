#!/usr/bin/env bash
# files.sh: lints the layout of cgi/: every .c and .h starts with a "/* name.c: what it is" summary line
# naming the file (the comment may go on below it), and no file under cgi/ is longer than 600 lines. Prints one "ok - lint: ..." line per
# rule, or one "not ok - lint: ... (file:line: ...)" line per offence; exits 1 if any rule failed.
set -u
cd "$(dirname "$(readlink -f "$0")")/../.." || { echo "not ok - lint: files: cannot cd to repo root"; exit 1; }

MAX_LINES=600

if [ ! -d cgi ]; then
	echo "not ok - lint: files: no cgi/ directory"
	exit 1
fi

failed=0
n_src=0
n_all=0
head_bad=()
long_bad=()

while IFS= read -r -d '' f; do
	n_all=$((n_all + 1))
	lines=$(wc -l <"$f")
	# a last line without a newline still counts
	if [ -s "$f" ] && [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" != '\n' ]; then
		lines=$((lines + 1))
	fi
	if [ "$lines" -gt "$MAX_LINES" ]; then
		long_bad+=("$f:$((MAX_LINES + 1)): $lines lines")
	fi
	case $f in
	*.c | *.h) ;;
	*) continue ;;
	esac
	n_src=$((n_src + 1))
	name=${f##*/}
	first=$(head -n 1 "$f")
	# "/* name.c: what it is" on the first line (the comment may close there or go on below)
	case $first in
	"/* $name: "*) rest=${first#"/* $name: "}; rest=${rest%"*/"} ;;
	*) rest= ;;
	esac
	if [ -z "${rest//[[:space:]]/}" ]; then
		head_bad+=("$f:1: ${first:0:80}")
	fi
done < <(find cgi -type f -print0 | sort -z)

if [ "$n_src" -eq 0 ]; then
	echo "not ok - lint: files: no .c or .h files found under cgi/"
	exit 1
fi

if [ ${#head_bad[@]} -eq 0 ]; then
	echo "ok - lint: files: every .c and .h under cgi/ starts with a /* name: ... */ comment naming it ($n_src files)"
else
	failed=1
	for b in "${head_bad[@]}"; do
		echo "not ok - lint: files: every .c and .h under cgi/ starts with a /* name: ... */ comment naming it ($b)"
	done
fi
if [ ${#long_bad[@]} -eq 0 ]; then
	echo "ok - lint: files: no file under cgi/ is longer than $MAX_LINES lines ($n_all files)"
else
	failed=1
	for b in "${long_bad[@]}"; do
		echo "not ok - lint: files: no file under cgi/ is longer than $MAX_LINES lines ($b)"
	done
fi
exit $failed
