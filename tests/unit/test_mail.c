/* test_mail.c: unit tests of composing an e-mail and handing it to sendmail (mail.c). Expected base64
 * was computed with `printf %s ... | base64` and the dates with `date -u -R -d @N`, line lengths and
 * folding points counted by hand (the working is beside each check). Entry: test_mail(&tap_run,
 * &tap_failed), which adds this file's counts to the caller's (tap.h's counters are per file). */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "tap.h"
#include "buf.h"
#include "mail.h"

void test_mail(int *run, int *failed);

/* tap.h's CHECK evaluates its condition twice (for "ok"/"not ok", then for the diagnostic). Conditions
 * here have side effects (they run programs, append to buffers), so this one evaluates it once. */
#define CHECK_ONCE(cond, ...) do { \
	int once_ = (cond); \
	CHECK(once_, __VA_ARGS__); \
	if (!once_) \
		printf("#   %s\n", #cond); \
} while (0)

/* 1795503600 is Tue, 24 Nov 2026 07:00:00 +0000 (date -u -R -d @1795503600) */
static const struct mail BASE = {
	.from = "CRM <crm@example.com>",
	.to = "ana@example.com",
	.to_name = "Ana Reyes",
	.subject = "Your weekly digest",
	.text = "Hello Ana,\nYou have 3 follow-ups today.\n",
	.html = "<p>Hello Ana,</p>\n<p>You have 3 follow-ups today.</p>\n",
	.message_id = "digest-2026-11-24-7@crm.example",
	.date = 1795503600,
};

/* ---- Helpers: a base64 decoder, header and part extraction, line lengths ---- */

/* Appends the base64 in the n bytes at s to out, skipping LFs. 0, or -1 on any other character
 * outside the alphabet, padding anywhere but the end, or a length that is not a multiple of 4. */
static int b64_decode(const char *s, size_t n, struct buf *out)
{
	static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned v = 0;
	int count = 0, pad = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n')
			continue;
		const char *hit = s[i] ? strchr(alphabet, s[i]) : NULL;
		if (s[i] == '=') {
			pad++;
			v <<= 6;
		} else if (hit == NULL || pad > 0) {
			return -1;
		} else {
			v = v << 6 | (unsigned)(hit - alphabet);
		}
		if (++count == 4) {
			char three[3] = { (char)(v >> 16), (char)(v >> 8), (char)v };
			if (pad > 2)
				return -1;
			buf_add(out, three, 3 - (size_t)pad);
			v = 0;
			count = 0;
			if (pad)
				pad = 3;   /* nothing may follow padding */
		}
	}
	return count == 0 ? 0 : -1;
}

/* The header field called name ("Subject:") in msg's header block, with its continuation lines and
 * their LFs, copied into raw. 0, or -1 when it is not there exactly once. */
static int header_raw(const char *msg, const char *name, struct buf *raw)
{
	const char *end = strstr(msg, "\n\n"), *found = NULL;
	size_t name_len = strlen(name);
	if (end == NULL)
		return -1;
	for (const char *line = msg; line <= end; line = strchr(line, '\n') + 1)
		if (strncmp(line, name, name_len) == 0) {
			if (found)
				return -1;
			found = line;
		}
	if (found == NULL)
		return -1;
	const char *stop = strchr(found, '\n') + 1;
	while (*stop == ' ' || *stop == '\t')
		stop = strchr(stop, '\n') + 1;
	buf_add(raw, found, (size_t)(stop - found));
	return 0;
}

/* The longest line of the n bytes at s (LFs not counted). */
static size_t longest_line(const char *s, size_t n)
{
	size_t longest = 0, col = 0;
	for (size_t i = 0; i < n; i++) {
		col = s[i] == '\n' ? 0 : col + 1;
		if (col > longest)
			longest = col;
	}
	return longest;
}

/* Whether the n bytes at s are whole UTF-8 characters (lead byte, then the right number of
 * continuation bytes), so that no character was split across two encoded-words. */
static int whole_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
		if (len == 0 || i + len > n)
			return 0;
		for (size_t k = 1; k < len; k++)
			if (((unsigned char)s[i + k] & 0xC0) != 0x80)
				return 0;
		i += len;
	}
	return 1;
}

/* Decodes a header value made only of encoded-words "=?UTF-8?B?...?=" separated by spaces and folds
 * (raw is what header_raw gave, name included). Appends the text to out; *longest is the longest word.
 * 0, or -1 when something else is in there, a word does not decode, or a word splits a character. */
