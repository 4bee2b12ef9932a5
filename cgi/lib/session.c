/* session.c: staff sessions stored hashed in the database; CSRF tokens bound to them. */
#include "session.h"
#include "config.h"
#include "response.h"
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_SESSION_GET,
	"SELECT st.id, s.csrf_token, st.username, st.full_name, st.role, st.language,"
	" s.last_seen < NOW() - INTERVAL 60 SECOND"
	" FROM sessions s JOIN staff st ON st.id = s.staff_id"
	" WHERE s.token_hash = ? AND st.active = 1"
	" AND s.last_seen > NOW() - INTERVAL ? MINUTE AND s.created_at > NOW() - INTERVAL ? HOUR");
DB_STMT(SQL_SESSION_TOUCH, "UPDATE sessions SET last_seen = NOW() WHERE token_hash = ?");
DB_STMT(SQL_SESSION_INSERT,
	"INSERT INTO sessions (token_hash, staff_id, csrf_token, created_at, last_seen, ip, user_agent)"
	" VALUES (?, ?, ?, NOW(), NOW(), ?, LEFT(?, 255))");
DB_STMT(SQL_SESSION_DELETE, "DELETE FROM sessions WHERE token_hash = ?");
DB_STMT(SQL_SESSION_DELETE_STAFF, "DELETE FROM sessions WHERE staff_id = ?");
DB_STMT(SQL_SESSION_PURGE,
	"DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL ? MINUTE"
	" OR created_at < NOW() - INTERVAL ? HOUR LIMIT 1000");

const char *token_hash(struct request *req, const char *token)
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
	char *hex = arena_alloc(&req->arena, 2 * sizeof(h) + 1);
	sodium_bin2hex(hex, 2 * sizeof(h) + 1, h, sizeof(h));
	return hex;
}

const char *token_new(struct request *req)
{
	unsigned char raw[32];
	randombytes_buf(raw, sizeof(raw));
	char *hex = arena_alloc(&req->arena, 65);
	sodium_bin2hex(hex, 65, raw, sizeof(raw));
	return hex;
}

static int token_ok(const char *t)
{
	if (t == NULL || strlen(t) != 43)
		return 0;
	for (; *t; t++)
		if (!((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') || (*t >= '0' && *t <= '9') ||
		      *t == '-' || *t == '_'))
			return 0;
	return 1;
}

enum db_status session_load(struct request *req)
{
	const char *token = req_cookie(req, SESSION_COOKIE);
	if (!token_ok(token))
		return DB_OK;
	const char *hash = token_hash(req, token);
	char **row;
	enum db_status st = db_query_one(req->db, &SQL_SESSION_GET,
					 DB_ARGS(DB_STR(hash), DB_INT(req->cfg->session_idle_minutes),
						 DB_INT(req->cfg->session_max_hours)),
					 &req->arena, &row);
	if (st == DB_NOT_FOUND)
		return DB_OK;
	if (st != DB_OK)
		return st;
	req->user.id = atoll(row[0]);
	req->csrf_token = row[1];
	req->user.username = row[2];
	req->user.full_name = row[3];
	req->user.role = role_from_name(row[4]);
	req->user.lang = row[5];
	req->session_hash = hash;
	if (row[6] && strcmp(row[6], "1") == 0)   /* touch at most once a minute */
		return db_exec(req->db, &SQL_SESSION_TOUCH, DB_ARGS(DB_STR(hash)), NULL, NULL);
	return DB_OK;
}

enum db_status session_start(struct request *req, long long staff_id)
{
	enum db_status st;
	if (req->session_hash) {
		st = db_exec(req->db, &SQL_SESSION_DELETE, DB_ARGS(DB_STR(req->session_hash)), NULL, NULL);
		if (st != DB_OK)
			return st;
	}
	st = db_exec(req->db, &SQL_SESSION_PURGE, DB_ARGS(DB_INT(req->cfg->session_idle_minutes),
							   DB_INT(req->cfg->session_max_hours)), NULL, NULL);
	if (st != DB_OK)
		return st;
	unsigned char raw[32];
	char token[64];
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(token, sizeof(token), raw, sizeof(raw), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	const char *hash = token_hash(req, token);
	const char *csrf = token_new(req);
	st = db_exec(req->db, &SQL_SESSION_INSERT,
		     DB_ARGS(DB_STR(hash), DB_INT(staff_id), DB_STR(csrf), DB_STR(req->remote_addr),
			     DB_STR(req->user_agent)), NULL, NULL);
	if (st != DB_OK)
		return st;
	response_cookie(req, SESSION_COOKIE, token, 0);
	response_cookie(req, CSRF_COOKIE, "", -1);
	req->session_hash = hash;
	req->csrf_token = csrf;
	return DB_OK;
}

enum db_status session_end(struct request *req)
{
	response_cookie(req, SESSION_COOKIE, "", -1);
	if (req->session_hash == NULL)
		return DB_OK;
	return db_exec(req->db, &SQL_SESSION_DELETE, DB_ARGS(DB_STR(req->session_hash)), NULL, NULL);
}

enum db_status session_end_all(struct db *db, long long staff_id)
{
	return db_exec(db, &SQL_SESSION_DELETE_STAFF, DB_ARGS(DB_INT(staff_id)), NULL, NULL);
}

void session_anon_csrf(struct request *req)
{
	const char *c = req_cookie(req, CSRF_COOKIE);
	if (c && valid_token(c, strlen(c)) == NULL) {
		req->csrf_token = c;
		return;
	}
	req->csrf_token = token_new(req);
	response_cookie(req, CSRF_COOKIE, req->csrf_token, 0);
}
