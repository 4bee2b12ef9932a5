/* test_ical.c: unit tests of the iCalendar writer (ical.c). Every expected string was written by hand
 * from the RFC 5545 rules (CRLF line ends; TEXT escapes \\ \; \, \n; lines folded after 75 octets,
 * the space of a continuation line counting as one); the working is in the comment beside each check.
 * Entry: test_ical(&tap_run, &tap_failed), which adds this file's counts to the caller's. */
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "buf.h"
#include "ical.h"

void test_ical(int *run, int *failed);

#define STAMP "20260301T090000Z"
#define FIRE "\xF0\x9F\x8E\x89"   /* U+1F389 PARTY POPPER, 4 octets */

/* n copies of c (at most 159), NUL-terminated, in a static buffer overwritten by the next call. */
static const char *repeat(char c, size_t n)
{
	static char text[160];
	if (n >= sizeof text)
		n = sizeof text - 1;
	memset(text, c, n);
	text[n] = '\0';
	return text;
}

/* n copies of s joined, into out (of size bytes, NUL-terminated). Returns out. */
static char *repeat_str(char *out, size_t size, const char *s, size_t n)
{
	out[0] = '\0';
	for (size_t i = 0; i < n && strlen(out) + strlen(s) < size; i++)
		strcat(out, s);
	return out;
}

/* The content line starting with "name:" or "name;" in ics, as written: its physical lines with
 * their folds and the final CRLF, copied into out (of size bytes). "" when there is none. */
static const char *content_line(const char *ics, const char *name, char *out, size_t size)
{
	size_t name_len = strlen(name);
	const char *p = ics;
	out[0] = '\0';
	while (p && *p) {
		if (strncmp(p, name, name_len) == 0 && (p[name_len] == ':' || p[name_len] == ';')) {
			const char *end = p;
			while ((end = strstr(end, "\r\n")) != NULL && end[2] == ' ')
				end += 2;
			size_t len = end ? (size_t)(end + 2 - p) : strlen(p);
			if (len >= size)
				len = size - 1;
			memcpy(out, p, len);
			out[len] = '\0';
			return out;
		}
		p = strstr(p, "\r\n");
		if (p)
			p += 2;
	}
	return out;
}

/* Whether every line of s (len octets) ends with CRLF: no LF without a CR before it, no CR without
 * an LF after it, and s ends with CRLF. */
static int crlf_only(const char *s, size_t len)
{
	if (len < 2 || s[len - 2] != '\r' || s[len - 1] != '\n')
		return 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			return 0;
		if (s[i] == '\r' && (i + 1 == len || s[i + 1] != '\n'))
			return 0;
	}
	return 1;
}

/* The length in octets of the longest physical line of s, CRLF not counted. */
static size_t longest_line(const char *s)
{
	size_t longest = 0;
	while (*s) {
		const char *end = strstr(s, "\r\n");
		size_t len = end ? (size_t)(end - s) : strlen(s);
		if (len > longest)
			longest = len;
		s += len + (end ? 2 : 0);
	}
	return longest;
}

/* Whether no fold of s splits a UTF-8 character: the octet after each CRLF and space is never a
 * continuation octet (10xxxxxx), which it would be if a fold had split a sequence. */
static int folds_at_characters(const char *s)
{
	for (const char *p = s; (p = strstr(p, "\r\n ")) != NULL; p += 3)
		if (((unsigned char)p[3] & 0xC0) == 0x80)
			return 0;
	return 1;
}

/* s with every fold (CRLF and a space) taken out. Allocates; the caller frees. */
static char *unfold(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;
	if (out == NULL)
		abort();
	while (*s) {
		if (s[0] == '\r' && s[1] == '\n' && s[2] == ' ')
			s += 3;
		else
			*o++ = *s++;
	}
	*o = '\0';
	return out;
}

/* Writes one event with this summary, description and url (uid "u@x", DTSTAMP STAMP, 2026-03-15)
 * into b, emptied first. Returns what ical_event_day returned. */
static int one_event(struct buf *b, const char *summary, const char *description, const char *url)
{
	buf_reset(b);
	return ical_event_day(b, "u@x", STAMP, "2026-03-15", summary, description, url);
}

