/* test_unit.c: unit tests of the core library's pure parts (parsers, validators, money, i18n, router).
 * Usage: test_unit [REPO_ROOT]   (default "."; the language files are read from REPO_ROOT/templates).
 * Every expected value here was worked out by hand from the header comments (the spec), not copied
 * from the program's output. Prints one "ok - " / "not ok - " line per check, then "# N checks, M failed". */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "arena.h"
#include "buf.h"
#include "parse.h"
#include "valid.h"
#include "money.h"
#include "pricing.h"
#include "i18n.h"
#include "request.h"
#include "router.h"

static struct arena A;   /* scratch memory for every test; freed at the end */

/* test_motivation.c (its own file, so its own tap.h counters: it adds them to ours) */
void test_motivation(int *run, int *failed);
void test_occasion(int *run, int *failed);
void test_ical(int *run, int *failed);
void test_mail(int *run, int *failed);
void test_sla(int *run, int *failed);
void test_case_clock(int *run, int *failed);
void test_intake(int *run, int *failed);
void test_svg_stack(int *run, int *failed);

static const char *st_name(enum parse_status st)
{
	switch (st) {
	case PARSE_OK: return "PARSE_OK";
	case PARSE_MALFORMED: return "PARSE_MALFORMED";
	case PARSE_TOO_MANY: return "PARSE_TOO_MANY";
	case PARSE_TOO_LONG: return "PARSE_TOO_LONG";
	case PARSE_NUL: return "PARSE_NUL";
	case PARSE_BAD_UTF8: return "PARSE_BAD_UTF8";
	}
	return "(unknown status)";
}

/* A status check that prints got/want on failure. */
#define CHECK_ST(got, want, ...) do { \
	enum parse_status gs_ = (got), ws_ = (want); \
	CHECK(gs_ == ws_, __VA_ARGS__); \
	if (gs_ != ws_) printf("#   got %s, want %s\n", st_name(gs_), st_name(ws_)); \
} while (0)

/* A number check that prints got/want on failure. */
#define CHECK_LL(got, want, ...) do { \
	long long gl_ = (got), wl_ = (want); \
	CHECK(gl_ == wl_, __VA_ARGS__); \
	if (gl_ != wl_) printf("#   got %lld, want %lld\n", gl_, wl_); \
} while (0)

/* CHECK_STR that also accepts NULL == NULL (for validators: NULL means valid). */
#define CHECK_KEY(got, want, ...) do { \
	const char *gk_ = (got), *wk_ = (want); \
	int eqk_ = (gk_ == NULL && wk_ == NULL) || (gk_ && wk_ && strcmp(gk_, wk_) == 0); \
	CHECK(eqk_, __VA_ARGS__); \
	if (!eqk_) printf("#   got %s%s%s, want %s%s%s\n", gk_ ? "\"" : "", gk_ ? gk_ : "NULL", \
			  gk_ ? "\"" : "", wk_ ? "\"" : "", wk_ ? wk_ : "NULL", wk_ ? "\"" : ""); \
} while (0)

static const struct parse_limits LIM = { 64, 64, 65536 };

/* parse_urlencoded on a C string (len = strlen). */
static enum parse_status pu(const char *s, struct kv_list *out)
{
	return parse_urlencoded(&A, s, strlen(s), &LIM, out);
}

static enum parse_status pu_lim(const char *s, size_t fields, size_t name, size_t value,
				struct kv_list *out)
{
	struct parse_limits l = { fields, name, value };
	return parse_urlencoded(&A, s, strlen(s), &l, out);
}

static enum parse_status pc(const char *s, size_t fields, struct kv_list *out)
{
	struct parse_limits l = { fields, 64, 4096 };
	return parse_cookies(&A, s, strlen(s), &l, out);
}

/* 1 if list item i has this name and value. */
static int kv_is(const struct kv_list *l, size_t i, const char *name, const char *value)
{
	return i < l->n && strcmp(l->items[i].name, name) == 0 &&
	       strcmp(l->items[i].value, value) == 0 && l->items[i].value_len == strlen(value);
}

static void test_urlencoded(void)
{
	struct kv_list l;
	enum parse_status st;

	st = pu("", &l);
	CHECK(st == PARSE_OK && l.n == 0, "urlencoded: empty input gives 0 fields");

	st = pu("a=1&b=2", &l);
	CHECK(st == PARSE_OK && l.n == 2 && kv_is(&l, 0, "a", "1") && kv_is(&l, 1, "b", "2"),
	      "urlencoded: a=1&b=2 gives a=1, b=2 in order");

	st = pu("q=x+y+z", &l);
	CHECK(st == PARSE_OK && l.n == 1 && kv_is(&l, 0, "q", "x y z"), "urlencoded: '+' decodes to space");

	st = pu("a=%41%62", &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "Ab"), "urlencoded: %%41 decodes to A, %%62 to b");

	st = pu("a=%2B%26%3D%25", &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "+&=%"), "urlencoded: %%2B%%26%%3D%%25 decode to +&=%%");

	st = pu("a=", &l);
	CHECK(st == PARSE_OK && l.n == 1 && kv_is(&l, 0, "a", ""), "urlencoded: a= gives an empty value");

	CHECK_ST(pu("a=%4", &l), PARSE_MALFORMED, "urlencoded: truncated escape %%4 is malformed");
	CHECK_ST(pu("a=%", &l), PARSE_MALFORMED, "urlencoded: lone %% is malformed");
	CHECK_ST(pu("a=%4&b=1", &l), PARSE_MALFORMED, "urlencoded: %%4 before & is malformed");
	CHECK_ST(pu("a=%zz", &l), PARSE_MALFORMED, "urlencoded: non-hex escape %%zz is malformed");
	CHECK_ST(pu("a=%g1", &l), PARSE_MALFORMED, "urlencoded: non-hex escape %%g1 is malformed");
	CHECK_ST(pu("a=%00", &l), PARSE_NUL, "urlencoded: %%00 is PARSE_NUL");
	CHECK_ST(pu("a=x%00y", &l), PARSE_NUL, "urlencoded: %%00 inside a value is PARSE_NUL");

	static const char raw_nul[] = "a=1\0b=2";
	CHECK_ST(parse_urlencoded(&A, raw_nul, sizeof(raw_nul) - 1, &LIM, &l), PARSE_NUL,
		 "urlencoded: a raw NUL byte in the input is PARSE_NUL");
	static const char raw_nul_name[] = "a\0b=1";
	CHECK_ST(parse_urlencoded(&A, raw_nul_name, sizeof(raw_nul_name) - 1, &LIM, &l), PARSE_NUL,
		 "urlencoded: a raw NUL byte in a name is PARSE_NUL");

	st = pu("a=%C3%A9", &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "\xC3\xA9"), "urlencoded: %%C3%%A9 decodes to e-acute (2 bytes)");
	st = pu("a=caf%C3%A9+%E2%82%B1", &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "caf\xC3\xA9 \xE2\x82\xB1"), "urlencoded: UTF-8 text with a peso sign decodes");
	CHECK_ST(pu("a=%C0%AF", &l), PARSE_BAD_UTF8, "urlencoded: overlong %%C0%%AF is PARSE_BAD_UTF8");
	CHECK_ST(pu("a=%ED%A0%80", &l), PARSE_BAD_UTF8, "urlencoded: surrogate %%ED%%A0%%80 is PARSE_BAD_UTF8");
	CHECK_ST(pu("a=%FF", &l), PARSE_BAD_UTF8, "urlencoded: %%FF is PARSE_BAD_UTF8");
	CHECK_ST(pu("a=%C3", &l), PARSE_BAD_UTF8, "urlencoded: truncated sequence %%C3 is PARSE_BAD_UTF8");
	CHECK_ST(pu("a=\xFF", &l), PARSE_BAD_UTF8, "urlencoded: a raw 0xFF byte is PARSE_BAD_UTF8");

	CHECK_ST(pu("a", &l), PARSE_MALFORMED, "urlencoded: 'a' without = is malformed");
	CHECK_ST(pu("a=1&b", &l), PARSE_MALFORMED, "urlencoded: second pair without = is malformed");
	CHECK_ST(pu("a=1&", &l), PARSE_MALFORMED, "urlencoded: trailing & is malformed");
	CHECK_ST(pu("&a=1", &l), PARSE_MALFORMED, "urlencoded: leading & is malformed");
	CHECK_ST(pu("a=1&&b=2", &l), PARSE_MALFORMED, "urlencoded: empty pair (&&) is malformed");
	CHECK_ST(pu("=1", &l), PARSE_MALFORMED, "urlencoded: empty name =1 is malformed");
	CHECK_ST(pu("a.b=1", &l), PARSE_MALFORMED, "urlencoded: name with '.' is malformed");
	CHECK_ST(pu("a[]=1", &l), PARSE_MALFORMED, "urlencoded: name with '[' is malformed");
	CHECK_ST(pu("a%41=1", &l), PARSE_MALFORMED, "urlencoded: %%-escape in a name is malformed");
	CHECK_ST(pu("a+b=1", &l), PARSE_MALFORMED, "urlencoded: '+' in a name is malformed");
	st = pu("Ab_9-z=1", &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "Ab_9-z", "1"), "urlencoded: name of [A-Za-z0-9_-] is accepted");

	CHECK_ST(pu("a=%01", &l), PARSE_MALFORMED, "urlencoded: control character %%01 in a value is malformed");
	CHECK_ST(pu("a=%1F", &l), PARSE_MALFORMED, "urlencoded: control character %%1F in a value is malformed");
	CHECK_ST(pu("a=%7F", &l), PARSE_MALFORMED, "urlencoded: DEL %%7F in a value is malformed");
	CHECK_ST(pu("a=b c", &l), PARSE_MALFORMED, "urlencoded: a raw space is malformed");
	CHECK_ST(pu("a=b\nc", &l), PARSE_MALFORMED, "urlencoded: a raw newline is malformed");
	st = pu("a=x%0Ay", &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "x\ny"), "urlencoded: %%0A (newline) in a value is accepted");
	st = pu("a=x%0D%0Ay%09z", &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "x\r\ny\tz"), "urlencoded: %%0D%%0A and %%09 (CR LF, tab) are accepted");

	/* limits */
	st = pu_lim("a=1&b=2&c=3", 3, 64, 64, &l);
	CHECK(st == PARSE_OK && l.n == 3, "urlencoded: exactly max_fields (3) fields is accepted");
	CHECK_ST(pu_lim("a=1&b=2&c=3&d=4", 3, 64, 64, &l), PARSE_TOO_MANY, "urlencoded: max_fields+1 fields is PARSE_TOO_MANY");
	st = pu_lim("a=12345", 8, 64, 5, &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "12345"), "urlencoded: value of exactly max_value (5) bytes is accepted");
	CHECK_ST(pu_lim("a=123456", 8, 64, 5, &l), PARSE_TOO_LONG, "urlencoded: value of max_value+1 bytes is PARSE_TOO_LONG");
	st = pu_lim("a=%41%41%41%41%41", 8, 64, 5, &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "a", "AAAAA"), "urlencoded: max_value counts decoded bytes (5 escapes = 5 bytes)");
	CHECK_ST(pu_lim("a=%C3%A9%C3%A9%C3%A9", 8, 64, 5, &l), PARSE_TOO_LONG, "urlencoded: 3 two-byte characters (6 bytes) over max_value 5");
	st = pu_lim("abcd=1", 8, 4, 64, &l);
	CHECK(st == PARSE_OK && kv_is(&l, 0, "abcd", "1"), "urlencoded: name of exactly max_name (4) bytes is accepted");
	CHECK_ST(pu_lim("abcde=1", 8, 4, 64, &l), PARSE_TOO_LONG, "urlencoded: name of max_name+1 bytes is PARSE_TOO_LONG");

	st = pu("a=1&a=2", &l);
	CHECK(st == PARSE_OK && l.n == 2 && kv_is(&l, 0, "a", "1") && kv_is(&l, 1, "a", "2"),
	      "urlencoded: a repeated name is returned twice, in order");

	/* len is honoured: only the first 3 bytes are parsed */
	st = parse_urlencoded(&A, "a=1&b=2", 3, &LIM, &l);
	CHECK(st == PARSE_OK && l.n == 1 && kv_is(&l, 0, "a", "1"), "urlencoded: only s[0..len) is parsed");
	CHECK_ST(parse_urlencoded(&A, "a=%41", 4, &LIM, &l), PARSE_MALFORMED,
		 "urlencoded: an escape cut by len (a=%%4 of a=%%41) is malformed");
}

