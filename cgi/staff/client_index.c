/* client_index.c: a client's row of the list (client_list) and keys of the name search (client_search), rebuilt from its record. */
#include "client_index.h"
#include "normalize.h"
#include <string.h>

DB_STMT(SQL_INDEX_NAMES,
	"SELECT given_name, family_name, company_name, sort_name FROM clients WHERE id = ? AND merged_into IS NULL");
DB_STMT(SQL_INDEX_LIST_DELETE, "DELETE FROM client_list WHERE client_id = ?");
DB_STMT(SQL_INDEX_SEARCH_DELETE, "DELETE FROM client_search WHERE client_id = ?");
DB_STMT(SQL_INDEX_LIST_INSERT,
	"INSERT INTO client_list (" CLIENT_LIST_COLUMNS ") SELECT " CLIENT_LIST_VALUES ", ? FROM clients c WHERE c.id = ?");
DB_STMT(SQL_INDEX_SEARCH_INSERT, "INSERT IGNORE INTO client_search (k, sort_name, client_id) VALUES (?, ?, ?)");

#define WORDS_MAX 500   /* client_list.words */

struct index_words {
	char text[WORDS_MAX + 1];                  /* " w1 w2 ..." */
	size_t len;
	const char *word[CLIENT_INDEX_WORDS];      /* distinct words, pointing into text */
	size_t word_len[CLIENT_INDEX_WORDS];
	int n;
};

static void add_word(void *ctx, const char *word, size_t len)
{
	struct index_words *w = ctx;
	if (w->len + 1 + len > WORDS_MAX)
		return;
	for (int i = 0; i < w->n; i++)
		if (w->word_len[i] == len && memcmp(w->word[i], word, len) == 0)
			return;
	w->text[w->len++] = ' ';
	memcpy(w->text + w->len, word, len);
	if (w->n < CLIENT_INDEX_WORDS) {
		w->word[w->n] = w->text + w->len;
		w->word_len[w->n++] = len;
	}
	w->len += len;
	w->text[w->len] = '\0';
}


static enum db_status key_insert(struct db *db, const char *key, const char *sort_name, long long id)
{
	return db_exec(db, &SQL_INDEX_SEARCH_INSERT, DB_ARGS(DB_STR(key), DB_STR(sort_name), DB_INT(id)), NULL, NULL);
}

enum db_status client_index_store(struct request *req, long long id)
{
	struct db *db = req->db;
	char **names = NULL;
	enum db_status st = db_exec(db, &SQL_INDEX_LIST_DELETE, DB_ARGS(DB_INT(id)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_INDEX_SEARCH_DELETE, DB_ARGS(DB_INT(id)), NULL, NULL);
	if (st == DB_OK)
		st = db_query_one(db, &SQL_INDEX_NAMES, DB_ARGS(DB_INT(id)), &req->arena, &names);
	if (st == DB_NOT_FOUND)
		return DB_OK;   /* merged away (or gone): no rows */
	if (st != DB_OK)
		return st;
	struct index_words w = { .len = 0 };
	for (int i = 0; i < 3; i++)
		name_words(names[i], add_word, &w);
	st = db_exec(db, &SQL_INDEX_LIST_INSERT, DB_ARGS(DB_STR(w.text), DB_INT(id)), NULL, NULL);
	for (int i = 0; st == DB_OK && i < w.n; i++) {
		char key[SEARCH_PAIR_MAX + 1];
		if (search_key(w.word[i], w.word_len[i], NULL, 0, key) < 0)
			continue;   /* too short for a key */
		st = key_insert(db, key, names[3], id);   /* the word's own key, then its pairs */
		for (int j = i + 1; st == DB_OK && j < w.n; j++)
			if (search_key(w.word[i], w.word_len[i], w.word[j], w.word_len[j], key) == 0)
				st = key_insert(db, key, names[3], id);
	}
	return st;
}
