/* client.c: loading, checking and storing a client record with its phones, e-mails, tags, consents,
 * its list row and search keys, and the audit of every change. */
#include "client.h"
#include "client_index.h"
#include "audit.h"
#include "config.h"
#include "i18n.h"
#include "normalize.h"
#include "render.h"
#include "router.h"
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

const char *const client_consent_channels[CLIENT_CONSENTS] = { "phone", "email", "sms", "post" };

const struct field client_form_fields[] = {
	{ "kind", valid_client_kind, FIELD_REQUIRED },
	{ "given_name", valid_short_text, 0 },
	{ "family_name", valid_short_text, 0 },
	{ "company_name", valid_short_text, 0 },
	{ "company_id", valid_id, 0 },
	{ "phone1", valid_phone, 0 },
	{ "phone1_kind", valid_phone_kind, 0 },
	{ "phone2", valid_phone, 0 },
	{ "phone2_kind", valid_phone_kind, 0 },
	{ "phone3", valid_phone, 0 },
	{ "phone3_kind", valid_phone_kind, 0 },
	{ "email1", valid_email, 0 },
	{ "email2", valid_email, 0 },
	{ "street", valid_short_text, 0 },
	{ "city", valid_short_text, 0 },
	{ "postal_code", valid_short_text, 0 },
	{ "country", valid_short_text, 0 },
	{ "birthday", valid_date, 0 },
	{ "name_day", valid_month_day, 0 },
	{ "segment_id", valid_id, 0 },
	{ "manager_id", valid_id, 0 },
	{ "source_channel", valid_source_channel, FIELD_REQUIRED },
	{ "preferred_channel", valid_preferred_channel, 0 },
	{ "status", valid_client_status, FIELD_REQUIRED },
	{ "tags", valid_tags, 0 },
	{ "consent_phone", valid_consent, 0 },
	{ "consent_email", valid_consent, 0 },
	{ "consent_sms", valid_consent, 0 },
	{ "consent_post", valid_consent, 0 },
	{ "notes", valid_long_text, 0 },
	{ NULL, NULL, 0 },
};

#define F(x) { #x, offsetof(struct client, x) }
const struct client_field client_fields[] = {
	F(kind), F(given_name), F(family_name), F(company_name), F(company_id),
	{ "phone1", offsetof(struct client, phone[0]) }, { "phone1_kind", offsetof(struct client, phone_kind[0]) },
	{ "phone2", offsetof(struct client, phone[1]) }, { "phone2_kind", offsetof(struct client, phone_kind[1]) },
	{ "phone3", offsetof(struct client, phone[2]) }, { "phone3_kind", offsetof(struct client, phone_kind[2]) },
	{ "email1", offsetof(struct client, email[0]) }, { "email2", offsetof(struct client, email[1]) },
	F(street), F(city), F(postal_code), F(country), F(birthday), F(name_day), F(segment_id),
	F(manager_id), F(source_channel), F(preferred_channel), F(status), F(tags),
	{ "consent_phone", offsetof(struct client, consent[0]) },
	{ "consent_email", offsetof(struct client, consent[1]) },
	{ "consent_sms", offsetof(struct client, consent[2]) },
	{ "consent_post", offsetof(struct client, consent[3]) },
	F(notes),
};
#undef F
const size_t client_nfields = sizeof(client_fields) / sizeof(client_fields[0]);

DB_STMT(SQL_CLIENT_GET,
	"SELECT c.id, c.kind, c.given_name, c.family_name, c.company_name, COALESCE(c.company_id, ''),"
	" c.street, c.city, c.postal_code, c.country, COALESCE(DATE_FORMAT(c.birthday, '%Y-%m-%d'), ''),"
	" IF(c.name_day_month IS NULL, '', CONCAT(LPAD(c.name_day_month, 2, '0'), '-', LPAD(c.name_day_day, 2, '0'))),"
	" COALESCE(c.segment_id, ''), COALESCE(c.manager_id, ''), c.source_channel,"
	" COALESCE(c.preferred_channel, ''), c.status, COALESCE(c.notes, ''), c.sort_name,"
	" COALESCE(m.full_name, ''), COALESCE(sg.name, ''), COALESCE(co.sort_name, ''),"
	" DATE_FORMAT(c.created_at, '%Y-%m-%d %H:%i'), DATE_FORMAT(c.updated_at, '%Y-%m-%d %H:%i'),"
	" COALESCE(DATE_FORMAT(c.last_contact_at, '%Y-%m-%d %H:%i'), ''), COALESCE(c.merged_into, ''),"
	" COALESCE(c.created_by, '')"
	" FROM clients c LEFT JOIN staff m ON m.id = c.manager_id LEFT JOIN segments sg ON sg.id = c.segment_id"
	" LEFT JOIN clients co ON co.id = c.company_id WHERE c.id = ?");