static void test_cookies(void)
{
	struct kv_list l;
	enum parse_status st;

	st = pc("", 8, &l);
	CHECK(st == PARSE_OK && l.n == 0, "cookies: empty header gives 0 cookies");
	st = pc("a=1; b=2", 8, &l);
	CHECK(st == PARSE_OK && l.n == 2 && kv_is(&l, 0, "a", "1") && kv_is(&l, 1, "b", "2"), "cookies: a=1; b=2");
	st = pc("a=1;b=2", 8, &l);
	CHECK(st == PARSE_OK && l.n == 2 && kv_is(&l, 0, "a", "1") && kv_is(&l, 1, "b", "2"), "cookies: a=1;b=2 (no space)");
	st = pc("  sid=abc123  ;  lang=fil ", 8, &l);
	CHECK(st == PARSE_OK && l.n == 2 && kv_is(&l, 0, "sid", "abc123") && kv_is(&l, 1, "lang", "fil"),
	      "cookies: spaces around pairs are trimmed");
	st = pc("a=\"xyz\"", 8, &l);
	CHECK(st == PARSE_OK && l.n == 1 && kv_is(&l, 0, "a", "xyz"), "cookies: quoted value loses its quotes");
	st = pc("a=\"\"", 8, &l);
	CHECK(st == PARSE_OK && l.n == 1 && kv_is(&l, 0, "a", ""), "cookies: quoted empty value is empty");
	st = pc("a=", 8, &l);
	CHECK(st == PARSE_OK && l.n == 1 && kv_is(&l, 0, "a", ""), "cookies: a= is an empty value");
	st = pc("a=1; b=x,y; c=\"q; d.e=4; f=x\\y; g=x y; h; =5; i=ok", 16, &l);
	CHECK(st == PARSE_OK && l.n == 2 && kv_is(&l, 0, "a", "1") && kv_is(&l, 1, "i", "ok"),
	      "cookies: pairs with bad characters (comma, lone quote, dot in name, backslash, space, no =, empty name) are skipped, good ones kept");
	if (!(l.n == 2))
		for (size_t i = 0; i < l.n; i++)
			printf("#   got cookie %s=%s\n", l.items[i].name, l.items[i].value);
	st = pc("a=1; b=2; c=3", 3, &l);
	CHECK(st == PARSE_OK && l.n == 3, "cookies: exactly max_fields (3) cookies is accepted");
	CHECK_ST(pc("a=1; b=2; c=3; d=4", 3, &l), PARSE_TOO_MANY, "cookies: max_fields+1 cookies is PARSE_TOO_MANY");
	static const char raw_nul[] = "a=1; b=\0";
	struct parse_limits lim = { 8, 64, 4096 };
	CHECK_ST(parse_cookies(&A, raw_nul, sizeof(raw_nul) - 1, &lim, &l), PARSE_NUL, "cookies: raw NUL is PARSE_NUL");
	struct parse_limits small = { 8, 3, 4 };
	static const char lim_hdr[] = "abcd=1; abc=1234; x=12345; y=ok";
	st = parse_cookies(&A, lim_hdr, strlen(lim_hdr), &small, &l);
	CHECK(st == PARSE_OK && l.n == 2 && kv_is(&l, 0, "abc", "1234") && kv_is(&l, 1, "y", "ok"),
	      "cookies: names over max_name and values over max_value are skipped");
}

static void test_utf8(void)
{
#define U(s, want, desc) CHECK(utf8_valid(s, sizeof(s) - 1) == (want), "utf8_valid: " desc)
	U("", 1, "empty string is valid");
	U("hello, world ~", 1, "ASCII is valid");
	U("\xC3\xA9", 1, "2-byte U+00E9 is valid");
	U("\xC2\x80", 1, "2-byte U+0080 (smallest) is valid");
	U("\xDF\xBF", 1, "2-byte U+07FF (largest) is valid");
	U("\xE0\xA0\x80", 1, "3-byte U+0800 (smallest) is valid");
	U("\xE2\x82\xB1", 1, "3-byte U+20B1 peso sign is valid");
	U("\xEF\xBF\xBF", 1, "3-byte U+FFFF is valid");
	U("\xED\x9F\xBF", 1, "U+D7FF (just below surrogates) is valid");
	U("\xEE\x80\x80", 1, "U+E000 (just above surrogates) is valid");
	U("\xF0\x90\x80\x80", 1, "4-byte U+10000 (smallest) is valid");
	U("\xF0\x9F\x98\x80", 1, "4-byte U+1F600 emoji is valid");
	U("\xF4\x8F\xBF\xBF", 1, "4-byte U+10FFFF (largest) is valid");
	U("a\xC3\xA9z\xE2\x82\xACq", 1, "mixed ASCII and multibyte is valid");
	U("\xC3", 0, "truncated 2-byte sequence is invalid");
	U("\xE2\x82", 0, "truncated 3-byte sequence is invalid");
	U("\xF0\x9F\x98", 0, "truncated 4-byte sequence is invalid");
	U("ab\xE2", 0, "truncated sequence at the end after ASCII is invalid");
	U("\x80", 0, "lone continuation byte is invalid");
	U("\xC3\x28", 0, "lead byte followed by ASCII is invalid");
	U("\xE2\x28\xA1", 0, "3-byte lead with bad second byte is invalid");
	U("\xC0\x80", 0, "overlong 2-byte NUL (C0 80) is invalid");
	U("\xC1\xBF", 0, "overlong 2-byte C1 BF is invalid");
	U("\xE0\x80\xAF", 0, "overlong 3-byte '/' is invalid");
	U("\xE0\x9F\xBF", 0, "overlong 3-byte U+07FF is invalid");
	U("\xF0\x8F\xBF\xBF", 0, "overlong 4-byte U+FFFF is invalid");
	U("\xED\xA0\x80", 0, "surrogate U+D800 is invalid");
	U("\xED\xBF\xBF", 0, "surrogate U+DFFF is invalid");
	U("\xF4\x90\x80\x80", 0, "U+110000 (above U+10FFFF) is invalid");
	U("\xF5\x80\x80\x80", 0, "lead byte F5 is invalid");
	U("\xF8\x88\x80\x80\x80", 0, "5-byte form is invalid");
	U("\xFE", 0, "byte FE is invalid");
	U("\xFF", 0, "byte FF is invalid");
#undef U
	CHECK(utf8_valid("\xC3\xA9", 1) == 0, "utf8_valid: only s[0..len) is read (a cut 2-byte sequence is invalid)");
}

static void test_redirect(void)
{
	char longp[601];
	memset(longp, 'a', sizeof(longp) - 1);
	longp[0] = '/';
	longp[600] = '\0';
	char p512[513], p513[514];
	memset(p512, 'b', 512);
	p512[0] = '/';
	p512[512] = '\0';
	memset(p513, 'b', 513);
	p513[0] = '/';
	p513[513] = '\0';

	CHECK(redirect_target_ok("/") == 1, "redirect: / is ok");
	CHECK(redirect_target_ok("/admin/staff") == 1, "redirect: /admin/staff is ok");
	CHECK(redirect_target_ok("/x?next=1") == 1, "redirect: /x?next=1 is ok");
	CHECK(redirect_target_ok("/a/b-c_d.e~f?g=h&i=%20") == 1, "redirect: path with - _ . ~ ? = & %% is ok");
	CHECK(redirect_target_ok("/cases/1#events") == 1, "redirect: a fragment (#events) is ok");
	CHECK(redirect_target_ok(p512) == 1, "redirect: a 512-byte path is ok");
	CHECK(redirect_target_ok(p513) == 0, "redirect: a 513-byte path is refused");
	CHECK(redirect_target_ok("") == 0, "redirect: empty is refused");
	CHECK(redirect_target_ok("http://x") == 0, "redirect: http://x is refused");
	CHECK(redirect_target_ok("https://evil.example/") == 0, "redirect: https://evil.example/ is refused");
	CHECK(redirect_target_ok("javascript:alert(1)") == 0, "redirect: javascript: is refused");
	CHECK(redirect_target_ok("admin") == 0, "redirect: relative path without / is refused");
	CHECK(redirect_target_ok("//evil.example") == 0, "redirect: //evil.example is refused");
	CHECK(redirect_target_ok("/\\evil") == 0, "redirect: /\\evil is refused");
	CHECK(redirect_target_ok("/a\\b") == 0, "redirect: backslash later in the path is refused");
	CHECK(redirect_target_ok("/a b") == 0, "redirect: /a b (space) is refused");
	CHECK(redirect_target_ok("/a\r\nSet-Cookie:x") == 0, "redirect: CR LF header injection is refused");
	CHECK(redirect_target_ok("/a\tb") == 0, "redirect: tab is refused");
	CHECK(redirect_target_ok("/a\x7f") == 0, "redirect: DEL is refused");
	CHECK(redirect_target_ok(longp) == 0, "redirect: a 600-byte path is refused");
}

