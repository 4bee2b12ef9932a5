/* parse.c: strict parsers for outside input (fuzzed by tests/fuzz). */
#include "parse.h"
#include <string.h>
#include <strings.h>

const char *parse_status_text(enum parse_status st)
{
	switch (st) {
	case PARSE_OK: return "ok";
	case PARSE_MALFORMED: return "malformed input";
	case PARSE_TOO_MANY: return "too many fields";
	case PARSE_TOO_LONG: return "field too long";
	case PARSE_NUL: return "NUL byte in input";
	case PARSE_BAD_UTF8: return "invalid UTF-8";
	}
	return "invalid input";
}

int utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t n;
		unsigned cp, min;
		if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; min = 0x80; }
		else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; min = 0x800; }
		else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; min = 0x10000; }
		else return 0;
		if (len - i - 1 < n)
			return 0;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += n + 1;
	}
	return 1;
}

/* How many bytes the UTF-8 character at s takes (1 to 4), or 0 when s does not start a
 * shortest-form sequence of a character up to U+10FFFF that is not a surrogate. */
size_t utf8_char_len(const unsigned char *s)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	size_t len;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80;   /* no overlong forms */
		hi = c == 0xED ? 0x9F : 0xBF;   /* no surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;   /* nothing past U+10FFFF */
	} else {
		return 0;
	}
	for (size_t i = 1; i < len; i++) {
		unsigned b = s[i];   /* a NUL fails here: it is not a continuation byte */
		if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
			return 0;
	}
	return len;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

/* Decodes s[0..len) (%XX and '+') into arena memory; checks NUL, controls, UTF-8 and max. */
static enum parse_status decode(struct arena *a, const char *s, size_t len, size_t max,
				const char **out, size_t *out_len)
{
	char *d = arena_alloc(a, len + 1);
	size_t j = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '+') {
			c = ' ';
		} else if (c == '%') {
			if (len - i < 3)
				return PARSE_MALFORMED;
			int hi = hexval(s[i + 1]), lo = hexval(s[i + 2]);
			if (hi < 0 || lo < 0)
				return PARSE_MALFORMED;
			c = (unsigned char)(hi * 16 + lo);
			i += 2;
			if (c == 0)
				return PARSE_NUL;
		} else if (c < 0x21 || c == 0x7F) {
			return c == 0 ? PARSE_NUL : PARSE_MALFORMED;  /* raw space/controls are not urlencoded */
		}
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
			return PARSE_MALFORMED;
		if (j >= max)
			return PARSE_TOO_LONG;
		d[j++] = (char)c;
	}
	d[j] = '\0';
	if (!utf8_valid(d, j))
		return PARSE_BAD_UTF8;
	*out = d;
	*out_len = j;
	return PARSE_OK;
}

static int name_ok(const char *s, size_t len)
{
	if (len == 0)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-'))
			return 0;
	}
	return 1;
}

/* The checks both list parsers start with: empties out, refuses NUL bytes and more than
 * max_fields pieces separated by sep, and makes room for the pieces. */
static enum parse_status list_start(struct arena *a, const char *s, size_t len, char sep,
				    const struct parse_limits *lim, struct kv_list *out)
{
	out->items = NULL;
	out->n = 0;
	if (len == 0)
		return PARSE_OK;
	if (memchr(s, '\0', len))
		return PARSE_NUL;
	size_t count = 1;
	for (size_t i = 0; i < len; i++)
		if (s[i] == sep)
			count++;
	if (count > lim->max_fields)
		return PARSE_TOO_MANY;
	out->items = arena_alloc(a, count * sizeof(struct kv));
	return PARSE_OK;
}

