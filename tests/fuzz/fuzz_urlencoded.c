/* fuzz_urlencoded.c: libFuzzer target for parse_urlencoded() (cgi/lib/parse.c).
 * Build and run with tests/fuzz/run.sh. Every result that comes back PARSE_OK must hold
 * the promises made in parse.h; any break is reported with abort(). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "parse.h"

static void fail(const char *what, size_t i)
{
	fprintf(stderr, "fuzz_urlencoded: invariant broken: %s (item %zu)\n", what, i);
	abort();
}

static int name_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-';
}

static void check(const char *s, size_t len, const struct parse_limits *lim)
{
	struct arena a = {0};
	struct kv_list out;
	enum parse_status st = parse_urlencoded(&a, s, len, lim, &out);
	if (parse_status_text(st) == NULL)
		fail("parse_status_text returned NULL", 0);
	if (st == PARSE_OK) {
		if (out.n > lim->max_fields)
			fail("n > max_fields", out.n);
		if (out.n > 0 && out.items == NULL)
			fail("items NULL with n > 0", 0);
		for (size_t i = 0; i < out.n; i++) {
			const struct kv *kv = &out.items[i];
			if (kv->name == NULL || kv->value == NULL)
				fail("NULL name or value", i);
			size_t nlen = strlen(kv->name);
			if (nlen == 0)
				fail("empty name", i);
			if (nlen > lim->max_name)
				fail("name longer than max_name", i);
			for (size_t k = 0; k < nlen; k++)
				if (!name_char((unsigned char)kv->name[k]))
					fail("name has a character outside [A-Za-z0-9_-]", i);
			/* value is NUL-terminated at value_len and has no NUL before it */
			if (strlen(kv->value) != kv->value_len)
				fail("strlen(value) != value_len", i);
			if (memchr(kv->value, '\0', kv->value_len) != NULL)
				fail("NUL inside value", i);
			if (kv->value_len > lim->max_value)
				fail("value longer than max_value", i);
			if (!utf8_valid(kv->value, kv->value_len))
				fail("value is not valid UTF-8", i);
		}
	}
	arena_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The parser gets exactly size bytes, no terminator: a heap copy lets ASan catch reads past the end. */
	char *s = malloc(size ? size : 1);
	if (s == NULL)
		return 0;
	if (size)
		memcpy(s, data, size);

	static const struct parse_limits lim = {.max_fields = 64, .max_name = 64, .max_value = 4096};
	check(s, size, &lim);
	/* Tight limits as well, so the TOO_MANY / TOO_LONG boundaries are reached by short inputs. */
	static const struct parse_limits tight = {.max_fields = 3, .max_name = 4, .max_value = 8};
	check(s, size, &tight);

	free(s);
	return 0;
}