static int decode_words(const char *raw, const char *name, struct buf *out, size_t *longest)
{
	const char *p = raw + strlen(name);
	*longest = 0;
	for (;;) {
		while (*p == ' ' || *p == '\n')
			p++;
		if (*p == '\0')
			return 0;
		if (strncmp(p, "=?UTF-8?B?", 10) != 0)
			return -1;
		const char *end = strstr(p + 10, "?=");
		if (end == NULL)
			return -1;
		size_t before = out->len, word = (size_t)(end + 2 - p);
		if (memchr(p, ' ', word) || memchr(p, '\n', word) || b64_decode(p + 10, (size_t)(end - p - 10), out) != 0 ||
		    !whole_utf8(out->data + before, out->len - before))
			return -1;
		if (word > *longest)
			*longest = word;
		p = end + 2;
	}
}

/* The boundary given in the Content-Type header, copied into out (NUL-terminated). 0 or -1. */
static int boundary_of(const char *msg, char *out, size_t size)
{
	const char *p = strstr(msg, "\n boundary=\"");
	if (p == NULL)
		return -1;
	p += strlen("\n boundary=\"");
	size_t n = strcspn(p, "\"\n");
	if (p[n] != '"' || n == 0 || n >= size)
		return -1;
	memcpy(out, p, n);
	out[n] = '\0';
	return 0;
}

/* Decodes the body of the part whose Content-Type is content_type into body, and copies its
 * base64 text into b64 (both may be NULL). 0, or -1 when the part is not found or does not decode. */
static int part_body(const char *msg, const char *content_type, struct buf *body, struct buf *b64)
{
	char boundary[128], head[512], delim[140];
	if (boundary_of(msg, boundary, sizeof boundary) != 0)
		return -1;
	snprintf(head, sizeof head, "\n--%s\nContent-Type: %s\nContent-Transfer-Encoding: base64\n\n", boundary,
		 content_type);
	snprintf(delim, sizeof delim, "\n--%s", boundary);
	const char *start = strstr(msg, head);
	if (start == NULL)
		return -1;
	start += strlen(head) - 1;   /* at the LF that ends the blank line */
	const char *end = strstr(start, delim);
	if (end == NULL)
		return -1;
	start++;
	if (end < start)   /* an empty body: the LF of the blank line is also the delimiter's */
		start = end;
	if (b64)
		buf_add(b64, start, (size_t)(end - start));
	struct buf scratch = { 0 };
	int rc = b64_decode(start, (size_t)(end - start), body ? body : &scratch);
	buf_free(&scratch);
	return rc;
}

static int compose(struct buf *out, const struct mail *m)
{
	buf_reset(out);
	return mail_compose(out, m);
}

/* ---- mail_compose ---- */

static void test_mail_whole(void)
{
	struct buf out = { 0 };
	CHECK_ONCE(compose(&out, &BASE) == 0, "compose: an ASCII message is accepted");
	/* text: printf 'Hello Ana,\nYou have 3 follow-ups today.\n' | base64; html likewise (54 bytes,
	 * 72 characters, one line). The boundary is "=_alt_" and the message id with '@' made '.'. */
	CHECK_STR(out.data,
		  "From: CRM <crm@example.com>\n"
		  "To: Ana Reyes <ana@example.com>\n"
		  "Subject: Your weekly digest\n"
		  "Date: Tue, 24 Nov 2026 07:00:00 +0000\n"
		  "Message-ID: <digest-2026-11-24-7@crm.example>\n"
		  "MIME-Version: 1.0\n"
		  "Content-Type: multipart/alternative;\n"
		  " boundary=\"=_alt_digest-2026-11-24-7.crm.example\"\n"
		  "\n"
		  "--=_alt_digest-2026-11-24-7.crm.example\n"
		  "Content-Type: text/plain; charset=utf-8\n"
		  "Content-Transfer-Encoding: base64\n"
		  "\n"
		  "SGVsbG8gQW5hLApZb3UgaGF2ZSAzIGZvbGxvdy11cHMgdG9kYXkuCg==\n"
		  "--=_alt_digest-2026-11-24-7.crm.example\n"
		  "Content-Type: text/html; charset=utf-8\n"
		  "Content-Transfer-Encoding: base64\n"
		  "\n"
		  "PHA+SGVsbG8gQW5hLDwvcD4KPHA+WW91IGhhdmUgMyBmb2xsb3ctdXBzIHRvZGF5LjwvcD4K\n"
		  "--=_alt_digest-2026-11-24-7.crm.example--\n",
		  "compose: the whole message, byte for byte");
	struct buf body = { 0 };
	CHECK_ONCE(part_body(out.data, "text/plain; charset=utf-8", &body, NULL) == 0 && body.data &&
	      strcmp(body.data, BASE.text) == 0, "compose: the text part decodes back to the text");
	buf_reset(&body);
	CHECK_ONCE(part_body(out.data, "text/html; charset=utf-8", &body, NULL) == 0 && body.data &&
	      strcmp(body.data, BASE.html) == 0, "compose: the HTML part decodes back to the HTML");

	/* appends: what was in the buffer stays in front */
	buf_reset(&out);
	buf_adds(&out, "X-Before: 1\n");
	CHECK_ONCE(mail_compose(&out, &BASE) == 0 && strncmp(out.data, "X-Before: 1\nFrom: CRM <crm@example.com>\n", 40) == 0,
	      "compose: appends to what the buffer holds");
	buf_free(&body);
	buf_free(&out);
}

