/* page_client_list.c: the client list: search by name words, phone or e-mail; filters; keyset pages
 * (a page deep in the list costs what the first costs). */
#include "pages.h"
#include "client_list.h"
#include "client_pages.h"
#include "config.h"
#include "normalize.h"
#include "render.h"
#include <stdlib.h>
#include <string.h>

#define PAGE 50

/* The columns every list statement returns, from client_list l (see client_list.h). */
#define LIST_COLS "l.client_id, l.sort_name, l.kind, l.city, l.status, COALESCE(m.full_name, ''), l.phone,"\
	" COALESCE(DATE_FORMAT(l.last_contact_at, '%Y-%m-%d'), ''), l.email, COALESCE(g.name, '')"
#define LIST_JOINS " LEFT JOIN staff m ON m.id = l.manager_id LEFT JOIN segments g ON g.id = l.segment_id"
/* The optional filters (segment, manager, status, tag; each bound twice, NULL means any), then the
 * words of a name search (three LIKE patterns on l.words, '%' for none). */
#define LIST_FILTERS " AND (? IS NULL OR l.segment_id = ?) AND (? IS NULL OR l.manager_id = ?)"\
	" AND (? IS NULL OR l.status = ?)"\
	" AND (? IS NULL OR EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = l.client_id AND t.tag = ?))"\
	" AND l.words LIKE ? AND l.words LIKE ? AND l.words LIKE ?"

DB_STMT(SQL_CLIENT_LIST_BY_NAME,
	"SELECT " LIST_COLS " FROM client_list l" LIST_JOINS
	" WHERE l.sort_name >= ? AND (l.sort_name > ? OR l.client_id > ?)" LIST_FILTERS
	" ORDER BY l.sort_name, l.client_id LIMIT ?");
/* Newest contact first, never-contacted clients last (by id); the cursor's key may be NULL. */
DB_STMT(SQL_CLIENT_LIST_BY_CONTACT,
	"SELECT " LIST_COLS " FROM client_list l" LIST_JOINS
	" WHERE ((? IS NOT NULL AND (l.last_contact_at < ? OR (l.last_contact_at = ? AND l.client_id < ?)"
	"                          OR l.last_contact_at IS NULL))"
	"      OR (? IS NULL AND l.last_contact_at IS NULL AND l.client_id < ?))"
	LIST_FILTERS " ORDER BY l.last_contact_at DESC, l.client_id DESC LIMIT ?");
/* A name search: the range of one key (a word's, or a pair of words'), in name order. */
DB_STMT(SQL_CLIENT_LIST_BY_KEY,
	"SELECT " LIST_COLS " FROM client_search s"
	" JOIN client_list l ON l.sort_name = s.sort_name AND l.client_id = s.client_id" LIST_JOINS
	" WHERE s.k = ? AND s.sort_name >= ? AND (s.sort_name > ? OR s.client_id > ?)" LIST_FILTERS
	" ORDER BY s.sort_name, s.client_id LIMIT ?");
DB_STMT(SQL_CLIENT_LIST_BY_PHONE,
	"SELECT " LIST_COLS " FROM client_phones p0 JOIN client_list l ON l.client_id = p0.client_id" LIST_JOINS
	" WHERE p0.normalized = ? AND p0.client_id > ?" LIST_FILTERS
	" ORDER BY p0.client_id LIMIT ?");
DB_STMT(SQL_CLIENT_LIST_BY_EMAIL,
	"SELECT " LIST_COLS " FROM client_emails e0 JOIN client_list l ON l.client_id = e0.client_id" LIST_JOINS
	" WHERE e0.normalized = ? AND e0.client_id > ?" LIST_FILTERS
	" ORDER BY e0.client_id LIMIT ?");
DB_STMT(SQL_CLIENT_CURSOR,
	"SELECT sort_name, DATE_FORMAT(last_contact_at, '%Y-%m-%d %H:%i:%s') FROM client_list WHERE client_id = ?");

/* The words of a name search: up to three distinct ones, longest first. */
struct query_words {
	struct arena *arena;
	const char *word[3];
	size_t len[3];
	int n;
};

static void query_word(void *ctx, const char *word, size_t len)
{
	struct query_words *q = ctx;
	for (int i = 0; i < q->n; i++)
		if (q->len[i] == len && memcmp(q->word[i], word, len) == 0)
			return;
	int i = q->n < 3 ? q->n++ : 3;
	while (i > 0 && q->len[i - 1] < len) {   /* keep the longest three, longest first */
		if (i < 3) {
			q->word[i] = q->word[i - 1];
			q->len[i] = q->len[i - 1];
		}
		i--;
	}
	if (i < 3) {
		q->word[i] = arena_strndup(q->arena, word, len);
		q->len[i] = len;
	}
}

/* "% word%" for LIKE on client_list.words, with LIKE's % _ and \ escaped; "%" for no word. */
static const char *word_pattern(struct request *req, const struct query_words *q, int i)
{
	if (i >= q->n)
		return "%";
	return like_prefix_pattern(&req->arena, "% ", q->word[i], q->len[i]);
}

/* The key whose range a name search reads (client_search.k) into out[SEARCH_PAIR_MAX + 1]: the
 * pair of the first two words that have a key, or the one word's; -1 when no word has one (every
 * word is shorter than a key: the search reads the list in name order and checks the words). */
