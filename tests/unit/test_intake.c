/* test_intake.c: unit tests of the public forms' signed tokens, receipt codes and status keys (intake.c). */
#include <string.h>
#include <sodium.h>
#include "tap.h"
#include "intake.h"

void test_intake(int *run, int *failed);

static const char CROCKFORD[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/* Hex of raw bytes, written here (not sodium_bin2hex) so that the expected values do not share
 * the module's code. */
static void hex(const unsigned char *p, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[p[i] >> 4];
		out[2 * i + 1] = digits[p[i] & 15];
	}
	out[2 * n] = '\0';
}

/* The receipt code worked out by hand: HMAC-SHA-256 under secret of "receipt" followed by the
 * token's text, its first 80 bits read as two 40-bit numbers, each 8 characters of 5 bits from the
 * top (a different reading from the module's bit by bit loop). */
static void code_by_hand(const unsigned char *secret, const char *token, char *out)
{
	unsigned char msg[7 + INTAKE_TOKEN_LEN], mac[crypto_auth_hmacsha256_BYTES];
	size_t n = strlen(token);
	memcpy(msg, "receipt", 7);
	memcpy(msg + 7, token, n);
	crypto_auth_hmacsha256(mac, msg, 7 + n, secret);
	for (int half = 0; half < 2; half++) {
		unsigned long long v = 0;
		for (int i = 0; i < 5; i++)
			v = v << 8 | mac[5 * half + i];
		for (int i = 0; i < 8; i++)
			out[8 * half + i] = CROCKFORD[(v >> (35 - 5 * i)) & 31];
	}
	out[RECEIPT_CODE_LEN] = '\0';
}

/* 1 when s is 16 characters, all from the Crockford alphabet. */
static int crockford16(const char *s)
{
	return strlen(s) == RECEIPT_CODE_LEN && strspn(s, CROCKFORD) == RECEIPT_CODE_LEN;
}