static void test_validators(void)
{
	char s65[66], s64[65], p1024[1025], p1025[1026], n200[201], n201[202];
	memset(s65, 'a', 65); s65[65] = '\0';
	memset(s64, 'a', 64); s64[64] = '\0';
	memset(p1024, 'p', 1024); p1024[1024] = '\0';
	memset(p1025, 'p', 1025); p1025[1025] = '\0';
	memset(n200, 'n', 200); n200[200] = '\0';
	memset(n201, 'n', 201); n201[201] = '\0';
#define V(fn, s, want, desc) CHECK_KEY(fn(s, strlen(s)), want, #fn ": " desc)
	V(valid_username, "ab", "err.username", "2 chars refused");
	V(valid_username, "abc", NULL, "3 chars ok");
	V(valid_username, s64, NULL, "64 chars ok");
	V(valid_username, s65, "err.username", "65 chars refused");
	V(valid_username, "maria.santos_2-x", NULL, "letters, digits, . _ - ok");
	V(valid_username, "Maria", "err.username", "upper case refused");
	V(valid_username, "1abc", "err.username", "starting with a digit refused");
	V(valid_username, ".abc", "err.username", "starting with . refused");
	V(valid_username, "ab c", "err.username", "space refused");
	V(valid_username, "abc@x", "err.username", "@ refused");
	V(valid_username, "", "err.username", "empty refused");
	V(valid_username, "jos\xC3\xA9", "err.username", "non-ASCII refused");

	V(valid_password, "", "err.password", "empty refused");
	V(valid_password, "x", NULL, "1 byte ok");
	V(valid_password, " \t\xC3\xA9!", NULL, "any characters ok");
	V(valid_password, p1024, NULL, "1024 bytes ok");
	V(valid_password, p1025, "err.password", "1025 bytes refused");

	V(valid_new_password, "123456789", "err.new_password", "9 bytes refused");
	V(valid_new_password, "1234567890", NULL, "10 bytes ok");
	V(valid_new_password, p1024, NULL, "1024 bytes ok");
	V(valid_new_password, p1025, "err.new_password", "1025 bytes refused");

	V(valid_person_name, "", "err.name", "empty refused");
	V(valid_person_name, "Jos\xC3\xA9 Rizal", NULL, "UTF-8 name with space ok");
	V(valid_person_name, "A", NULL, "1 byte ok");
	V(valid_person_name, "   ", "err.name", "spaces only refused");
	V(valid_person_name, " A ", NULL, "a letter between spaces ok");
	V(valid_person_name, n200, NULL, "200 bytes ok");
	V(valid_person_name, n201, "err.name", "201 bytes refused");
	V(valid_person_name, "a\nb", "err.name", "newline refused");
	V(valid_person_name, "a\tb", "err.name", "tab refused");
	V(valid_person_name, "a\x7f", "err.name", "DEL refused");

	V(valid_role, "admin", NULL, "admin ok");
	V(valid_role, "manager", NULL, "manager ok");
	V(valid_role, "agent", NULL, "agent ok");
	V(valid_role, "Admin", "err.role", "Admin refused");
	V(valid_role, "root", "err.role", "root refused");
	V(valid_role, "adminx", "err.role", "adminx refused");
	V(valid_role, "", "err.role", "empty refused");
	CHECK_KEY(valid_role("admin", 4), "err.role", "valid_role: prefix 'admi' (len 4 of \"admin\") refused");

	V(valid_lang, "en", NULL, "en ok");
	V(valid_lang, "fil", NULL, "fil ok");
	V(valid_lang, "ms", NULL, "ms ok");
	V(valid_lang, "tl", "err.lang", "tl refused");
	V(valid_lang, "EN", "err.lang", "EN refused");
	V(valid_lang, "de", "err.lang", "de refused");
	V(valid_lang, "", "err.lang", "empty refused");

	const char *tok = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
	V(valid_token, tok, NULL, "64 lower-case hex ok");
	V(valid_token, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", "err.token", "63 hex refused");
	V(valid_token, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", "err.token", "65 hex refused");
	V(valid_token, "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", "err.token", "upper-case hex refused");
	V(valid_token, "0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef", "err.token", "non-hex g refused");
	V(valid_token, "", "err.token", "empty refused");

	V(valid_redirect, "/admin/staff", NULL, "/admin/staff ok");
	V(valid_redirect, "//evil.example", "err.redirect", "//evil.example refused");
	V(valid_redirect, "http://x", "err.redirect", "http://x refused");
	CHECK_KEY(valid_redirect("/a\0//evil", 9), "err.redirect", "valid_redirect: embedded NUL (len past the string) refused");

	V(valid_id, "1", NULL, "1 ok");
	V(valid_id, "42", NULL, "42 ok");
	V(valid_id, "9007199254740992", NULL, "2^53 ok");
	V(valid_id, "9007199254740993", "err.id", "2^53+1 refused");
	V(valid_id, "9999999999999999", "err.id", "16 nines refused");
	V(valid_id, "10000000000000000", "err.id", "17 digits refused");
	V(valid_id, "0", "err.id", "0 refused");
	V(valid_id, "01", "err.id", "leading zero 01 refused");
	V(valid_id, "-1", "err.id", "-1 refused");
	V(valid_id, "+1", "err.id", "+1 refused");
	V(valid_id, "1e3", "err.id", "1e3 refused");
	V(valid_id, " 1", "err.id", "leading space refused");
	V(valid_id, "", "err.id", "empty refused");
#undef V

	CHECK_LL(valid_id_value("1"), 1, "valid_id_value: 1");
	CHECK_LL(valid_id_value("42"), 42, "valid_id_value: 42");
	CHECK_LL(valid_id_value("9007199254740992"), 9007199254740992LL, "valid_id_value: 2^53");
	CHECK_LL(valid_id_value("9007199254740993"), 0, "valid_id_value: 2^53+1 gives 0");
	CHECK_LL(valid_id_value("0"), 0, "valid_id_value: 0 gives 0");
	CHECK_LL(valid_id_value("012"), 0, "valid_id_value: 012 gives 0");
	CHECK_LL(valid_id_value("12x"), 0, "valid_id_value: 12x gives 0");
	CHECK_LL(valid_id_value(""), 0, "valid_id_value: empty gives 0");
	CHECK_LL(valid_id_value(NULL), 0, "valid_id_value: NULL gives 0");

	CHECK(role_from_name("admin") == ROLE_ADMIN, "role_from_name: admin");
	CHECK(role_from_name("manager") == ROLE_MANAGER, "role_from_name: manager");
	CHECK(role_from_name("agent") == ROLE_AGENT, "role_from_name: agent");
	CHECK(role_from_name("Admin") == 0, "role_from_name: Admin is unknown (0)");
	CHECK(role_from_name("") == 0, "role_from_name: empty is unknown (0)");
	CHECK(role_from_name(NULL) == 0, "role_from_name: NULL is unknown (0)");
	CHECK_STR(role_name(ROLE_ADMIN), "admin", "role_name: ROLE_ADMIN");
	CHECK_STR(role_name(0), "", "role_name: 0 is \"\"");
	CHECK_STR(role_name(ROLE_ADMIN | ROLE_AGENT), "", "role_name: a combination of bits is \"\"");
	CHECK_STR(role_name(99), "", "role_name: 99 is \"\"");
	static const char *const names[] = { "admin", "manager", "agent" };
	for (int i = 0; i < 3; i++)
		CHECK_STR(role_name(role_from_name(names[i])), names[i], "role_name(role_from_name(%s)) round trip", names[i]);
	int bits[] = { ROLE_AGENT, ROLE_MANAGER, ROLE_ADMIN };
	for (int i = 0; i < 3; i++)
		CHECK(role_from_name(role_name(bits[i])) == bits[i], "role_from_name(role_name(%d)) round trip", bits[i]);
	CHECK((ROLE_AGENT & ROLE_MANAGER) == 0 && (ROLE_MANAGER & ROLE_ADMIN) == 0 &&
	      ROLES_ALL == (ROLE_AGENT | ROLE_MANAGER | ROLE_ADMIN), "roles: distinct bits, ROLES_ALL is their union");
}

#define PESO "\xE2\x82\xB1"

static void test_money(void)
{
	char out[64];
#define MF(minor, cur, lang, want, desc) CHECK_STR(money_format(minor, cur, lang, out, sizeof(out)), want, "money_format: " desc)
	MF(123456, "PHP", "en", PESO "1,234.56", "123456 PHP en");
	MF(123456, "PHP", "fil", PESO "1,234.56", "123456 PHP fil");
	MF(123456, "PHP", "ms", PESO "1,234.56", "123456 PHP ms");
	MF(0, "PHP", "en", PESO "0.00", "0 PHP");
	MF(5, "PHP", "en", PESO "0.05", "5 PHP");
	MF(99, "PHP", "en", PESO "0.99", "99 PHP");
	MF(100, "PHP", "en", PESO "1.00", "100 PHP");
	MF(99999, "PHP", "en", PESO "999.99", "99999 PHP (no separator below 1,000)");
	MF(100000, "PHP", "en", PESO "1,000.00", "100000 PHP");
	MF(-5, "PHP", "en", "-" PESO "0.05", "-5 PHP");
	MF(-123456, "PHP", "en", "-" PESO "1,234.56", "-123456 PHP");
	MF(100000000, "PHP", "en", PESO "1,000,000.00", "100000000 PHP");
	MF(123456, "MYR", "ms", "RM1,234.56", "123456 MYR ms");
	MF(123456, "MYR", "en", "RM1,234.56", "123456 MYR en");
	MF(123456, "USD", "en", "$1,234.56", "123456 USD en");
	MF(123456, "USD", "fil", "US$1,234.56", "123456 USD fil");
	MF(123456, "USD", "ms", "US$1,234.56", "123456 USD ms");
	MF(123456, "EUR", "en", "EUR 1,234.56", "unknown currency EUR is written as code and space");
	MF(LLONG_MAX, "PHP", "en", PESO "92,233,720,368,547,758.07", "LLONG_MAX PHP");
#undef MF
	memset(out, 0, sizeof(out));
	money_format(LLONG_MIN, "PHP", "en", out, sizeof(out));
	CHECK(out[0] == '-', "money_format: LLONG_MIN does not crash and starts with '-'");
	CHECK_STR(out, "-" PESO "92,233,720,368,547,758.08", "money_format: LLONG_MIN value");

	char small[8];
	memset(small, 'Z', sizeof(small));
	money_format(123456, "PHP", "en", small, 5);
	CHECK(small[5] == 'Z' && strlen(small) < 5, "money_format: a short output buffer is not overrun");

	long long m;
	int rc;
#define MP(s, want, desc) do { m = 77; rc = money_parse(s, &m); \
	CHECK(rc == 0 && m == (want), "money_parse: " desc); \
	if (!(rc == 0 && m == (want))) printf("#   got rc %d, %lld\n", rc, m); } while (0)
	MP("1,234.56", 123456, "1,234.56 -> 123456");
	MP("1234.56", 123456, "1234.56 -> 123456");
	MP("1234.5", 123450, "1234.5 -> 123450");
	MP("-3", -300, "-3 -> -300");
	MP("0", 0, "0 -> 0");
	MP("0.05", 5, "0.05 -> 5");
	MP("-0.05", -5, "-0.05 -> -5");
	MP("1,234", 123400, "1,234 -> 123400");
	MP("1,234,567.00", 123456700, "1,234,567.00 -> 123456700");
	MP("999", 99900, "999 -> 99900");
#undef MP
#define MPBAD(s, desc) do { rc = money_parse(s, &m); CHECK(rc == -1, "money_parse: refuses " desc); } while (0)
	MPBAD("", "\"\"");
	MPBAD("-", "\"-\"");
	MPBAD("1,23", "1,23");
	MPBAD("1.234", "1.234");
	MPBAD("abc", "abc");
	MPBAD("1..2", "1..2");
	MPBAD("12,34,567", "12,34,567");
	MPBAD("1234,567", "1234,567 (group too long)");
	MPBAD(",123", ",123");
	MPBAD("1,", "1, (trailing comma)");
	MPBAD("1,,234", "1,,234");
	MPBAD("1.2.3", "1.2.3");
	MPBAD("--3", "--3");
	MPBAD("+3", "+3");
	MPBAD(" 3", "leading space");
	MPBAD("3 ", "trailing space");
	MPBAD("1e3", "1e3");
	MPBAD("1.", "1. (dot without cents)");
#undef MPBAD

	/* Round trip: what money_format writes (less the currency) money_parse reads back. */
	static const long long trip[] = { 0, 1, -1, 5, 10, 99, 100, 101, 999, 1000, 99999, 100000, 123456,
		-123456, 100000000, 123456789012LL, -98765432109876LL, 99999999999999999LL };
	int trip_bad = 0;
	for (size_t i = 0; i < sizeof(trip) / sizeof(trip[0]); i++) {
		char f[64], t[64];
		money_format(trip[i], "EUR", "en", f, sizeof(f));   /* "EUR 1,234.56" or "-EUR 1,234.56" */
		int neg = f[0] == '-';
		snprintf(t, sizeof(t), "%s%s", neg ? "-" : "", f + neg + 4);
		m = 77;
		if (money_parse(t, &m) != 0 || m != trip[i]) {
			printf("#   round trip %lld -> \"%s\" -> %lld\n", trip[i], t, m);
			trip_bad++;
		}
	}
	CHECK(trip_bad == 0, "money: money_parse reads back what money_format wrote (%zu amounts)",
	      sizeof(trip) / sizeof(trip[0]));
}

/* Walks every leaf below node (path so far in prefix) and appends to missing each key that other
 * lacks or has empty. Returns the number of leaves walked. */
static int walk_leaves(HDF *node, const char *prefix, HDF *other, struct buf *missing, int *nmissing)
{
	int leaves = 0;
	for (HDF *c = hdf_obj_child(node); c; c = hdf_obj_next(c)) {
		char path[512];
		snprintf(path, sizeof(path), "%s.%s", prefix, hdf_obj_name(c));
		if (hdf_obj_child(c)) {
			leaves += walk_leaves(c, path, other, missing, nmissing);
			continue;
		}
		leaves++;
		const char *v = hdf_get_value(other, path, NULL);
		if (v == NULL || v[0] == '\0') {
			buf_printf(missing, " %s", path);
			(*nmissing)++;
		}
	}
	return leaves;
}

static void test_i18n(const char *root)
{
	char dir[1024];
	snprintf(dir, sizeof(dir), "%s/templates", root);
	int rc = i18n_init(dir);
	CHECK(rc == 0, "i18n_init(%s) loads en, fil and ms", dir);
	if (rc != 0)
		return;

#define AL(h, want, desc) CHECK_STR(i18n_from_accept(h, "en"), want, "i18n_from_accept: " desc)
	AL("fil-PH,fil;q=0.9,en;q=0.8", "fil", "fil-PH,fil;q=0.9,en;q=0.8 -> fil");
	AL("ms-MY", "ms", "ms-MY -> ms");
	AL("tl", "fil", "tl -> fil");
	AL("tl-PH", "fil", "tl-PH -> fil");
	AL("de-DE,ms;q=0.5", "ms", "de-DE,ms;q=0.5 -> ms");
	AL("en;q=0.1,ms;q=0.9", "ms", "en;q=0.1,ms;q=0.9 -> ms");
	AL("en;q=0.1, ms;q=0.9", "ms", "en;q=0.1, ms;q=0.9 (space after comma) -> ms");
	AL("ms;q=0.5,en", "en", "ms;q=0.5,en -> en (no q means 1)");
	AL("EN-gb", "en", "EN-gb -> en (case-insensitive)");
	AL("FIL", "fil", "FIL -> fil");
	AL("Ms-my", "ms", "Ms-my -> ms (case-insensitive)");
	AL("TL", "fil", "TL -> fil (case-insensitive)");
	AL("en-US,en;q=0.9", "en", "en-US,en;q=0.9 -> en");
	AL("msa", "en", "msa is not ms -> fallback");
	AL("english", "en", "english is not en -> fallback");
	AL("ms;q=0", "en", "ms;q=0 (not acceptable) -> fallback");
	AL("en;Q=0.1,ms;q=0.5", "ms", "en;Q=0.1,ms;q=0.5 -> ms (the q parameter name is case-insensitive, RFC 9110 12.4.2)");
	AL("*", "en", "* -> fallback");
#undef AL
	CHECK_STR(i18n_from_accept("", "ms"), "ms", "i18n_from_accept: \"\" -> fallback");
	CHECK_STR(i18n_from_accept(NULL, "fil"), "fil", "i18n_from_accept: NULL -> fallback");
	CHECK_STR(i18n_from_accept("xx", "ms"), "ms", "i18n_from_accept: xx -> fallback");
	CHECK(i18n_from_accept("xx", NULL) == NULL, "i18n_from_accept: xx with a NULL fallback -> NULL");
	static const char *const garbage[] = { ";;;,,q=", ";", ",", "q=", ";q=", "en;", "en;q=", "en;q=x",
		";q=0.5,", ",,,;;;", "   ", "-", "-,_", "en;q=1e999", "en;q=-1", "en;q=nan", "ms;q=0.5;q=0.9" };
	for (size_t i = 0; i < sizeof(garbage) / sizeof(garbage[0]); i++) {
		const char *r = i18n_from_accept(garbage[i], "en");
		CHECK(r && (strcmp(r, "en") == 0 || strcmp(r, "fil") == 0 || strcmp(r, "ms") == 0),
		      "i18n_from_accept: garbage \"%s\" does not crash and gives a language", garbage[i]);
	}
	CHECK_STR(i18n_from_accept(";;;,,q=", "ms"), "ms", "i18n_from_accept: ;;;,,q= -> fallback");

	CHECK(i18n_lang("fil") == i18n_langs[1], "i18n_lang: fil gives the canonical string");
	CHECK(i18n_lang("xx") == NULL && i18n_lang(NULL) == NULL && i18n_lang("tl") == NULL,
	      "i18n_lang: xx, NULL and tl give NULL");
	CHECK(i18n_hdf("en") != NULL && i18n_hdf("fil") != NULL && i18n_hdf("ms") != NULL &&
	      i18n_hdf("fil") != i18n_hdf("en") && i18n_hdf("ms") != i18n_hdf("en"),
	      "i18n_hdf: en, fil and ms are three loaded trees");
	CHECK_STR(i18n_text("en", "role.admin"), "Administrator", "i18n_text: en role.admin");
	CHECK_STR(i18n_text("en", "no.such.key"), "no.such.key", "i18n_text: a missing key gives the key");
	const char *fil_login = i18n_text("fil", "login.title");
	CHECK(fil_login && strcmp(fil_login, "login.title") != 0 && strcmp(fil_login, i18n_text("en", "login.title")) != 0,
	      "i18n_text: fil login.title exists and differs from English");

	/* Completeness: every leaf key in each language exists, non-empty, in the others. */
	static const struct { const char *from, *to; } pairs[] = {
		{ "en", "fil" }, { "en", "ms" }, { "fil", "en" }, { "ms", "en" },
	};
	for (size_t p = 0; p < sizeof(pairs) / sizeof(pairs[0]); p++) {
		HDF *from = hdf_get_obj(i18n_hdf(pairs[p].from), "Lang");
		HDF *to = i18n_hdf(pairs[p].to);
		struct buf missing = { 0 };
		int nmissing = 0, leaves = 0;
		if (from)
			leaves = walk_leaves(from, "Lang", to, &missing, &nmissing);
		CHECK(from && leaves > 0 && nmissing == 0,
		      "i18n: every key of %s.hdf (%d keys) exists non-empty in %s.hdf", pairs[p].from, leaves,
		      pairs[p].to);
		if (nmissing)
			printf("#   %d missing in %s.hdf:%s\n", nmissing, pairs[p].to, missing.data);
		buf_free(&missing);
	}
}

/* ---- router ---- */

static void page_nop(struct request *req) { (void)req; }

static const struct field F_STAFF[] = {
	{ "username", valid_username, FIELD_REQUIRED },
	{ "full_name", valid_person_name, 0 },
	{ "next", valid_redirect, 0 },
	{ NULL, NULL, 0 },
};

static const struct route ROUTES[] = {
	{ "GET", "/", page_nop, "staff/home.cs", 0, 0, NULL },
	{ "GET", "/login", page_nop, "staff/login.cs", 0, 0, F_STAFF },
	{ "POST", "/login", page_nop, "staff/login.cs", ROUTE_CSRF, 0, F_STAFF },
	{ "GET", "/admin/staff", page_nop, "staff/admin_staff.cs", ROUTE_LOGIN, ROLE_ADMIN, NULL },
	{ "POST", "/admin/staff/{id}/disable", page_nop, NULL, ROUTE_LOGIN | ROUTE_CSRF, ROLE_ADMIN, NULL },
	{ "GET", "/a/{x}/b/{y}", page_nop, NULL, 0, 0, NULL },
	{ "POST", "/plain", page_nop, NULL, 0, 0, F_STAFF },
};
#define NROUTES (sizeof(ROUTES) / sizeof(ROUTES[0]))

static const struct route *match(struct request *req, const char *method, const char *path, int *status)
{
	req->method = method;
	req->path = path;
	*status = 0;
	return router_match(req, ROUTES, NROUTES, status);
}

static void test_router_match(void)
{
	struct request req;
	memset(&req, 0, sizeof(req));
	int status;
	const struct route *r;

	r = match(&req, "GET", "/", &status);
	CHECK(r == &ROUTES[0], "router_match: GET / matches the / row");
	r = match(&req, "GET", "/login", &status);
	CHECK(r == &ROUTES[1], "router_match: GET /login matches the GET row");
	r = match(&req, "POST", "/login", &status);
	CHECK(r == &ROUTES[2], "router_match: POST /login matches the POST row");
	r = match(&req, "GET", "/admin/staff", &status);
	CHECK(r == &ROUTES[3], "router_match: GET /admin/staff (exact path)");

	r = match(&req, "GET", "/nope", &status);
	CHECK(r == NULL && status == 404, "router_match: GET /nope is 404");
	r = match(&req, "GET", "/login/", &status);
	CHECK(r == NULL && status == 404, "router_match: /login/ (trailing slash) is 404");
	r = match(&req, "GET", "/loginx", &status);
	CHECK(r == NULL && status == 404, "router_match: /loginx (longer path) is 404");
	r = match(&req, "GET", "/admin", &status);
	CHECK(r == NULL && status == 404, "router_match: /admin (prefix of a route) is 404");
	r = match(&req, "GET", "", &status);
	CHECK(r == NULL && status == 404, "router_match: empty path is 404");

	r = match(&req, "DELETE", "/login", &status);
	CHECK(r == NULL && status == 405, "router_match: DELETE /login is 405");
	r = match(&req, "POST", "/", &status);
	CHECK(r == NULL && status == 405, "router_match: POST / is 405");
	r = match(&req, "get", "/", &status);
	CHECK(r == NULL && status == 405, "router_match: lower-case method 'get' is 405");

	r = match(&req, "POST", "/admin/staff/12/disable", &status);
	CHECK(r == &ROUTES[4] && req.path_args[0] && strcmp(req.path_args[0], "12") == 0 && req.path_args[1] == NULL,
	      "router_match: POST /admin/staff/12/disable matches, path arg 12");
	CHECK_STR(req_path_arg(&req, 0), "12", "req_path_arg: 0 is 12");
	CHECK(req_path_arg(&req, 1) == NULL && req_path_arg(&req, -1) == NULL && req_path_arg(&req, REQ_MAX_PATH_ARGS) == NULL,
	      "req_path_arg: 1, -1 and out of range give NULL");
	r = match(&req, "GET", "/admin/staff/12/disable", &status);
	CHECK(r == NULL && status == 405, "router_match: GET /admin/staff/12/disable (POST only) is 405");
	r = match(&req, "POST", "/admin/staff/x/disable", &status);
	CHECK(r == NULL && status == 404, "router_match: /admin/staff/x/disable is 404");
	r = match(&req, "POST", "/admin/staff//disable", &status);
	CHECK(r == NULL && status == 404, "router_match: /admin/staff//disable is 404");
	r = match(&req, "POST", "/admin/staff/12a/disable", &status);
	CHECK(r == NULL && status == 404, "router_match: /admin/staff/12a/disable is 404");
	r = match(&req, "POST", "/admin/staff/-1/disable", &status);
	CHECK(r == NULL && status == 404, "router_match: /admin/staff/-1/disable is 404");
	r = match(&req, "POST", "/admin/staff/12/disable/", &status);
	CHECK(r == NULL && status == 404, "router_match: /admin/staff/12/disable/ is 404");
	r = match(&req, "POST", "/admin/staff/12", &status);
	CHECK(r == NULL && status == 404, "router_match: /admin/staff/12 is 404");

	r = match(&req, "GET", "/a/7/b/88", &status);
	CHECK(r == &ROUTES[5] && req.path_args[0] && strcmp(req.path_args[0], "7") == 0 &&
	      req.path_args[1] && strcmp(req.path_args[1], "88") == 0, "router_match: two {x} segments give two path args");
	r = match(&req, "GET", "/login", &status);
	CHECK(r == &ROUTES[1] && req.path_args[0] == NULL, "router_match: a route without args clears earlier path args");

	r = match(&req, "HEAD", "/login", &status);
	CHECK(r == &ROUTES[1], "router_match: HEAD /login matches the GET row");
	r = match(&req, "HEAD", "/", &status);
	CHECK(r == &ROUTES[0], "router_match: HEAD / matches the GET row");
	r = match(&req, "HEAD", "/admin/staff/12/disable", &status);
	CHECK(r == NULL && status == 405, "router_match: HEAD on a POST-only path is 405");
	r = match(&req, "HEAD", "/nope", &status);
	CHECK(r == NULL && status == 404, "router_match: HEAD /nope is 404");
	arena_free(&req.arena);
}

/* Sets up req for route r and method with params given as name, value pairs (NULL-terminated). */
static void fields_req(struct request *req, const struct route *r, const char *method, ...)
{
	va_list ap;
	size_t n = 0;
	va_start(ap, method);
	while (va_arg(ap, const char *))
		n++;
	va_end(ap);
	n /= 2;
	arena_free(&req->arena);
	memset(req, 0, sizeof(*req));
	req->route = r;
	req->method = method;
	req->path = r->pattern;
	req->params.items = arena_alloc(&req->arena, (n + 1) * sizeof(struct kv));
	req->params.n = n;
	va_start(ap, method);
	for (size_t i = 0; i < n; i++) {
		const char *name = va_arg(ap, const char *), *value = va_arg(ap, const char *);
		req->params.items[i].name = arena_strdup(&req->arena, name);
		req->params.items[i].value = arena_strdup(&req->arena, value);
		req->params.items[i].value_len = strlen(value);
	}
	va_end(ap);
}

static void test_router_fields(void)
{
	struct request req;
	memset(&req, 0, sizeof(req));
	const char *why;
	int rc;
	const char *tok = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

	fields_req(&req, &ROUTES[1], "GET", "username", "alice", "full_name", "Alice Reyes", NULL);
	why = NULL;
	rc = router_fields(&req, &why);
	CHECK(rc == 0 && req.fields[0].present && req.fields[0].error == NULL && strcmp(req.fields[0].value, "alice") == 0 &&
	      req.fields[1].present && strcmp(req.fields[1].value, "Alice Reyes") == 0 &&
	      !req.fields[2].present && req.fields[2].error == NULL && strcmp(req.fields[2].value, "") == 0,
	      "router_fields: good fields are kept, an absent optional field is \"\" without error");
	CHECK_STR(req_field(&req, "full_name")->value, "Alice Reyes", "req_field: full_name value");
	CHECK(req_field(&req, "nosuch")->present == 0 && strcmp(req_field(&req, "nosuch")->value, "") == 0,
	      "req_field: an undeclared name gives an empty, absent value");

	fields_req(&req, &ROUTES[1], "GET", "username", "alice", "evil", "1", NULL);
	why = NULL;
	rc = router_fields(&req, &why);
	CHECK(rc == 400 && why && strstr(why, "evil"), "router_fields: unknown field is 400 naming the field");

	fields_req(&req, &ROUTES[1], "GET", "username", "alice", "username", "bob", NULL);
	why = NULL;
	rc = router_fields(&req, &why);
	CHECK(rc == 400 && why && strstr(why, "username"), "router_fields: repeated field is 400 naming the field");

	fields_req(&req, &ROUTES[1], "GET", "next", "/x", "next", "/x", NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 400, "router_fields: repeated optional field with the same value is 400");

	fields_req(&req, &ROUTES[1], "GET", "full_name", "Bob", NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 0 && !req.fields[0].present, "router_fields: missing required field is not a 400");
	CHECK_KEY(req.fields[0].error, "err.required", "router_fields: missing required field gets err.required");

	fields_req(&req, &ROUTES[1], "GET", "username", "", NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 0 && !req.fields[0].present, "router_fields: empty required field is not present");
	CHECK_KEY(req.fields[0].error, "err.required", "router_fields: empty required field gets err.required");

	fields_req(&req, &ROUTES[1], "GET", "username", "A!", "next", "//evil.example", NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 0 && req.fields[0].present && strcmp(req.fields[0].value, "A!") == 0,
	      "router_fields: a value its validator refuses is kept (not a 400)");
	CHECK_KEY(req.fields[0].error, "err.username", "router_fields: validator error err.username kept");
	CHECK_KEY(req.fields[2].error, "err.redirect", "router_fields: validator error err.redirect kept");

	fields_req(&req, &ROUTES[2], "POST", "username", "alice", "csrf_token", tok, NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 0 && req.fields[0].error == NULL, "router_fields: csrf_token accepted on a ROUTE_CSRF POST route");

	fields_req(&req, &ROUTES[2], "POST", "csrf_token", tok, "csrf_token", tok, NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 400, "router_fields: repeated csrf_token is 400");

	fields_req(&req, &ROUTES[1], "GET", "username", "alice", "csrf_token", tok, NULL);
	why = NULL;
	rc = router_fields(&req, &why);
	CHECK(rc == 400 && why && strstr(why, "csrf_token"), "router_fields: csrf_token on a GET route is 400 (unknown field)");

	fields_req(&req, &ROUTES[6], "POST", "username", "alice", "csrf_token", tok, NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 400, "router_fields: csrf_token on a POST route without ROUTE_CSRF is 400");

	fields_req(&req, &ROUTES[2], "HEAD", "csrf_token", tok, NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 400, "router_fields: csrf_token with method HEAD on a ROUTE_CSRF route is 400");

	fields_req(&req, &ROUTES[0], "GET", NULL);
	rc = router_fields(&req, &why);
	CHECK(rc == 0, "router_fields: no params on a route without fields is ok");

	fields_req(&req, &ROUTES[0], "GET", "x", "1", NULL);
	why = NULL;
	rc = router_fields(&req, &why);
	CHECK(rc == 400 && why && strstr(why, "x"), "router_fields: any param on a route without fields is 400");
	arena_free(&req.arena);
}

static void test_arena_buf(void)
{
	struct arena a = { 0 };
	unsigned char *p = arena_alloc(&a, 100);
	int zero = 1;
	for (int i = 0; i < 100; i++)
		zero &= p[i] == 0;
	CHECK(zero, "arena_alloc: memory is zeroed");
	unsigned char *big = arena_alloc(&a, 100000);
	big[99999] = 1;
	CHECK(big[0] == 0 && big[99999] == 1, "arena_alloc: a block larger than a chunk works");
	CHECK_STR(arena_strndup(&a, "hello world", 5), "hello", "arena_strndup: copies len bytes and ends them");
	CHECK_STR(arena_printf(&a, "%s-%d", "x", 42), "x-42", "arena_printf: formats");
	arena_free(&a);
	CHECK(a.head == NULL, "arena_free: the arena is empty afterwards");
	CHECK_STR(arena_strdup(&a, "again"), "again", "arena: usable again after arena_free");
	arena_free(&a);

	struct buf b = { 0 };
	buf_adds(&b, "ab");
	buf_add(&b, "cdef", 2);
	buf_printf(&b, "%d", 123);
	CHECK(b.len == 7 && strcmp(b.data, "abcd123") == 0, "buf: add, adds and printf append");
	for (int i = 0; i < 1000; i++)
		buf_adds(&b, "0123456789");
	CHECK(b.len == 10007 && b.data[b.len] == '\0' && memcmp(b.data + 9997, "0123456789", 10) == 0,
	      "buf: grows past its first block and stays NUL-terminated");
	buf_reset(&b);
	CHECK(b.len == 0 && b.data[0] == '\0', "buf_reset: empty again");
	buf_free(&b);
	CHECK(b.data == NULL && b.len == 0, "buf_free: released");
}

/* ---- Clients: normalised phones, e-mails and name words (normalize.h), and the client validators
 * (valid.h). Expected values worked out by hand from the header comments. ---- */
#include "normalize.h"
#include "pricing.h"

/* normalize_phone: the return value and, on success, the normalised digits. */
#define NP(in, cc, want, desc) do { \
	char np_out[PHONE_NORM_MAX + 1] = "(untouched)"; \
	CHECK_LL(normalize_phone(in, cc, np_out), 0, "normalize_phone: " desc " (returns 0)"); \
	CHECK_STR(np_out, want, "normalize_phone: " desc); \
} while (0)
#define NP_BAD(in, cc, desc) do { \
	char np_out[PHONE_NORM_MAX + 1]; \
	CHECK_LL(normalize_phone(in, cc, np_out), -1, "normalize_phone: " desc); \
} while (0)