DB_STMT(SQL_CLIENT_PHONES, "SELECT number, kind FROM client_phones WHERE client_id = ? ORDER BY id");
DB_STMT(SQL_CLIENT_EMAILS, "SELECT email, '' FROM client_emails WHERE client_id = ? ORDER BY id");
DB_STMT(SQL_CLIENT_TAGS, "SELECT tag, '' FROM client_tags WHERE client_id = ? ORDER BY tag");
DB_STMT(SQL_CLIENT_CONSENTS, "SELECT channel, granted FROM client_consents WHERE client_id = ?");
DB_STMT(SQL_CLIENT_INSERT,
	"INSERT INTO clients (kind, given_name, family_name, company_name, sort_name, company_id, birthday,"
	" name_day_month, name_day_day, segment_id, manager_id, source_channel, preferred_channel, status,"
	" street, city, postal_code, country, notes, import_batch_id, created_by, created_at, updated_by,"
	" updated_at) VALUES (?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, 0), NULLIF(?, 0),"
	" NULLIF(?, ''), NULLIF(?, ''), ?, NULLIF(?, ''), ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, 0), ?,"
	" NOW(), ?, NOW())");
DB_STMT(SQL_CLIENT_UPDATE,
	"UPDATE clients SET kind = ?, given_name = ?, family_name = ?, company_name = ?, sort_name = ?,"
	" company_id = NULLIF(?, ''), birthday = NULLIF(?, ''), name_day_month = NULLIF(?, 0),"
	" name_day_day = NULLIF(?, 0), segment_id = NULLIF(?, ''), manager_id = NULLIF(?, ''),"
	" source_channel = ?, preferred_channel = NULLIF(?, ''), status = ?, street = ?, city = ?,"
	" postal_code = ?, country = ?, notes = NULLIF(?, ''), updated_by = ?, updated_at = NOW()"
	" WHERE id = ? AND merged_into IS NULL");
/* A client's open consultations follow the client to a new manager. */
DB_STMT(SQL_CLIENT_CONSULTATIONS_MANAGER,
	"UPDATE consultations SET manager_id = NULLIF(?, '') WHERE client_id = ? AND done_at IS NULL");
DB_STMT(SQL_CLIENT_PHONES_DELETE, "DELETE FROM client_phones WHERE client_id = ?");
DB_STMT(SQL_CLIENT_PHONE_INSERT,
	"INSERT INTO client_phones (client_id, kind, number, normalized) VALUES (?, ?, ?, ?)");
DB_STMT(SQL_CLIENT_EMAILS_DELETE, "DELETE FROM client_emails WHERE client_id = ?");
DB_STMT(SQL_CLIENT_EMAIL_INSERT, "INSERT INTO client_emails (client_id, email, normalized) VALUES (?, ?, ?)");
DB_STMT(SQL_CLIENT_TAGS_DELETE, "DELETE FROM client_tags WHERE client_id = ?");
DB_STMT(SQL_CLIENT_TAG_INSERT, "INSERT IGNORE INTO client_tags (client_id, tag) VALUES (?, ?)");
DB_STMT(SQL_CLIENT_CONSENT_SET,
	"INSERT INTO client_consents (client_id, channel, granted, changed_on) VALUES (?, ?, ?, CURDATE())"
	" ON DUPLICATE KEY UPDATE changed_on = IF(granted <> VALUES(granted), CURDATE(), changed_on),"
	" granted = VALUES(granted)");
DB_STMT(SQL_CLIENT_CONSENT_DELETE, "DELETE FROM client_consents WHERE client_id = ? AND channel = ?");
DB_STMT(SQL_SEGMENT_EXISTS, "SELECT id FROM segments WHERE id = ? AND active = 1");
DB_STMT(SQL_STAFF_ACTIVE_EXISTS, "SELECT id FROM staff WHERE id = ? AND active = 1");
DB_STMT(SQL_COMPANY_EXISTS, "SELECT id FROM clients WHERE id = ? AND kind = 'company' AND merged_into IS NULL");

