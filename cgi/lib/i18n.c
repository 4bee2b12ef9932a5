/* i18n.c: language strings per worker, and Accept-Language negotiation. */
#include "i18n.h"
#include "log.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const i18n_langs[I18N_LANGS] = { "en", "fil", "ms" };
static HDF *lang_hdf[I18N_LANGS];

int i18n_init(const char *templates_dir)
{
	for (int i = 0; i < I18N_LANGS; i++) {
		char path[1024];
		snprintf(path, sizeof(path), "%s/lang/%s.hdf", templates_dir, i18n_langs[i]);
		NEOERR *err = hdf_init(&lang_hdf[i]);
		if (err == STATUS_OK)
			err = hdf_read_file(lang_hdf[i], path);
		if (err != STATUS_OK) {
			STRING s;
			string_init(&s);
			nerr_error_string(err, &s);
			log_msg("cannot load %s: %s", path, s.buf ? s.buf : "");
			string_clear(&s);
			nerr_ignore(&err);
			return -1;
		}
	}
	return 0;
}

void i18n_free(void)
{
	for (int i = 0; i < I18N_LANGS; i++)
		if (lang_hdf[i])
			hdf_destroy(&lang_hdf[i]);
}

const char *i18n_lang(const char *code)
{
	for (int i = 0; code && i < I18N_LANGS; i++)
		if (strcmp(code, i18n_langs[i]) == 0)
			return i18n_langs[i];
	return NULL;
}

HDF *i18n_hdf(const char *lang)
{
	for (int i = 0; i < I18N_LANGS; i++)
		if (lang && strcmp(lang, i18n_langs[i]) == 0)
			return lang_hdf[i];
	return lang_hdf[0];
}

const char *i18n_text(const char *lang, const char *key)
{
	HDF *h = i18n_hdf(lang);
	if (h == NULL)
		return key;
	char path[128];
	snprintf(path, sizeof(path), "Lang.%s", key);
	const char *v = hdf_get_value(h, path, NULL);
	return v ? v : key;
}

/* Maps one language range ("fil-PH", "ms", "tl", "en-GB") to our code, or NULL. */
static const char *range_lang(const char *s, size_t n)
{
	size_t base = 0;
	while (base < n && s[base] != '-' && s[base] != '_')
		base++;
	if (base == 2 && strncasecmp(s, "en", 2) == 0) return "en";
	if (base == 3 && strncasecmp(s, "fil", 3) == 0) return "fil";
	if (base == 2 && strncasecmp(s, "tl", 2) == 0) return "fil";
	if (base == 2 && strncasecmp(s, "ms", 2) == 0) return "ms";
	return NULL;
}

/* The weight of one entry's parameters (";q=0.5"), 0..1000; 1000 when absent, 0 when malformed. */
static int accept_weight(const char *p, size_t n)
{
	int q = 1000;
	size_t i = 0;
	while (i < n) {
		while (i < n && (p[i] == ';' || p[i] == ' ' || p[i] == '\t'))
			i++;
		size_t start = i;
		while (i < n && p[i] != ';')
			i++;
		const char *s = p + start;
		size_t len = i - start;
		if (len < 2 || (s[0] != 'q' && s[0] != 'Q') || s[1] != '=')
			continue;
		/* qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
		if (len < 3 || (s[2] != '0' && s[2] != '1'))
			return 0;
		int v = (s[2] - '0') * 1000, scale = 100;
		for (size_t k = 3; k < len; k++) {
			if (k == 3 && s[k] == '.')
				continue;
			if (k == 3 || k > 6 || s[k] < '0' || s[k] > '9')
				return 0;
			v += (s[k] - '0') * scale;
			scale /= 10;
		}
		q = v > 1000 ? 0 : v;
	}
	return q;
}

const char *i18n_from_accept(const char *al, const char *fallback)
{
	const char *best = NULL;
	int best_q = 0;
	if (al == NULL)
		return fallback;
	while (*al) {
		size_t n = strcspn(al, ",");
		const char *entry = al;
		al += n;
		if (*al == ',')
			al++;
		while (n > 0 && (*entry == ' ' || *entry == '\t')) {
			entry++;
			n--;
		}
		size_t range = 0;
		while (range < n && entry[range] != ';' && entry[range] != ' ')
			range++;
		const char *l = range ? range_lang(entry, range) : NULL;
		int q = accept_weight(entry + range, n - range);
		if (l && q > best_q) {
			best = l;
			best_q = q;
		}
	}
	return best ? best : fallback;
}
