/* response.h: the one function that opens every response (with the security headers), and sending it. */
#ifndef CRM_RESPONSE_H
#define CRM_RESPONSE_H
#include "request.h"

/* Starts the response: status, Content-Type with charset, and the security headers of SECURITY.md.
 * Anything written before is discarded, so an error can replace a half-built page. */
void response_open(struct request *req, int status, const char *content_type);
/* Adds one header; refuses (and logs) values with CR, LF or NUL. */
void response_header(struct request *req, const char *name, const char *value);
/* Sets a cookie: Path=/, HttpOnly, SameSite=Lax, Secure over HTTPS; max_age < 0 deletes it. */
void response_cookie(struct request *req, const char *name, const char *value, long max_age);
/* 303 See Other to a same-site path (anything else goes to "/"). */
void response_redirect(struct request *req, const char *location);
/* Starts a streamed 200 response (a large export): the headers go out at once, without
 * Content-Length, as an attachment named filename; the body follows in response_stream_write. */
void response_stream_start(struct request *req, const char *content_type, const char *filename);
void response_stream_write(struct request *req, const char *s, size_t len);

/* Writes status line, headers and body to the client (for a streamed response: what is left). */
void response_send(struct request *req);
#endif