static void test_normalize_phone(void)
{
	NP("0917 123 4567", "63", "639171234567", "PH local 0917 123 4567 -> 639171234567");
	NP("0917-123-4567", "63", "639171234567", "dashes");
	NP("(0917) 123.4567", "63", "639171234567", "parentheses and a dot");
	NP("  0917 123 4567", "63", "639171234567", "leading spaces");
	NP("+63 917 123 4567", "63", "639171234567", "+63 917 123 4567 -> 639171234567");
	NP("+60 12-345 6789", "63", "60123456789", "+60 12-345 6789 -> 60123456789 (another country)");
	NP("0060123456789", "63", "60123456789", "00 starts an international number");
	NP("639171234567", "63", "639171234567", "already with the country code, no +: unchanged");
	NP("63 917 123 4567", "63", "639171234567", "country code without +, with spaces");
	NP("012-345 6789", "60", "60123456789", "MY local 012-345 6789 -> 60123456789");
	NP("(212) 555-0100", "1", "12125550100", "US number without trunk 0 gets the code: 12125550100");
	NP("+12345678", "63", "12345678", "8 digits with + accepted");
	NP("123456", "63", "63123456", "6 digits typed, 8 with the country code accepted");
	NP("+123456789012345", "63", "123456789012345", "15 digits accepted (E.164 maximum)");
	NP("0917 123 4567 890", "63", "639171234567890", "15 digits with the country code added accepted");
	NP_BAD("0917 CALL NOW", "63", "letters refused");
	NP_BAD("0917123456x", "63", "a trailing letter refused");
	NP_BAD("12345", "63", "too short: 12345 refused");
	NP_BAD("12345", "886", "5 digits typed refused even when the country code makes 8");
	NP_BAD("+1234567", "63", "7 digits with + refused");
	NP_BAD("+1234567890123456", "63", "16 digits refused (too long)");
	NP_BAD("0917 123 4567 8901", "63", "16 digits with the country code added refused");
	NP_BAD("+123456789012345678901", "63", "21 digits refused (too long)");
	NP_BAD("0917123456789012345678901234567890", "63", "33 digits refused (too long)");
	NP_BAD("", "63", "empty refused");
	NP_BAD("0", "63", "a lone 0 refused");
	NP_BAD("++639171234567", "63", "two leading + refused");
	NP_BAD("0917+1234567", "63", "a + inside refused");
	NP_BAD("0917_123_4567", "63", "underscores refused");
	NP_BAD("0917\t123 4567", "63", "a tab refused");
	char digits70[80];
	memset(digits70, '1', 70); digits70[70] = '\0';
	NP_BAD(digits70, "63", "70 digits refused without overflow");
}
#undef NP
#undef NP_BAD