void client_blank(struct client *c)
{
	memset(c, 0, sizeof(*c));
	for (size_t i = 0; i < client_nfields; i++)
		*client_field_ptr(c, i) = "";
	c->sort_name = c->manager_name = c->segment_name = c->company_label = "";
	c->created_at = c->updated_at = c->last_contact_at = c->merged_into = c->created_by = "";
}

void client_from_form(struct request *req, struct client *c)
{
	const struct field *f = req->route->fields;
	for (size_t i = 0; i < client_nfields; i++)
		for (size_t k = 0; f && f[k].name; k++)
			if (strcmp(f[k].name, client_fields[i].name) == 0) {
				*client_field_ptr(c, i) = req->fields[k].value;
				break;
			}
}

struct list_into {
	struct arena *a;
	const char **first, **second;
	size_t n, max;
	struct buf *joined;
};

static int list_row(void *ctx, const struct db_row *row)
{
	struct list_into *l = ctx;
	if (l->joined) {
		if (l->joined->len)
			buf_adds(l->joined, ", ");
		buf_adds(l->joined, row->val[0]);
		return 0;
	}
	if (l->n < l->max) {
		l->first[l->n] = arena_strdup(l->a, row->val[0]);
		if (l->second)
			l->second[l->n] = arena_strdup(l->a, row->val[1]);
		l->n++;
	}
	return 0;
}

static int consent_row(void *ctx, const struct db_row *row)
{
	struct client *c = ctx;
	for (int i = 0; i < CLIENT_CONSENTS; i++)
		if (strcmp(row->val[0], client_consent_channels[i]) == 0)
			c->consent[i] = row->val[1][0] == '1' ? "1" : "0";
	return 0;
}

enum db_status client_load(struct request *req, long long id, struct client *c)
{
	char **r;
	client_blank(c);
	enum db_status st = db_query_one(req->db, &SQL_CLIENT_GET, DB_ARGS(DB_INT(id)), &req->arena, &r);
	if (st != DB_OK)
		return st;
	c->id = atoll(r[0]);
	const char **dst[] = { &c->kind, &c->given_name, &c->family_name, &c->company_name, &c->company_id,
			       &c->street, &c->city, &c->postal_code, &c->country, &c->birthday, &c->name_day,
			       &c->segment_id, &c->manager_id, &c->source_channel, &c->preferred_channel,
			       &c->status, &c->notes, &c->sort_name, &c->manager_name, &c->segment_name,
			       &c->company_label, &c->created_at, &c->updated_at, &c->last_contact_at,
			       &c->merged_into, &c->created_by };
	for (size_t i = 0; i < sizeof(dst) / sizeof(dst[0]); i++)
		*dst[i] = r[i + 1] ? r[i + 1] : "";
	struct list_into phones = { &req->arena, c->phone, c->phone_kind, 0, CLIENT_PHONES, NULL };
	struct list_into emails = { &req->arena, c->email, NULL, 0, CLIENT_EMAILS, NULL };
	struct buf tags = { 0 };
	struct list_into tl = { &req->arena, NULL, NULL, 0, 0, &tags };
	st = db_query(req->db, &SQL_CLIENT_PHONES, DB_ARGS(DB_INT(id)), list_row, &phones);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CLIENT_EMAILS, DB_ARGS(DB_INT(id)), list_row, &emails);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CLIENT_TAGS, DB_ARGS(DB_INT(id)), list_row, &tl);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CLIENT_CONSENTS, DB_ARGS(DB_INT(id)), consent_row, c);
	c->tags = tags.len ? arena_strdup(&req->arena, tags.data) : "";
	buf_free(&tags);
	return st;
}

int client_may_edit(struct request *req, const struct client *c)
{
	if (req->user.role & (ROLE_ADMIN | ROLE_MANAGER))
		return 1;
	long long manager = atoll(c->manager_id), creator = atoll(c->created_by);
	return manager == req->user.id || (manager == 0 && creator == req->user.id);
}

static void field_error(struct request *req, HDF *errors, const char *field, const char *key)
{
	hdf_put(errors, field, i18n_text(req->lang, key));
}

