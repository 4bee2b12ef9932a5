/* response.c: opens, fills and sends responses; every response gets the same security headers. */
#include "response.h"
#include "log.h"
#include <stdio.h>
#include <string.h>

static const char *status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Payload Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	}
	return "Unknown";
}

void response_open(struct request *req, int status, const char *content_type)
{
	struct response *r = &req->resp;
	buf_reset(&r->head);
	buf_reset(&r->body);
	r->status = status;
	buf_printf(&r->head, "Status: %d %s\r\n", status, status_text(status));
	buf_printf(&r->head, "Content-Type: %s\r\n", content_type);
	buf_adds(&r->head,
		 "Content-Security-Policy: default-src 'self'; object-src 'none'; base-uri 'none'; "
		 "frame-ancestors 'none'; form-action 'self'\r\n"
		 "X-Content-Type-Options: nosniff\r\n"
		 "Referrer-Policy: same-origin\r\n"
		 "X-Frame-Options: DENY\r\n"
		 "Cache-Control: no-store\r\n");
	if (req->https)
		buf_adds(&r->head, "Strict-Transport-Security: max-age=31536000\r\n");
}

static int header_safe(const char *v)
{
	return strpbrk(v, "\r\n") == NULL;
}

void response_header(struct request *req, const char *name, const char *value)
{
	if (!header_safe(name) || !header_safe(value)) {
		log_msg("refused a header with CR/LF: %s", name);
		return;
	}
	buf_printf(&req->resp.head, "%s: %s\r\n", name, value);
}

void response_cookie(struct request *req, const char *name, const char *value, long max_age)
{
	char attrs[160];
	if (max_age < 0)
		snprintf(attrs, sizeof(attrs), "; Max-Age=0");
	else if (max_age > 0)
		snprintf(attrs, sizeof(attrs), "; Max-Age=%ld", max_age);
	else
		attrs[0] = '\0';
	buf_printf(&req->resp.cookies, "Set-Cookie: %s=%s; Path=/; HttpOnly; SameSite=Lax%s%s\r\n", name,
		   max_age < 0 ? "" : value, req->https ? "; Secure" : "", attrs);
}

void response_redirect(struct request *req, const char *location)
{
	if (location == NULL || !redirect_target_ok(location))
		location = "/";
	response_open(req, 303, "text/plain; charset=utf-8");
	response_header(req, "Location", location);
	buf_adds(&req->resp.body, "See Other\n");
}

static void response_out(struct request *req, const char *s, size_t len)
{
	if (len == 0)
		return;
	if (req->fcgx)
		FCGX_PutStr(s, (int)len, req->fcgx->out);
	else
		fwrite(s, 1, len, stdout);
}

void response_stream_start(struct request *req, const char *content_type, const char *filename)
{
	response_open(req, 200, content_type);
	response_header(req, "Content-Disposition", arena_printf(&req->arena, "attachment; filename=\"%s\"", filename));
	struct response *r = &req->resp;
	if (r->cookies.len)
		buf_add(&r->head, r->cookies.data, r->cookies.len);
	buf_adds(&r->head, "\r\n");
	response_out(req, r->head.data, r->head.len);
	r->streamed = 1;
}

void response_stream_write(struct request *req, const char *s, size_t len)
{
	response_out(req, s, len);
}

void response_send(struct request *req)
{
	struct response *r = &req->resp;
	if (r->streamed) {
		if (!req->fcgx)
			fflush(stdout);
		return;
	}
	if (r->status == 0)
		response_open(req, 500, "text/plain; charset=utf-8");
	char len[64];
	snprintf(len, sizeof(len), "Content-Length: %zu\r\n\r\n", r->body.len);
	int head_only = req->method && strcmp(req->method, "HEAD") == 0;
	if (r->cookies.len)
		buf_add(&r->head, r->cookies.data, r->cookies.len);
	if (req->fcgx) {
		FCGX_PutStr(r->head.data, (int)r->head.len, req->fcgx->out);
		FCGX_PutS(len, req->fcgx->out);
		if (!head_only && r->body.len)
			FCGX_PutStr(r->body.data, (int)r->body.len, req->fcgx->out);
	} else {
		fwrite(r->head.data, 1, r->head.len, stdout);
		fputs(len, stdout);
		if (!head_only && r->body.len)
			fwrite(r->body.data, 1, r->body.len, stdout);
		fflush(stdout);
	}
}
