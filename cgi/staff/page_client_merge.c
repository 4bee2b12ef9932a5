/* page_client_merge.c: merging two clients: the user picks the surviving value of each field;
 * everything about the other client moves to the survivor, in one transaction, audited. */
#include "pages.h"
#include "audit.h"
#include "client.h"
#include "client_index.h"
#include "client_dups.h"
#include "client_pages.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>
#include <string.h>

/* Fields picked together (a phone and its type, the parts of an address, ...). */
static const struct {
	const char *pick;            /* the form field: pick_<group> = "a" (survivor) or "b" (other) */
	const char *fields[8];
} merge_groups[] = {
	{ "pick_name", { "kind", "given_name", "family_name", "company_name" } },
	{ "pick_company", { "company_id" } },
	{ "pick_phones", { "phone1", "phone1_kind", "phone2", "phone2_kind", "phone3", "phone3_kind" } },
	{ "pick_emails", { "email1", "email2" } },
	{ "pick_address", { "street", "city", "postal_code", "country" } },
	{ "pick_birthday", { "birthday" } },
	{ "pick_name_day", { "name_day" } },
	{ "pick_segment", { "segment_id" } },
	{ "pick_manager", { "manager_id" } },
	{ "pick_source", { "source_channel" } },
	{ "pick_preferred", { "preferred_channel" } },
	{ "pick_status", { "status" } },
	{ "pick_tags", { "tags" } },
	{ "pick_consents", { "consent_phone", "consent_email", "consent_sms", "consent_post" } },
	{ "pick_notes", { "notes" } },
};
#define MERGE_GROUPS (sizeof(merge_groups) / sizeof(merge_groups[0]))

/* What moves from the merged-away client to the survivor: (survivor, other). Later areas
 * (complaints) add their statements here. */
DB_STMT(SQL_MERGE_INTERACTIONS, "UPDATE interactions SET client_id = ? WHERE client_id = ?");
DB_STMT(SQL_MERGE_MEMBERS, "UPDATE clients SET company_id = ? WHERE company_id = ?");
DB_STMT(SQL_MERGE_PURCHASES, "UPDATE purchases SET client_id = ? WHERE client_id = ?");
DB_STMT(SQL_MERGE_TIER_CHANGES, "UPDATE tier_changes SET client_id = ? WHERE client_id = ?");
DB_STMT(SQL_MERGE_DISCOUNTS, "UPDATE client_discounts SET client_id = ? WHERE client_id = ?");
DB_STMT(SQL_MERGE_CASES, "UPDATE cases SET client_id = ? WHERE client_id = ?");
/* open consultations go to the kept client's manager */
DB_STMT(SQL_MERGE_CONSULTATIONS,
	"UPDATE consultations k JOIN clients c ON c.id = ? SET k.client_id = c.id,"
	" k.manager_id = IF(k.done_at IS NULL, c.manager_id, k.manager_id) WHERE k.client_id = ?");
/* Summaries add up: the other's rows are added to the survivor's, then removed. The survivor
 * keeps the better of the two tiers. */
DB_STMT(SQL_MERGE_ECON_MAKE,
	"INSERT IGNORE INTO client_economics (client_id) SELECT ? FROM client_economics WHERE client_id = ?");
DB_STMT(SQL_MERGE_ECON_ADD,
	"UPDATE client_economics a JOIN client_economics b ON b.client_id = ? SET a.revenue = a.revenue + b.revenue,"
	" a.cost = a.cost + b.cost, a.margin = a.margin + b.margin, a.discounts = a.discounts + b.discounts,"
	" a.purchases = a.purchases + b.purchases, a.returns = a.returns + b.returns,"
	" a.first_at = LEAST(COALESCE(a.first_at, b.first_at), COALESCE(b.first_at, a.first_at)),"
	" a.last_at = GREATEST(COALESCE(a.last_at, b.last_at), COALESCE(b.last_at, a.last_at)),"
	" a.tier_id = (SELECT t.id FROM loyalty_tiers t WHERE t.id IN (a.tier_id, b.tier_id) ORDER BY t.threshold DESC"
	"  LIMIT 1) WHERE a.client_id = ?");
