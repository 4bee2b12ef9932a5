/* page_feedback_receipt.c: the receipt of a stored submission: its code, what it was and when it came
 * in, and the way to its status. A code that names no stored case is a plain 404. */
#include "pages.h"
#include "feedback.h"
#include "render.h"
#include "zone.h"
#include <stdlib.h>

DB_STMT(SQL_FEEDBACK_RECEIPT,
	"SELECT kind, UNIX_TIMESTAMP(created_at) FROM feedback_receipts WHERE receipt_hash = ?");

void page_feedback_receipt(struct request *req)
{
	const char *arg = req_path_arg(req, 0);
	char code[RECEIPT_CODE_LEN + 1], hash[INTAKE_HASH_LEN + 1], shown[RECEIPT_SHOWN_LEN + 1];
	if (intake_receipt_parse(arg, strlen(arg), code) < 0) {
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	intake_receipt_hash(code, hash);
	char **row;
	if (render_unless_found(req, db_query_one(req->db, &SQL_FEEDBACK_RECEIPT, DB_ARGS(DB_STR(hash)), &req->arena, &row)))
		return;
	struct zone_scope z;
	enum db_status st = feedback_zone_enter(req, &z);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	char at[17];
	zone_text(atoll(row[1]), at);
	zone_leave(&z);
	intake_receipt_shown(code, shown);
	HDF *h = req_hdf(req);
	hdf_put(h, "Receipt.code", shown);
	hdf_put(h, "Receipt.kind", row[0]);
	hdf_put(h, "Receipt.at", at);
	render_page(req, 200, NULL);
}
