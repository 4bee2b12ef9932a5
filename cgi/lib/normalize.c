/* normalize.c: normalised phones, e-mails and name words (pure functions, unit tested). */
#include "normalize.h"
#include "arena.h"
#include <stdio.h>
#include <string.h>

int normalize_phone(const char *in, const char *country_code, char *out)
{
	char digits[64];
	size_t n = 0;
	int plus = 0;
	const char *s = in;
	while (*s == ' ')
		s++;
	if (*s == '+') {
		plus = 1;
		s++;
	}
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') {
			if (n >= sizeof(digits) - 1)
				return -1;
			digits[n++] = *s;
		} else if (!strchr(" .-()/", *s)) {
			return -1;
		}
	}
	digits[n] = '\0';
	if (n < 6)
		return -1;   /* no phone number is that short */
	const char *d = digits;
	char full[96];
	size_t ccl = strlen(country_code);
	if (plus && strncmp(d, country_code, ccl) == 0 && d[ccl] == '0') {
		snprintf(full, sizeof(full), "%s%s", country_code, d + ccl + 1);   /* "+63 (0) 917": trunk 0 */
	} else if (plus) {
		snprintf(full, sizeof(full), "%s", d);
	} else if (n >= 2 && d[0] == '0' && d[1] == '0') {
		snprintf(full, sizeof(full), "%s", d + 2);
	} else if (n >= 1 && d[0] == '0') {
		snprintf(full, sizeof(full), "%s%s", country_code, d + 1);
	} else if (strncmp(d, country_code, strlen(country_code)) == 0 && n >= 10) {
		snprintf(full, sizeof(full), "%s", d);   /* already with the country code, no '+' */
	} else {
		snprintf(full, sizeof(full), "%s%s", country_code, d);
	}
	size_t len = strlen(full);
	if (len < 8 || len > 15)   /* E.164: at most 15 digits with the country code */
		return -1;
	memcpy(out, full, len + 1);
	return 0;
}

int normalize_email(const char *in, char *out, size_t outlen)
{
	size_t len = strlen(in);
	const char *at = strchr(in, '@');
	if (len < 5 || len > 254 || len >= outlen || at == NULL || at == in || strchr(at + 1, '@'))
		return -1;
	const char *dot = strrchr(at, '.');
	if (dot == NULL || dot == at + 1 || dot[1] == '\0')
		return -1;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"' || c == ',' || c == ';')
			return -1;
		out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
	}
	out[len] = '\0';
	return 0;
}

void name_words(const char *name, void (*fn)(void *ctx, const char *word, size_t len), void *ctx)
{
	char word[61];
	const char *s = name;
	while (*s) {
		while (*s && strchr(" -.,'\t", *s))
			s++;
		size_t n = 0;
		while (s[n] && !strchr(" -.,'\t", s[n]))
			n++;
		if (n >= 1 && n <= 60) {
			for (size_t i = 0; i < n; i++)
				word[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
			word[n] = '\0';
			fn(ctx, word, n);
		}
		s += n;
	}
}

size_t utf8_prefix_len(const char *s, size_t len, int n)
{
	int chars = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == n)
			return i;   /* the first byte of character n + 1 */
	return len;
}

/* The length in bytes of the key of a word of len bytes, 0 when it is too short. */
static size_t key_len(const char *word, size_t len)
{
	size_t key = utf8_prefix_len(word, len, SEARCH_KEY_CHARS);
	return utf8_prefix_len(word, len, SEARCH_KEY_CHARS - 1) < key ? key : 0;
}

int search_key(const char *a, size_t alen, const char *b, size_t blen, char *out)
{
	size_t ka = key_len(a, alen), kb = b ? key_len(b, blen) : 0;
	if (ka == 0 || (b && kb == 0))
		return -1;
	if (b && (memcmp(b, a, ka < kb ? ka : kb) < 0 || (memcmp(b, a, ka < kb ? ka : kb) == 0 && kb < ka))) {
		const char *t = a;   /* b's key comes first */
		a = b;
		b = t;
		size_t k = ka;
		ka = kb;
		kb = k;
	}
	memcpy(out, a, ka);
	out[ka] = '\0';
	if (b) {
		out[ka] = ' ';
		memcpy(out + ka + 1, b, kb);
		out[ka + 1 + kb] = '\0';
	}
	return 0;
}

const char *country_calling_code(const char *currency)
{
	if (currency && strcmp(currency, "MYR") == 0)
		return "60";
	if (currency && strcmp(currency, "USD") == 0)
		return "1";
	return "63";
}

char *like_prefix_pattern(struct arena *a, const char *before, const char *s, size_t len)
{
	size_t nb = strlen(before);
	char *p = arena_alloc(a, nb + 2 * len + 2), *o = p;
	memcpy(o, before, nb);
	o += nb;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '%' || s[i] == '_' || s[i] == '\\')
			*o++ = '\\';
		*o++ = s[i];
	}
	*o++ = '%';
	*o = '\0';
	return p;
}
