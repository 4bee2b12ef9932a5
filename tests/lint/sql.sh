#!/usr/bin/env bash
# sql.sh: lints cgi/ for SQL that does not go through the named, prepared statements of cgi/lib/db.c.
# Rules: no mysql_query()/mysql_real_query() outside migration code (file name contains "migrat");
# no mysql_stmt_prepare() outside cgi/lib/db.c; every DB_STMT(name, text) has text made only of
# string literals; no printf-family or strcat call builds text holding SELECT/INSERT/UPDATE/DELETE
# outside migration code. Comments are ignored. Prints one "ok - lint: ..." line per rule, or one
# "not ok - lint: ... (file:line: text)" line per offence; exits 1 if any rule failed.
set -u
cd "$(dirname "$(readlink -f "$0")")/../.." || { echo "not ok - lint: sql: cannot cd to repo root"; exit 1; }

if [ ! -d cgi ]; then
	echo "not ok - lint: sql: no cgi/ directory"
	exit 1
fi

# shellcheck disable=SC2016  # the perl program is single-quoted on purpose
find cgi -type f \( -name '*.c' -o -name '*.h' \) -print0 | sort -z | perl -e '
use strict; use warnings;
# the file list comes NUL-separated on standard input (no xargs: one run sees every file)
@ARGV = do { local $/ = "\0"; map { chomp; $_ } <STDIN> };
my @rules = (
	[ "query",   "sql: no mysql_query()/mysql_real_query() outside migration code" ],
	[ "prepare", "sql: mysql_stmt_prepare() only in cgi/lib/db.c" ],
	[ "stmt",    "sql: every DB_STMT text is a string literal" ],
	[ "build",   "sql: no sprintf/snprintf/strcat building SELECT/INSERT/UPDATE/DELETE text outside migration code" ],
);
my %bad;
my $files = 0;
my $str_re = qr/"(?:[^"\\\n]|\\.)*"/s;
# SQL keywords in capitals, or SQL-shaped phrases in any case ("cannot update the page" is not SQL)
my $sql_re = qr/\b(?:SELECT|INSERT|UPDATE|DELETE|REPLACE)\b|(?i:\bselect\s.*\sfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b)/s;

sub line_of { my ($text, $pos) = @_; return 1 + (substr($text, 0, $pos) =~ tr/\n//); }
sub line_text { my ($lines, $n) = @_; my $l = $lines->[$n - 1] // ""; $l =~ s/^\s+//; return substr($l, 0, 100); }

# Macros that are nothing but string literals (e.g. shared column lists, in any file: headers
# share them) count as literals.
my %lit;
for my $f (@ARGV) {
	open(my $fh, "<", $f) or next;
	local $/;
	my $src = <$fh>;
	close $fh;
	$src =~ s{("(?:[^"\\\n]|\\.)*"|\x27(?:[^\x27\\\n]|\\.)*\x27)|(/\*.*?\*/|//[^\n]*)}{defined $1 ? $1 : " "}gse;
	while ($src =~ /^[ \t]*#[ \t]*define[ \t]+([A-Z_][A-Z0-9_]*)[ \t]+((?:$str_re|[ \t]|\\\n)+)$/mg) {
		$lit{$1} = 1;
	}
}
for my $f (@ARGV) {
	open(my $fh, "<", $f) or next;
	local $/;
	my $raw = <$fh>;
	close $fh;
	$files++;
	my @lines = split /\n/, $raw, -1;
	# Blank out comments (keeping newlines, so offsets keep their line numbers); strings stay.
	my $src = $raw;
	$src =~ s{("(?:[^"\\\n]|\\.)*"|\x27(?:[^\x27\\\n]|\\.)*\x27)|(/\*.*?\*/|//[^\n]*)}{
		defined $1 ? $1 : do { (my $c = $2) =~ s/[^\n]/ /g; $c } }gse;
	(my $base = $f) =~ s{.*/}{};
	my $migration = $base =~ /migrat/i;

	while ($src =~ /\bmysql_(?:real_)?query\s*\(/g) {
		next if $migration;
		my $n = line_of($src, $-[0]);
		push @{$bad{query}}, "$f:$n: " . line_text(\@lines, $n);
	}
	while ($src =~ /\bmysql_stmt_prepare\s*\(/g) {
		next if $f eq "cgi/lib/db.c";
		my $n = line_of($src, $-[0]);
		push @{$bad{prepare}}, "$f:$n: " . line_text(\@lines, $n);
	}
	while ($src =~ /\bDB_STMT\s*\(/g) {
		my $start = $-[0];
		my $after = $+[0];
		my $n = line_of($src, $start);
		next if ($lines[$n - 1] // "") =~ /^\s*#\s*define\b/;
		pos($src) = $after;
		my $ok = 0;
		if ($src =~ /\G\s*\w+\s*,\s*((?:(?:$str_re|[A-Z_][A-Z0-9_]*)\s*)+)\)/gc) {
			my $args = $1;
			(my $ids = $args) =~ s/$str_re//g;
			$ok = $args =~ /^\s*"/ ? 1 : 0;   # the text starts with a literal
			$ok &&= exists $lit{$_} for grep { length } split /\s+/, $ids;
		}
		push @{$bad{stmt}}, "$f:$n: " . line_text(\@lines, $n) unless $ok;
		pos($src) = $after;
	}
	next if $migration;
	while ($src =~ /\b(?:v?sn?printf|v?asprintf|buf_printf|arena_printf|strn?cat|strlcat)\s*\(/g) {
		my $start = $-[0];
		my $i = $+[0];
		# the call text up to its closing parenthesis, strings skipped
		my $depth = 1;
		my @strs;
		while ($i < length($src) && $depth > 0) {
			my $ch = substr($src, $i, 1);
			if ($ch eq "\"") {
				if (substr($src, $i) =~ /^($str_re)/) { push @strs, $1; $i += length($1); next; }
			} elsif ($ch eq "(") { $depth++; }
			elsif ($ch eq ")") { $depth--; }
			$i++;
		}
		if (grep { $_ =~ $sql_re } @strs) {
			my $n = line_of($src, $start);
			push @{$bad{build}}, "$f:$n: " . line_text(\@lines, $n);
		}
		pos($src) = $start + 1;
	}
}
if ($files == 0) {
	print "not ok - lint: sql: no .c or .h files found under cgi/\n";
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