/* Composes m and checks the raw header field called name against want. */
static void check_header(const struct mail *m, const char *name, const char *want, const char *desc)
{
	struct buf out = { 0 }, raw = { 0 };
	int rc = compose(&out, m);
	if (rc == 0)
		header_raw(out.data, name, &raw);
	CHECK(rc == 0, "compose: %s (accepted)", desc);
	CHECK_STR(raw.data ? raw.data : "(missing)", want, "compose: %s", desc);
	buf_free(&raw);
	buf_free(&out);
}

static void test_mail_headers(void)
{
	struct mail m = BASE;

	/* addresses and display names */
	m.from = "crm@example.com";
	check_header(&m, "From:", "From: crm@example.com\n", "a bare From address");
	m.from = "  Ligaya Motors CRM   <crm@example.com>";
	check_header(&m, "From:", "From: Ligaya Motors CRM <crm@example.com>\n", "From name: spaces around it trimmed");
	m.from = "<crm@example.com>";
	check_header(&m, "From:", "From: crm@example.com\n", "From with an empty name is the bare address");
	m.from = "Ligaya Motors, Inc. <crm@example.com>";
	check_header(&m, "From:", "From: \"Ligaya Motors, Inc.\" <crm@example.com>\n", "From name with ',' and '.' is quoted");
	m = BASE;
	m.to_name = NULL;
	check_header(&m, "To:", "To: ana@example.com\n", "no display name: the bare address");
	m.to_name = "";
	check_header(&m, "To:", "To: ana@example.com\n", "an empty display name: the bare address");
	m.to_name = "Reyes, Ana";
	check_header(&m, "To:", "To: \"Reyes, Ana\" <ana@example.com>\n", "a name with a comma is quoted");
	m.to_name = "Ana \"Ani\" Reyes";
	check_header(&m, "To:", "To: \"Ana \\\"Ani\\\" Reyes\" <ana@example.com>\n",
		     "quotes inside a quoted name are escaped with a backslash");
	m.to_name = "O'Brien-Santos";
	check_header(&m, "To:", "To: O'Brien-Santos <ana@example.com>\n", "' and - are atext: no quotes");
	/* printf %s "José Rizal" | base64 = Sm9zw6kgUml6YWw= */
	m.to = "jose@example.ph";
	m.to_name = "José Rizal";
	check_header(&m, "To:", "To: =?UTF-8?B?Sm9zw6kgUml6YWw=?= <jose@example.ph>\n", "a UTF-8 name is an encoded-word");
	m.from = "José Rizal <crm@example.com>";
	check_header(&m, "From:", "From: =?UTF-8?B?Sm9zw6kgUml6YWw=?= <crm@example.com>\n",
		     "a UTF-8 From name is an encoded-word too");

	/* subjects */
	m = BASE;
	m.subject = "Maligayang kaarawan, José";
	/* printf %s "Maligayang kaarawan, José" | base64: 26 bytes, one word */
	check_header(&m, "Subject:", "Subject: =?UTF-8?B?TWFsaWdheWFuZyBrYWFyYXdhbiwgSm9zw6k=?=\n",
		     "a Filipino subject with é is one encoded-word");
	m.subject = "";
	check_header(&m, "Subject:", "Subject:\n", "an empty subject");
	/* "Subject:" is 8, then " Your" 13, " weekly" 20, " digest:" 28, " 12" 31, " follow-ups," 43, " 3" 45,
	 * " birthdays" 55, " and" 59, " 2" 61, " anniversaries" 75; " this" would make 80 > 76: fold there */
	m.subject = "Your weekly digest: 12 follow-ups, 3 birthdays and 2 anniversaries this week at Ligaya Motors Kuala Lumpur";
	check_header(&m, "Subject:",
		     "Subject: Your weekly digest: 12 follow-ups, 3 birthdays and 2 anniversaries\n"
		     " this week at Ligaya Motors Kuala Lumpur\n", "a long ASCII subject is folded at a space, not encoded");
	/* On the first line a word may be 76 - 9 = 67 characters: 67 - 12 = 55 -> 52 base64 = 39 bytes.
	 * 38 'a' + é (2 bytes) = 40: the é would be split, so it goes whole into a second word.
	 * printf %s aaa...a (38) | base64; printf %s é | base64 = w6k= */
	m.subject = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé";
	check_header(&m, "Subject:",
		     "Subject: =?UTF-8?B?YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=?=\n"
		     " =?UTF-8?B?w6k=?=\n", "a 2-byte character is not split across encoded-words");
	/* 11 x U+1F382 (4 bytes each, 44): 9 fit 39 bytes, 2 go on; printf '🎂🎂' | base64 = 8J+OgvCfjoI= */
	m.subject = "🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂";
	check_header(&m, "Subject:",
		     "Subject: =?UTF-8?B?8J+OgvCfjoLwn46C8J+OgvCfjoLwn46C8J+OgvCfjoLwn46C?=\n"
		     " =?UTF-8?B?8J+OgvCfjoI=?=\n", "emoji: 9 whole 4-byte characters in the first word, 2 in the next");
	/* ASCII that must still be encoded: printf %s ... | base64 */
	m.subject = "=?UTF-8?B?QUJD?=";   /* PT9VVEYtOD9CP1FVSkQ/PQ== */
	check_header(&m, "Subject:", "Subject: =?UTF-8?B?PT9VVEYtOD9CP1FVSkQ/PQ==?=\n",
		     "an ASCII subject that looks like an encoded-word is encoded");
	m.subject = "two  spaces";        /* dHdvICBzcGFjZXM= */
	check_header(&m, "Subject:", "Subject: =?UTF-8?B?dHdvICBzcGFjZXM=?=\n",
		     "a double space (which folding could lose) is kept by encoding");
	m.subject = "tab\there";          /* dGFiCWhlcmU= */
	check_header(&m, "Subject:", "Subject: =?UTF-8?B?dGFiCWhlcmU=?=\n", "a tab is encoded");
	m.subject = "a\xff" "b";          /* becomes a U+FFFD b: printf 'a\xef\xbf\xbdb' | base64 = Ye+/vWI= */
	check_header(&m, "Subject:", "Subject: =?UTF-8?B?Ye+/vWI=?=\n", "invalid UTF-8 becomes U+FFFD");

	/* dates: date -u -R -d @N */
	m = BASE;
	m.date = 0;
	check_header(&m, "Date:", "Date: Thu, 01 Jan 1970 00:00:00 +0000\n", "date 0");
	m.date = 951868799;
	check_header(&m, "Date:", "Date: Tue, 29 Feb 2000 23:59:59 +0000\n", "date: the leap day of 2000");
	m.date = 1709164800;
	check_header(&m, "Date:", "Date: Thu, 29 Feb 2024 00:00:00 +0000\n", "date: the leap day of 2024");
	m.date = 253402300799LL;
	check_header(&m, "Date:", "Date: Fri, 31 Dec 9999 23:59:59 +0000\n", "date: the last second of 9999");
	m = BASE;
	check_header(&m, "MIME-Version:", "MIME-Version: 1.0\n", "MIME-Version");
	check_header(&m, "Message-ID:", "Message-ID: <digest-2026-11-24-7@crm.example>\n", "Message-ID in angle brackets");
}

