/* db.c: connection, per-connection statement cache, binding and fetching (MariaDB Connector/C). */
#include "db.h"
#include "log.h"
#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define DB_CACHE 256   /* statements cached per connection (open addressing by definition address) */
#define DB_MAX_PARAMS 32
#define DB_MAX_COLS 64

struct db_cached {
	const struct db_stmt_def *def;
	MYSQL_STMT *stmt;
};

struct db {
	const struct config *cfg;
	MYSQL *conn;
	int lost;            /* the connection broke: reconnect at the next db_ready */
	int in_tx;
	char error[512];
	struct db_cached cache[DB_CACHE];
};

static void db_set_error(struct db *db, const char *what, unsigned err, const char *text)
{
	snprintf(db->error, sizeof(db->error), "%s: %u %s", what, err, text ? text : "");
	if (err == CR_SERVER_GONE_ERROR || err == CR_SERVER_LOST || err == CR_CONNECTION_ERROR ||
	    err == CR_CONN_HOST_ERROR || err == ER_CONNECTION_KILLED || err == CR_SERVER_LOST_EXTENDED ||
	    err == ER_SERVER_SHUTDOWN)
		db->lost = 1;
}

static enum db_status db_status_of(struct db *db, unsigned err)
{
	if (db->lost)
		return DB_UNAVAILABLE;
	if (err == ER_DUP_ENTRY || err == ER_DUP_KEY)
		return DB_DUPLICATE;
	return DB_ERROR;
}

static void db_disconnect(struct db *db)
{
	for (size_t i = 0; i < DB_CACHE; i++)
		if (db->cache[i].stmt) {
			mysql_stmt_close(db->cache[i].stmt);
			db->cache[i].stmt = NULL;
			db->cache[i].def = NULL;
		}
	if (db->conn)
		mysql_close(db->conn);
	db->conn = NULL;
	db->in_tx = 0;
}

static int db_connect(struct db *db)
{
	const struct config *cfg = db->cfg;
	MYSQL *m = mysql_init(NULL);
	if (m == NULL)
		return -1;
	unsigned int connect_timeout = 2, rw_timeout = (unsigned)cfg->db_timeout_seconds;
	mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &connect_timeout);
	mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &rw_timeout);
	mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &rw_timeout);
	mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* READ COMMITTED: a read after taking a lock (a client's economics row before a purchase) sees
	 * what the transaction that held the lock committed, not a snapshot from before the wait. */
	mysql_options(m, MYSQL_INIT_COMMAND,
		      "SET time_zone = '+00:00', SESSION tx_isolation = 'READ-COMMITTED'");
	if (!mysql_real_connect(m, NULL, cfg->db_user, cfg->db_password[0] ? cfg->db_password : NULL,
				cfg->db_name, 0, cfg->db_socket, 0)) {
		db_set_error(db, "connect", mysql_errno(m), mysql_error(m));
		mysql_close(m);
		return -1;
	}
	db->conn = m;
	db->lost = 0;
	return 0;
}

struct db *db_open(const struct config *cfg)
{
	struct db *db = calloc(1, sizeof(*db));
	if (db == NULL)
		abort();
	db->cfg = cfg;
	if (db_connect(db) < 0)
		log_msg("database not reachable at start: %s", db->error);
	return db;
}

void db_close(struct db *db)
{
	if (db == NULL)
		return;
	db_disconnect(db);
	free(db);
}

enum db_status db_ready(struct db *db)
{
	if (db->lost)
		db_disconnect(db);
	if (db->conn == NULL && db_connect(db) < 0)
		return DB_UNAVAILABLE;
	return DB_OK;
}

const char *db_last_error(struct db *db)
{
	return db->error;
}

/* Finds or prepares def's statement on this connection; NULL on error (db->error set). */
static MYSQL_STMT *db_stmt(struct db *db, const struct db_stmt_def *def)
{
	size_t h = ((uintptr_t)def >> 3) % DB_CACHE;
	for (size_t k = 0; k < DB_CACHE; k++) {
		struct db_cached *c = &db->cache[(h + k) % DB_CACHE];
		if (c->def == def)
			return c->stmt;
		if (c->def != NULL)
			continue;
		MYSQL_STMT *st = mysql_stmt_init(db->conn);
		if (st == NULL)
			return NULL;
		if (mysql_stmt_prepare(st, def->sql, strlen(def->sql))) {
			db_set_error(db, def->id, mysql_stmt_errno(st), mysql_stmt_error(st));
			mysql_stmt_close(st);
			return NULL;
		}
		c->def = def;
		c->stmt = st;
		return st;
	}
	snprintf(db->error, sizeof(db->error), "statement cache full at %s", def->id);
	return NULL;
}