DB_STMT(SQL_MERGE_ECON_DROP, "DELETE FROM client_economics WHERE ? > 0 AND client_id = ?");
DB_STMT(SQL_MERGE_YEARS_ADD,
	"INSERT INTO client_economics_year (client_id, year, revenue, cost, discounts, purchases)"
	" SELECT * FROM (SELECT ? AS c, year AS y, revenue AS r, cost AS k, discounts AS d, purchases AS n"
	"  FROM client_economics_year WHERE client_id = ?) x"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue), cost = cost + VALUES(cost),"
	" discounts = discounts + VALUES(discounts), purchases = purchases + VALUES(purchases)");
DB_STMT(SQL_MERGE_YEARS_DROP, "DELETE FROM client_economics_year WHERE ? > 0 AND client_id = ?");
DB_STMT(SQL_MERGE_MONTHS_ADD,
	"INSERT INTO client_spend_month (client_id, month, revenue)"
	" SELECT * FROM (SELECT ? AS c, month AS m, revenue AS r FROM client_spend_month WHERE client_id = ?) x"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue)");
DB_STMT(SQL_MERGE_MONTHS_DROP, "DELETE FROM client_spend_month WHERE ? > 0 AND client_id = ?");
static const struct db_stmt_def *const merge_moves[] = {
	&SQL_MERGE_INTERACTIONS, &SQL_MERGE_MEMBERS, &SQL_MERGE_PURCHASES, &SQL_MERGE_TIER_CHANGES,
	&SQL_MERGE_DISCOUNTS, &SQL_MERGE_CASES, &SQL_MERGE_CONSULTATIONS, &SQL_MERGE_ECON_MAKE, &SQL_MERGE_YEARS_ADD, &SQL_MERGE_YEARS_DROP,
	&SQL_MERGE_MONTHS_ADD, &SQL_MERGE_MONTHS_DROP,
};

DB_STMT(SQL_MERGE_MARK,
	"UPDATE clients SET merged_into = ?, updated_by = ?, updated_at = NOW() WHERE id = ? AND merged_into IS NULL");
DB_STMT(SQL_MERGE_LAST_CONTACT,
	"UPDATE clients a JOIN clients b ON b.id = ? SET a.last_contact_at ="
	" NULLIF(GREATEST(COALESCE(a.last_contact_at, '1000-01-01'), COALESCE(b.last_contact_at, '1000-01-01')),"
	" '1000-01-01') WHERE a.id = ?");

static size_t field_index(const char *name)
{
	for (size_t i = 0; i < client_nfields; i++)
		if (strcmp(client_fields[i].name, name) == 0)
			return i;
	abort();   /* a merge group names a field that struct client does not have */
}

/* Loads the other client (field "other"); renders the error and returns -1 when it is not a
 * client this user may merge into a. */
static int load_other(struct request *req, const struct client *a, struct client *b)
{
	const struct field_value *other = req_field(req, "other");
	long long id = other->present && !other->error ? valid_id_value(other->value) : 0;
	enum db_status st = id ? client_load(req, id, b) : DB_NOT_FOUND;
	if (st != DB_OK && st != DB_NOT_FOUND) {
		render_db_error(req, st);
		return -1;
	}
	if (st == DB_NOT_FOUND || b->merged_into[0] || b->id == a->id) {
		render_error(req, 400, "err.merge_other", NULL);
		return -1;
	}
	if (!client_may_edit(req, b)) {
		render_error(req, 403, "err.not_yours", NULL);
		return -1;
	}
	return 0;
}

/* The merge form: both records side by side, one choice per group. */
static void merge_form(struct request *req, const struct client *a, const struct client *b, int status)
{
	client_to_hdf(req, a, "A");
	client_to_hdf(req, b, "B");
	struct hdf_list groups;
	hdf_list_init(req, "Groups", &groups);
	for (size_t g = 0; g < MERGE_GROUPS; g++) {
		HDF *item = hdf_list_add(&groups);
		hdf_put(item, "pick", merge_groups[g].pick);
		hdf_put(item, "label", i18n_text(req->lang, arena_printf(&req->arena, "merge.%s",
									merge_groups[g].pick)));
		struct buf va = { 0 }, vb = { 0 };
		for (size_t k = 0; k < 8 && merge_groups[g].fields[k]; k++) {
			size_t i = field_index(merge_groups[g].fields[k]);
			const char *x = *client_field_ptr((struct client *)a, i), *y = *client_field_ptr((struct client *)b, i);
			if (x[0])
				buf_printf(&va, "%s%s", va.len ? " / " : "", x);
			if (y[0])
				buf_printf(&vb, "%s%s", vb.len ? " / " : "", y);
		}
		hdf_put(item, "a", va.data ? va.data : "");
		hdf_put(item, "b", vb.data ? vb.data : "");
		/* by default keep the survivor's value unless it is empty */
		const struct field_value *sent = req_field(req, merge_groups[g].pick);
		hdf_put(item, "chosen", sent->present ? sent->value : (va.len == 0 && vb.len ? "b" : "a"));
		buf_free(&va);
		buf_free(&vb);
	}
	render_page(req, status, "staff/client_merge.cs");
}