/* Composes m and checks that its Subject (or To name) decodes back to want, that no word is longer than
 * 75 and no header line longer than 76. */
static void check_round_trip(const struct mail *m, const char *name, const char *want, const char *desc)
{
	struct buf out = { 0 }, raw = { 0 }, text = { 0 };
	size_t longest = 0;
	int rc = compose(&out, m);
	CHECK_ONCE(rc == 0 && header_raw(out.data, name, &raw) == 0, "round trip: %s (composed)", desc);
	if (raw.data && strcmp(name, "To:") == 0) {   /* drop " <address>" at the end */
		char *lt = strrchr(raw.data, '<');
		if (lt && lt > raw.data) {
			raw.len = (size_t)(lt - raw.data);
			raw.data[raw.len] = '\0';
		}
	}
	CHECK_ONCE(raw.data && decode_words(raw.data, name, &text, &longest) == 0 && text.data && strcmp(text.data, want) == 0,
	      "round trip: %s decodes back, no character split between words", desc);
	CHECK(longest > 0 && longest <= 75, "round trip: %s: longest encoded-word %zu <= 75", desc, longest);
	const char *end = out.data ? strstr(out.data, "\n\n") : NULL;
	size_t head_longest = end ? longest_line(out.data, (size_t)(end - out.data)) : 999;
	CHECK(head_longest <= 76, "round trip: %s: longest header line %zu <= 76 (and so under 78)", desc, head_longest);
	buf_free(&text);
	buf_free(&raw);
	buf_free(&out);
}