static void test_ical_calendar(void)
{
	struct buf b = { 0 };
	char line[256];
	ical_begin(&b, "-//Example//CRM//EN", "CRM follow-ups");
	int rc = ical_event_day(&b, "followup-12@crm.example", STAMP, "2026-03-15", "Call Ana, about the quote",
				"Ask about delivery; she wants it by Friday.\nBring the catalogue.",
				"https://crm.example/cgi-bin/crm/followup?id=12");
	ical_end(&b);
	/* DESCRIPTION: "DESCRIPTION:" is 12 octets; "Ask about delivery" 18 (30), "\;" (32), " she wants it
	 * by Friday." 24 (56), "\n" (58), then 17 octets fill the line to 75: "Bring the catalog", and
	 * " ue." follows the fold. */
	CHECK(rc == 0, "ical: a whole calendar is written");
	CHECK_STR(b.data,
		  "BEGIN:VCALENDAR\r\n"
		  "VERSION:2.0\r\n"
		  "PRODID:-//Example//CRM//EN\r\n"
		  "CALSCALE:GREGORIAN\r\n"
		  "METHOD:PUBLISH\r\n"
		  "X-WR-CALNAME:CRM follow-ups\r\n"
		  "BEGIN:VEVENT\r\n"
		  "UID:followup-12@crm.example\r\n"
		  "DTSTAMP:20260301T090000Z\r\n"
		  "DTSTART;VALUE=DATE:20260315\r\n"
		  "DTEND;VALUE=DATE:20260316\r\n"
		  "SUMMARY:Call Ana\\, about the quote\r\n"
		  "DESCRIPTION:Ask about delivery\\; she wants it by Friday.\\nBring the catalog\r\n"
		  " ue.\r\n"
		  "URL:https://crm.example/cgi-bin/crm/followup?id=12\r\n"
		  "TRANSP:TRANSPARENT\r\n"
		  "END:VEVENT\r\n"
		  "END:VCALENDAR\r\n",
		  "ical: the calendar, hand-written, with its one fold");
	CHECK(crlf_only(b.data, b.len), "ical: every line of the calendar ends with CRLF");

	buf_reset(&b);
	ical_begin(&b, "-//Example//CRM//EN", "Ana, Ben; sales\\east");
	CHECK_STR(content_line(b.data, "X-WR-CALNAME", line, sizeof line),
		  "X-WR-CALNAME:Ana\\, Ben\\; sales\\\\east\r\n", "ical: the calendar name is escaped");
	buf_reset(&b);
	ical_begin(&b, "-//Example//CRM//EN", NULL);
	ical_end(&b);
	CHECK_STR(b.data,
		  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//CRM//EN\r\nCALSCALE:GREGORIAN\r\n"
		  "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n", "ical: no X-WR-CALNAME without a name");
	buf_reset(&b);
	ical_begin(&b, "-//Example//CRM//EN", "");
	CHECK(strstr(b.data, "X-WR-CALNAME") == NULL, "ical: no X-WR-CALNAME for an empty name");

	rc = one_event(&b, "Call", NULL, "");
	CHECK(rc == 0 && strcmp(b.data,
		"BEGIN:VEVENT\r\nUID:u@x\r\nDTSTAMP:20260301T090000Z\r\nDTSTART;VALUE=DATE:20260315\r\n"
		"DTEND;VALUE=DATE:20260316\r\nSUMMARY:Call\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n") == 0,
	      "ical: no DESCRIPTION when NULL, no URL when \"\"");
	rc = one_event(&b, "", "", NULL);
	CHECK(rc == 0 && strstr(b.data, "\r\nSUMMARY:\r\nTRANSP:TRANSPARENT\r\n") != NULL,
	      "ical: no DESCRIPTION when \"\", no URL when NULL; an empty SUMMARY is written");
	buf_free(&b);
}