/* normalize_email: the return value and, on success, the lower-case copy. */
#define NE(in, want, desc) do { \
	char ne_out[256] = "(untouched)"; \
	CHECK_LL(normalize_email(in, ne_out, sizeof(ne_out)), 0, "normalize_email: " desc " (returns 0)"); \
	CHECK_STR(ne_out, want, "normalize_email: " desc); \
} while (0)
#define NE_BAD(in, desc) do { \
	char ne_out[256]; \
	CHECK_LL(normalize_email(in, ne_out, sizeof(ne_out)), -1, "normalize_email: " desc); \
} while (0)

static void test_normalize_email(void)
{
	NE("Ana.Reyes@Example.COM", "ana.reyes@example.com", "folds ASCII upper case");
	NE("ana@example.com", "ana@example.com", "lower case unchanged");
	NE("A+B_C-D@Mail.Example.PH", "a+b_c-d@mail.example.ph", "plus, underscore, dash, subdomain");
	NE("a@b.c", "a@b.c", "shortest form a@b.c");
	NE("JOS\xC3\x89@Example.com", "jos\xC3\x89@example.com", "bytes outside ASCII kept as they are");
	NE_BAD("ana.example.com", "no @ refused");
	NE_BAD("ana@@example.com", "two @ together refused");
	NE_BAD("ana@x@example.com", "two @ apart refused");
	NE_BAD("@example.com", "nothing before @ refused");
	NE_BAD("ana@localhost", "no dot in the domain refused");
	NE_BAD("ana.reyes@localhost", "a dot only before @ refused");
	NE_BAD("ana@.com", "a dot right after @ refused");
	NE_BAD("ana@example.", "a dot at the end refused");
	NE_BAD("ana reyes@example.com", "a space inside refused");
	NE_BAD(" ana@example.com", "a leading space refused");
	NE_BAD("ana@example.com ", "a trailing space refused");
	NE_BAD("ana@exa\tmple.com", "a tab refused");
	NE_BAD("ana@exa\x7Fmple.com", "DEL refused");
	NE_BAD("<ana@example.com>", "angle brackets refused");
	NE_BAD("", "empty refused");
	char e254[300], e255[300], want254[300];
	memset(e254, 'A', 242); strcpy(e254 + 242, "@example.com");   /* 242 + 12 = 254 bytes */
	memset(want254, 'a', 242); strcpy(want254 + 242, "@example.com");
	memset(e255, 'a', 243); strcpy(e255 + 243, "@example.com");   /* 255 bytes */
	CHECK_LL((long long)strlen(e254), 254, "normalize_email: (test data) 254 bytes");
	NE(e254, want254, "254 bytes accepted and folded");
	NE_BAD(e255, "255 bytes refused");
	char small[6] = "xxxxx";
	CHECK_LL(normalize_email("a@b.co", small, sizeof(small)), -1, "normalize_email: refuses an output too small (6 bytes for a@b.co)");
}
#undef NE
#undef NE_BAD