static void test_mail_round_trip(void)
{
	struct mail m = BASE;
	m.subject = "Selamat hari jadi, Puan Siti Nurhaliza binti Tarudin! 🎂🎉 Terima kasih kerana menjadi "
		    "pelanggan setia Ligaya Motors — Maligayang kaarawan po, Ginang Dela Cruz! 🎈 Salamat po sa "
		    "inyong tiwala. Jumpa lagi di bilik pameran kami di Petaling Jaya. ñ é ü ğ ş 日本語";
	check_round_trip(&m, "Subject:", m.subject, "a long Malay/Filipino subject with emoji");
	m.subject = "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé";
	check_round_trip(&m, "Subject:", m.subject, "2-byte characters only");
	m.subject = "日本語の件名日本語の件名日本語の件名日本語の件名日本語の件名日本語の件名日本語の件名";
	check_round_trip(&m, "Subject:", m.subject, "3-byte characters only");
	m.subject = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
	check_round_trip(&m, "Subject:", m.subject, "one ASCII word too long to fold is encoded");
	m = BASE;
	m.to_name = "Nur Aisyah binti Abdullah Dela Cruz-Villanueva 🌺 Maligayang Kaarawan at Selamat Hari Jadi";
	check_round_trip(&m, "To:", m.to_name, "a long UTF-8 display name");
}

static void test_mail_bodies(void)
{
	struct mail m = BASE;
	struct buf text = { 0 }, html = { 0 }, out = { 0 }, got = { 0 }, b64 = { 0 };
	/* a 1000-byte text: 17 x 57 = 969 bytes in lines of 76, the last 31 bytes are 11 groups = 44 characters */
	for (int i = 0; text.len < 1000; i++)
		buf_printf(&text, "Linya %d: Salamat po, José! Terima kasih 🎂\n", i);
	text.len = 1000;
	text.data[1000] = '\0';
	/* (the cut at 1000 may leave a partial character: bodies are sent byte for byte anyway) */
	for (int i = 0; i < 300; i++)
		buf_printf(&html, "<p class=\"r%d\">Ligaya &amp; Co. — Maligayang kaarawan!</p>\r\n", i);
	m.text = text.data;
	m.html = html.data;
	CHECK_ONCE(compose(&out, &m) == 0, "bodies: a large message is accepted");
	CHECK_ONCE(part_body(out.data, "text/plain; charset=utf-8", &got, &b64) == 0 && got.len == 1000 &&
	      memcmp(got.data, text.data, 1000) == 0, "bodies: the 1000-byte text decodes back exactly");
	/* (the LF after the last line belongs to the boundary delimiter, so part_body leaves it out) */
	int lines_ok = b64.len == 17 * 77 + 44 && memchr(b64.data + 17 * 77, '\n', 44) == NULL;
	for (size_t i = 0; lines_ok && i < 17; i++)
		lines_ok = b64.data[i * 77 + 76] == '\n' && memchr(b64.data + i * 77, '\n', 76) == NULL;
	CHECK(lines_ok, "bodies: 17 base64 lines of 76 and a last one of 44");
	buf_reset(&got);
	CHECK_ONCE(part_body(out.data, "text/html; charset=utf-8", &got, NULL) == 0 && got.len == html.len &&
	      memcmp(got.data, html.data, html.len) == 0, "bodies: the HTML (with CR LF inside) decodes back exactly");
	CHECK(longest_line(out.data, out.len) == 76, "bodies: no line of the message is longer than 76");

	m.text = "";
	m.html = "";
	buf_reset(&got);
	CHECK_ONCE(compose(&out, &m) == 0 && strstr(out.data, "Content-Transfer-Encoding: base64\n\n--=_alt_") != NULL &&
	      part_body(out.data, "text/plain; charset=utf-8", &got, NULL) == 0 && got.len == 0 &&
	      part_body(out.data, "text/html; charset=utf-8", &got, NULL) == 0 && got.len == 0,
	      "bodies: empty bodies are empty parts");

	/* a message id with characters a boundary may not hold, and a long one: cut to 64 */
	m = BASE;
	char boundary[128];
	m.message_id = "a!b#c$d%e&f*g@h";
	CHECK_ONCE(compose(&out, &m) == 0 && boundary_of(out.data, boundary, sizeof boundary) == 0,
	      "boundary: a message id with !#$%%&*@ is accepted");
	CHECK_STR(boundary, "=_alt_a.b.c.d.e.f.g.h", "boundary: characters outside bchars become '.'");
	m.message_id = "0123456789012345678901234567890123456789012345678901234567890123456789@crm.example";
	CHECK_ONCE(compose(&out, &m) == 0 && boundary_of(out.data, boundary, sizeof boundary) == 0,
	      "boundary: a 82-character message id is accepted");
	/* "=_alt_" is 6, so 58 characters of the id */
	CHECK_STR(boundary, "=_alt_0123456789012345678901234567890123456789012345678901234567",
		  "boundary: cut to 64 characters");
	buf_free(&b64);
	buf_free(&got);
	buf_free(&out);
	buf_free(&html);
	buf_free(&text);
}

