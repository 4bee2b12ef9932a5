/* client_dups.c: duplicate candidates by phone, e-mail, and name with city or birthday. */
#include "client_dups.h"
#include "config.h"
#include "normalize.h"
#include "render.h"
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_DUP_PHONE,
	"SELECT c.id, c.sort_name, c.city FROM client_phones p JOIN clients c ON c.id = p.client_id"
	" WHERE p.normalized = ? AND c.merged_into IS NULL AND c.id <> ? LIMIT 5");
DB_STMT(SQL_DUP_EMAIL,
	"SELECT c.id, c.sort_name, c.city FROM client_emails e JOIN clients c ON c.id = e.client_id"
	" WHERE e.normalized = ? AND c.merged_into IS NULL AND c.id <> ? LIMIT 5");
DB_STMT(SQL_DUP_PERSON,
	"SELECT id, sort_name, city FROM clients WHERE family_name = ? AND given_name LIKE CONCAT(?, '%')"
	" AND kind = 'person' AND merged_into IS NULL AND id <> ?"
	" AND ((city <> '' AND city = ?) OR (birthday IS NOT NULL AND birthday = NULLIF(?, ''))) LIMIT 5");
DB_STMT(SQL_DUP_COMPANY,
	"SELECT id, sort_name, city FROM clients WHERE company_name = ? AND kind = 'company'"
	" AND merged_into IS NULL AND id <> ? AND city = ? LIMIT 5");

#define DUPS_MAX 20

struct dups {
	struct hdf_list *list;
	long long seen[DUPS_MAX];
	size_t n;
	int strong;
};

static int dup_row(void *ctx, const struct db_row *row)
{
	struct dups *d = ctx;
	long long id = atoll(row->val[0]);
	for (size_t i = 0; i < d->n; i++)
		if (d->seen[i] == id)
			return 0;
	if (d->n == DUPS_MAX)
		return 1;
	d->seen[d->n++] = id;
	if (d->list == NULL)
		return 0;
	HDF *item = hdf_list_add(d->list);
	hdf_put(item, "id", row->val[0]);
	hdf_put(item, "name", row->val[1]);
	hdf_put(item, "city", row->val[2]);
	hdf_put(item, "strong", d->strong ? "1" : "0");
	return 0;
}

/* The first three characters (not bytes) of s, without LIKE wildcards, in arena memory. */
static const char *name_prefix(struct request *req, const char *s)
{
	char *p = arena_strndup(&req->arena, s, utf8_prefix_len(s, strlen(s), 3));
	p[strcspn(p, "%_\\")] = '\0';
	return p;
}

int client_duplicates(struct request *req, const struct client *c, struct hdf_list *list,
		      enum db_status *st)
{
	struct dups d = { .list = list, .n = 0, .strong = 1 };
	const char *cc = country_calling_code(req->cfg->currency);
	*st = DB_OK;
	for (int i = 0; *st == DB_OK && i < CLIENT_PHONES; i++) {
		char norm[PHONE_NORM_MAX + 1];
		if (c->phone[i][0] && normalize_phone(c->phone[i], cc, norm) == 0)
			*st = db_query(req->db, &SQL_DUP_PHONE, DB_ARGS(DB_STR(norm), DB_INT(c->id)), dup_row, &d);
	}
	for (int i = 0; *st == DB_OK && i < CLIENT_EMAILS; i++) {
		char norm[256];
		if (c->email[i][0] && normalize_email(c->email[i], norm, sizeof(norm)) == 0)
			*st = db_query(req->db, &SQL_DUP_EMAIL, DB_ARGS(DB_STR(norm), DB_INT(c->id)), dup_row, &d);
	}
	d.strong = 0;
	if (*st == DB_OK && strcmp(c->kind, "company") == 0 && c->company_name[0] && c->city[0])
		*st = db_query(req->db, &SQL_DUP_COMPANY, DB_ARGS(DB_STR(c->company_name), DB_INT(c->id),
				DB_STR(c->city)), dup_row, &d);
	else if (*st == DB_OK && c->family_name[0] && (c->city[0] || c->birthday[0]))
		*st = db_query(req->db, &SQL_DUP_PERSON, DB_ARGS(DB_STR(c->family_name),
				DB_STR(name_prefix(req, c->given_name)), DB_INT(c->id), DB_STR(c->city),
				DB_STR(c->birthday)), dup_row, &d);
	return *st == DB_OK ? (int)d.n : -1;
}