enum parse_status parse_urlencoded(struct arena *a, const char *s, size_t len,
				   const struct parse_limits *lim, struct kv_list *out)
{
	enum parse_status st = list_start(a, s, len, '&', lim, out);
	if (st != PARSE_OK || len == 0)
		return st;
	size_t start = 0;
	while (start <= len) {
		const char *amp = memchr(s + start, '&', len - start);
		size_t end = amp ? (size_t)(amp - s) : len;
		const char *pair = s + start;
		size_t plen = end - start;
		const char *eq = memchr(pair, '=', plen);
		if (eq == NULL)
			return PARSE_MALFORMED;
		size_t nlen = (size_t)(eq - pair);
		if (nlen > lim->max_name)
			return PARSE_TOO_LONG;
		if (!name_ok(pair, nlen))
			return PARSE_MALFORMED;
		struct kv *kv = &out->items[out->n];
		kv->name = arena_strndup(a, pair, nlen);
		st = decode(a, eq + 1, plen - nlen - 1, lim->max_value,
					      &kv->value, &kv->value_len);
		if (st != PARSE_OK)
			return st;
		out->n++;
		if (amp == NULL)
			break;
		start = end + 1;
		if (start == len)
			return PARSE_MALFORMED;  /* trailing '&' */
	}
	return PARSE_OK;
}

static int cookie_octet(unsigned char c)
{
	return c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A) ||
	       (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
}

enum parse_status parse_cookies(struct arena *a, const char *s, size_t len,
				const struct parse_limits *lim, struct kv_list *out)
{
	enum parse_status st = list_start(a, s, len, ';', lim, out);
	if (st != PARSE_OK || len == 0)
		return st;
	size_t i = 0;
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		size_t start = i;
		while (i < len && s[i] != ';')
			i++;
		size_t end = i;
		while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
			end--;
		i++;  /* skip ';' */
		const char *eq = memchr(s + start, '=', end - start);
		if (eq == NULL)
			continue;
		size_t nlen = (size_t)(eq - (s + start));
		const char *v = eq + 1;
		size_t vlen = (size_t)(s + end - v);
		if (vlen >= 2 && v[0] == '"' && v[vlen - 1] == '"') {
			v++;
			vlen -= 2;
		}
		if (!name_ok(s + start, nlen) || nlen > lim->max_name || vlen > lim->max_value)
			continue;
		int ok = 1;
		for (size_t k = 0; k < vlen && ok; k++)
			ok = cookie_octet((unsigned char)v[k]);
		if (!ok)
			continue;
		struct kv *kv = &out->items[out->n++];
		kv->name = arena_strndup(a, s + start, nlen);
		kv->value = arena_strndup(a, v, vlen);
		kv->value_len = vlen;
	}
	return PARSE_OK;
}

int redirect_target_ok(const char *s)
{
	size_t len = strlen(s);
	if (len == 0 || len > 512 || s[0] != '/')
		return 0;
	if (len > 1 && (s[1] == '/' || s[1] == '\\'))
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      strchr("/_.-~?=&%+#", c)))
			return 0;
	}
	return 1;
}

int multipart_boundary(const char *ct, char out[71])
{
	if (strncasecmp(ct, "multipart/form-data", 19) != 0)
		return -1;
	const char *b = strstr(ct + 19, "boundary=");
	if (b == NULL)
		return -1;
	b += 9;
	size_t n;
	if (*b == '"') {
		b++;
		n = strcspn(b, "\"");
		if (b[n] != '"')
			return -1;
	} else {
		n = strcspn(b, "; \t");
	}
	if (n == 0 || n > 70)
		return -1;
	for (size_t i = 0; i < n; i++) {
		char ch = b[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		      strchr("'()+_,-./:=? ", ch)))
			return -1;
	}
	memcpy(out, b, n);
	out[n] = '\0';
	return 0;
}

/* The value of a Content-Disposition parameter (name="x"), in arena memory; NULL when missing. */
static const char *disposition_param(struct arena *a, const char *h, size_t hlen, const char *param)
{
	size_t pl = strlen(param);
	for (size_t i = 0; i + pl + 2 < hlen; i++) {
		if ((i == 0 || h[i - 1] == ' ' || h[i - 1] == ';') && strncasecmp(h + i, param, pl) == 0 &&
		    h[i + pl] == '=' && h[i + pl + 1] == '"') {
			const char *v = h + i + pl + 2;
			const char *end = memchr(v, '"', hlen - (size_t)(v - h));
			return end ? arena_strndup(a, v, (size_t)(end - v)) : NULL;
		}
	}
	return NULL;
}