static void words_collect(void *ctx, const char *word, size_t len)
{
	struct buf *b = ctx;
	if (b->len)
		buf_adds(b, "|");
	buf_adds(b, word);
	if (strlen(word) != len)
		buf_adds(b, "(bad len)");
}

/* name_words joined with '|'. */
#define NW(in, want, desc) do { \
	struct buf nw_b = { 0 }; \
	buf_adds(&nw_b, ""); \
	name_words(in, words_collect, &nw_b); \
	CHECK_STR(nw_b.data ? nw_b.data : "", want, "name_words: " desc); \
	buf_free(&nw_b); \
} while (0)

static void test_name_words(void)
{
	NW("Maria Dela Cruz", "maria|dela|cruz", "splits on spaces, lower-cases");
	NW("Jean-Luc", "jean|luc", "splits on a hyphen");
	NW("O'Neil", "o|neil", "splits on an apostrophe");
	NW("St. John", "st|john", "splits on a dot");
	NW("Cruz,Maria", "cruz|maria", "splits on a comma");
	NW("Reyes\tAna", "reyes|ana", "splits on a tab");
	NW("  --Ana..  Reyes,, ", "ana|reyes", "runs of separators give no empty words");
	NW("ACME TRADING 24", "acme|trading|24", "digits kept");
	NW("Jos\xC3\xA9", "jos\xC3\xA9", "jos\xC3\xA9 keeps its bytes");
	NW("JOS\xC3\x89", "jos\xC3\x89", "only ASCII letters are folded (\xC3\x89 stays)");
	NW("\xC3\x91" "a\xC3\xB1" "ez", "\xC3\x91" "a\xC3\xB1" "ez", "\xC3\x91" "a\xC3\xB1" "ez unchanged");
	NW("", "", "empty name gives no word");
	NW(" -.,' ", "", "only separators give no word");
	char w60[80], w61[80], want60[80];
	memset(w60, 'A', 60); strcpy(w60 + 60, " Bo");
	memset(want60, 'a', 60); strcpy(want60 + 60, "|bo");
	memset(w61, 'a', 61); strcpy(w61 + 61, " Bo");
	NW(w60, want60, "a word of 60 bytes is kept");
	NW(w61, "bo", "a word of 61 bytes is left out");
}
#undef NW

/* search_key: a word's key, or a pair's; "-" when refused. */
#define SK(a, b, want, desc) do { \
	char sk_out[SEARCH_PAIR_MAX + 1] = "?"; \
	const char *sk_b = (b); \
	int sk_rc = search_key(a, strlen(a), sk_b, sk_b ? strlen(sk_b) : 0, sk_out); \
	CHECK_STR(sk_rc == 0 ? sk_out : "-", want, "search_key: " desc); \
} while (0)
static void test_search_key(void)
{
	SK("maria", NULL, "mar", "a word's first three letters");
	SK("mar", NULL, "mar", "a word of three letters whole");
	SK("ma", NULL, "-", "a word of two letters has no key");
	SK("", NULL, "-", "an empty word has no key");
	SK("\xC3\xB1" "a\xC3\xB1" "ez", NULL, "\xC3\xB1" "a\xC3\xB1", "three letters of two bytes count as letters, not bytes");
	SK("\xC3\xB1" "a", NULL, "-", "two letters in three bytes have no key");
	SK("cruz", "maria", "cru mar", "a pair in byte order");
	SK("maria", "cruz", "cru mar", "the same pair either way round");
	SK("maria", "marquez", "mar mar", "two words of one key make a pair");
	SK("jos\xC3\xA9", "\xC3\x91" "a\xC3\xB1" "ez", "jos \xC3\x91" "a\xC3\xB1", "bytes above ASCII sort after ASCII");
	SK("maria", "li", "-", "no pair with a word too short for a key");
	SK("li", "maria", "-", "... in either place");
#define E1 "\xF0\x9F\x98\x80"   /* letters of four bytes: the longest keys */
#define E2 "\xF0\x9F\x98\x81"
	SK(E2 E2 E2, E1 E1 E1 E1, E1 E1 E1 " " E2 E2 E2, "a pair of the longest keys fills SEARCH_PAIR_MAX");
#undef E1
#undef E2
}
#undef SK