static void test_tokens(const unsigned char *secret, const unsigned char *other)
{
	char t[INTAKE_TOKEN_LEN + 1], u[INTAKE_TOKEN_LEN + 1], x[INTAKE_TOKEN_LEN + 2];
	long long issued = 0;
	/* 1795791600 = 2026-11-27 15:00:00 UTC (date -u -d '2026-11-27 15:00 UTC' +%s) */
	intake_token_new(secret, 1795791600LL, t);
	CHECK(strlen(t) == INTAKE_TOKEN_LEN && strspn(t, "0123456789abcdef") == INTAKE_TOKEN_LEN,
	      "a new token is 64 lower-case hex digits");
	CHECK(intake_token_check(secret, t, &issued) == 0 && issued == 1795791600LL,
	      "a new token checks with the same secret and gives its issue time back");
	/* 8 bytes of time first: 1795791600 = 0x6B099AF0, big-endian (the header does not say the byte order) */
	CHECK(strncmp(t, "000000006b099af0", 16) == 0, "the first 16 hex digits are the issue time, big-endian");
	CHECK(intake_token_check(other, t, &issued) == -1, "... and fails under another secret");
	intake_token_new(secret, 1795791600LL, u);
	CHECK(strcmp(t, u) != 0 && intake_token_check(secret, u, &issued) == 0 && issued == 1795791600LL,
	      "two tokens issued at the same second differ (12 random bytes) and both check");
	intake_token_new(secret, 0, u);
	CHECK(intake_token_check(secret, u, &issued) == 0 && issued == 0, "a token issued at time 0 gives 0 back");
	intake_token_new(secret, 253402300799LL, u);   /* 9999-12-31 23:59:59 UTC */
	CHECK(intake_token_check(secret, u, &issued) == 0 && issued == 253402300799LL, "a token issued in 9999 gives its time back");

	/* every position, every other lower-case hex digit: 64 x 15 = 960 changed tokens, none checks;
	 * positions 0..39 are the body (time and random bytes), 40..63 the tag */
	int body_ok = 0, tag_ok = 0, tried = 0;
	for (int i = 0; i < INTAKE_TOKEN_LEN; i++)
		for (const char *d = "0123456789abcdef"; *d; d++) {
			if (*d == t[i])
				continue;
			strcpy(u, t);
			u[i] = *d;
			tried++;
			if (intake_token_check(secret, u, &issued) == 0) {
				if (i < 40)
					body_ok++;
				else
					tag_ok++;
			}
		}
	CHECK(tried == 960 && body_ok == 0 && tag_ok == 0,
	      "no single changed hex digit checks (960 tried: %d in the body, %d in the tag checked)", body_ok, tag_ok);

	/* upper case: a token with at least one letter (each of 64 random-looking digits is a letter
	 * with chance 6/16; issue again in the unlikely case there is none) */
	int tries = 0;
	while (strpbrk(t + 16, "abcdef") == NULL && tries++ < 100)
		intake_token_new(secret, 1795791600LL, t);
	CHECK(intake_token_check(secret, t, &issued) == 0, "the token used below checks as it is");
	strcpy(u, t);
	char *letter = strpbrk(u + 16, "abcdef");
	*letter = (char)(*letter - 'a' + 'A');
	CHECK(intake_token_check(secret, u, &issued) == -1, "one upper-case hex digit is refused");
	for (char *p = u; *p; p++)
		if (*p >= 'a' && *p <= 'f')
			*p = (char)(*p - 'a' + 'A');
	CHECK(intake_token_check(secret, u, &issued) == -1, "an all upper-case token is refused");
	memcpy(x, t, INTAKE_TOKEN_LEN - 1);
	x[INTAKE_TOKEN_LEN - 1] = '\0';
	CHECK(intake_token_check(secret, x, &issued) == -1, "63 characters (the last dropped) are refused");
	memcpy(x, t, INTAKE_TOKEN_LEN);
	x[INTAKE_TOKEN_LEN] = '0';
	x[INTAKE_TOKEN_LEN + 1] = '\0';
	CHECK(intake_token_check(secret, x, &issued) == -1, "65 characters (a digit added) are refused");
	CHECK(intake_token_check(secret, NULL, &issued) == -1 && intake_token_check(secret, "", &issued) == -1,
	      "NULL and the empty string are refused");
	strcpy(u, t);
	u[10] = 'g';
	CHECK(intake_token_check(secret, u, &issued) == -1, "a non-hex letter is refused");
	strcpy(u, t);
	u[63] = ' ';
	CHECK(intake_token_check(secret, u, &issued) == -1, "a trailing space in place of a digit is refused");

	/* a known token worked out independently with Python 3: secret bytes 0..31, time 1795791600,
	 * random bytes a0..ab, tag = the first 12 bytes of HMAC-SHA-256(secret, "token" + body):
	 *   hmac.new(bytes(range(32)), b"token" + body, hashlib.sha256).digest()[:12]
	 * (the "token" prefix is read from intake.c: the header only says "an HMAC tag of both") */
	const char *known = "000000006b099af0a0a1a2a3a4a5a6a7a8a9aaab91fa6f7045a6ea01721b054a";
	CHECK(intake_token_check(secret, known, &issued) == 0 && issued == 1795791600LL,
	      "a token made outside the module checks and gives 2026-11-27 15:00 UTC");
}

static void test_codes(const unsigned char *secret, const unsigned char *other)
{
	char t[INTAKE_TOKEN_LEN + 1], u[INTAKE_TOKEN_LEN + 1], a[RECEIPT_CODE_LEN + 1], b[RECEIPT_CODE_LEN + 1];
	char want[RECEIPT_CODE_LEN + 1];
	intake_token_new(secret, 1795791600LL, t);
	intake_token_new(secret, 1795791600LL, u);
	intake_receipt_code(secret, t, a);
	intake_receipt_code(secret, t, b);
	CHECK(crockford16(a) && strcmp(a, b) == 0, "a token's receipt code is 16 Crockford characters, the same every time");
	intake_receipt_code(secret, u, b);
	CHECK(crockford16(b) && strcmp(a, b) != 0, "another token gives another code");
	intake_receipt_code(other, t, b);
	CHECK(crockford16(b) && strcmp(a, b) != 0, "another secret gives another code for the same token");
	/* 200 codes: every character from the alphabet (never I, L, O or U) */
	int good = 0;
	for (int i = 0; i < 200; i++) {
		intake_token_new(secret, 1795791600LL + i, u);
		intake_receipt_code(secret, u, b);
		good += crockford16(b) && strpbrk(b, "ILOU") == NULL;
	}
	CHECK(good == 200, "200 codes all of the Crockford alphabet (%d were)", good);

	/* known answers: worked out in this file with crypto_auth_hmacsha256 and 40-bit halves */
	code_by_hand(secret, t, want);
	intake_receipt_code(secret, t, a);
	CHECK_STR(a, want, "the receipt code of a new token is the hand-made one");
	const char *known = "000000006b099af0a0a1a2a3a4a5a6a7a8a9aaab91fa6f7045a6ea01721b054a";
	code_by_hand(secret, known, want);
	intake_receipt_code(secret, known, a);
	CHECK_STR(a, want, "the receipt code of a fixed token is the hand-made one");
	/* and with Python 3 (hmac, int.from_bytes(mac[:10], 'big') read 5 bits at a time from bit 75):
	 * E7DB54XPT51Q0C2E for the fixed token under secret bytes 0..31 */
	CHECK_STR(a, "E7DB54XPT51Q0C2E", "the fixed token's code is E7DB54XPT51Q0C2E (worked out with Python)");
	/* 64 zeros (not a checked token, but any text has a code): C4PHARSPMV54T5KR with Python */
	intake_receipt_code(secret, "0000000000000000000000000000000000000000000000000000000000000000", a);
	CHECK_STR(a, "C4PHARSPMV54T5KR", "64 zeros give C4PHARSPMV54T5KR (worked out with Python)");
}

