/* page_client_import.c: CSV import of clients: upload, map columns to fields, preview with per-row
 * errors and duplicates, import as one batch in one transaction, undo the batch as a whole. */
#include "pages.h"
#include "audit.h"
#include "client.h"
#include "client_dups.h"
#include "csv.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define IMPORT_MAX_ROWS 5000   /* one transaction; larger lists: several files */
#define IMPORT_MAX_COLS 20
#define PREVIEW_ROWS 100

/* The fields a column can fill, with the header names that map to them by themselves. */
static const struct {
	const char *field;
	const char *headers[6];
} targets[] = {
	{ "kind", { "kind", "type" } },
	{ "given_name", { "given_name", "given name", "first name", "firstname", "pangalan", "nama diri" } },
	{ "family_name", { "family_name", "family name", "last name", "surname", "apelyido", "nama keluarga" } },
	{ "company_name", { "company_name", "company", "organisation", "organization", "kumpanya", "syarikat" } },
	{ "phone1", { "phone1", "phone", "mobile", "telephone", "telepono", "telefon" } },
	{ "phone2", { "phone2", "phone 2", "other phone" } },
	{ "email1", { "email1", "email", "e-mail", "mail", "e-mel" } },
	{ "email2", { "email2", "email 2", "other email" } },
	{ "street", { "street", "address", "kalye", "jalan" } },
	{ "city", { "city", "town", "lungsod", "bandar" } },
	{ "postal_code", { "postal_code", "postal code", "zip", "postcode", "poskod" } },
	{ "country", { "country", "bansa", "negara" } },
	{ "birthday", { "birthday", "birth date", "date of birth", "kaarawan", "hari lahir" } },
	{ "name_day", { "name_day", "name day" } },
	{ "source_channel", { "source_channel", "source", "channel" } },
	{ "preferred_channel", { "preferred_channel", "preferred channel" } },
	{ "status", { "status" } },
	{ "tags", { "tags", "tag" } },
	{ "notes", { "notes", "note", "comments" } },
};
#define NTARGETS (sizeof(targets) / sizeof(targets[0]))

DB_STMT(SQL_IMPORT_INSERT,
	"INSERT INTO import_batches (staff_id, filename, content, created_at) VALUES (?, ?, ?, NOW())");
DB_STMT(SQL_IMPORT_GET,
	"SELECT b.id, b.filename, b.content, b.status, b.rows_total, b.rows_imported, b.rows_skipped,"
	" DATE_FORMAT(b.created_at, '%Y-%m-%d %H:%i'), s.full_name, b.staff_id"
	" FROM import_batches b JOIN staff s ON s.id = b.staff_id WHERE b.id = ?");
DB_STMT(SQL_IMPORT_RECENT,
	"SELECT b.id, b.filename, b.status, b.rows_imported, b.rows_skipped, DATE_FORMAT(b.created_at, '%Y-%m-%d %H:%i'),"
	" s.full_name FROM import_batches b JOIN staff s ON s.id = b.staff_id ORDER BY b.id DESC LIMIT 20");
DB_STMT(SQL_IMPORT_DONE,
	"UPDATE import_batches SET status = 'imported', rows_total = ?, rows_imported = ?, rows_skipped = ?,"
	" imported_at = NOW(), content = '' WHERE id = ? AND status = 'uploaded'");
DB_STMT(SQL_IMPORT_BLOCKERS,
	"SELECT COUNT(*) FROM clients c WHERE c.import_batch_id = ? AND (c.merged_into IS NOT NULL"
	" OR c.updated_at > c.created_at OR EXISTS (SELECT 1 FROM interactions i WHERE i.client_id = c.id)"
	" OR EXISTS (SELECT 1 FROM clients m WHERE m.company_id = c.id OR m.merged_into = c.id)"
	" OR EXISTS (SELECT 1 FROM client_economics e WHERE e.client_id = c.id)"
	" OR EXISTS (SELECT 1 FROM client_discounts d WHERE d.client_id = c.id)"
	" OR EXISTS (SELECT 1 FROM cases k WHERE k.client_id = c.id))");
DB_STMT(SQL_IMPORT_DEL_PHONES,
	"DELETE p FROM client_phones p JOIN clients c ON c.id = p.client_id WHERE c.import_batch_id = ?");
DB_STMT(SQL_IMPORT_DEL_EMAILS,
	"DELETE e FROM client_emails e JOIN clients c ON c.id = e.client_id WHERE c.import_batch_id = ?");
