/* fuzz_multipart.c: libFuzzer target for parse_multipart() and multipart_boundary() (cgi/lib/parse.c).
 * The first input line is the Content-Type, the rest the body. Every PARSE_OK result must keep
 * the promises of parse.h; a broken one aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "parse.h"

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_multipart: invariant broken: %s\n", what);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	if (nl == NULL)
		return 0;
	size_t hl = (size_t)(nl - (const char *)data);
	char *ct = malloc(hl + 1);
	memcpy(ct, data, hl);
	ct[hl] = '\0';
	size_t blen = size - hl - 1;
	char *body = malloc(blen ? blen : 1);   /* exactly sized: ASan sees any read past the end */
	memcpy(body, nl + 1, blen);
	char boundary[71];
	if (multipart_boundary(ct, boundary) == 0) {
		if (strlen(boundary) == 0 || strlen(boundary) > 70)
			fail("boundary length");
		struct arena a = { 0 };
		struct kv_list out;
		struct parse_limits lim = { 8, 32, 256 };
		if (parse_multipart(&a, body, blen, boundary, &lim, 4096, &out) == PARSE_OK) {
			if (out.n > lim.max_fields)
				fail("n > max_fields");
			for (size_t i = 0; i < out.n; i++) {
				const struct kv *kv = &out.items[i];
				if (strlen(kv->value) != kv->value_len)
					fail("value_len differs from strlen (NUL inside)");
				if (!utf8_valid(kv->value, kv->value_len))
					fail("value not UTF-8");
				if (kv->value_len > (kv->filename ? 4096 : lim.max_value))
					fail("value over its limit");
				if (strlen(kv->name) == 0 || strlen(kv->name) > lim.max_name)
					fail("name length");
			}
		}
		arena_free(&a);
	}
	free(ct);
	free(body);
	return 0;
}