static void test_ical_text(void)
{
	struct buf b = { 0 };
	char line[512];
	/* , ; \ and LF escaped; CRLF becomes \n (CR dropped), a lone CR is dropped */
	one_event(&b, "Call Ana, re: quote; path C:\\crm\\x\nthen\r\nemail\rnow", NULL, NULL);
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line),
		  "SUMMARY:Call Ana\\, re: quote\\; path C:\\\\crm\\\\x\\nthen\\nemailnow\r\n",
		  "ical text: comma, semicolon, backslash and newline escaped, CR dropped");
	one_event(&b, "\\\\;;,,\n\n", NULL, NULL);
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), "SUMMARY:\\\\\\\\\\;\\;\\,\\,\\n\\n\r\n",
		  "ical text: runs of specials, each escaped once");
	/* TAB is allowed in TEXT; the other controls (here U+0001, U+001B, DEL) are not */
	one_event(&b, "a\tb\x01" "c\x1b" "d\x7f" "e", NULL, NULL);
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), "SUMMARY:a\tbcde\r\n",
		  "ical text: TAB kept, other control characters dropped");
	/* bytes that are not UTF-8 become U+FFFD (EF BF BD), one per byte: Latin-1 e-acute, an overlong
	 * slash (C0 AF), a surrogate (ED A0 80), a sequence cut short at the end (E2 82) */
	one_event(&b, "caf\xE9!", "\xC0\xAF|\xED\xA0\x80|\xE2\x82", NULL);
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), "SUMMARY:caf\xEF\xBF\xBD!\r\n",
		  "ical text: a Latin-1 byte becomes U+FFFD");
	CHECK_STR(content_line(b.data, "DESCRIPTION", line, sizeof line),
		  "DESCRIPTION:\xEF\xBF\xBD\xEF\xBF\xBD|\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|\xEF\xBF\xBD\xEF\xBF\xBD\r\n",
		  "ical text: overlong, surrogate and cut-short sequences become U+FFFD");
	/* UID is TEXT too */
	buf_reset(&b);
	ical_event_day(&b, "lead-7,a;b@crm.example", STAMP, "2026-03-15", "x", NULL, NULL);
	CHECK_STR(content_line(b.data, "UID", line, sizeof line), "UID:lead-7\\,a\\;b@crm.example\r\n",
		  "ical text: UID is escaped as TEXT");
	buf_free(&b);
}