HDF *client_form_errors(struct request *req)
{
	HDF *node = NULL;
	NEOERR *err = hdf_get_node(req_hdf(req), "Form.errors", &node);
	nerr_ignore(&err);
	return node;
}

/* 1 when id names a row the statement finds. */
static int exists(struct request *req, const struct db_stmt_def *def, const char *id, enum db_status *st)
{
	char **r;
	*st = db_query_one(req->db, def, DB_ARGS(DB_INT(atoll(id))), &req->arena, &r);
	if (*st == DB_NOT_FOUND) {
		*st = DB_OK;
		return 0;
	}
	return *st == DB_OK;
}

int client_check(struct request *req, const struct client *c, HDF *errors)
{
	int n = 0;
	enum db_status st = DB_OK;
	if (strcmp(c->kind, "company") == 0) {
		if (!c->company_name[0])
			field_error(req, errors, "company_name", "err.required"), n++;
	} else if (!c->given_name[0] && !c->family_name[0]) {
		field_error(req, errors, "family_name", "err.person_name"), n++;
	}
	if (c->segment_id[0] && !exists(req, &SQL_SEGMENT_EXISTS, c->segment_id, &st))
		field_error(req, errors, "segment_id", "err.choice"), n++;
	if (c->manager_id[0] && !exists(req, &SQL_STAFF_ACTIVE_EXISTS, c->manager_id, &st))
		field_error(req, errors, "manager_id", "err.choice"), n++;
	if (c->company_id[0] && (atoll(c->company_id) == c->id ||
				 !exists(req, &SQL_COMPANY_EXISTS, c->company_id, &st)))
		field_error(req, errors, "company_id", "err.company"), n++;
	for (int i = 0; i < CLIENT_PHONES; i++)
		if (c->phone[i][0] && !c->phone_kind[i][0])
			field_error(req, errors, arena_printf(&req->arena, "phone%d_kind", i + 1), "err.required"), n++;
	if (st != DB_OK)
		n++;
	return n;
}

enum db_status client_store_children(struct request *req, const struct client *c)
{
	struct db *db = req->db;
	const char *cc = country_calling_code(req->cfg->currency);
	enum db_status st = db_exec(db, &SQL_CLIENT_PHONES_DELETE, DB_ARGS(DB_INT(c->id)), NULL, NULL);
	for (int i = 0; st == DB_OK && i < CLIENT_PHONES; i++) {
		char norm[PHONE_NORM_MAX + 1];
		if (c->phone[i][0] && normalize_phone(c->phone[i], cc, norm) == 0)
			st = db_exec(db, &SQL_CLIENT_PHONE_INSERT, DB_ARGS(DB_INT(c->id), DB_STR(c->phone_kind[i]),
					DB_STR(c->phone[i]), DB_STR(norm)), NULL, NULL);
	}
	if (st == DB_OK)
		st = db_exec(db, &SQL_CLIENT_EMAILS_DELETE, DB_ARGS(DB_INT(c->id)), NULL, NULL);
	for (int i = 0; st == DB_OK && i < CLIENT_EMAILS; i++) {
		char norm[256];
		if (c->email[i][0] && normalize_email(c->email[i], norm, sizeof(norm)) == 0)
			st = db_exec(db, &SQL_CLIENT_EMAIL_INSERT, DB_ARGS(DB_INT(c->id), DB_STR(c->email[i]),
					DB_STR(norm)), NULL, NULL);
	}
	if (st == DB_OK)
		st = db_exec(db, &SQL_CLIENT_TAGS_DELETE, DB_ARGS(DB_INT(c->id)), NULL, NULL);
	for (const char *t = c->tags; st == DB_OK && *t;) {
		while (*t == ',' || *t == ' ')
			t++;
		size_t n = strcspn(t, ",");
		size_t len = n;
		while (len > 0 && t[len - 1] == ' ')
			len--;
		if (len > 0)
			st = db_exec(db, &SQL_CLIENT_TAG_INSERT, DB_ARGS(DB_INT(c->id), DB_BIN(t, len)), NULL, NULL);
		t += n;
	}
	for (int i = 0; st == DB_OK && i < CLIENT_CONSENTS; i++) {
		if (c->consent[i][0])
			st = db_exec(db, &SQL_CLIENT_CONSENT_SET, DB_ARGS(DB_INT(c->id),
					DB_STR(client_consent_channels[i]), DB_INT(c->consent[i][0] == '1')), NULL, NULL);
		else
			st = db_exec(db, &SQL_CLIENT_CONSENT_DELETE, DB_ARGS(DB_INT(c->id),
					DB_STR(client_consent_channels[i])), NULL, NULL);
	}
	return st;
}

