/* page_admin_company.c: what customers are told about the company (admins): its name at the top of
 * every public page and a contact line under them, each change audited like every setting; and how
 * their e-mail notices fare (crmctl notify): waiting, failed and why, and what the mail keys of the
 * configuration leave out. */
#include "pages.h"
#include "render.h"
#include "response.h"
#include "settings.h"

/* The form's fields are named as the settings they set. */
DB_STMT(SQL_COMPANY_FACTS, "SELECT name, value FROM settings WHERE name IN ('company_name', 'company_contact')");
/* The notices not sent yet (the outbox's pending index), the reason of the newest failure, and when
 * one last went out. */
DB_STMT(SQL_COMPANY_NOTICES,
	"SELECT COALESCE(SUM(attempts = 0), 0), COALESCE(SUM(attempts > 0), 0),"
	" COALESCE(SUBSTRING_INDEX(GROUP_CONCAT(IF(attempts > 0, last_error, NULL) ORDER BY case_event_id DESC"
	" SEPARATOR '\n'), '\n', 1), ''),"
	" COALESCE((SELECT DATE_FORMAT(MAX(sent_at), '%Y-%m-%d %H:%i') FROM case_notices), '')"
	" FROM case_notices WHERE sent_at IS NULL");

/* The page with status; on 200 the form holds the stored settings (else what was typed). */
static void company_render(struct request *req, int status)
{
	HDF *h = req_hdf(req), *form = NULL;
	NEOERR *err = hdf_get_node(h, "Form", &form);
	nerr_ignore(&err);
	char **n = NULL;
	enum db_status st = status == 200 ? db_query(req->db, &SQL_COMPANY_FACTS, DB_NOARGS, hdf_named_add, form) : DB_OK;
	if (st == DB_OK)
		st = db_query_one(req->db, &SQL_COMPANY_NOTICES, DB_NOARGS, &req->arena, &n);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	hdf_put(h, "Notices.waiting", n[0]);
	hdf_put(h, "Notices.failed", n[1]);
	hdf_put(h, "Notices.reason", n[2]);
	hdf_put(h, "Notices.last_sent", n[3]);
	hdf_put(h, "Notices.sendmail", req->cfg && req->cfg->sendmail[0] ? "1" : "0");
	hdf_put(h, "Notices.public_url", req->cfg ? req->cfg->public_url : "");
	render_page(req, status, NULL);
}

void page_admin_company(struct request *req)
{
	company_render(req, 200);
}

void page_admin_company_set(struct request *req)
{
	if (form_fill(req)) {
		company_render(req, 400);
		return;
	}
	static const char *const names[] = { "company_name", "company_contact" };
	const char *const values[] = { req_field(req, names[0])->value, req_field(req, names[1])->value };
	enum db_status st = settings_write(req, names, values, 2);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/company");
}