static void test_ical_fold(void)
{
	struct buf b = { 0 };
	char line[1024], want[1024], emoji[256];

	/* "SUMMARY:" is 8 octets, so 67 more fill a line to exactly 75: no fold */
	one_event(&b, repeat('a', 67), NULL, NULL);
	snprintf(want, sizeof want, "SUMMARY:%s\r\n", repeat('a', 67));
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), want, "ical fold: 75 octets stay on one line");
	/* 68: the 68th goes after the fold */
	one_event(&b, repeat('a', 68), NULL, NULL);
	snprintf(want, sizeof want, "SUMMARY:%s\r\n a\r\n", repeat('a', 67));
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), want, "ical fold: 76 octets fold after 75");
	/* 67 + 74 + 3: a continuation line holds its space and 74 octets */
	one_event(&b, repeat('b', 144), NULL, NULL);
	snprintf(want, sizeof want, "SUMMARY:%s\r\n ", repeat('b', 67));
	strcat(want, repeat('b', 74));   /* repeat's buffer is reused: one call at a time */
	strcat(want, "\r\n bbb\r\n");
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), want,
		  "ical fold: continuation lines are a space and 74 octets");
	/* an escape is not split: 65 + "\," is 75 (fits); 66 + "\," would be 76, so "\," moves */
	char summary[256];
	snprintf(summary, sizeof summary, "%s,", repeat('c', 65));
	one_event(&b, summary, NULL, NULL);
	snprintf(want, sizeof want, "SUMMARY:%s\\,\r\n", repeat('c', 65));
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), want, "ical fold: an escape ending at 75 stays");
	snprintf(summary, sizeof summary, "%s,", repeat('c', 66));
	one_event(&b, summary, NULL, NULL);
	snprintf(want, sizeof want, "SUMMARY:%s\r\n \\,\r\n", repeat('c', 66));
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), want, "ical fold: an escape is never split");

	/* Filipino: 8 + 66 ASCII octets = 74, and n-tilde (C3 B1) would end at 76, so it starts the next
	 * line; a fold after octet 75 would have split it */
	one_event(&b, "Tawagan si Bb. Dela Cruz tungkol sa bagong kotasyon para sa Las Pi\xC3\xB1" "as, "
		  "Para\xC3\xB1" "aque at Muntinlupa \xE2\x80\x94 salamat! \xF0\x9F\x99\x8F", NULL, NULL);
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line),
		  "SUMMARY:Tawagan si Bb. Dela Cruz tungkol sa bagong kotasyon para sa Las Pi\r\n"
		  " \xC3\xB1" "as\\, Para\xC3\xB1" "aque at Muntinlupa \xE2\x80\x94 salamat! \xF0\x9F\x99\x8F\r\n",
		  "ical fold: Filipino summary folds before the n-tilde, not inside it");

	/* 36 emoji of 4 octets: 8 + 16x4 = 72 (a 17th would make 76); then 1 + 18x4 = 73; then 1 + 2x4 */
	one_event(&b, repeat_str(emoji, sizeof emoji, FIRE, 36), NULL, NULL);
	char part[128];
	snprintf(want, sizeof want, "SUMMARY:%s\r\n", repeat_str(part, sizeof part, FIRE, 16));
	strcat(want, " ");
	strcat(want, repeat_str(part, sizeof part, FIRE, 18));
	strcat(want, "\r\n " FIRE FIRE "\r\n");
	CHECK_STR(content_line(b.data, "SUMMARY", line, sizeof line), want,
		  "ical fold: 36 emoji fold as 16, 18, 2, never inside one");

	/* A long Filipino/Malay description with accents, escapes and emoji: every physical line at
	 * most 75 octets, no fold inside a character, and unfolded it is the escaped text. */
	buf_reset(&b);
	ical_begin(&b, "-//Example//CRM//EN", "Mga follow-up");
	int rc = ical_event_day(&b, "followup-99@crm.example", STAMP, "2026-06-12",
		"Kumust\xC3\xA1 po! \xF0\x9F\x98\x8A Paalala: tawagan si G. Pe\xC3\xB1" "a bago mag-Biyernes \xF0\x9F\x93\x9E\xF0\x9F\x93\x9E\xF0\x9F\x93\x9E",
		"Mahal na G. Santos,\nSalamat sa inyong tugon; ipapadala namin ang kotasyon para sa "
		"Las Pi\xC3\xB1" "as at Para\xC3\xB1" "aque sa Lunes. Terima kasih, Encik Zulkifli \xE2\x80\x94 "
		"jumpa lagi! \xF0\x9F\x98\x8A\xF0\x9F\x8E\x89\xF0\x9F\x87\xB5\xF0\x9F\x87\xAD\n\xE2\x80\x94 Koponan ng Benta",
		"https://crm.example/cgi-bin/crm/followup?id=99");
	ical_end(&b);
	CHECK(rc == 0 && crlf_only(b.data, b.len), "ical fold: the long UTF-8 event has CRLF line ends only");
	CHECK(longest_line(b.data) <= ICAL_LINE_MAX && longest_line(b.data) >= 70,
	      "ical fold: every physical line of the long UTF-8 event is at most 75 octets (longest %zu)",
	      longest_line(b.data));
	CHECK(folds_at_characters(b.data), "ical fold: no fold of the long UTF-8 event splits a character");
	char *flat = unfold(b.data);
	CHECK(strstr(flat, "\r\nDESCRIPTION:Mahal na G. Santos\\,\\nSalamat sa inyong tugon\\; ipapadala namin "
		"ang kotasyon para sa Las Pi\xC3\xB1" "as at Para\xC3\xB1" "aque sa Lunes. Terima kasih\\, Encik "
		"Zulkifli \xE2\x80\x94 jumpa lagi! \xF0\x9F\x98\x8A\xF0\x9F\x8E\x89\xF0\x9F\x87\xB5\xF0\x9F\x87\xAD"
		"\\n\xE2\x80\x94 Koponan ng Benta\r\n") != NULL,
	      "ical fold: the long description unfolds to the escaped text");
	CHECK(strstr(flat, "\r\nSUMMARY:Kumust\xC3\xA1 po! \xF0\x9F\x98\x8A Paalala: tawagan si G. Pe\xC3\xB1"
		"a bago mag-Biyernes \xF0\x9F\x93\x9E\xF0\x9F\x93\x9E\xF0\x9F\x93\x9E\r\n") != NULL,
	      "ical fold: the long summary unfolds to the text");
	free(flat);

	/* UID folds too: "UID:" is 4 octets, then 67 "u" and "@crm" fill the line to 75, ".example" follows */
	char uid[256];
	snprintf(uid, sizeof uid, "%s@crm.example", repeat('u', 67));
	buf_reset(&b);
	ical_event_day(&b, uid, STAMP, "2026-03-15", "x", NULL, NULL);
	snprintf(want, sizeof want, "UID:%s@crm\r\n .example\r\n", repeat('u', 67));
	CHECK_STR(content_line(b.data, "UID", line, sizeof line), want, "ical fold: a long UID folds after 75 octets");
	buf_free(&b);
}

