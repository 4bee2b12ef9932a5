/* request.c: reads the request from the CGI environment or libfcgi, strictly and within limits. */
#include "request.h"
#include "router.h"
#include <stdlib.h>
#include <string.h>

const char *req_env(struct request *req, const char *name)
{
	if (req->fcgx)
		return FCGX_GetParam(name, req->fcgx->envp);
	return getenv(name);
}

static const char *env_or_empty(struct request *req, const char *name)
{
	const char *v = req_env(req, name);
	return v ? v : "";
}

/* Reads exactly len bytes of body into arena memory; -1 on a short read. */
static int read_body(struct request *req, size_t len, char **out)
{
	char *b = arena_alloc(&req->arena, len + 1);
	size_t got = 0;
	if (req->fcgx) {
		while (got < len) {
			int n = FCGX_GetStr(b + got, (int)(len - got), req->fcgx->in);
			if (n <= 0)
				break;
			got += (size_t)n;
		}
	} else {
		got = fread(b, 1, len, stdin);
	}
	if (got != len)
		return -1;
	b[len] = '\0';
	*out = b;
	return 0;
}

int request_read(struct request *req, const char **why)
{
	static const struct parse_limits lim = { REQ_MAX_FIELDS, REQ_MAX_NAME, REQ_MAX_VALUE };
	static const struct parse_limits cookie_lim = { 100, REQ_MAX_NAME, 4096 };
	req->method = env_or_empty(req, "REQUEST_METHOD");
	req->remote_addr = env_or_empty(req, "REMOTE_ADDR");
	req->host = env_or_empty(req, "HTTP_HOST");
	req->origin = req_env(req, "HTTP_ORIGIN");
	req->sec_fetch_site = req_env(req, "HTTP_SEC_FETCH_SITE");
	req->accept_language = env_or_empty(req, "HTTP_ACCEPT_LANGUAGE");
	req->user_agent = env_or_empty(req, "HTTP_USER_AGENT");
	const char *https = req_env(req, "HTTPS");
	req->https = https && (strcmp(https, "on") == 0 || strcmp(https, "1") == 0);

	/* The path: DOCUMENT_URI (nginx) or SCRIPT_NAME + PATH_INFO, else REQUEST_URI up to '?'. */
	const char *path = req_env(req, "DOCUMENT_URI");
	if (path == NULL || path[0] == '\0') {
		const char *uri = env_or_empty(req, "REQUEST_URI");
		const char *q = strchr(uri, '?');
		path = arena_strndup(&req->arena, uri, q ? (size_t)(q - uri) : strlen(uri));
	}
	if (path[0] != '/' || strlen(path) > 1024 || !utf8_valid(path, strlen(path))) {
		*why = "bad path";
		return 400;
	}
	req->path = path;

	const char *query = env_or_empty(req, "QUERY_STRING");
	if (strlen(query) > REQ_MAX_QUERY) {
		*why = "query string too long";
		return 414;
	}
	req->query = query;
	struct kv_list qlist;
	enum parse_status st = parse_urlencoded(&req->arena, query, strlen(query), &lim, &qlist);
	if (st != PARSE_OK) {
		*why = parse_status_text(st);
		return 400;
	}

	const char *cookie = env_or_empty(req, "HTTP_COOKIE");
	if (strlen(cookie) > REQ_MAX_COOKIE_HEADER) {
		*why = "cookie header too long";
		return 400;
	}
	st = parse_cookies(&req->arena, cookie, strlen(cookie), &cookie_lim, &req->cookies);
	if (st != PARSE_OK) {
		*why = parse_status_text(st);
		return 400;
	}

	req->params = qlist;
	return 0;
}

int request_read_body(struct request *req, size_t max_body, int allow_multipart, const char **why)
{
	static const struct parse_limits lim = { REQ_MAX_FIELDS, REQ_MAX_NAME, REQ_MAX_VALUE };
	struct kv_list blist = { NULL, 0 };
	const char *cl = req_env(req, "CONTENT_LENGTH");
	if (cl && cl[0]) {
		char *end;
		unsigned long long n = strtoull(cl, &end, 10);
		if (*end != '\0' || cl[0] == '-') {
			*why = "bad content length";
			return 400;
		}
		if (n > max_body) {
			*why = "body too large";
			return 413;
		}
		if (n > 0) {
			const char *ct = req_env(req, "CONTENT_TYPE");
			ct = ct ? ct : "";
			size_t ctl = strcspn(ct, ";");
			char boundary[71];
			int multipart = allow_multipart && multipart_boundary(ct, boundary) == 0;
			if (!multipart && (ctl != 33 || strncasecmp(ct, "application/x-www-form-urlencoded", 33) != 0)) {
				*why = "unsupported content type";
				return 415;
			}
			char *body;
			if (read_body(req, (size_t)n, &body) < 0) {
				*why = "short body";
				return 400;
			}
			enum parse_status st = multipart ?
				parse_multipart(&req->arena, body, (size_t)n, boundary, &lim, max_body, &blist) :
				parse_urlencoded(&req->arena, body, (size_t)n, &lim, &blist);
			if (st != PARSE_OK) {
				*why = parse_status_text(st);
				return 400;
			}
		}
	}
	struct kv_list qlist = req->params;
	if (qlist.n + blist.n > REQ_MAX_FIELDS) {
		*why = parse_status_text(PARSE_TOO_MANY);
		return 400;
	}
	req->params.n = qlist.n + blist.n;
	req->params.items = arena_alloc(&req->arena, (req->params.n + 1) * sizeof(struct kv));
	if (qlist.n)
		memcpy(req->params.items, qlist.items, qlist.n * sizeof(struct kv));
	if (blist.n)
		memcpy(req->params.items + qlist.n, blist.items, blist.n * sizeof(struct kv));
	return 0;
}

void request_free(struct request *req)
{
	if (req->hdf)
		hdf_destroy(&req->hdf);
	buf_free(&req->resp.head);
	buf_free(&req->resp.cookies);
	buf_free(&req->resp.body);
	arena_free(&req->arena);
}

const struct field_value *req_field(struct request *req, const char *name)
{
	static const struct field_value none = { "", 0, 0, NULL };
	if (req->route == NULL || req->fields == NULL)
		return &none;
	for (size_t i = 0; req->route->fields && req->route->fields[i].name; i++)
		if (strcmp(req->route->fields[i].name, name) == 0)
			return &req->fields[i];
	return &none;
}

const char *req_cookie(struct request *req, const char *name)
{
	for (size_t i = 0; i < req->cookies.n; i++)
		if (strcmp(req->cookies.items[i].name, name) == 0)
			return req->cookies.items[i].value;
	return NULL;
}

const char *req_path_arg(struct request *req, int i)
{
	return i >= 0 && i < REQ_MAX_PATH_ARGS ? req->path_args[i] : NULL;
}

const char *req_origin(struct request *req)
{
	/* nginx's HTTP_HOST ($host) has no port, Apache's has; SERVER_PORT fills in. */
	const char *host = req->host && req->host[0] ? req->host : "localhost";
	const char *port = req_env(req, "SERVER_PORT");
	const char *origin = arena_printf(&req->arena, "%s://%s", req->https ? "https" : "http", host);
	if (strchr(host, ':') == NULL && port && port[0] && strcmp(port, req->https ? "443" : "80") != 0)
		origin = arena_printf(&req->arena, "%s:%s", origin, port);
	return origin;
}