#define V(fn, s, want, desc) CHECK_KEY(fn(s, strlen(s)), want, #fn ": " desc)
static void test_client_validators(void)
{
	char t40[64], t41[64], s200[202], s201[203], l5000[5002], l5001[5003], q100[102], q101[103];
	char p40[48], p41[48], tags10[512], tags11[512], tags501[520], tags500[520];
	memset(t40, 'a', 40); t40[40] = '\0';
	memset(t41, 'a', 41); t41[41] = '\0';
	memset(s200, 's', 200); s200[200] = '\0';
	memset(s201, 's', 201); s201[201] = '\0';
	memset(l5000, 'l', 5000); l5000[5000] = '\0';
	memset(l5001, 'l', 5001); l5001[5001] = '\0';
	memset(q100, 'q', 100); q100[100] = '\0';
	memset(q101, 'q', 101); q101[101] = '\0';
	memset(p40, ' ', 40); memcpy(p40, "0917", 4); memcpy(p40 + 33, "1234567", 7); p40[40] = '\0';
	memset(p41, ' ', 41); memcpy(p41, "0917", 4); memcpy(p41 + 34, "1234567", 7); p41[41] = '\0';
	strcpy(tags10, "a1,a2,a3,a4,a5,a6,a7,a8,a9,a10");
	strcpy(tags11, "a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11");
	memset(tags500, ',', 500); tags500[500] = '\0';
	memset(tags501, ',', 501); tags501[501] = '\0';
	char t40sp[64];
	memset(t40sp, 'b', 40); strcpy(t40sp + 40, "   ");

	V(valid_date, "2024-02-29", NULL, "2024-02-29 ok (leap year)");
	V(valid_date, "2023-02-29", "err.date", "2023-02-29 refused");
	V(valid_date, "2000-02-29", NULL, "2000-02-29 ok (divisible by 400)");
	V(valid_date, "2100-02-29", "err.date", "2100-02-29 refused (divisible by 100)");
	V(valid_date, "1899-12-31", "err.date", "1899-12-31 refused");
	V(valid_date, "1900-01-01", NULL, "1900-01-01 ok");
	V(valid_date, "2100-12-31", NULL, "2100-12-31 ok");
	V(valid_date, "2101-01-01", "err.date", "2101-01-01 refused");
	V(valid_date, "2024-04-30", NULL, "2024-04-30 ok");
	V(valid_date, "2024-04-31", "err.date", "2024-04-31 refused");
	V(valid_date, "2024-12-31", NULL, "2024-12-31 ok");
	V(valid_date, "2024-13-01", "err.date", "month 13 refused");
	V(valid_date, "2024-00-10", "err.date", "month 00 refused");
	V(valid_date, "2024-01-00", "err.date", "day 00 refused");
	V(valid_date, "2024-01-32", "err.date", "day 32 refused");
	V(valid_date, "2024-4-30", "err.date", "one-digit month refused");
	V(valid_date, "2024/04/30", "err.date", "slashes refused");
	V(valid_date, "2024-04-3a", "err.date", "a letter refused");
	V(valid_date, "+024-04-30", "err.date", "a sign refused");
	V(valid_date, "2024-04-30T10:00", "err.date", "a time after it refused");
	V(valid_date, "", "err.date", "empty refused");

	V(valid_month_day, "02-29", NULL, "02-29 ok");
	V(valid_month_day, "02-30", "err.month_day", "02-30 refused");
	V(valid_month_day, "13-01", "err.month_day", "13-01 refused");
	V(valid_month_day, "00-10", "err.month_day", "00-10 refused");
	V(valid_month_day, "01-00", "err.month_day", "01-00 refused");
	V(valid_month_day, "12-31", NULL, "12-31 ok");
	V(valid_month_day, "06-24", NULL, "06-24 ok");
	V(valid_month_day, "04-31", "err.month_day", "04-31 refused");
	V(valid_month_day, "2-29", "err.month_day", "one-digit month refused");
	V(valid_month_day, "02/29", "err.month_day", "a slash refused");
	V(valid_month_day, "2024-02-29", "err.month_day", "a full date refused");
	V(valid_month_day, "", "err.month_day", "empty refused");

	V(valid_datetime, "2024-02-29T23:59", NULL, "2024-02-29T23:59 ok");
	V(valid_datetime, "2024-01-01T00:00", NULL, "midnight ok");
	V(valid_datetime, "2023-02-29T10:00", "err.datetime", "an impossible day refused");
	V(valid_datetime, "2024-01-01T24:00", "err.datetime", "hour 24 refused");
	V(valid_datetime, "2024-01-01T23:60", "err.datetime", "minute 60 refused");
	V(valid_datetime, "2024-01-01 10:00", "err.datetime", "a space instead of T refused");
	V(valid_datetime, "2024-01-01T9:00", "err.datetime", "one-digit hour refused");
	V(valid_datetime, "2024-01-01T10:00:00", "err.datetime", "seconds refused");
	V(valid_datetime, "2024-01-01T1a:00", "err.datetime", "a letter in the hour refused");
	V(valid_datetime, "2024-01-01T10-00", "err.datetime", "a dash instead of : refused");
	V(valid_datetime, "2024-01-01", "err.datetime", "a date alone refused");
	V(valid_datetime, "", "err.datetime", "empty refused");

	V(valid_tags, "", NULL, "no tags ok");
	V(valid_tags, "vip, golf", NULL, "two tags ok");
	V(valid_tags, tags10, NULL, "10 tags ok");
	V(valid_tags, tags11, "err.tags", "11 tags refused");
	V(valid_tags, " , ,vip,, ", NULL, "empty pieces are not tags");
	V(valid_tags, t40, NULL, "a tag of 40 bytes ok");
	V(valid_tags, t41, "err.tags", "a tag of 41 bytes refused");
	V(valid_tags, t40sp, NULL, "trailing spaces do not count toward the 40");
	V(valid_tags, tags500, NULL, "500 bytes ok");
	V(valid_tags, tags501, "err.tags", "501 bytes refused");
	V(valid_tags, "vip\tgolf", "err.tags", "a tab refused");
	V(valid_tags, "vip\ngolf", "err.tags", "a newline refused");

	V(valid_phone, "0917 123 4567", NULL, "0917 123 4567 ok");
	V(valid_phone, "+60 12-345 6789", NULL, "+60 12-345 6789 ok");
	V(valid_phone, "0917 CALL NOW", "err.phone", "letters refused");
	V(valid_phone, "12345", "err.phone", "5 digits refused");
	V(valid_phone, "", "err.phone", "empty refused");
	V(valid_phone, p40, NULL, "40 bytes ok");
	V(valid_phone, p41, "err.phone", "41 bytes refused");

	V(valid_email, "Ana@Example.COM", NULL, "Ana@Example.COM ok");
	V(valid_email, "ana@@example.com", "err.email", "two @ refused");
	V(valid_email, "ana@localhost", "err.email", "no dot in the domain refused");
	V(valid_email, "ana reyes@example.com", "err.email", "a space refused");
	V(valid_email, "", "err.email", "empty refused");

	V(valid_consent, "1", NULL, "1 (given) ok");
	V(valid_consent, "0", NULL, "0 (withdrawn) ok");
	V(valid_consent, "", "err.choice", "empty refused");
	V(valid_consent, "2", "err.choice", "2 refused");
	V(valid_consent, "10", "err.choice", "10 refused");
	V(valid_consent, "yes", "err.choice", "yes refused");

	V(valid_flag, "1", NULL, "1 ok");
	V(valid_flag, "0", "err.choice", "0 refused");
	V(valid_flag, "on", "err.choice", "on refused");
	V(valid_flag, "", "err.choice", "empty refused");

	static const char *const kinds[] = { "person", "company", NULL };
	static const char *const sources[] = { "walk_in", "phone", "web", "email", "referral", "leaflet", "event",
					       "social", "other", NULL };
	static const char *const prefs[] = { "phone", "email", "sms", "post", "visit", NULL };
	static const char *const statuses[] = { "prospect", "active", "dormant", "lost", NULL };
	static const char *const phone_kinds[] = { "mobile", "home", "work", "other", NULL };
	static const char *const ichannels[] = { "phone", "email", "sms", "visit", "web", "letter", "leaflet", "other", NULL };
	static const char *const directions[] = { "in", "out", NULL };
	static const char *const sorts[] = { "name", "contact", NULL };
#define ENUM_OK(fn, list) for (const char *const *e_ = list; *e_; e_++) \
	CHECK_KEY(fn(*e_, strlen(*e_)), NULL, #fn ": %s ok", *e_)
	ENUM_OK(valid_client_kind, kinds);
	ENUM_OK(valid_source_channel, sources);
	ENUM_OK(valid_preferred_channel, prefs);
	ENUM_OK(valid_client_status, statuses);
	ENUM_OK(valid_phone_kind, phone_kinds);
	ENUM_OK(valid_interaction_channel, ichannels);
	ENUM_OK(valid_direction, directions);
	ENUM_OK(valid_sort, sorts);
#undef ENUM_OK
	V(valid_client_kind, "Person", "err.choice", "Person (capital) refused");
	V(valid_client_kind, "perso", "err.choice", "a prefix refused");
	V(valid_client_kind, "persons", "err.choice", "a longer word refused");
	V(valid_client_kind, "", "err.choice", "empty refused");
	CHECK_KEY(valid_client_kind("person", 5), "err.choice", "valid_client_kind: uses len (\"perso\" of \"person\") refused");
	V(valid_source_channel, "walk-in", "err.choice", "walk-in (dash) refused");
	V(valid_source_channel, "visit", "err.choice", "visit refused (not a source)");
	V(valid_preferred_channel, "letter", "err.choice", "letter refused");
	V(valid_preferred_channel, "walk_in", "err.choice", "walk_in refused");
	V(valid_client_status, "Active", "err.choice", "Active (capital) refused");
	V(valid_client_status, "merged", "err.choice", "merged refused");
	V(valid_phone_kind, "fax", "err.choice", "fax refused");
	V(valid_interaction_channel, "walk_in", "err.choice", "walk_in refused");
	V(valid_interaction_channel, "post", "err.choice", "post refused");
	V(valid_direction, "inout", "err.choice", "inout refused");
	V(valid_direction, "IN", "err.choice", "IN refused");
	V(valid_sort, "date", "err.choice", "date refused");
	V(valid_sort, "", "err.choice", "empty refused");

	V(valid_short_text, "", NULL, "empty ok");
	V(valid_short_text, s200, NULL, "200 bytes ok");
	V(valid_short_text, s201, "err.short_text", "201 bytes refused");
	V(valid_short_text, "Jos\xC3\xA9 <b>&\"'", NULL, "any printable characters ok");
	V(valid_short_text, "a\nb", "err.short_text", "a newline refused");
	V(valid_short_text, "a\tb", "err.short_text", "a tab refused");
	V(valid_short_text, "a\x7F", "err.short_text", "DEL refused");
	V(valid_long_text, l5000, NULL, "5000 bytes ok");
	V(valid_long_text, l5001, "err.long_text", "5001 bytes refused");
	V(valid_long_text, "a\r\nb\tc\n", NULL, "newlines and tabs ok");
	V(valid_long_text, "a\x01", "err.long_text", "other control characters refused");
	V(valid_long_text, "a\x7F", "err.long_text", "DEL refused");
	V(valid_search, q100, NULL, "100 bytes ok");
	V(valid_search, q101, "err.search", "101 bytes refused");
	V(valid_search, "a\nb", "err.search", "a newline refused");
}
#undef V

/* Sale arithmetic: expected values worked out by hand (see each comment). */
static void test_pricing(void)
{
	CHECK(round_div(5, 10) == 1 && round_div(-5, 10) == -1 && round_div(4, 10) == 0 && round_div(-14, 10) == -1,
	      "round_div rounds half away from zero");
	struct line_amounts a;
	/* 3 x 33.33 at 3%: 99.99 x 0.97 = 96.9903 -> 96.99 */
	CHECK(pricing_line(3, 3333, 2000, 300, 1000, &a) == 0 && a.gross == 9999 && a.total == 9699 &&
	      a.discount == 300 && a.cost == 6000 && a.weighted == 9699, "3 x 33.33 at 3%% is 96.99");
	/* 0.50 at 1%: 0.495 -> 0.50 (half up) */
	CHECK(pricing_line(1, 50, 0, 100, 1000, &a) == 0 && a.total == 50 && a.discount == 0, "0.495 rounds up to 0.50");
	/* 1.50 at 1%: 1.485 -> 1.49 */
	CHECK(pricing_line(1, 150, 0, 100, 1000, &a) == 0 && a.total == 149, "1.485 rounds up to 1.49");
	/* 3.33 at weight 1.5: 4.995 -> 5.00 */
	CHECK(pricing_line(1, 333, 0, 0, 1500, &a) == 0 && a.weighted == 500, "weighted 4.995 rounds up to 5.00");
	/* 10^6 x 1,000,000,000.00 = 10^17 minor units, weight 100: 10^19 weighted would pass 2^63 */
	CHECK(pricing_line(1000000, 100000000000LL, 0, 0, 100000, &a) == -1, "a line whose weighted amount passes 10^17 is refused");
	CHECK(pricing_line(1000000, 100000000000LL, 0, 0, 1000, &a) == 0 && a.weighted == 100000000000000000LL,
	      "... at weight 1 the largest line is weighted 10^17 exactly");
	/* 7 x 0.07 at 33.33%: 0.49 x 0.6667 = 0.326683 -> 0.33; weight 0.5: 0.165 -> 0.17 */
	CHECK(pricing_line(7, 7, 1, 3333, 500, &a) == 0 && a.total == 33 && a.discount == 16 && a.weighted == 17,
	      "7 x 0.07 at 33.33%% is 0.33, weighted 0.17");
	/* the largest line: 1,000,000 x 1,000,000,000.00 at 99.99%, weight 100 */
	CHECK(pricing_line(1000000, 100000000000LL, 0, 9999, 100000, &a) == 0 && a.gross == 100000000000000000LL &&
	      a.total == 10000000000000LL && a.weighted == 1000000000000000LL, "the largest line does not overflow");
	CHECK(pricing_line(0, 100, 0, 0, 1000, &a) < 0 && pricing_line(1, -1, 0, 0, 1000, &a) < 0 &&
	      pricing_line(1, 1, 0, 10001, 1000, &a) < 0 && pricing_line(1, 1, 0, 0, 0, &a) < 0 &&
	      pricing_line(1000001, 1, 0, 0, 1000, &a) < 0, "out-of-range lines are refused");

	/* a line of 3 with total 1.00 returned one by one: 0.33, 0.34, 0.33 */
	struct line_amounts orig = { .gross = 120, .discount = 20, .total = 100, .cost = 60, .weighted = 150 }, r;
	long long sum_total = 0, sum_gross = 0, sum_cost = 0, sum_weighted = 0;
	long long want_total[] = { -33, -34, -33 };
	for (int i = 0; i < 3; i++) {
		CHECK(pricing_return(&orig, 3, i, 1, &r) == 0 && r.total == want_total[i] && r.discount == r.gross - r.total,
		      "return of unit %d refunds %lld", i + 1, want_total[i]);
		sum_total += r.total;
		sum_gross += r.gross;
		sum_cost += r.cost;
		sum_weighted += r.weighted;
	}
	CHECK(sum_total == -100 && sum_gross == -120 && sum_cost == -60 && sum_weighted == -150,
	      "three returns of one give back exactly the line");
	CHECK(pricing_return(&orig, 3, 1, 2, &r) == 0 && r.total == -67, "returning the last two of three refunds 0.67");
	CHECK(pricing_return(&orig, 3, 2, 2, &r) < 0 && pricing_return(&orig, 3, 0, 0, &r) < 0,
	      "returning more than was bought is refused");

	struct discount_rule larger = { .sum = 0, .cap_bp = 5000 }, both = { .sum = 1, .cap_bp = 1000 };
	CHECK(pricing_discount(&larger, 300, 1000, 200) == 1200, "max rule: the birthday's 10%% beats the tier's 3%%, plus 2%%");
	CHECK(pricing_discount(&larger, 500, 0, 0) == 500, "max rule: tier only");
	CHECK(pricing_discount(&both, 300, 500, 0) == 800, "sum rule: 3%% + 5%%");
	CHECK(pricing_discount(&both, 500, 500, 200) == 1000, "sum rule: capped at 10%%");

	long long thresholds[] = { 2000000, 10000000 };
	CHECK(pricing_tier(thresholds, 2, 1999999) == -1, "19,999.99 reaches no tier");
	CHECK(pricing_tier(thresholds, 2, 2000000) == 0, "20,000.00 exactly reaches Silver");
	CHECK(pricing_tier(thresholds, 2, 10000000) == 1, "100,000.00 exactly reaches Gold");
	CHECK(pricing_tier(thresholds, 0, 10000000) == -1, "no tiers, no tier");

	CHECK(pricing_tier_now(1, 0, 0, 0) == 1, "lifetime, no demotion: a return keeps Gold");
	CHECK(pricing_tier_now(1, 0, 0, 1) == 0, "lifetime, demotion: a return below Gold moves down");
	CHECK(pricing_tier_now(1, -1, 1, 0) == -1, "12-month window: the tier follows the window's spend");
	CHECK(pricing_tier_now(0, 1, 0, 0) == 1, "a sale promotes");
	CHECK(days_to_anniversary(1, 2, 2025, 12, 28) == 5, "2 January is 5 days after 28 December");
	CHECK(days_to_anniversary(12, 30, 2026, 1, 2) == -3, "30 December was 3 days before 2 January");
	CHECK(days_to_anniversary(2, 29, 2025, 2, 28) == 0, "29 February is kept on 28 February in a common year");
	CHECK(days_to_anniversary(2, 29, 2025, 3, 1) == -1, "... so on 1 March it was yesterday");
	CHECK(days_to_anniversary(2, 29, 2024, 2, 28) == 1, "in a leap year it is 29 February");
	CHECK(days_to_anniversary(6, 15, 2026, 6, 15) == 0, "the day itself");
}

static void test_purchase_validators(void)
{
#define V(fn, s) fn(s, strlen(s))
	CHECK(!V(valid_sku, "AB-12.x_9") && V(valid_sku, "") && V(valid_sku, "a b") && V(valid_sku, "é"),
	      "sku: letters, digits, . _ - only");
	CHECK(!V(valid_money, "0") && !V(valid_money, "1,234.56") && !V(valid_money, "1000000000") &&
	      V(valid_money, "1000000000.01") && V(valid_money, "-1") && V(valid_money, "1.234"), "money: 0 .. 1e9, cents");
	long long x = 0;
	CHECK(decimal_parse("1.5", 3, 3, 100000, &x) == 0 && x == 1500, "1.5 is 1500 thousandths");
	CHECK(decimal_parse("0.125", 5, 3, 100000, &x) == 0 && x == 125, "0.125 is 125 thousandths");
	CHECK(decimal_parse("3", 1, 2, 10000, &x) == 0 && x == 300, "3 is 300 basis points");
	CHECK(decimal_parse("33.33", 5, 2, 10000, &x) == 0 && x == 3333, "33.33 is 3333 basis points");
	CHECK(decimal_parse("100.01", 6, 2, 10000, &x) < 0 && decimal_parse(".5", 2, 2, 10000, &x) < 0 &&
	      decimal_parse("5.", 2, 2, 10000, &x) < 0 && decimal_parse("1.234", 5, 2, 10000, &x) < 0 &&
	      decimal_parse("1e3", 3, 2, 10000, &x) < 0 && decimal_parse("", 0, 2, 10000, &x) < 0 &&
	      decimal_parse("-1", 2, 2, 10000, &x) < 0, "decimal_parse refuses the rest");
	char out[40];
	CHECK_STR(decimal_format(100006, 2, out, sizeof(out)), "1000.06", "100006 minor units read 1000.06");
	CHECK_STR(decimal_format(500000, 2, out, sizeof(out)), "5000", "500000 minor units read 5000");
	CHECK_STR(decimal_format(1500, 3, out, sizeof(out)), "1.5", "1500 thousandths read 1.5");
	CHECK_STR(decimal_format(3333, 2, out, sizeof(out)), "33.33", "3333 basis points read 33.33");
	CHECK_STR(decimal_format(0, 2, out, sizeof(out)), "0", "0 reads 0");
	CHECK(!V(valid_weight, "0.5") && !V(valid_weight, "100") && V(valid_weight, "0") && V(valid_weight, "100.001"),
	      "weight: 0.001 .. 100");
	CHECK(!V(valid_percent, "0") && !V(valid_percent, "100") && V(valid_percent, "100.5"), "percent: 0 .. 100");
	CHECK(!V(valid_quantity, "1") && !V(valid_quantity, "1000000") && V(valid_quantity, "0") &&
	      V(valid_quantity, "1.5") && V(valid_quantity, "1000001"), "quantity: whole 1 .. 1,000,000");
	CHECK(!V(valid_form_token, "0123456789abcdef0123456789abcdef") && V(valid_form_token, "0123456789ABCDEF0123456789abcdef") &&
	      V(valid_form_token, "0123"), "form token: 32 lower-case hex");
#undef V
}

int main(int argc, char **argv)
{
	const char *root = argc > 1 ? argv[1] : ".";
	test_urlencoded();
	test_cookies();
	test_utf8();
	test_redirect();
	test_validators();
	test_money();
	test_i18n(root);
	test_router_match();
	test_router_fields();
	test_arena_buf();
	test_normalize_phone();
	test_normalize_email();
	test_name_words();
	test_search_key();
	test_client_validators();
	test_pricing();
	test_purchase_validators();
	test_motivation(&tap_run, &tap_failed);
	test_occasion(&tap_run, &tap_failed);
	test_ical(&tap_run, &tap_failed);
	test_mail(&tap_run, &tap_failed);
	test_sla(&tap_run, &tap_failed);
	test_case_clock(&tap_run, &tap_failed);
	test_intake(&tap_run, &tap_failed);
	test_svg_stack(&tap_run, &tap_failed);
	i18n_free();
	arena_free(&A);
	printf("# %d checks, %d failed\n", tap_run, tap_failed);
	return tap_failed ? 1 : 0;
}