static void test_ical_url(void)
{
	struct buf b = { 0 };
	char line[512], want[512], url[256];
	/* a URI value: , ; \ are not escaped */
	one_event(&b, "x", NULL, "https://crm.example/a,b;c\\d?q=1,2");
	CHECK_STR(content_line(b.data, "URL", line, sizeof line), "URL:https://crm.example/a,b;c\\d?q=1,2\r\n",
		  "ical url: not text-escaped");
	one_event(&b, "x", NULL, "https://crm.example/f?id=12\r\n\t&x=1\x7f\x01");
	CHECK_STR(content_line(b.data, "URL", line, sizeof line), "URL:https://crm.example/f?id=12&x=1\r\n",
		  "ical url: CR, LF, TAB, DEL and other control characters dropped");
	one_event(&b, "x", NULL, "https://crm.example/kliyente/Pi\xC3\xB1" "as Hardware");
	CHECK_STR(content_line(b.data, "URL", line, sizeof line),
		  "URL:https://crm.example/kliyente/Pi%C3%B1as%20Hardware\r\n",
		  "ical url: non-ASCII bytes and space percent-encoded");
	one_event(&b, "x", NULL, "\r\n\t");
	CHECK(strstr(b.data, "URL") == NULL, "ical url: left out when only control characters");
	/* "URL:" is 4 octets: 71 fill the line exactly */
	snprintf(url, sizeof url, "https://crm.example/?t=%s", repeat('t', 71 - 23));
	one_event(&b, "x", NULL, url);
	snprintf(want, sizeof want, "URL:%s\r\n", url);
	CHECK_STR(content_line(b.data, "URL", line, sizeof line), want, "ical url: 75 octets stay on one line");
	/* 70 + n-tilde: "%C3" would end at octet 77, so it starts the next line; "%B1" follows it */
	snprintf(url, sizeof url, "https://crm.example/?t=%s\xC3\xB1", repeat('t', 70 - 23));
	one_event(&b, "x", NULL, url);
	snprintf(want, sizeof want, "URL:https://crm.example/?t=%s\r\n %%C3%%B1\r\n", repeat('t', 70 - 23));
	CHECK_STR(content_line(b.data, "URL", line, sizeof line), want,
		  "ical url: a long URL folds, and not inside a percent-encoding");
	buf_free(&b);
}

/* Whether the event for date has DTSTART start and DTEND end (both YYYYMMDD). */
static int event_dates(const char *date, const char *start, const char *end)
{
	struct buf b = { 0 };
	char want[128];
	snprintf(want, sizeof want, "\r\nDTSTART;VALUE=DATE:%s\r\nDTEND;VALUE=DATE:%s\r\n", start, end);
	int ok = ical_event_day(&b, "u@x", STAMP, date, "x", NULL, NULL) == 0 && strstr(b.data, want) != NULL;
	buf_free(&b);
	return ok;
}

/* Whether ical_event_day with these arguments returns -1 and leaves a buffer holding a calendar
 * header exactly as it was. */
static int refused(const char *uid, const char *dtstamp, const char *date, const char *summary)
{
	struct buf b = { 0 };
	ical_begin(&b, "-//Example//CRM//EN", "c");
	size_t len = b.len;
	char *before = malloc(len + 1);
	if (before == NULL)
		abort();
	memcpy(before, b.data, len + 1);
	int rc = ical_event_day(&b, uid, dtstamp, date, summary, "d", "https://crm.example/");
	int ok = rc == -1 && b.len == len && memcmp(b.data, before, len + 1) == 0;
	free(before);
	buf_free(&b);
	return ok;
}