DB_STMT(SQL_IMPORT_DEL_TAGS,
	"DELETE t FROM client_tags t JOIN clients c ON c.id = t.client_id WHERE c.import_batch_id = ?");
DB_STMT(SQL_IMPORT_DEL_CONSENTS,
	"DELETE k FROM client_consents k JOIN clients c ON c.id = k.client_id WHERE c.import_batch_id = ?");
DB_STMT(SQL_IMPORT_DEL_CLIENTS, "DELETE FROM clients WHERE import_batch_id = ?");
DB_STMT(SQL_IMPORT_UNDONE,
	"UPDATE import_batches SET status = 'undone', undone_at = NOW() WHERE id = ? AND status = 'imported'");

struct batch {
	long long id, staff_id;
	const char *filename, *content, *status, *rows_total, *rows_imported, *rows_skipped, *created, *who;
};

/* The upload form with the recent batches, with status (and a message when refused). */
static void import_start(struct request *req, int status, const char *msg)
{
	static const char *const cols[] = { "id", "filename", "status", "imported", "skipped", "created", "who", NULL };
	struct hdf_rows recent;
	hdf_rows_init(req, "Batches", cols, &recent);
	if (msg)
		hdf_put(req_hdf(req), "Form.error", msg);
	enum db_status st = db_query(req->db, &SQL_IMPORT_RECENT, DB_NOARGS, hdf_rows_add, &recent);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/client_import.cs");
}

void page_client_import_start(struct request *req)
{
	import_start(req, 200, NULL);
}

void page_client_import_upload(struct request *req)
{
	const struct field_value *file = req_field(req, "file");
	const char *filename = "import.csv";
	for (size_t i = 0; i < req->params.n; i++)
		if (strcmp(req->params.items[i].name, "file") == 0 && req->params.items[i].filename)
			filename = req->params.items[i].filename;
	if (file->error) {
		import_start(req, 400, i18n_text(req->lang, file->error));
		return;
	}
	struct csv csv;
	size_t line = 0;
	const char *err = NULL;
	if (csv_parse(&req->arena, file->value, file->len, IMPORT_MAX_ROWS + 1, IMPORT_MAX_COLS, &csv, &line, &err) < 0) {
		import_start(req, 400, arena_printf(&req->arena, "%s (%s %zu)", i18n_text(req->lang, err),
						      i18n_text(req->lang, "import.line"), line));
		return;
	}
	unsigned long long id = 0;
	enum db_status st = db_exec(req->db, &SQL_IMPORT_INSERT, DB_ARGS(DB_INT(req->user.id), DB_STR(filename),
				    DB_BIN(file->value, file->len)), NULL, &id);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/import/%llu", id));
}

static int load_batch(struct request *req, struct batch *b)
{
	char **r;
	long long id = valid_id_value(req_path_arg(req, 0));
	enum db_status st = id ? db_query_one(req->db, &SQL_IMPORT_GET, DB_ARGS(DB_INT(id)), &req->arena, &r) : DB_NOT_FOUND;
	if (render_unless_found(req, st))
		return -1;
	b->id = atoll(r[0]);
	b->filename = r[1];
	b->content = r[2];
	b->status = r[3];
	b->rows_total = r[4];
	b->rows_imported = r[5];
	b->rows_skipped = r[6];
	b->created = r[7];
	b->who = r[8];
	b->staff_id = atoll(r[9]);
	HDF *h = req_hdf(req);
	hdf_put_int(h, "Batch.id", b->id);
	hdf_put(h, "Batch.filename", b->filename);
	hdf_put(h, "Batch.status", b->status);
	hdf_put(h, "Batch.total", b->rows_total);
	hdf_put(h, "Batch.imported", b->rows_imported);
	hdf_put(h, "Batch.skipped", b->rows_skipped);
	hdf_put(h, "Batch.created", b->created);
	hdf_put(h, "Batch.who", b->who);
	return 0;
}

/* The target chosen for column i: the map_i field once the mapping form was sent (mapped=1),
 * else guessed from the header. */
static const char *column_target(struct request *req, const char *header, size_t i)
{
	if (req_field(req, "mapped")->present)
		return req_field(req, arena_printf(&req->arena, "map_%zu", i))->value;
	for (size_t t = 0; t < NTARGETS; t++)
		for (size_t k = 0; k < 6 && targets[t].headers[k]; k++)
			if (strcasecmp(header, targets[t].headers[k]) == 0)
				return targets[t].field;
	return "";
}

static validator_fn form_validator(const char *field)
{
	for (size_t i = 0; client_form_fields[i].name; i++)
		if (strcmp(client_form_fields[i].name, field) == 0)
			return client_form_fields[i].valid;
	return NULL;
}

