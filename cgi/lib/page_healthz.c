/* page_healthz.c: GET /healthz of both programs: does the database answer? */
#include "app.h"
#include "db.h"
#include "response.h"

DB_STMT(SQL_HEALTH_PING, "SELECT 1");

static int health_row(void *ctx, const struct db_row *row)
{
	*(int *)ctx = row->ncols == 1 && row->val[0] && row->val[0][0] == '1';
	return 1;
}

void page_healthz(struct request *req)
{
	int ok = 0;
	if (db_ready(req->db) == DB_OK && db_query(req->db, &SQL_HEALTH_PING, DB_NOARGS, health_row, &ok) != DB_OK)
		ok = 0;
	response_open(req, ok ? 200 : 503, "text/plain; charset=utf-8");
	buf_adds(&req->resp.body, ok ? "ok\n" : "database unavailable\n");
}