static int query_key(const struct query_words *q, char *out)
{
	int first = -1;
	for (int i = 0; i < q->n; i++) {
		if (search_key(q->word[i], q->len[i], NULL, 0, out) < 0)
			continue;
		if (first >= 0)
			return search_key(q->word[first], q->len[first], q->word[i], q->len[i], out);
		first = i;
	}
	return first >= 0 ? search_key(q->word[first], q->len[first], NULL, 0, out) : -1;
}

enum db_status client_list_query(struct request *req, long long limit, const struct db_stmt_def **def,
				 struct db_arg *args, size_t *nargs)
{
	const struct field_value *q = req_field(req, "q"), *after = req_field(req, "after");
	const struct field_value *seg = req_field(req, "segment"), *mgr = req_field(req, "manager");
	const struct field_value *status = req_field(req, "status"), *tag = req_field(req, "tag");
	const struct field_value *sort = req_field(req, "sort");
	long long after_id = after->present ? valid_id_value(after->value) : 0;
	size_t n = 0;
	char **cur = NULL;
	enum db_status st = DB_OK;
	struct query_words words = { .arena = &req->arena };
	char norm[256];
	const char *cc = country_calling_code(req->cfg->currency);
	int kind_q = 0;   /* 0 none, 1 name words, 2 phone, 3 e-mail */
	if (q->present && strchr(q->value, '@') && normalize_email(q->value, norm, sizeof(norm)) == 0)
		kind_q = 3;
	else if (q->present && strspn(q->value, "+0123456789 -().") == q->len && q->len >= 5 &&
		 normalize_phone(q->value, cc, norm) == 0)
		kind_q = 2;
	else if (q->present)
		name_words(q->value, query_word, &words);
	/* The cursor: the last client of the page before (it must be a listed client). */
	if (after_id)
		st = db_query_one(req->db, &SQL_CLIENT_CURSOR, DB_ARGS(DB_INT(after_id)), &req->arena, &cur);
	const char *after_name = st == DB_OK && cur ? cur[0] : "";
	char key[SEARCH_PAIR_MAX + 1];
	if (kind_q == 3 || kind_q == 2) {
		*def = kind_q == 3 ? &SQL_CLIENT_LIST_BY_EMAIL : &SQL_CLIENT_LIST_BY_PHONE;
		args[n++] = DB_STR(arena_strdup(&req->arena, norm));
		args[n++] = DB_INT(after_id);
	} else if (words.n > 0 && query_key(&words, key) == 0) {
		*def = &SQL_CLIENT_LIST_BY_KEY;
		args[n++] = DB_STR(arena_strdup(&req->arena, key));
		args[n++] = DB_STR(after_name);
		args[n++] = DB_STR(after_name);
		args[n++] = DB_INT(after_id);
	} else if (words.n == 0 && sort->present && strcmp(sort->value, "contact") == 0) {
		/* newest contact first; NULL key: never contacted */
		const char *key_at = after_id ? (cur ? cur[1] : NULL) : "9999-12-31 23:59:59";
		long long id_key = after_id ? after_id : (1LL << 40);
		*def = &SQL_CLIENT_LIST_BY_CONTACT;
		args[n++] = DB_STR(key_at);
		args[n++] = DB_STR(key_at);
		args[n++] = DB_STR(key_at);
		args[n++] = DB_INT(id_key);
		args[n++] = DB_STR(key_at);
		args[n++] = DB_INT(id_key);
	} else {   /* name order, all clients or those whose words match */
		*def = &SQL_CLIENT_LIST_BY_NAME;
		args[n++] = DB_STR(after_name);
		args[n++] = DB_STR(after_name);
		args[n++] = DB_INT(after_id);
	}
	const struct db_arg filters[] = {
		seg->present ? DB_INT(valid_id_value(seg->value)) : DB_NULLARG,
		seg->present ? DB_INT(valid_id_value(seg->value)) : DB_NULLARG,
		mgr->present ? DB_INT(valid_id_value(mgr->value)) : DB_NULLARG,
		mgr->present ? DB_INT(valid_id_value(mgr->value)) : DB_NULLARG,
		status->present ? DB_STR(status->value) : DB_NULLARG,
		status->present ? DB_STR(status->value) : DB_NULLARG,
		tag->present ? DB_STR(tag->value) : DB_NULLARG,
		tag->present ? DB_STR(tag->value) : DB_NULLARG,
		DB_STR(word_pattern(req, &words, 0)),
		DB_STR(word_pattern(req, &words, 1)),
		DB_STR(word_pattern(req, &words, 2)),
	};
	memcpy(args + n, filters, sizeof(filters));
	n += sizeof(filters) / sizeof(filters[0]);
	args[n++] = DB_INT(limit);
	*nargs = n;
	return st;
}

void page_client_list(struct request *req)
{
	struct db_arg args[CLIENT_LIST_ARGS];
	size_t n = 0;
	const struct db_stmt_def *def = NULL;
	enum db_status st = client_list_query(req, PAGE + 1, &def, args, &n);
	if (st == DB_NOT_FOUND) {
		render_error(req, 400, "err.cursor", NULL);
		return;
	}
	static const char *const cols[] = { "id", "name", "kind", "city", "status", "manager", "phone", "contact", NULL };
	struct hdf_page page;
	hdf_page_init(req, "Clients", cols, PAGE, &page);
	if (st == DB_OK)
		st = db_query(req->db, def, args, n, hdf_page_add, &page);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (client_choices(req) < 0)   /* the filter form's segments and managers */
		return;
	form_fill(req);
	if (hdf_page_next(&page))
		hdf_put(req_hdf(req), "Page.next_after", hdf_page_next(&page));
	render_page(req, 200, NULL);
}