/* Prepares (cached), binds args and executes. */
static MYSQL_STMT *db_run(struct db *db, const struct db_stmt_def *def, const struct db_arg *args,
			  size_t nargs, enum db_status *st)
{
	*st = DB_UNAVAILABLE;
	if (db->conn == NULL || db->lost) {
		snprintf(db->error, sizeof(db->error), "%s: not connected", def->id);
		return NULL;
	}
	MYSQL_STMT *stmt = db_stmt(db, def);
	if (stmt == NULL) {
		*st = db->lost ? DB_UNAVAILABLE : DB_ERROR;
		return NULL;
	}
	if (nargs > DB_MAX_PARAMS || nargs != mysql_stmt_param_count(stmt)) {
		snprintf(db->error, sizeof(db->error), "%s: %zu arguments for %lu parameters", def->id,
			 nargs, mysql_stmt_param_count(stmt));
		*st = DB_ERROR;
		return NULL;
	}
	MYSQL_BIND bind[DB_MAX_PARAMS];
	unsigned long lens[DB_MAX_PARAMS];
	memset(bind, 0, sizeof(bind));
	for (size_t i = 0; i < nargs; i++) {
		switch (args[i].type) {
		case DBA_NULL:
			bind[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		case DBA_INT:
			bind[i].buffer_type = MYSQL_TYPE_LONGLONG;
			bind[i].buffer = (void *)&args[i].i;
			break;
		case DBA_STR:
			bind[i].buffer_type = MYSQL_TYPE_STRING;
			bind[i].buffer = (void *)args[i].s;
			lens[i] = (unsigned long)args[i].len;
			bind[i].buffer_length = lens[i];
			bind[i].length = &lens[i];
			break;
		}
	}
	if ((nargs && mysql_stmt_bind_param(stmt, bind)) || mysql_stmt_execute(stmt)) {
		unsigned err = mysql_stmt_errno(stmt);
		db_set_error(db, def->id, err, mysql_stmt_error(stmt));
		*st = db_status_of(db, err);
		return NULL;
	}
	*st = DB_OK;
	return stmt;
}

enum db_status db_exec(struct db *db, const struct db_stmt_def *def, const struct db_arg *args,
		       size_t nargs, unsigned long long *affected, unsigned long long *insert_id)
{
	enum db_status st;
	MYSQL_STMT *stmt = db_run(db, def, args, nargs, &st);
	if (stmt == NULL)
		return st;
	if (affected)
		*affected = mysql_stmt_affected_rows(stmt);
	if (insert_id)
		*insert_id = mysql_stmt_insert_id(stmt);
	return DB_OK;
}

enum db_status db_query(struct db *db, const struct db_stmt_def *def, const struct db_arg *args,
			size_t nargs, db_row_fn fn, void *ctx)
{
	enum db_status st;
	MYSQL_STMT *stmt = db_run(db, def, args, nargs, &st);
	if (stmt == NULL)
		return st;
	MYSQL_RES *meta = mysql_stmt_result_metadata(stmt);
	if (meta == NULL) {
		snprintf(db->error, sizeof(db->error), "%s: not a query", def->id);
		return DB_ERROR;
	}
	unsigned ncols = mysql_num_fields(meta);
	mysql_free_result(meta);
	if (ncols > DB_MAX_COLS) {
		mysql_stmt_free_result(stmt);
		snprintf(db->error, sizeof(db->error), "%s: too many columns", def->id);
		return DB_ERROR;
	}
	MYSQL_BIND bind[DB_MAX_COLS];
	unsigned long lens[DB_MAX_COLS];
	my_bool nulls[DB_MAX_COLS], errs[DB_MAX_COLS];
	char *bufs[DB_MAX_COLS];
	size_t caps[DB_MAX_COLS];
	const char *vals[DB_MAX_COLS];
	memset(bind, 0, sizeof(bind));
	for (unsigned i = 0; i < ncols; i++) {
		caps[i] = 256;
		bufs[i] = malloc(caps[i]);
		if (bufs[i] == NULL)
			abort();
		bind[i].buffer_type = MYSQL_TYPE_STRING;
		bind[i].buffer = bufs[i];
		bind[i].buffer_length = caps[i] - 1;
		bind[i].length = &lens[i];
		bind[i].is_null = &nulls[i];
		bind[i].error = &errs[i];
	}
	st = DB_OK;
	int drained = 0;
	if (mysql_stmt_bind_result(stmt, bind)) {
		db_set_error(db, def->id, mysql_stmt_errno(stmt), mysql_stmt_error(stmt));
		st = db_status_of(db, mysql_stmt_errno(stmt));
		goto cleanup;
	}
	for (;;) {
		int rc = mysql_stmt_fetch(stmt);
		if (rc == MYSQL_NO_DATA) {
			drained = 1;
			break;
		}
		if (rc == 1) {
			db_set_error(db, def->id, mysql_stmt_errno(stmt), mysql_stmt_error(stmt));
			st = db_status_of(db, mysql_stmt_errno(stmt));
			goto cleanup;
		}
		for (unsigned i = 0; i < ncols; i++) {
			if (nulls[i]) {
				vals[i] = NULL;
				continue;
			}
			if (lens[i] >= caps[i]) {   /* truncated: grow and fetch the column again */
				caps[i] = lens[i] + 1;
				char *p = realloc(bufs[i], caps[i]);
				if (p == NULL)
					abort();
				bufs[i] = p;
				bind[i].buffer = p;
				bind[i].buffer_length = caps[i] - 1;
				if (mysql_stmt_fetch_column(stmt, &bind[i], i, 0)) {
					db_set_error(db, def->id, mysql_stmt_errno(stmt), mysql_stmt_error(stmt));
					st = DB_ERROR;
					goto cleanup;
				}
				/* rebind so that later rows use the larger buffer */
				mysql_stmt_bind_result(stmt, bind);
			}
			bufs[i][lens[i]] = '\0';
			vals[i] = bufs[i];
		}
		struct db_row row = { ncols, vals, lens };
		if (fn(ctx, &row)) {
			/* Stopped early (db_query_one): the few rows left, and the end of the result, are
			 * usually in the buffer already, so reading them costs less than a reset's round
			 * trip. */
			for (int left = 0; left < 16; left++) {
				int r2 = mysql_stmt_fetch(stmt);
				if (r2 == MYSQL_NO_DATA) {
					drained = 1;
					break;
				}
				if (r2 == 1)
					break;
			}
			break;
		}
	}
cleanup:
	mysql_stmt_free_result(stmt);
	if (!drained && !db->lost)
		mysql_stmt_reset(stmt);   /* rows left unread or an error: a round trip puts it right */
	for (unsigned i = 0; i < ncols; i++)
		free(bufs[i]);
	return st;
}

struct db_one {
	struct arena *a;
	char **vals;
	int found;
};

static int db_one_row(void *ctx, const struct db_row *row)
{
	struct db_one *o = ctx;
	o->vals = arena_alloc(o->a, (row->ncols + 1) * sizeof(char *));
	for (unsigned i = 0; i < row->ncols; i++)
		o->vals[i] = row->val[i] ? arena_strndup(o->a, row->val[i], row->len[i]) : NULL;
	o->found = 1;
	return 1;
}

enum db_status db_query_one(struct db *db, const struct db_stmt_def *def, const struct db_arg *args,
			    size_t nargs, struct arena *a, char ***out)
{
	struct db_one o = { a, NULL, 0 };
	enum db_status st = db_query(db, def, args, nargs, db_one_row, &o);
	if (st != DB_OK)
		return st;
	if (!o.found)
		return DB_NOT_FOUND;
	*out = o.vals;
	return DB_OK;
}

enum db_status db_begin(struct db *db)
{
	if (db->conn == NULL)
		return DB_UNAVAILABLE;
	if (mysql_autocommit(db->conn, 0)) {
		db_set_error(db, "begin", mysql_errno(db->conn), mysql_error(db->conn));
		return db_status_of(db, mysql_errno(db->conn));
	}
	db->in_tx = 1;
	return DB_OK;
}

enum db_status db_commit(struct db *db)
{
	if (db->conn == NULL)
		return DB_UNAVAILABLE;
	if (mysql_commit(db->conn)) {
		db_set_error(db, "commit", mysql_errno(db->conn), mysql_error(db->conn));
		enum db_status st = db_status_of(db, mysql_errno(db->conn));
		db_rollback(db);
		return st;
	}
	db->in_tx = 0;
	mysql_autocommit(db->conn, 1);
	return DB_OK;
}

void db_rollback(struct db *db)
{
	if (db->conn == NULL || !db->in_tx)
		return;
	mysql_rollback(db->conn);
	mysql_autocommit(db->conn, 1);
	db->in_tx = 0;
}
