/* router.c: matches a request to its route row and enforces the row's fields and CSRF rule. */
#include "router.h"
#include <sodium.h>
#include <stdio.h>
#include <string.h>

/* Matches one pattern; fills args on success. */
static int pattern_match(struct request *req, const char *pat, const char *path,
			 const char **args)
{
	int nargs = 0;
	while (*pat && *path) {
		if (*pat == '{') {
			const char *close = strchr(pat, '}');
			/* {secret}: lower-case hex of a token; {code}: a receipt code (upper-case letters,
			 * digits, dashes); anything else: digits (an id) */
			int secret = close && strncmp(pat, "{secret}", 8) == 0;
			int code = close && strncmp(pat, "{code}", 6) == 0;
			size_t n = strspn(path, secret ? "0123456789abcdef" : code ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-"
										   : "0123456789");
			if (close == NULL || n == 0 || n > (secret ? 64u : code ? 32u : 16u) || nargs >= REQ_MAX_PATH_ARGS)
				return 0;
			args[nargs++] = arena_strndup(&req->arena, path, n);
			pat = close + 1;
			path += n;
			continue;
		}
		if (*pat != *path)
			return 0;
		pat++;
		path++;
	}
	return *pat == '\0' && *path == '\0';
}

const struct route *router_match(struct request *req, const struct route *routes, size_t n,
				 int *status)
{
	int path_found = 0;
	const char *args[REQ_MAX_PATH_ARGS];
	for (size_t i = 0; i < n; i++) {
		memset(args, 0, sizeof(args));
		if (!pattern_match(req, routes[i].pattern, req->path, args))
			continue;
		path_found = 1;
		if (strcmp(routes[i].method, req->method) == 0 ||
		    (strcmp(req->method, "HEAD") == 0 && strcmp(routes[i].method, "GET") == 0)) {
			memcpy(req->path_args, args, sizeof(args));
			return &routes[i];
		}
	}
	*status = path_found ? 405 : 404;
	return NULL;
}

int router_fields(struct request *req, const char **why)
{
	const struct route *r = req->route;
	size_t nf = 0;
	while (r->fields && r->fields[nf].name)
		nf++;
	req->fields = arena_alloc(&req->arena, (nf + 1) * sizeof(struct field_value));
	unsigned char *seen = arena_alloc(&req->arena, nf + 1);
	for (size_t f = 0; f < nf; f++)
		req->fields[f].value = "";
	int csrf_allowed = (r->flags & ROUTE_CSRF) && strcmp(req->method, "POST") == 0;
	int csrf_seen = 0;
	for (size_t i = 0; i < req->params.n; i++) {
		const struct kv *kv = &req->params.items[i];
		if (csrf_allowed && strcmp(kv->name, "csrf_token") == 0) {
			if (csrf_seen++) {
				*why = "repeated field csrf_token";
				return 400;
			}
			continue;
		}
		size_t f = 0;
		while (f < nf && strcmp(r->fields[f].name, kv->name) != 0)
			f++;
		if (f == nf) {
			*why = arena_printf(&req->arena, "unknown field %s", kv->name);
			return 400;
		}
		if (seen[f]++) {
			*why = arena_printf(&req->arena, "repeated field %s", kv->name);
			return 400;
		}
		req->fields[f].value = kv->value;
		req->fields[f].len = kv->value_len;
	}
	for (size_t f = 0; f < nf; f++) {
		struct field_value *fv = &req->fields[f];
		fv->present = fv->len > 0;
		if (!fv->present) {
			if (r->fields[f].flags & FIELD_REQUIRED)
				fv->error = "err.required";
			continue;
		}
		fv->error = r->fields[f].valid(fv->value, fv->len);
	}
	return 0;
}

static const char *param_value(struct request *req, const char *name)
{
	for (size_t i = 0; i < req->params.n; i++)
		if (strcmp(req->params.items[i].name, name) == 0)
			return req->params.items[i].value;
	return NULL;
}

int router_same_site(struct request *req)
{
	if (req->sec_fetch_site && strcmp(req->sec_fetch_site, "cross-site") == 0)
		return 403;
	if (req->origin && req->origin[0]) {
		const char *expect = req_origin(req);
		if (strcmp(req->origin, expect) != 0)
			return 403;   /* includes "null" (sandboxed frames, some redirects) */
	}
	return 0;
}

int router_csrf(struct request *req)
{
	if (router_same_site(req) != 0)
		return 403;
	const char *sent = param_value(req, "csrf_token");
	if (sent == NULL || req->csrf_token == NULL || strlen(sent) != strlen(req->csrf_token) ||
	    sodium_memcmp(sent, req->csrf_token, strlen(sent)) != 0)
		return 403;
	return 0;
}

void router_dump(const struct route *routes, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct route *r = &routes[i];
		printf("%s %s login=%d csrf=%s roles=%s%s%s%s\n", r->method, r->pattern,
		       (r->flags & ROUTE_LOGIN) ? 1 : 0,
		       (r->flags & ROUTE_CSRF) ? "1" : (r->flags & ROUTE_SAME_SITE) ? "site" : "0",
		       r->roles == 0 ? "any" : "",
		       (r->roles & ROLE_ADMIN) ? "admin," : "",
		       (r->roles & ROLE_MANAGER) ? "manager," : "",
		       (r->roles & ROLE_AGENT) ? "agent," : "");
	}
}
