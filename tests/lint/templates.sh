#!/usr/bin/env bash
# templates.sh: lints templates/ for ClearSilver escaping holes and for inline code the CSP (no unsafe-inline) would block.
# Run from anywhere (it works on the repo it lives in). Prints one "ok - lint: ..." line per rule, or one
# "not ok - lint: ... (file:line: text)" line per offence; exits 1 if any rule failed.
set -u
cd "$(dirname "$(readlink -f "$0")")/../.." || { echo "not ok - lint: templates: cannot cd to repo root"; exit 1; }

if [ ! -d templates ]; then
	echo "not ok - lint: templates: no templates/ directory"
	exit 1
fi

# shellcheck disable=SC2016  # the perl program is single-quoted on purpose
find templates -type f -name '*.cs' -print0 | sort -z | perl -e '
use strict; use warnings;
# the file list comes NUL-separated on standard input (no xargs: one run sees every file)
@ARGV = do { local $/ = "\0"; map { chomp; $_ } <STDIN> };
# rule id => description; each offence is [rule, file, line, text]
my @rules = (
	[ "unescaped",  "templates: no uvar:/evar:/lvar:/linclude (unescaped or evaluated output)" ],
	[ "escape",     "templates: no escape: \"none\"" ],
	[ "include",    "templates: include: takes a string literal only" ],
	[ "script",     "templates: no inline <script> blocks (only <script src=...>)" ],
	[ "style",      "templates: no inline <style> blocks or style= attributes" ],
	[ "handler",    "templates: no on*= event handler attributes or javascript: URLs" ],
	[ "header",     "templates: every template starts with a one-line <?cs # ... ?> comment" ],
);
my %bad;
my $files = 0;
for my $f (@ARGV) {
	open(my $fh, "<", $f) or do { push @{$bad{header}}, "$f:0: cannot read"; next };
	$files++;
	my $ln = 0;
	while (my $line = <$fh>) {
		$ln++;
		chomp $line;
		if ($ln == 1 && $line !~ /^<\?cs #.*?\S.*?\?>/) {
			push @{$bad{header}}, "$f:1: " . substr($line, 0, 80);
		}
		my $t = $line;
		$t =~ s/<\?cs\s*#.*?\?>//g;            # one-line ClearSilver comments say nothing
		my $short = substr($line, 0, 120);
		push @{$bad{unescaped}}, "$f:$ln: $short" if $t =~ /\b(?:uvar|evar|lvar)\s*:|\blinclude\b/;
		push @{$bad{escape}}, "$f:$ln: $short" if $t =~ /\bescape\s*:\s*["\x27]?\s*none\b/i;
		while ($t =~ /<\?cs\s+include\s*[:!]\s*(\S)/g) {
			push @{$bad{include}}, "$f:$ln: $short" if $1 ne "\"";
		}
		# HTML part of the line: ClearSilver tags removed (they may hold "on" words or = signs)
		my $h = $t;
		$h =~ s/<\?cs.*?\?>/ /g;
		while ($h =~ /<script\b([^>]*)/gi) {
			push @{$bad{script}}, "$f:$ln: $short" if $1 !~ /\bsrc\s*=/i;
		}
		# attributes: looked for inside tags only, so text like "one = two" is not taken for one
		my $tags = join(" ", $h =~ /<[a-zA-Z][^>]*>?/g);
		push @{$bad{style}}, "$f:$ln: $short" if $h =~ /<style\b/i || $tags =~ /[\s"\x27\/]style\s*=/i;
		push @{$bad{handler}}, "$f:$ln: $short"
			if $tags =~ /[\s"\x27\/]on[a-z]+\s*=/i || $h =~ /javascript\s*:/i;
	}
	close $fh;
}
if ($files == 0) {
	print "not ok - lint: templates: no *.cs files found under templates/\n";
	exit 1;
}
my $failed = 0;
for my $r (@rules) {
	my ($id, $desc) = @$r;
	if ($bad{$id}) {
		$failed = 1;
		print "not ok - lint: $desc ($_)\n" for @{$bad{$id}};
	} else {
		print "ok - lint: $desc ($files files)\n";
	}
}
exit $failed;
' || exit 1