/* Makes the client of one CSV row; puts each problem below errors; returns the number of them. */
static int row_client(struct request *req, const struct csv_row *row, const char *const *map, size_t ncols,
		      struct client *c, HDF *errors)
{
	int problems = 0;
	client_blank(c);
	c->kind = "person";
	c->source_channel = "other";
	c->status = "active";
	c->manager_id = arena_printf(&req->arena, "%lld", req->user.id);
	if (row->n > ncols) {
		hdf_put(errors, "row", i18n_text(req->lang, "err.csv_cols"));
		problems++;
	}
	for (size_t i = 0; i < ncols && i < row->n; i++) {
		if (!map[i][0] || !row->cells[i][0])
			continue;
		const char *v = row->cells[i];
		validator_fn valid = form_validator(map[i]);
		const char *e = valid ? valid(v, strlen(v)) : "err.choice";
		if (e) {
			hdf_put(errors, map[i], i18n_text(req->lang, e));
			problems++;
			continue;
		}
		for (size_t f = 0; f < client_nfields; f++)
			if (strcmp(client_fields[f].name, map[i]) == 0)
				*client_field_ptr(c, f) = v;
	}
	if (c->company_name[0] && !c->given_name[0] && !c->family_name[0])
		c->kind = "company";
	for (int p = 0; p < CLIENT_PHONES; p++)
		if (c->phone[p][0] && !c->phone_kind[p][0])
			c->phone_kind[p] = "mobile";
	return problems + client_check(req, c, errors);
}

/* Reads the batch's file and the mapping; fills the preview (errors of all rows, duplicates of
 * the first rows). When commit is set, imports instead. Returns 0, or -1 after rendering. */
static int import_run(struct request *req, struct batch *b, int commit)
{
	struct csv csv;
	size_t line = 0;
	const char *err = NULL;
	if (csv_parse(&req->arena, b->content, strlen(b->content), IMPORT_MAX_ROWS + 1, IMPORT_MAX_COLS, &csv,
		      &line, &err) < 0) {
		render_error(req, 400, err, NULL);
		return -1;
	}
	const struct csv_row *head = &csv.rows[0];
	const char **map = arena_alloc(&req->arena, (head->n + 1) * sizeof(char *));
	struct hdf_list cols, rows;
	hdf_list_init(req, "Columns", &cols);
	for (size_t i = 0; i < head->n; i++) {
		map[i] = column_target(req, head->cells[i], i);
		HDF *col = hdf_list_add(&cols);
		hdf_put_int(col, "index", (long long)i);
		hdf_put(col, "header", head->cells[i]);
		hdf_put(col, "target", map[i]);
	}
	struct hdf_list tl;
	hdf_list_init(req, "Targets", &tl);
	for (size_t t = 0; t < NTARGETS; t++) {
		HDF *item = hdf_list_add(&tl);
		hdf_put(item, "field", targets[t].field);
		hdf_put(item, "label", i18n_text(req->lang, arena_printf(&req->arena, "import.field.%s", targets[t].field)));
	}
	hdf_list_init(req, "Rows", &rows);
	int skip_dups = strcmp(req_field(req, "dups")->value, "import") != 0;
	long long bad = 0, dups = 0, imported = 0, skipped = 0;
	enum db_status st = commit ? db_begin(req->db) : DB_OK;
	HDF *scratch = NULL;
	NEOERR *nerr = hdf_get_node(req_hdf(req), "Scratch", &scratch);
	nerr_ignore(&nerr);
	for (size_t r = 1; r < csv.nrows && st == DB_OK; r++) {
		struct client c;
		int shown = r <= PREVIEW_ROWS;
		HDF *item = shown ? hdf_list_add(&rows) : NULL;
		HDF *errors = NULL;
		nerr = hdf_get_node(shown ? item : scratch, "errors", &errors);
		nerr_ignore(&nerr);
		int problems = row_client(req, &csv.rows[r], map, head->n, &c, errors);
		if (problems)
			bad++;
		int d = 0;
		if (!problems && (shown || commit)) {
			d = client_duplicates(req, &c, NULL, &st);
			if (d > 0)
				dups++;
		}
		if (shown) {
			hdf_put_int(item, "line", (long long)csv.rows[r].line);
			hdf_put(item, "name", c.company_name[0] && c.kind[0] == 'c' ? c.company_name :
				arena_printf(&req->arena, "%s %s", c.given_name, c.family_name));
			hdf_put(item, "phone", c.phone[0]);
			hdf_put(item, "email", c.email[0]);
			hdf_put(item, "city", c.city);
			hdf_put(item, "dup", d > 0 ? "1" : "0");
		}
		if (!shown && !problems && !commit)
			continue;
		if (commit && !problems && st == DB_OK) {
			if (d > 0 && skip_dups)
				skipped++;
			else if ((st = client_store(req, &c, NULL, b->id)) == DB_OK)
				imported++;
		}
	}
	if (scratch)
		hdf_remove_tree(req_hdf(req), "Scratch");
	HDF *h = req_hdf(req);
	hdf_put_int(h, "Preview.rows", (long long)csv.nrows - 1);
	hdf_put_int(h, "Preview.bad", bad);
	hdf_put_int(h, "Preview.dups", dups);
	hdf_put_int(h, "Preview.shown", csv.nrows - 1 < PREVIEW_ROWS ? (long long)csv.nrows - 1 : PREVIEW_ROWS);
	hdf_put(h, "Form.dups", skip_dups ? "skip" : "import");
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	if (commit && bad) {   /* a file with errors changes nothing: fix it and upload again */
		db_rollback(req->db);
		hdf_put(h, "Form.error", i18n_text(req->lang, "import.has_errors"));
		render_page(req, 400, "staff/client_import_map.cs");
		return -1;
	}
	if (commit) {
		unsigned long long changed = 0;
		struct audit_entry e = { .action = "client_import_batch", .entity = "import", .entity_id = b->id,
					 .detail = arena_printf(&req->arena, "%s: %lld imported, %lld skipped",
								b->filename, imported, skipped) };
		st = db_exec(req->db, &SQL_IMPORT_DONE, DB_ARGS(DB_INT((long long)csv.nrows - 1), DB_INT(imported),
			     DB_INT(skipped), DB_INT(b->id)), &changed, NULL);
		if (st == DB_OK && changed != 1)
			st = DB_DUPLICATE;   /* imported by a double submission meanwhile */
		st = audit_commit(req, &e, st);
		if (st == DB_DUPLICATE) {
			db_rollback(req->db);
			render_error(req, 409, "import.already", NULL);
			return -1;
		}
		if (st != DB_OK) {
			render_db_error(req, st);
			return -1;
		}
	}
	return 0;
}

