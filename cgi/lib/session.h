/* session.h: staff sessions in the database (hashed random tokens) and the CSRF token of each form. */
#ifndef CRM_SESSION_H
#define CRM_SESSION_H
#include "db.h"
#include "request.h"

#define SESSION_COOKIE "crm_session"
#define CSRF_COOKIE "crm_csrf"

/* Reads the session cookie and, when it names a live session of an active staff member, fills
 * req->user, req->session_hash and req->csrf_token. A missing or dead session is not an error. */
enum db_status session_load(struct request *req);
/* Signs staff_id in: ends the request's old session, makes a new token, stores its hash, sets the
 * cookie and a fresh CSRF token. */
enum db_status session_start(struct request *req, long long staff_id);
/* Signs out: deletes the session row and clears the cookie. */
enum db_status session_end(struct request *req);
/* Ends every session of a staff member (disabled, password changed). */
enum db_status session_end_all(struct db *db, long long staff_id);
/* For anonymous visitors: the CSRF token comes from (or is set in) a cookie. */
void session_anon_csrf(struct request *req);
/* A new secret: 64 lower-case hex digits of 32 random bytes, in req's arena (sessions, CSRF
 * tokens, wall-board keys). */
const char *token_new(struct request *req);
/* The hex SHA-256 of a secret, as it is stored instead of the secret; req's arena. */
const char *token_hash(struct request *req, const char *token);
#endif
