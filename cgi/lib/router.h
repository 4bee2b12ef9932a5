/* router.h: the route table's row type, and the one place that enforces what each row declares. */
#ifndef CRM_ROUTER_H
#define CRM_ROUTER_H
#include "request.h"

typedef void (*page_fn)(struct request *req);

enum route_flags {
	ROUTE_LOGIN = 1,     /* signed-in staff only (anonymous GET: redirect to /login) */
	ROUTE_CSRF = 2,      /* POST must carry csrf_token and come from this site */
	ROUTE_NODB = 4,      /* the handler needs no database (the page still renders when it is down) */
	ROUTE_UPLOAD = 8,    /* takes a multipart/form-data body of up to REQ_MAX_UPLOAD (a file) */
	ROUTE_SAME_SITE = 16,/* POST must come from this site (Origin, Sec-Fetch-Site), with no token: the
			      * public program's forms, which rely on no cookie (nothing ambient to forge) */
};

/* One row of a program's route table. */
struct route {
	const char *method;           /* "GET" or "POST" */
	const char *pattern;          /* "/admin/staff/{id}/disable": {x} matches digits; {secret} lower-case hex (<= 64);
				       * {code} upper-case letters, digits and dashes (<= 32) */
	page_fn handler;
	const char *template;         /* the template the handler renders, relative to templates/ */
	unsigned flags;
	unsigned roles;               /* ROLE_* bits allowed; 0 means any (with ROUTE_LOGIN: any staff) */
	const struct field *fields;   /* accepted fields, ending with { NULL }; NULL for none */
};

/* Finds the route for method and path. Returns the row, or NULL with *status 404 (no such path)
 * or 405 (path exists, method does not). Fills req->path_args. */
const struct route *router_match(struct request *req, const struct route *routes, size_t n,
				 int *status);
/* Applies the route's field table to req->params: unknown or repeated fields are refused (400,
 * *why says which); validator errors are kept in req->fields for the handler. Returns 0 or 400. */
int router_fields(struct request *req, const char **why);
/* Checks Origin / Sec-Fetch-Site and the csrf_token field against req->csrf_token. 0 or 403. */
int router_csrf(struct request *req);
/* Checks Origin / Sec-Fetch-Site only (ROUTE_SAME_SITE). 0 or 403. */
int router_same_site(struct request *req);
/* Prints the route table (method, pattern, login, roles, csrf: 1 token, site, or 0) for the role x
 * route test. */
void router_dump(const struct route *routes, size_t n);
#endif
