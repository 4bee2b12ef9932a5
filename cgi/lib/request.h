/* request.h: the per-request struct: what came in, who asked, and the response being built. */
#ifndef CRM_REQUEST_H
#define CRM_REQUEST_H
#include <ClearSilver.h>
#include <fcgiapp.h>
#include "arena.h"
#include "buf.h"
#include "parse.h"
#include "valid.h"

struct app;
struct route;
struct db;
struct config;

#define REQ_MAX_BODY (256 * 1024)
#define REQ_MAX_UPLOAD (8 * 1024 * 1024)   /* routes that take a file (ROUTE_UPLOAD) */
#define REQ_MAX_FIELDS 64
#define REQ_MAX_NAME 64
#define REQ_MAX_VALUE (64 * 1024)
#define REQ_MAX_QUERY 8192
#define REQ_MAX_COOKIE_HEADER 8192
#define REQ_MAX_PATH_ARGS 4

/* A field's value after the router applied the route's field table. */
struct field_value {
	const char *value;   /* "" when absent */
	size_t len;
	int present;         /* sent and non-empty */
	const char *error;   /* i18n key of the validation error, or NULL */
};

/* The signed-in staff member (id 0 when anonymous). */
struct user {
	long long id;
	const char *username;
	const char *full_name;
	int role;
	const char *lang;
};

struct response {
	int status;
	struct buf head;     /* header lines, each ending in \r\n */
	struct buf cookies;  /* Set-Cookie lines: kept when the response is opened again */
	struct buf body;
	int streamed;        /* headers already sent; the body went out in pieces */
};

struct request {
	struct arena arena;           /* every string below lives here */
	const struct app *app;
	const struct config *cfg;
	struct db *db;
	FCGX_Request *fcgx;           /* NULL when running as plain CGI */

	const char *method, *path, *query, *remote_addr, *host, *origin, *sec_fetch_site;
	const char *accept_language, *user_agent;
	int https;

	struct kv_list params;        /* query string and urlencoded body */
	struct kv_list cookies;
	const struct route *route;
	struct field_value *fields;   /* parallel to route->fields */
	const char *path_args[REQ_MAX_PATH_ARGS];

	struct user user;
	const char *session_hash;     /* hex sha256 of the session token (signed in only) */
	const char *csrf_token;       /* the token forms must carry */
	const char *lang;             /* en, fil or ms */
	HDF *hdf;                     /* template data, destroyed at the end of the request */
	struct response resp;
};

/* Reads a CGI/FastCGI variable (NULL when missing). */
const char *req_env(struct request *req, const char *name);
/* Reads method, path, query, headers and cookies into req, with the limits above. Returns 0,
 * or an HTTP status (400, 414) after which the caller renders the error; *why gets a short text. */
int request_read(struct request *req, const char **why);
/* Reads the body (once the route is known): at most max_body bytes, urlencoded, or also
 * multipart/form-data when allow_multipart. Its fields join the query's in req->params.
 * Returns 0 or an HTTP status (400, 413, 415). */
int request_read_body(struct request *req, size_t max_body, int allow_multipart, const char **why);
/* Frees everything the request allocated (arena, HDF, response buffers). */
void request_free(struct request *req);

/* The value of a field the route declares (never NULL; empty when absent). */
const struct field_value *req_field(struct request *req, const char *name);
const char *req_cookie(struct request *req, const char *name);
/* This site's origin as a browser sees it: "http://host[:port]" (req's arena). */
const char *req_origin(struct request *req);
/* Path argument i of the route pattern ({id} etc.), or NULL. */
const char *req_path_arg(struct request *req, int i);
#endif
