/* csv_export.h: streaming a query's rows to the browser as a CSV file, row by row (a million rows
 * never sit in memory). */
#ifndef CRM_STAFF_CSV_EXPORT_H
#define CRM_STAFF_CSV_EXPORT_H
#include "request.h"
#include "db.h"
#include "buf.h"

struct csv_export {
	struct request *req;
	struct buf out;        /* malloc'd; csv_export_end frees it */
	const int *cols;       /* the query's columns, in the file's order */
	size_t ncols;
	long long rows;
};

/* Starts the response (an attachment named filename) with a BOM, so that spreadsheets read UTF-8,
 * and the header row head[0..ncols); the rows will be the query columns cols[0..ncols). */
void csv_export_start(struct csv_export *e, struct request *req, const char *filename,
		      const char *const *head, const int *cols, size_t ncols);
/* The db_row_fn writing one row (ctx is a struct csv_export). */
int csv_export_row(void *ctx, const struct db_row *row);
/* Ends the file: when the query failed (st), says in the file that it is incomplete (the headers
 * are gone: it cannot become an error page). Frees the buffer. */
void csv_export_end(struct csv_export *e, enum db_status st);
#endif