enum db_status client_store(struct request *req, struct client *c, const struct client *old,
			    long long import_batch)
{
	int is_company = strcmp(c->kind, "company") == 0;
	if (is_company)
		c->given_name = c->family_name = "";   /* a company has no person's names (nor their words) */
	c->sort_name = is_company ? c->company_name :
		       arena_printf(&req->arena, "%s%s%s", c->family_name,
				    c->family_name[0] && c->given_name[0] ? " " : "", c->given_name);
	int nd_month = 0, nd_day = 0;
	if (c->name_day[0]) {
		nd_month = atoi(c->name_day);
		nd_day = atoi(c->name_day + 3);
	}
	struct db_arg a[22] = {
		DB_STR(c->kind), DB_STR(c->given_name), DB_STR(c->family_name),
		DB_STR(c->company_name), DB_STR(c->sort_name), DB_STR(c->company_id), DB_STR(c->birthday),
		DB_INT(nd_month), DB_INT(nd_day), DB_STR(c->segment_id), DB_STR(c->manager_id),
		DB_STR(c->source_channel[0] ? c->source_channel : "other"), DB_STR(c->preferred_channel),
		DB_STR(c->status[0] ? c->status : "prospect"), DB_STR(c->street), DB_STR(c->city),
		DB_STR(c->postal_code), DB_STR(c->country), DB_STR(c->notes),
	};
	size_t n = 19;
	enum db_status st;
	if (old == NULL) {
		unsigned long long id = 0;
		a[n++] = DB_INT(import_batch);   /* import_batch_id, created_by, updated_by */
		a[n++] = DB_INT(req->user.id);
		a[n++] = DB_INT(req->user.id);
		st = db_exec(req->db, &SQL_CLIENT_INSERT, a, n, NULL, &id);
		c->id = (long long)id;
	} else {
		a[n++] = DB_INT(req->user.id);   /* updated_by, id */
		a[n++] = DB_INT(c->id);
		st = db_exec(req->db, &SQL_CLIENT_UPDATE, a, n, NULL, NULL);
		if (st == DB_OK && strcmp(old->manager_id, c->manager_id) != 0)
			st = db_exec(req->db, &SQL_CLIENT_CONSULTATIONS_MANAGER,
				     DB_ARGS(DB_STR(c->manager_id), DB_INT(c->id)), NULL, NULL);
	}
	if (st != DB_OK)
		return st;
	st = client_store_children(req, c);
	if (st == DB_OK)
		st = client_index_store(req, c->id);
	if (st != DB_OK)
		return st;
	if (old == NULL) {
		struct audit_entry e = { .action = import_batch ? "client_import" : "client_create",
					 .entity = "client", .entity_id = c->id, .detail = c->sort_name };
		return audit_write(req, &e);
	}
	for (size_t i = 0; st == DB_OK && i < client_nfields; i++) {
		const char *was = *client_field_ptr((struct client *)old, i);
		const char *now = *client_field_ptr(c, i);
		if (strcmp(was, now) == 0)
			continue;
		struct audit_entry e = { .action = "client_update", .entity = "client", .entity_id = c->id,
					 .field = client_fields[i].name, .old_value = was, .new_value = now };
		st = audit_write(req, &e);
	}
	return st;
}

void client_to_hdf(struct request *req, const struct client *c, const char *name)
{
	HDF *node = NULL;
	NEOERR *err = hdf_get_node(req_hdf(req), name, &node);
	nerr_ignore(&err);
	if (node == NULL)
		return;
	hdf_put_int(node, "id", c->id);
	for (size_t i = 0; i < client_nfields; i++)
		hdf_put(node, client_fields[i].name, *client_field_ptr((struct client *)c, i));
	hdf_put(node, "sort_name", c->sort_name);
	hdf_put(node, "manager_name", c->manager_name);
	hdf_put(node, "segment_name", c->segment_name);
	hdf_put(node, "company_label", c->company_label);
	hdf_put(node, "created_at", c->created_at);
	hdf_put(node, "updated_at", c->updated_at);
	hdf_put(node, "last_contact_at", c->last_contact_at);
}