/* Checks a part's value like decode() checks urlencoded ones (the bytes are taken as they are). */
static enum parse_status value_ok(const char *v, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)v[i];
		if (ch == 0)
			return PARSE_NUL;
		if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7F)
			return PARSE_MALFORMED;
	}
	return utf8_valid(v, len) ? PARSE_OK : PARSE_BAD_UTF8;
}

enum parse_status parse_multipart(struct arena *a, const char *s, size_t len, const char *boundary,
				  const struct parse_limits *lim, size_t max_file, struct kv_list *out)
{
	out->items = NULL;
	out->n = 0;
	size_t bl = strlen(boundary);
	char *delim = arena_alloc(a, bl + 5);   /* "\r\n--" boundary */
	memcpy(delim, "\r\n--", 4);
	memcpy(delim + 4, boundary, bl);
	size_t dl = bl + 4;
	/* the body starts with "--boundary" (the delimiter without its CRLF) */
	if (len < dl - 2 || memcmp(s, delim + 2, dl - 2) != 0)
		return PARSE_MALFORMED;
	out->items = arena_alloc(a, (lim->max_fields + 1) * sizeof(struct kv));
	size_t pos = dl - 2;
	for (;;) {
		if (len - pos >= 2 && s[pos] == '-' && s[pos + 1] == '-')
			return PARSE_OK;   /* the close delimiter; what follows is the epilogue */
		if (len - pos < 2 || s[pos] != '\r' || s[pos + 1] != '\n')
			return PARSE_MALFORMED;
		pos += 2;
		/* headers up to an empty line */
		const char *hdr_end = memmem(s + pos, len - pos, "\r\n\r\n", 4);
		if (hdr_end == NULL)
			return PARSE_MALFORMED;
		const char *name = NULL, *filename = NULL;
		int disposition = 0;
		const char *h = s + pos;
		while (h < hdr_end + 2) {
			const char *eol = memmem(h, (size_t)(hdr_end + 2 - h), "\r\n", 2);
			size_t hl = (size_t)(eol - h);
			if (hl > 1024)
				return PARSE_TOO_LONG;
			if (hl >= 20 && strncasecmp(h, "Content-Disposition:", 20) == 0) {
				const char *v = h + 20;
				while (*v == ' ')
					v++;
				size_t vl = hl - (size_t)(v - h);
				if (disposition++ || vl < 9 || strncasecmp(v, "form-data", 9) != 0)
					return PARSE_MALFORMED;
				name = disposition_param(a, v, vl, "name");
				filename = disposition_param(a, v, vl, "filename");
			}
			h = eol + 2;
		}
		if (name == NULL || !name_ok(name, strlen(name)))
			return PARSE_MALFORMED;
		if (strlen(name) > lim->max_name)
			return PARSE_TOO_LONG;
		pos = (size_t)(hdr_end - s) + 4;
		const char *end = memmem(s + pos, len - pos, delim, dl);
		if (end == NULL)
			return PARSE_MALFORMED;
		size_t vlen = (size_t)(end - (s + pos));
		if (vlen > (filename ? max_file : lim->max_value))
			return PARSE_TOO_LONG;
		enum parse_status st = value_ok(s + pos, vlen);
		if (st != PARSE_OK)
			return st;
		if (filename && (!utf8_valid(filename, strlen(filename)) || value_ok(filename, strlen(filename)) ||
				 strlen(filename) > 200))
			return PARSE_MALFORMED;
		if (out->n >= lim->max_fields)
			return PARSE_TOO_MANY;
		struct kv *kv = &out->items[out->n++];
		kv->name = name;
		kv->value = arena_strndup(a, s + pos, vlen);
		kv->value_len = vlen;
		kv->filename = filename;
		pos = (size_t)(end - s) + dl;
	}
}
