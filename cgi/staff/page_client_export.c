/* page_client_export.c: the client list as CSV, with the list's search and filters, streamed row by
 * row (a million rows never sit in memory); an audited action. */
#include "pages.h"
#include "audit.h"
#include "client_list.h"
#include "render.h"
#include "response.h"
#include <string.h>

struct export {
	struct request *req;
	struct buf out;
	long long rows;
};

/* One CSV cell: quoted when needed; a leading = @ tab or CR (or + - before a non-digit) gets a
 * ' in front, so that a spreadsheet does not run it as a formula. */
static void csv_cell(struct buf *b, const char *v, int last)
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

static int export_row(void *ctx, const struct db_row *row)
{
	/* the list statement's columns: id name kind city status manager phone contact email segment */
	static const int order[] = { 0, 2, 1, 8, 6, 3, 9, 4, 5, 7 };
	struct export *e = ctx;
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
		csv_cell(&e->out, row->val[order[i]] ? row->val[order[i]] : "", i + 1 == sizeof(order) / sizeof(order[0]));
	e->rows++;
	if (e->out.len > 60000) {
		response_stream_write(e->req, e->out.data, e->out.len);
		buf_reset(&e->out);
	}
	return 0;
}

void page_client_export(struct request *req)
{
	struct db_arg args[CLIENT_LIST_ARGS];
	size_t n = 0;
	const struct db_stmt_def *def = NULL;
	enum db_status st = client_list_query(req, 1LL << 40, &def, args, &n);
	if (st == DB_NOT_FOUND) {
		render_error(req, 400, "err.cursor", NULL);
		return;
	}
	struct audit_entry a = { .action = "client_export", .entity = "client",
				 .detail = req->query && req->query[0] ? req->query : "all clients" };
	if (st == DB_OK)
		st = audit_write(req, &a);   /* before any byte leaves: an export that is not audited does not happen */
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	struct export e = { req, { 0 }, 0 };
	response_stream_start(req, "text/csv; charset=utf-8", "clients.csv");
	buf_adds(&e.out, "\xEF\xBB\xBF");   /* a BOM, so that spreadsheets read UTF-8 */
	static const char *const head[] = { "id", "kind", "name", "email", "phone", "city", "segment",
					    "status", "manager", "last_contact" };
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		csv_cell(&e.out, head[i], i + 1 == sizeof(head) / sizeof(head[0]));
	st = db_query(req->db, def, args, n, export_row, &e);
	if (st != DB_OK)   /* the headers are gone: say so in the file rather than end it silently */
		buf_adds(&e.out, "\"# export interrupted: the database failed; the file is incomplete\"\r\n");
	response_stream_write(req, e.out.data, e.out.len);
	buf_free(&e.out);
}
