/* csv.h: a strict CSV reader (RFC 4180 with ',' or ';', UTF-8 with or without BOM) for imports, and
 * the cell writer of the exports. */
#ifndef CRM_CSV_H
#define CRM_CSV_H
#include <stddef.h>
#include "arena.h"
#include "buf.h"

struct csv_row {
	size_t n;
	const char **cells;   /* NUL-terminated, arena memory */
	size_t line;          /* the file's line number where the row starts (1-based) */
};

struct csv {
	struct csv_row *rows; /* rows[0] is the header */
	size_t nrows;
	char delim;
};

/* Parses s[0..len) into out (arena memory). The delimiter is ',' or ';', whichever the first line
 * has more of outside quotes. Empty lines are skipped. Returns 0, or -1 with *err_line and *err
 * (an i18n key: err.csv_quote, err.csv_rows, err.csv_cols, err.csv_empty) set. */
int csv_parse(struct arena *a, const char *s, size_t len, size_t max_rows, size_t max_cols,
	      struct csv *out, size_t *err_line, const char **err);
/* Appends v to b as one CSV cell followed by ',' (or CRLF when last): quoted when needed; a
 * leading = @ tab or CR (or + - before a non-digit) gets a ' in front, so that a spreadsheet does
 * not run it as a formula. */
void csv_write_cell(struct buf *b, const char *v, int last);
#endif