static void test_shown_parse(void)
{
	char s[RECEIPT_SHOWN_LEN + 1], c[RECEIPT_CODE_LEN + 1];
	intake_receipt_shown("0123456789ABCDEF", s);
	CHECK_STR(s, "0123-4567-89AB-CDEF", "shown: groups of four with dashes");
	CHECK(strlen(s) == RECEIPT_SHOWN_LEN, "shown: 19 characters");
	intake_receipt_shown("E7DB54XPT51Q0C2E", s);
	CHECK_STR(s, "E7DB-54XP-T51Q-0C2E", "shown: a real code");

#define P(str) intake_receipt_parse(str, strlen(str), c)
	memset(c, 'x', sizeof(c));
	CHECK(P("0123-4567-89AB-CDEF") == 0, "parse: the shown form");
	CHECK_STR(c, "0123456789ABCDEF", "... reads the code back");
	CHECK(P("0123456789ABCDEF") == 0 && strcmp(c, "0123456789ABCDEF") == 0, "parse: the bare code");
	CHECK(P("0123-4567-89ab-cdef") == 0 && strcmp(c, "0123456789ABCDEF") == 0, "parse: lower case");
	CHECK(P("e7Db-54xP-t51q-0C2e") == 0 && strcmp(c, "E7DB54XPT51Q0C2E") == 0, "parse: mixed case");
	CHECK(P("  0123 4567  89AB CDEF ") == 0 && strcmp(c, "0123456789ABCDEF") == 0, "parse: spaces anywhere, leading and trailing");
	CHECK(P("-0-1-2-3--4567 - 89AB-CDEF-") == 0 && strcmp(c, "0123456789ABCDEF") == 0, "parse: dashes anywhere, mixed with spaces");
	/* O o -> 0, I i L l -> 1 */
	CHECK(P("OIL3-4567-89AB-CDEF") == 0 && strcmp(c, "0113456789ABCDEF") == 0, "parse: O reads 0, I and L read 1");
	CHECK(P("oil3-4567-89ab-cdeo") == 0 && strcmp(c, "0113456789ABCDE0") == 0, "parse: o, i and l in lower case too");
	CHECK(P("U123-4567-89AB-CDEF") == -1, "parse: U is refused");
	CHECK(P("u123-4567-89AB-CDEF") == -1, "parse: u is refused");
	CHECK(P("0123-4567-89AB-CDE") == -1, "parse: 15 characters refused");
	CHECK(P("0123-4567-89AB-CDEF0") == -1, "parse: 17 characters refused");
	CHECK(P("0123-4567-89AB-CDEF-0123-4567-89AB-CDEF") == -1, "parse: 32 characters refused");
	CHECK(P("") == -1 && P(" - - ") == -1, "parse: nothing, or only spaces and dashes, refused");
	CHECK(P("0123.4567.89AB.CDEF") == -1 && P("0123_4567_89AB_CDEF") == -1 && P("0123/4567/89AB/CDEF") == -1 &&
	      P("0123456789ABCDEF!") == -1 && P("#0123456789ABCDEF") == -1, "parse: dots, underscores, slashes, ! and # refused");
	CHECK(P("0123\t4567\t89AB\tCDEF") == -1, "parse: tabs refused (only spaces and dashes are skipped)");
	CHECK(intake_receipt_parse("01234567\00089ABCDEF", 17, c) == -1, "parse: a NUL inside the given length refused");
	CHECK(intake_receipt_parse("0123456789ABCDEF\0", 17, c) == -1, "parse: a trailing NUL inside the given length refused");
	CHECK(intake_receipt_parse("0123456789ABCDEF0123", 16, c) == 0 && strcmp(c, "0123456789ABCDEF") == 0,
	      "parse: only the given length is read");
	CHECK(P("0123 4567\xC2\xA0" "89AB CDEF") == -1, "parse: a no-break space (C2 A0) refused");
	CHECK(P("0123456789ABCDE\xC3\x89") == -1, "parse: a non-ASCII E-acute refused");
	CHECK(P("0123456789ABCDEF\xFF") == -1 && P("\x80" "0123456789ABCDEF") == -1, "parse: bytes FF and 80 refused");
	/* \xEF\xBC\x90 is a full-width 0 */
	CHECK(P("\xEF\xBC\x90" "123456789ABCDEF") == -1, "parse: a full-width digit refused");
#undef P
}

