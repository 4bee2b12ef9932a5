/* page_admin_company.c: what customers are told about the company (admins): its name at the top of
 * every public page and a contact line under them; each change audited like every setting. */
#include "pages.h"
#include "render.h"
#include "response.h"
#include "settings.h"

/* The form's fields are named as the settings they set. */
DB_STMT(SQL_COMPANY_FACTS, "SELECT name, value FROM settings WHERE name IN ('company_name', 'company_contact')");

void page_admin_company(struct request *req)
{
	HDF *form = NULL;
	NEOERR *err = hdf_get_node(req_hdf(req), "Form", &form);
	nerr_ignore(&err);
	enum db_status st = db_query(req->db, &SQL_COMPANY_FACTS, DB_NOARGS, hdf_named_add, form);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, 200, NULL);
}

void page_admin_company_set(struct request *req)
{
	if (form_fill(req)) {
		render_page(req, 400, NULL);
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
