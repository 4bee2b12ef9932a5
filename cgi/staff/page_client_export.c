/* page_client_export.c: the client list as CSV, with the list's search and filters, streamed row by
 * row (a million rows never sit in memory); an audited action. */
#include "pages.h"
#include "audit.h"
#include "client_list.h"
#include "csv_export.h"
#include "render.h"

/* the list statement's columns: id name kind city status manager phone contact email segment */
static const int export_cols[] = { 0, 2, 1, 8, 6, 3, 9, 4, 5, 7 };
static const char *const export_head[] = { "id", "kind", "name", "email", "phone", "city", "segment", "status",
					    "manager", "last_contact" };

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
	struct csv_export e;
	csv_export_start(&e, req, "clients.csv", export_head, export_cols, sizeof(export_cols) / sizeof(export_cols[0]));
	csv_export_end(&e, db_query(req->db, def, args, n, csv_export_row, &e));
}
