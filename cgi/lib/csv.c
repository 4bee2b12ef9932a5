/* csv.c: a strict CSV reader for imports (fuzzed by tests/fuzz), and the exports' cell writer. */
#include "csv.h"
#include <string.h>

static char detect_delim(const char *s, size_t len)
{
	size_t commas = 0, semis = 0;
	int quoted = 0;
	for (size_t i = 0; i < len && (quoted || (s[i] != '\n' && s[i] != '\r')); i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == ',')
			commas++;
		else if (!quoted && s[i] == ';')
			semis++;
	}
	return semis > commas ? ';' : ',';
}

int csv_parse(struct arena *a, const char *s, size_t len, size_t max_rows, size_t max_cols,
	      struct csv *out, size_t *err_line, const char **err)
{
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		len -= 3;
	}
	out->rows = arena_alloc(a, (max_rows + 1) * sizeof(struct csv_row));
	out->nrows = 0;
	out->delim = detect_delim(s, len);
	const char **cells = arena_alloc(a, (max_cols + 1) * sizeof(char *));
	char *cell = arena_alloc(a, len + 1);   /* room for any one cell */
	size_t line = 1, i = 0;
	while (i < len) {
		if (s[i] == '\r' || s[i] == '\n') {   /* an empty line */
			if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
			i++;
			line++;
			continue;
		}
		size_t ncells = 0, row_line = line;
		for (;;) {   /* one cell */
			size_t cl = 0;
			if (i < len && s[i] == '"') {
				i++;
				for (;;) {
					if (i >= len) {
						*err_line = row_line;
						*err = "err.csv_quote";
						return -1;
					}
					if (s[i] == '"') {
						if (i + 1 < len && s[i + 1] == '"') {
							cell[cl++] = '"';
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (s[i] == '\n')
						line++;
					cell[cl++] = s[i++];
				}
				if (i < len && s[i] != out->delim && s[i] != '\r' && s[i] != '\n') {
					*err_line = line;
					*err = "err.csv_quote";
					return -1;
				}
			} else {
				while (i < len && s[i] != out->delim && s[i] != '\r' && s[i] != '\n') {
					if (s[i] == '"') {
						*err_line = line;
						*err = "err.csv_quote";
						return -1;
					}
					cell[cl++] = s[i++];
				}
			}
			if (ncells >= max_cols) {
				*err_line = row_line;
				*err = "err.csv_cols";
				return -1;
			}
			cells[ncells++] = arena_strndup(a, cell, cl);
			if (i < len && s[i] == out->delim) {
				i++;
				continue;
			}
			break;
		}
		if (i < len && s[i] == '\r')
			i++;
		if (i < len && s[i] == '\n')
			i++;
		line++;
		if (out->nrows >= max_rows) {
			*err_line = row_line;
			*err = "err.csv_rows";
			return -1;
		}
		struct csv_row *r = &out->rows[out->nrows++];
		r->n = ncells;
		r->line = row_line;
		r->cells = arena_alloc(a, ncells * sizeof(char *));
		memcpy(r->cells, cells, ncells * sizeof(char *));
	}
	if (out->nrows < 2) {
		*err_line = 1;
		*err = "err.csv_empty";
		return -1;
	}
	return 0;
}

void csv_write_cell(struct buf *b, const char *v, int last)
{
	int risky = v[0] == '=' || v[0] == '@' || v[0] == '\t' || v[0] == '\r' ||
		    ((v[0] == '+' || v[0] == '-') && !(v[1] >= '0' && v[1] <= '9') && v[1] != ' ');
	if (strpbrk(v, ",;\"\r\n") || risky) {
		buf_add(b, "\"", 1);
		if (risky)
			buf_add(b, "'", 1);
		for (const char *p = v; *p; p++) {
			if (*p == '"')
				buf_add(b, "\"", 1);
			buf_add(b, p, 1);
		}
		buf_add(b, "\"", 1);
	} else {
		buf_adds(b, v);
	}
	buf_adds(b, last ? "\r\n" : ",");
}