void page_client_merge_form(struct request *req)
{
	struct client a, b;
	if (client_page_load(req, &a, CLIENT_FOR_EDIT) < 0)
		return;
	if (!req_field(req, "other")->present) {   /* first step: which client to merge in */
		enum db_status st;
		struct hdf_list dlist;
		hdf_list_init(req, "Duplicates", &dlist);
		client_to_hdf(req, &a, "A");
		if (client_duplicates(req, &a, &dlist, &st) < 0) {   /* the likely candidates */
			render_db_error(req, st);
			return;
		}
		render_page(req, 200, "staff/client_merge.cs");
		return;
	}
	if (load_other(req, &a, &b) == 0)
		merge_form(req, &a, &b, 200);
}

void page_client_merge(struct request *req)
{
	struct client a, b, merged;
	if (client_page_load(req, &a, CLIENT_FOR_EDIT) < 0 || load_other(req, &a, &b) < 0)
		return;
	if (form_fill(req)) {
		merge_form(req, &a, &b, 400);
		return;
	}
	merged = a;
	for (size_t g = 0; g < MERGE_GROUPS; g++) {
		if (strcmp(req_field(req, merge_groups[g].pick)->value, "b") != 0)
			continue;
		for (size_t k = 0; k < 8 && merge_groups[g].fields[k]; k++) {
			size_t i = field_index(merge_groups[g].fields[k]);
			*client_field_ptr(&merged, i) = *client_field_ptr(&b, i);
		}
	}
	if (strcmp(merged.company_id, arena_printf(&req->arena, "%lld", a.id)) == 0)
		merged.company_id = "";   /* a company cannot belong to itself */
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)   /* first, so that client_store puts the last contact on a's list row */
		st = db_exec(req->db, &SQL_MERGE_LAST_CONTACT, DB_ARGS(DB_INT(b.id), DB_INT(a.id)), NULL, NULL);
	if (st == DB_OK)
		st = client_store(req, &merged, &a, 0);
	for (size_t m = 0; st == DB_OK && m < sizeof(merge_moves) / sizeof(merge_moves[0]); m++)
		st = db_exec(req->db, merge_moves[m], DB_ARGS(DB_INT(a.id), DB_INT(b.id)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_MERGE_ECON_ADD, DB_ARGS(DB_INT(b.id), DB_INT(a.id)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_MERGE_ECON_DROP, DB_ARGS(DB_INT(a.id), DB_INT(b.id)), NULL, NULL);
	/* the merged-away record keeps its fields for the record, but no longer matches searches */
	struct client gone;
	client_blank(&gone);
	gone.id = b.id;
	gone.kind = b.kind;
	gone.sort_name = b.sort_name;
	unsigned long long marked = 0;
	if (st == DB_OK)
		st = client_store_children(req, &gone);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_MERGE_MARK, DB_ARGS(DB_INT(a.id), DB_INT(req->user.id), DB_INT(b.id)),
			     &marked, NULL);
	if (st == DB_OK && marked != 1)
		st = DB_DUPLICATE;   /* merged by someone else meanwhile */
	if (st == DB_OK)
		st = client_index_store(req, b.id);   /* b leaves the list and the search */
	struct audit_entry ea = { .action = "client_merge", .entity = "client", .entity_id = a.id,
				  .field = "merged_in", .new_value = arena_printf(&req->arena, "%lld", b.id),
				  .detail = b.sort_name };
	struct audit_entry eb = { .action = "client_merged_into", .entity = "client", .entity_id = b.id,
				  .field = "merged_into", .new_value = arena_printf(&req->arena, "%lld", a.id),
				  .detail = merged.sort_name };
	if (st == DB_OK)
		st = audit_write(req, &ea);
	st = audit_commit(req, &eb, st);
	if (st == DB_DUPLICATE) {
		db_rollback(req->db);
		render_error(req, 409, "err.merge_conflict", NULL);
		return;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/%lld", a.id));
}
