/* money.c: formatting and parsing of amounts in minor units, per currency and language. */
#include "money.h"
#include <stdio.h>
#include <string.h>

struct currency_fmt {
	const char *code;
	const char *symbol_local;    /* used where the currency is the country's own */
	const char *symbol_foreign;  /* used in the other languages */
	const char *local_lang;
};

static const struct currency_fmt currencies[] = {
	{ "PHP", "\xE2\x82\xB1", "\xE2\x82\xB1", "fil" },
	{ "MYR", "RM", "RM", "ms" },
	{ "USD", "$", "US$", "en" },
};

struct lang_fmt {
	const char *lang;
	char group;     /* thousands separator */
	char decimal;
};

/* English, Filipino and Malay all write 1,234.56 (Malaysia and the Philippines use the
 * English convention); the table is where a language with other separators would go. */
static const struct lang_fmt langs[] = {
	{ "en", ',', '.' },
	{ "fil", ',', '.' },
	{ "ms", ',', '.' },
};

const char *money_format(long long minor, const char *currency, const char *lang, char *out,
			 size_t outlen)
{
	const struct lang_fmt *lf = &langs[0];
	for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
		if (lang && strcmp(langs[i].lang, lang) == 0)
			lf = &langs[i];
	char sym[16];
	snprintf(sym, sizeof(sym), "%s ", currency ? currency : "XXX");
	for (size_t i = 0; i < sizeof(currencies) / sizeof(currencies[0]); i++)
		if (currency && strcmp(currencies[i].code, currency) == 0)
			snprintf(sym, sizeof(sym), "%s",
				 lang && strcmp(lang, currencies[i].local_lang) == 0 ?
				 currencies[i].symbol_local : currencies[i].symbol_foreign);
	unsigned long long v = minor < 0 ? (unsigned long long)(-(minor + 1)) + 1 : (unsigned long long)minor;
	unsigned long long whole = v / 100, cents = v % 100;
	char digits[32], grouped[48];
	int nd = snprintf(digits, sizeof(digits), "%llu", whole);
	size_t g = 0;
	for (int i = 0; i < nd; i++) {
		if (i > 0 && (nd - i) % 3 == 0)
			grouped[g++] = lf->group;
		grouped[g++] = digits[i];
	}
	grouped[g] = '\0';
	snprintf(out, outlen, "%s%s%s%c%02llu", minor < 0 ? "-" : "", sym, grouped, lf->decimal, cents);
	return out;
}

int money_parse(const char *s, long long *minor)
{
	int neg = 0;
	long long whole = 0;
	int digits = 0, since_group = -1;
	if (*s == '-') {
		neg = 1;
		s++;
	}
	for (; *s && *s != '.'; s++) {
		if (*s == ',') {
			if (digits == 0 || (since_group >= 0 && since_group != 3) || (since_group < 0 && digits > 3))
				return -1;
			since_group = 0;
			continue;
		}
		if (*s < '0' || *s > '9' || digits >= 15)
			return -1;
		whole = whole * 10 + (*s - '0');
		digits++;
		if (since_group >= 0)
			since_group++;
	}
	if (digits == 0 || (since_group >= 0 && since_group != 3))
		return -1;
	long long cents = 0;
	if (*s == '.') {
		s++;
		int nc = 0;
		for (; *s; s++) {
			if (*s < '0' || *s > '9' || nc >= 2)
				return -1;
			cents = cents * 10 + (*s - '0');
			nc++;
		}
		if (nc == 0)
			return -1;
		if (nc == 1)
			cents *= 10;
	}
	*minor = (whole * 100 + cents) * (neg ? -1 : 1);
	return 0;
}