static void test_hashes(const unsigned char *secret)
{
	char got[INTAKE_HASH_LEN + 1], want[INTAKE_HASH_LEN + 1];
	unsigned char h[crypto_hash_sha256_BYTES];
	intake_receipt_hash("0123456789ABCDEF", got);
	crypto_hash_sha256(h, (const unsigned char *)"0123456789ABCDEF", 16);
	hex(h, sizeof(h), want);
	CHECK_STR(got, want, "receipt hash: SHA-256 of the code, hex");
	/* printf '%s' '0123456789ABCDEF' | sha256sum */
	CHECK_STR(got, "2125b2c332b1113aae9bfc5e9f7e3b4c91d828cb942c2df1eeb02502eccae9e9",
		  "receipt hash of 0123456789ABCDEF as sha256sum gives it");
	intake_status_key("0123456789ABCDEF", "ana@example.com", got);
	crypto_hash_sha256(h, (const unsigned char *)"0123456789ABCDEF:ana@example.com", 32);
	hex(h, sizeof(h), want);
	CHECK_STR(got, want, "status key: SHA-256 of code:contact, hex");
	/* printf '%s' '0123456789ABCDEF:ana@example.com' | sha256sum (and openssl dgst -sha256 agrees) */
	CHECK_STR(got, "3a2647ba7423b1e1624fb044ee7895cc1d4abf9fee61fd7a6cfb8340490ae642",
		  "status key of 0123456789ABCDEF and ana@example.com as sha256sum gives it");
	intake_status_key("0123456789ABCDEF", "+639171234567", want);
	CHECK(strcmp(got, want) != 0 && strlen(want) == INTAKE_HASH_LEN, "another contact gives another status key");
	intake_receipt_hash("0123456789ABCDEF", want);
	CHECK(strcmp(got, want) != 0, "the status key is not the receipt hash");
	intake_hash("ABC", got);
	/* printf '%s' 'ABC' | sha256sum */
	CHECK_STR(got, "b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78", "intake_hash of ABC as sha256sum gives it");
	intake_hash("", got);
	/* printf '%s' '' | sha256sum */
	CHECK_STR(got, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "intake_hash of nothing as sha256sum gives it");
	char t[INTAKE_TOKEN_LEN + 1];
	intake_token_new(secret, 1795791600LL, t);
	intake_hash(t, got);
	crypto_hash_sha256(h, (const unsigned char *)t, INTAKE_TOKEN_LEN);
	hex(h, sizeof(h), want);
	CHECK_STR(got, want, "intake_hash of a token: SHA-256 of its 64 characters");

	/* the whole way: a token's code, shown, typed back in lower case, hashed */
	char code[RECEIPT_CODE_LEN + 1], shown[RECEIPT_SHOWN_LEN + 1], typed[RECEIPT_SHOWN_LEN + 1], back[RECEIPT_CODE_LEN + 1];
	intake_receipt_code(secret, t, code);
	intake_receipt_shown(code, shown);
	for (int i = 0; i <= RECEIPT_SHOWN_LEN; i++)
		typed[i] = (char)(shown[i] >= 'A' && shown[i] <= 'Z' ? shown[i] - 'A' + 'a' : shown[i]);
	CHECK(intake_receipt_parse(typed, strlen(typed), back) == 0 && strcmp(back, code) == 0,
	      "a code shown and typed back in lower case reads the same code");
}

void test_intake(int *run, int *failed)
{
	unsigned char secret[INTAKE_SECRET_LEN], other[INTAKE_SECRET_LEN];
	CHECK(sodium_init() >= 0, "libsodium starts");
	for (int i = 0; i < INTAKE_SECRET_LEN; i++) {
		secret[i] = (unsigned char)i;          /* 00 01 .. 1f, as in the Python known answers */
		other[i] = (unsigned char)i;
	}
	other[31] ^= 1;   /* differs in one bit */
	test_tokens(secret, other);
	test_codes(secret, other);
	test_shown_parse();
	test_hashes(secret);
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
