/* fuzz_csv.c: libFuzzer target for csv_parse() (cgi/lib/csv.c): no crash, no read past the input,
 * and every parsed result within its limits. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "csv.h"

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_csv: invariant broken: %s\n", what);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size ? size : 1);
	memcpy(s, data, size);
	struct arena a = { 0 };
	struct csv out;
	size_t line = 0;
	const char *err = NULL;
	if (csv_parse(&a, s, size, 50, 8, &out, &line, &err) == 0) {
		if (out.nrows < 2 || out.nrows > 50)
			fail("row count outside 2..max_rows");
		if (out.delim != ',' && out.delim != ';')
			fail("delimiter");
		for (size_t r = 0; r < out.nrows; r++) {
			if (out.rows[r].n == 0 || out.rows[r].n > 8)
				fail("cell count outside 1..max_cols");
			for (size_t c = 0; c < out.rows[r].n; c++)
				if (strlen(out.rows[r].cells[c]) > size)
					fail("cell longer than the input");
		}
	} else if (err == NULL || line == 0) {
		fail("an error without a key or line");
	}
	arena_free(&a);
	free(s);
	return 0;
}