void page_client_import_map(struct request *req)
{
	struct batch b;
	if (load_batch(req, &b) < 0)
		return;
	if (strcmp(b.status, "uploaded") != 0) {   /* imported or undone: the result */
		render_page(req, 200, "staff/client_import_map.cs");
		return;
	}
	if (import_run(req, &b, 0) == 0) {
		form_fill(req);
		render_page(req, 200, "staff/client_import_map.cs");
	}
}

void page_client_import_commit(struct request *req)
{
	struct batch b;
	if (load_batch(req, &b) < 0)
		return;
	if (strcmp(b.status, "uploaded") != 0) {
		render_error(req, 409, "import.already", NULL);
		return;
	}
	if (import_run(req, &b, 1) == 0)
		response_redirect(req, arena_printf(&req->arena, "/clients/import/%lld", b.id));
}

void page_client_import_undo(struct request *req)
{
	struct batch b;
	if (load_batch(req, &b) < 0)
		return;
	if (strcmp(b.status, "imported") != 0) {
		render_error(req, 409, "import.not_imported", NULL);
		return;
	}
	char **r;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_query_one(req->db, &SQL_IMPORT_BLOCKERS, DB_ARGS(DB_INT(b.id)), &req->arena, &r);
	if (st == DB_OK && atoll(r[0]) > 0) {
		db_rollback(req->db);
		render_error(req, 409, "import.undo_blocked", NULL);
		return;
	}
	static const struct db_stmt_def *const deletes[] = {
		&SQL_IMPORT_DEL_PHONES, &SQL_IMPORT_DEL_EMAILS, &SQL_IMPORT_DEL_TAGS,
		&SQL_IMPORT_DEL_CONSENTS, &SQL_IMPORT_DEL_CLIENTS,
	};
	for (size_t i = 0; st == DB_OK && i < sizeof(deletes) / sizeof(deletes[0]); i++)
		st = db_exec(req->db, deletes[i], DB_ARGS(DB_INT(b.id)), NULL, NULL);
	unsigned long long changed = 0;
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_IMPORT_UNDONE, DB_ARGS(DB_INT(b.id)), &changed, NULL);
	struct audit_entry e = { .action = "client_import_undo", .entity = "import", .entity_id = b.id,
				 .detail = b.filename };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/import/%lld", b.id));
}
