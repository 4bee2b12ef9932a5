/* fuzz_utf8_redirect.c: libFuzzer target for utf8_valid() and redirect_target_ok()
 * (cgi/lib/parse.c). Build and run with tests/fuzz/run.sh.
 * utf8_valid() is compared with ref_utf8_valid() below, an independent decoder written from
 * the table of well-formed byte sequences (Unicode 15, table 3-7); any disagreement aborts.
 * When redirect_target_ok() accepts a string it must look like a same-site path. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parse.h"

/* Table 3-7: the only well-formed UTF-8 sequences.
 *   00..7F
 *   C2..DF 80..BF
 *   E0     A0..BF 80..BF
 *   E1..EC 80..BF 80..BF
 *   ED     80..9F 80..BF          (no surrogates D800..DFFF)
 *   EE..EF 80..BF 80..BF
 *   F0     90..BF 80..BF 80..BF
 *   F1..F3 80..BF 80..BF 80..BF
 *   F4     80..8F 80..BF 80..BF   (nothing above U+10FFFF) */
static int ref_utf8_valid(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned char b = s[i];
		size_t n;                 /* continuation bytes */
		unsigned char lo = 0x80, hi = 0xBF;  /* range of the first continuation byte */
		if (b <= 0x7F) { i++; continue; }
		else if (b >= 0xC2 && b <= 0xDF) n = 1;
		else if (b == 0xE0) { n = 2; lo = 0xA0; }
		else if (b >= 0xE1 && b <= 0xEC) n = 2;
		else if (b == 0xED) { n = 2; hi = 0x9F; }
		else if (b >= 0xEE && b <= 0xEF) n = 2;
		else if (b == 0xF0) { n = 3; lo = 0x90; }
		else if (b >= 0xF1 && b <= 0xF3) n = 3;
		else if (b == 0xF4) { n = 3; hi = 0x8F; }
		else return 0;            /* 80..C1, F5..FF never start a sequence */
		if (i + n >= len)
			return 0;             /* sequence cut off by the end of input */
		if (s[i + 1] < lo || s[i + 1] > hi)
			return 0;
		for (size_t k = 2; k <= n; k++)
			if (s[i + k] < 0x80 || s[i + k] > 0xBF)
				return 0;
		i += n + 1;
	}
	return 1;
}

static void fail(const char *what, const char *s)
{
	fprintf(stderr, "fuzz_utf8_redirect: %s; input (%zu bytes): \"", what, strlen(s));
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		fprintf(stderr, (*p < 0x20 || *p >= 0x7F || *p == '"' || *p == '\\') ? "\\x%02X" : "%c", *p);
	fprintf(stderr, "\"\n");
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* utf8_valid() on exactly size bytes (no terminator, may contain NUL). */
	char *raw = malloc(size ? size : 1);
	if (raw == NULL)
		return 0;
	if (size)
		memcpy(raw, data, size);
	int got = utf8_valid(raw, size);
	int want = ref_utf8_valid((const unsigned char *)raw, size);
	if ((got != 0) != (want != 0)) {
		fprintf(stderr, "fuzz_utf8_redirect: utf8_valid()=%d but reference=%d on %zu bytes:", got, want, size);
		for (size_t i = 0; i < size; i++)
			fprintf(stderr, " %02X", (unsigned char)raw[i]);
		fprintf(stderr, "\n");
		abort();
	}
	if (got != 0 && got != 1)
		fail("utf8_valid returned something other than 0 or 1", "");
	free(raw);

	/* redirect_target_ok() on a NUL-terminated copy (stops at the first NUL in the input). */
	char *s = malloc(size + 1);
	if (s == NULL)
		return 0;
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	int ok = redirect_target_ok(s);
	if (ok != 0 && ok != 1)
		fail("redirect_target_ok returned something other than 0 or 1", s);
	if (ok) {
		size_t len = strlen(s);
		if (s[0] != '/')
			fail("accepted target does not start with '/'", s);
		if (s[1] == '/' || s[1] == '\\')
			fail("accepted target starts with '//' or '/\\' (protocol-relative)", s);
		if (strpbrk(s, "\r\n ") != NULL)
			fail("accepted target contains CR, LF or space", s);
		/* the rest of the contract in parse.h */
		if (len > 512)
			fail("accepted target longer than 512 bytes", s);
		if (strchr(s, '\\') != NULL)
			fail("accepted target contains a backslash", s);
		for (size_t i = 0; i < len; i++)
			if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] == 0x7F)
				fail("accepted target contains a control character", s);
		if (!utf8_valid(s, len))
			fail("accepted target is not valid UTF-8", s);
	}
	free(s);
	return 0;
}