static void test_ical_dates(void)
{
	CHECK(event_dates("2026-03-15", "20260315", "20260316"), "ical dates: 2026-03-15 ends 20260316");
	CHECK(event_dates("2028-02-28", "20280228", "20280229"), "ical dates: 2028-02-28 ends 20280229 (leap year)");
	CHECK(event_dates("2028-02-29", "20280229", "20280301"), "ical dates: 2028-02-29 ends 20280301");
	CHECK(event_dates("2027-02-28", "20270228", "20270301"), "ical dates: 2027-02-28 ends 20270301 (common year)");
	CHECK(event_dates("2026-12-31", "20261231", "20270101"), "ical dates: 2026-12-31 ends 20270101 (year end)");
	CHECK(event_dates("2026-04-30", "20260430", "20260501") && event_dates("2026-01-31", "20260131", "20260201"),
	      "ical dates: 30- and 31-day month ends");
	CHECK(event_dates("2100-02-28", "21000228", "21000301") && event_dates("2000-02-28", "20000228", "20000229"),
	      "ical dates: 2100 is not a leap year, 2000 is");
	CHECK(event_dates("0001-01-01", "00010101", "00010102") && event_dates("9999-12-30", "99991230", "99991231"),
	      "ical dates: the first and the last day that can start an event");

	CHECK(refused("u@x", STAMP, "2027-02-29", "x"), "ical dates: 2027-02-29 refused, buffer unchanged");
	CHECK(refused("u@x", STAMP, "2026-13-01", "x"), "ical dates: 2026-13-01 refused, buffer unchanged");
	CHECK(refused("u@x", STAMP, "x", "x"), "ical dates: \"x\" refused, buffer unchanged");
	CHECK(refused("u@x", STAMP, "", "x") && refused("u@x", STAMP, NULL, "x"), "ical dates: \"\" and NULL refused");
	CHECK(refused("u@x", STAMP, "2100-02-29", "x") && refused("u@x", STAMP, "2026-04-31", "x") &&
	      refused("u@x", STAMP, "2026-00-10", "x") && refused("u@x", STAMP, "2026-01-00", "x") &&
	      refused("u@x", STAMP, "0000-06-15", "x"),
	      "ical dates: 2100-02-29, 2026-04-31, month 0, day 0 and year 0 refused");
	CHECK(refused("u@x", STAMP, "9999-12-31", "x"), "ical dates: 9999-12-31 refused (its DTEND needs five digits)");
	CHECK(refused("u@x", STAMP, "2026-1-01", "x") && refused("u@x", STAMP, "2026-01-011", "x") &&
	      refused("u@x", STAMP, "2026/01/01", "x") && refused("u@x", STAMP, " 2026-01-01", "x") &&
	      refused("u@x", STAMP, "2026-01-0a", "x") && refused("u@x", STAMP, "+026-01-01", "x"),
	      "ical dates: only exactly YYYY-MM-DD is read");

	CHECK(refused("u@x", "20260301T090000", "2026-03-15", "x") &&
	      refused("u@x", "2026-03-01T09:00:00Z", "2026-03-15", "x") &&
	      refused("u@x", "20260230T090000Z", "2026-03-15", "x") &&
	      refused("u@x", "20260301T240000Z", "2026-03-15", "x") &&
	      refused("u@x", "20260301T096000Z", "2026-03-15", "x") &&
	      refused("u@x", NULL, "2026-03-15", "x"),
	      "ical: a DTSTAMP not of the form YYYYMMDDTHHMMSSZ, or not a real time, refused");
	CHECK(refused(NULL, STAMP, "2026-03-15", "x") && refused("", STAMP, "2026-03-15", "x") &&
	      refused("u@x", STAMP, "2026-03-15", NULL),
	      "ical: a NULL or empty UID and a NULL summary refused");
}

void test_ical(int *run, int *failed)
{
	test_ical_calendar();
	test_ical_text();
	test_ical_fold();
	test_ical_url();
	test_ical_dates();
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