/* Checks that m is refused and nothing was appended to a buffer already holding "KEEP". */
static void check_refused(const struct mail *m, const char *desc)
{
	struct buf out = { 0 };
	buf_adds(&out, "KEEP");
	CHECK_ONCE(mail_compose(&out, m) == -1 && out.len == 4 && strcmp(out.data, "KEEP") == 0,
	      "refused, nothing written: %s", desc);
	buf_free(&out);
}

static void test_mail_refused(void)
{
	struct mail m;
#define REFUSE(field, value, desc) do { m = BASE; m.field = (value); check_refused(&m, desc); } while (0)
	REFUSE(subject, "Hello\r\nBcc: victim@example.com", "CR LF in the subject (header injection)");
	REFUSE(subject, "Hello\nBcc: victim@example.com", "LF in the subject");
	REFUSE(subject, "Hello\r", "CR at the end of the subject");
	REFUSE(to, "ana@example.com\nBcc: victim@example.com", "LF in to");
	REFUSE(to, "ana@example.com\r", "CR in to");
	REFUSE(to_name, "Ana\r\nBcc: victim@example.com", "CR LF in the display name");
	REFUSE(from, "CRM <crm@example.com>\nBcc: victim@example.com", "LF in from");
	REFUSE(message_id, "x@y\nBcc: victim@example.com", "LF in the message id");
	REFUSE(to, "", "an empty to");
	REFUSE(from, "", "an empty from");
	REFUSE(from, "CRM <>", "from with an empty address in the brackets");
	REFUSE(to, "josé@example.ph", "a non-ASCII address");
	REFUSE(to, "ana reyes@example.com", "a space in an address");
	REFUSE(to, "Ana <ana@example.com>", "a display name in to (it belongs in to_name)");
	REFUSE(to, "ana@example.com, bob@example.com", "two addresses in to");
	REFUSE(to, "ana.example.com", "no @");
	REFUSE(to, "@example.com", "nothing before @");
	REFUSE(to, "ana@", "nothing after @");
	REFUSE(to, "a@b@example.com", "two @");
	REFUSE(from, "CRM <crm@exámple.com>", "a non-ASCII From address");
	REFUSE(to, "ana\x7f@example.com", "DEL in an address");
	REFUSE(message_id, "", "an empty message id");
	REFUSE(message_id, "<x@y>", "angle brackets in the message id");
	REFUSE(message_id, "x y@z", "a space in the message id");
	REFUSE(date, -1, "a date before 1970");
	REFUSE(date, 253402300800LL, "a date after 9999");
	REFUSE(subject, NULL, "no subject");
	REFUSE(text, NULL, "no text");
	REFUSE(html, NULL, "no html");
	REFUSE(from, NULL, "no from");
	REFUSE(to, NULL, "no to");
	REFUSE(message_id, NULL, "no message id");
#undef REFUSE
	char addr[300];
	memset(addr, 'a', sizeof addr);
	memcpy(addr + 242, "@example.com", 13);   /* 242 + 12 = 254 */
	m = BASE;
	m.to = addr;
	struct buf out = { 0 };
	CHECK_ONCE(compose(&out, &m) == 0, "a 254-character address is accepted");
	memcpy(addr + 243, "@example.com", 13);   /* 255 */
	check_refused(&m, "a 255-character address");
	buf_free(&out);
}

