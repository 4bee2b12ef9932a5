/* parse.h: strict parsers for outside input: urlencoded query/body, Cookie header, UTF-8, redirect targets. */
#ifndef CRM_PARSE_H
#define CRM_PARSE_H
#include <stddef.h>
#include "arena.h"

enum parse_status {
	PARSE_OK = 0,
	PARSE_MALFORMED,   /* bad syntax: empty pair, missing '=', bad %-escape, control character */
	PARSE_TOO_MANY,    /* more fields than the limit */
	PARSE_TOO_LONG,    /* a name or value over its limit */
	PARSE_NUL,         /* a NUL byte (%00) in a name or value */
	PARSE_BAD_UTF8,    /* a name or value that is not valid UTF-8 */
};

struct parse_limits {
	size_t max_fields;
	size_t max_name;   /* bytes, decoded */
	size_t max_value;  /* bytes, decoded */
};

struct kv {
	const char *name;
	const char *value;   /* NUL-terminated, contains no NUL */
	size_t value_len;
	const char *filename;   /* multipart file parts only (else NULL) */
};

struct kv_list {
	struct kv *items;    /* arena memory */
	size_t n;
};

/* Parses application/x-www-form-urlencoded text s[0..len) into out; all memory from arena a.
 * Names are limited to [A-Za-z0-9_-]. Returns PARSE_OK or the first problem found. */
enum parse_status parse_urlencoded(struct arena *a, const char *s, size_t len,
				   const struct parse_limits *lim, struct kv_list *out);

/* Parses a Cookie header into out (arena memory). Pairs that are not name=cookie-octets are
 * skipped, because other programs on the same host may set cookies of their own. */
enum parse_status parse_cookies(struct arena *a, const char *s, size_t len,
				const struct parse_limits *lim, struct kv_list *out);

/* Parses a multipart/form-data body with the given boundary into out (arena memory). Each part
 * needs `Content-Disposition: form-data; name="..."` (and may have a filename); its value is
 * held to the same rules as a urlencoded value (UTF-8, no NUL, no controls but tab, CR, LF),
 * max_value for plain fields and max_file for file parts. */
enum parse_status parse_multipart(struct arena *a, const char *s, size_t len, const char *boundary,
				  const struct parse_limits *lim, size_t max_file, struct kv_list *out);
/* The boundary parameter of a multipart/form-data Content-Type, copied into out (at most 70
 * characters, RFC 2046); -1 when the type is not multipart/form-data or has no valid boundary. */
int multipart_boundary(const char *content_type, char out[71]);

/* 1 if s[0..len) is valid UTF-8 (no overlong forms, no surrogates, at most U+10FFFF). */
int utf8_valid(const char *s, size_t len);
/* How many bytes the UTF-8 character at s takes (1 to 4), or 0 when s does not start a
 * shortest-form sequence of a character up to U+10FFFF that is not a surrogate (a NUL inside a
 * sequence ends it: s may be NUL-terminated text). */
size_t utf8_char_len(const unsigned char *s);

/* 1 if s is a safe same-site redirect target: a path starting with one '/', no scheme, no
 * backslash, no control characters, at most 512 bytes. */
int redirect_target_ok(const char *s);

const char *parse_status_text(enum parse_status st);
#endif
