/* db.h: the worker's one MariaDB connection; statements are named, prepared once per connection, bound. */
#ifndef CRM_DB_H
#define CRM_DB_H
#include <stddef.h>
#include <string.h>
#include "arena.h"
#include "config.h"

/* A named statement. DB_STMT only accepts a string literal as text ("" text fails otherwise). */
struct db_stmt_def {
	const char *id;
	const char *sql;
};
#define DB_STMT(name, text) const struct db_stmt_def name = { #name, "" text }

enum db_status {
	DB_OK = 0,
	DB_NOT_FOUND,     /* db_query_one: no row */
	DB_DUPLICATE,     /* a UNIQUE key refused the write */
	DB_UNAVAILABLE,   /* no connection, or it was lost: the page answers 503 */
	DB_ERROR,         /* anything else: logged, the page answers 500 */
};

enum db_arg_type { DBA_NULL, DBA_INT, DBA_STR };
struct db_arg {
	enum db_arg_type type;
	long long i;
	const char *s;
	size_t len;
};
#define DB_INT(v) ((struct db_arg){ .type = DBA_INT, .i = (long long)(v) })
#define DB_STR(v) db_arg_str(v)
#define DB_BIN(p, n) ((struct db_arg){ .type = DBA_STR, .s = (const char *)(p), .len = (n) })
#define DB_NULLARG ((struct db_arg){ .type = DBA_NULL })
#define DB_ARGS(...) (const struct db_arg[]){ __VA_ARGS__ }, \
	(sizeof((const struct db_arg[]){ __VA_ARGS__ }) / sizeof(struct db_arg))
#define DB_NOARGS NULL, 0

static inline struct db_arg db_arg_str(const char *s)
{
	struct db_arg a = { .type = s ? DBA_STR : DBA_NULL, .s = s, .len = s ? strlen(s) : 0 };
	return a;
}

/* One fetched row: val[i] is NUL-terminated (NULL for SQL NULL), valid only during the callback. */
struct db_row {
	unsigned ncols;
	const char *const *val;
	const unsigned long *len;
};
/* Row callback; return nonzero to stop early. */
typedef int (*db_row_fn)(void *ctx, const struct db_row *row);

struct db;

/* Connects with the account cfg->db_user; returns a handle (malloc'd, db_close frees) even when
 * the server is down: db_ready() then tries again. */
struct db *db_open(const struct config *cfg);
void db_close(struct db *db);
/* At the start of each request: reconnects if the connection was lost. DB_OK or DB_UNAVAILABLE. */
enum db_status db_ready(struct db *db);

/* Runs a statement that returns no rows. affected/insert_id may be NULL. */
enum db_status db_exec(struct db *db, const struct db_stmt_def *def, const struct db_arg *args,
		       size_t nargs, unsigned long long *affected, unsigned long long *insert_id);
/* Runs a query and calls fn for each row. */
enum db_status db_query(struct db *db, const struct db_stmt_def *def, const struct db_arg *args,
			size_t nargs, db_row_fn fn, void *ctx);
/* Runs a query and copies the first row's values into arena memory: *out is an array of
 * ncols strings (NULL for SQL NULL). DB_NOT_FOUND when there is no row. */
enum db_status db_query_one(struct db *db, const struct db_stmt_def *def, const struct db_arg *args,
			    size_t nargs, struct arena *a, char ***out);

enum db_status db_begin(struct db *db);
enum db_status db_commit(struct db *db);
/* Rolls back when a transaction is open; called at the end of every request. */
void db_rollback(struct db *db);

/* The last error text (for logs only, never for pages). */
const char *db_last_error(struct db *db);
#endif
