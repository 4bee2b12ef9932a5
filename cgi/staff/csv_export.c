/* csv_export.c: streaming a query's rows as a CSV attachment (the client list, the client reports). */
#include "csv_export.h"
#include "csv.h"
#include "response.h"

void csv_export_start(struct csv_export *e, struct request *req, const char *filename,
		      const char *const *head, const int *cols, size_t ncols)
{
	*e = (struct csv_export){ .req = req, .cols = cols, .ncols = ncols };
	response_stream_start(req, "text/csv; charset=utf-8", filename);
	buf_adds(&e->out, "\xEF\xBB\xBF");
	for (size_t i = 0; i < ncols; i++)
		csv_write_cell(&e->out, head[i], i + 1 == ncols);
}

int csv_export_row(void *ctx, const struct db_row *row)
{
	struct csv_export *e = ctx;
	for (size_t i = 0; i < e->ncols; i++) {
		const char *v = row->val[e->cols[i]];
		csv_write_cell(&e->out, v ? v : "", i + 1 == e->ncols);
	}
	e->rows++;
	if (e->out.len > 60000) {
		response_stream_write(e->req, e->out.data, e->out.len);
		buf_reset(&e->out);
	}
	return 0;
}

void csv_export_end(struct csv_export *e, enum db_status st)
{
	if (st != DB_OK)
		buf_adds(&e->out, "\"# export interrupted: the database failed; the file is incomplete\"\r\n");
	response_stream_write(e->req, e->out.data, e->out.len);
	buf_free(&e->out);
}