/* ---- mail_sendmail ---- */

/* How many descriptors this process has open (the directory stream's own included, the same each time). */
static int open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;
	if (d == NULL)
		return -1;
	while (readdir(d) != NULL)
		n++;
	closedir(d);
	return n;
}

/* Writes a shell script dir/name with the given body and mode. 0 or -1. */
static int write_script(const char *dir, const char *name, const char *body, mode_t mode)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (f == NULL)
		return -1;
	int ok = fputs(body, f) >= 0;
	ok = fclose(f) == 0 && ok;
	return ok && chmod(path, mode) == 0 ? 0 : -1;
}

/* Reads the file dir/name into out. 0 or -1. */
static int read_back(const char *dir, const char *name, struct buf *out)
{
	char path[512], chunk[4096];
	size_t n;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return -1;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
	return 0;
}

static int sigpipe_pending_or_blocked(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigpending(&set);
	if (sigismember(&set, SIGPIPE) == 1)
		return 1;
	sigemptyset(&set);
	sigprocmask(SIG_BLOCK, NULL, &set);
	return sigismember(&set, SIGPIPE) == 1;
}

/* mail_sendmail, with this process's standard output flushed first: a child that fails to exec and
 * exits under valgrind flushes the stdio buffers it inherited (valgrind runs libc's cleanup at exit),
 * which would print pending ok lines twice. */
static int send_mail(const char *path, const char *msg, size_t len, char *err, size_t errlen)
{
	fflush(stdout);
	return mail_sendmail(path, msg, len, err, errlen);
}

