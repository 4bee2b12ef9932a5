/* normalize.h: the normalised forms of phones, e-mails and name words used for matching and search. */
#ifndef CRM_NORMALIZE_H
#define CRM_NORMALIZE_H
#include <stddef.h>

#define PHONE_NORM_MAX 20
/* Digits with country code: "+63 917 123 4567" and "0917-123-4567" (country PH) both give
 * "639171234567"; "00" starts an international number. Writes out[PHONE_NORM_MAX + 1].
 * Returns 0, or -1 when the number has fewer than 6 digits as typed, or not 8 to 15 with the
 * country code (E.164), or other characters than
 * digits, spaces, dots, dashes, parentheses and one leading '+'. */
int normalize_phone(const char *in, const char *country_code, char *out);
/* Lower-case copy of an e-mail address (ASCII letters only are folded); -1 when it is not of
 * the form local@domain.tld with no spaces or control characters, or longer than 254 bytes. */
int normalize_email(const char *in, char *out, size_t outlen);
/* Splits a name into lower-case words (separators: spaces, hyphens, dots, commas, apostrophes);
 * calls fn for each word of 1..60 bytes. Letters outside ASCII are kept as they are (the
 * database collation folds case and accents). */
void name_words(const char *name, void (*fn)(void *ctx, const char *word, size_t len), void *ctx);
/* The length in bytes of the first n characters of the UTF-8 text s of len bytes (all of it when
 * it has fewer). */
size_t utf8_prefix_len(const char *s, size_t len, int n);
/* The name search's keys (client_search.k): a word's first SEARCH_KEY_CHARS characters ("mar"
 * for "Maria" as name_words gives it), and a pair's two keys in byte order with a space between
 * ("cru mar"). Writes the key of word a (b NULL), or of the pair a, b, into
 * out[SEARCH_PAIR_MAX + 1]; -1 when a word is shorter than a key (such words have none). */
#define SEARCH_KEY_CHARS 3
#define SEARCH_KEY_MAX (4 * SEARCH_KEY_CHARS)
#define SEARCH_PAIR_MAX (2 * SEARCH_KEY_MAX + 1)
int search_key(const char *a, size_t alen, const char *b, size_t blen, char *out);
/* The calling code for a configured country, for local numbers: PH 63, MY 60, US 1. */
const char *country_calling_code(const char *currency);
/* A LIKE pattern: before, then s[0..len) with LIKE's % _ and \ escaped, then %; in arena memory
 * (freed with the arena). */
struct arena;
char *like_prefix_pattern(struct arena *a, const char *before, const char *s, size_t len);
#endif