static void test_mail_sendmail(void)
{
	char dir[] = "/tmp/crm-test-mail-XXXXXX", path[512], script[1024], err[256];
	struct buf msg = { 0 }, got = { 0 }, big = { 0 };
	int fds_before = open_fds();
	if (mkdtemp(dir) == NULL) {
		CHECK(0, "sendmail: cannot make a temporary directory: %s", strerror(errno));
		return;
	}
	CHECK_ONCE(compose(&msg, &BASE) == 0, "sendmail: (test data) a message to send");

	/* copies its arguments and its standard input to files */
	snprintf(script, sizeof script, "#!/bin/sh\nprintf '%%s\\n' \"$#\" \"$@\" > '%s/argv'\nexec cat > '%s/got'\n", dir, dir);
	CHECK_ONCE(write_script(dir, "copy", script, 0700) == 0, "sendmail: (test data) the copying script");
	snprintf(path, sizeof path, "%s/copy", dir);
	strcpy(err, "junk");
	CHECK_ONCE(send_mail(path, msg.data, msg.len, err, sizeof err) == 0 && err[0] == '\0',
	      "sendmail: a program that reads everything and exits 0 is success, err is \"\"");
	CHECK_ONCE(read_back(dir, "got", &got) == 0 && got.len == msg.len && memcmp(got.data, msg.data, msg.len) == 0,
	      "sendmail: the program got the message on its standard input, byte for byte");
	buf_reset(&got);
	CHECK_ONCE(read_back(dir, "argv", &got) == 0 && got.data && strcmp(got.data, "2\n-t\n-i\n") == 0,
	      "sendmail: the arguments were exactly -t -i");

	/* the same with descriptor 0 closed, so that the pipe lands on 0 itself */
	char got_path[512];
	snprintf(got_path, sizeof got_path, "%s/got", dir);
	unlink(got_path);
	int saved_stdin = dup(0);
	close(0);
	int rc = send_mail(path, msg.data, msg.len, err, sizeof err);
	if (saved_stdin >= 0) {
		dup2(saved_stdin, 0);
		close(saved_stdin);
	}
	buf_reset(&got);
	CHECK_ONCE(rc == 0 && read_back(dir, "got", &got) == 0 && got.len == msg.len && memcmp(got.data, msg.data, msg.len) == 0,
	      "sendmail: works when the caller has no standard input (the pipe is descriptor 0)");

	/* exits 75 (EX_TEMPFAIL) */
	CHECK_ONCE(write_script(dir, "tempfail", "#!/bin/sh\nexit 75\n", 0700) == 0, "sendmail: (test data) exit 75");
	snprintf(path, sizeof path, "%s/tempfail", dir);
	CHECK_ONCE(send_mail(path, msg.data, msg.len, err, sizeof err) == -1 && strstr(err, "75") != NULL,
	      "sendmail: exit status 75 is a failure that says 75 (%s)", err);
	CHECK_STR(err, "sendmail exited with status 75", "sendmail: the reason for exit 75");
	char small[10];
	CHECK_ONCE(send_mail(path, msg.data, msg.len, small, sizeof small) == -1 && strcmp(small, "sendmail ") == 0,
	      "sendmail: the reason is cut to errlen and NUL-terminated");
	CHECK_ONCE(send_mail(path, msg.data, msg.len, NULL, 0) == -1, "sendmail: err may be NULL with errlen 0");
	CHECK_ONCE(send_mail(NULL, msg.data, msg.len, err, sizeof err) == -1 && err[0] != '\0',
		   "sendmail: no path is a failure with a reason, not a crash");

	/* exits 0 without reading a 1 MiB message: the pipe (64 KiB) fills, the write gets EPIPE */
	for (int i = 0; i < 1024; i++) {
		char line[1024];
		memset(line, 'x', sizeof line - 1);
		line[sizeof line - 1] = '\n';
		buf_add(&big, line, sizeof line);
	}
	CHECK_ONCE(write_script(dir, "noread", "#!/bin/sh\nexit 0\n", 0700) == 0, "sendmail: (test data) exit 0 unread");
	snprintf(path, sizeof path, "%s/noread", dir);
	CHECK_ONCE(send_mail(path, big.data, big.len, err, sizeof err) == -1 && strstr(err, "stopped reading") != NULL &&
	      strstr(err, "of 1048576 bytes") != NULL, "sendmail: a reader gone early is a failure, not SIGPIPE (%s)", err);
	CHECK(!sigpipe_pending_or_blocked(), "sendmail: SIGPIPE is neither left pending nor left blocked");

	/* killed by a signal */
	CHECK_ONCE(write_script(dir, "killed", "#!/bin/sh\nkill -9 $$\n", 0700) == 0, "sendmail: (test data) kill -9");
	snprintf(path, sizeof path, "%s/killed", dir);
	CHECK_ONCE(send_mail(path, msg.data, msg.len, err, sizeof err) == -1 &&
	      strcmp(err, "sendmail killed by signal 9") == 0, "sendmail: killed by signal 9 (%s)", err);

	/* cannot run */
	snprintf(path, sizeof path, "%s/missing", dir);
	CHECK_ONCE(send_mail(path, msg.data, msg.len, err, sizeof err) == -1 && strncmp(err, "cannot run ", 11) == 0 &&
	      strstr(err, "/missing: No such file or directory") != NULL, "sendmail: a missing program (%s)", err);
	CHECK_ONCE(write_script(dir, "noexec", "#!/bin/sh\nexit 0\n", 0600) == 0, "sendmail: (test data) not executable");
	snprintf(path, sizeof path, "%s/noexec", dir);
	CHECK_ONCE(send_mail(path, msg.data, msg.len, err, sizeof err) == -1 &&
	      strstr(err, "/noexec: Permission denied") != NULL, "sendmail: a file that is not executable (%s)", err);

	/* no zombie, no descriptor left behind */
	errno = 0;
	CHECK_ONCE(waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD, "sendmail: every child was waited for (no zombies)");
	CHECK(fds_before > 0 && open_fds() == fds_before, "sendmail: no descriptor leaked (%d before, %d after)",
	      fds_before, open_fds());

	static const char *const files[] = { "copy", "argv", "got", "tempfail", "noread", "killed", "noexec" };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		unlink(path);
	}
	CHECK_ONCE(rmdir(dir) == 0, "sendmail: the temporary directory is removed");
	buf_free(&big);
	buf_free(&got);
	buf_free(&msg);
}

void test_mail(int *run, int *failed)
{
	test_mail_whole();
	test_mail_headers();
	test_mail_round_trip();
	test_mail_bodies();
	test_mail_refused();
	test_mail_sendmail();
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
