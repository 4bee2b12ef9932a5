/* ical.c: an iCalendar (RFC 5545) writer for all-day events: escaping, line folding, date arithmetic. */
#include "ical.h"
#include "parse.h"
#include <stdio.h>
#include <string.h>

#define REPLACEMENT_CHAR "\xEF\xBF\xBD"   /* U+FFFD in UTF-8, for bytes that are not UTF-8 */

/* A calendar date; valid ones run from 0001-01-01 to 9999-12-31. */
struct ical_date {
	int year, month, day;
};

static int is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Days in the month (1 to 12) of the year, in the Gregorian calendar. */
static int days_in_month(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

static int date_is_valid(const struct ical_date *d)
{
	return d->year >= 1 && d->year <= 9999 && d->month >= 1 && d->month <= 12 &&
	       d->day >= 1 && d->day <= days_in_month(d->year, d->month);
}

/* Reads exactly n decimal digits at s into *value. Returns 0, or -1 when one of them is not a
 * digit (a NUL included, so s may be shorter than n). */
static int read_digits(const char *s, int n, int *value)
{
	*value = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*value = *value * 10 + (s[i] - '0');
	}
	return 0;
}

/* Parses date, which must be exactly "YYYY-MM-DD" and a real calendar date, into *out.
 * Returns 0, or -1 (and *out is undefined). */
static int parse_date(const char *date, struct ical_date *out)
{
	if (date == NULL || strlen(date) != 10 || date[4] != '-' || date[7] != '-')
		return -1;
	if (read_digits(date, 4, &out->year) || read_digits(date + 5, 2, &out->month) ||
	    read_digits(date + 8, 2, &out->day))
		return -1;
	return date_is_valid(out) ? 0 : -1;
}

/* Whether dtstamp is exactly "YYYYMMDDTHHMMSSZ", a real date and a time from 000000 to 235959. */
static int dtstamp_is_valid(const char *dtstamp)
{
	struct ical_date d;
	int hour, minute, second;
	if (dtstamp == NULL || strlen(dtstamp) != 16 || dtstamp[8] != 'T' || dtstamp[15] != 'Z')
		return 0;
	if (read_digits(dtstamp, 4, &d.year) || read_digits(dtstamp + 4, 2, &d.month) ||
	    read_digits(dtstamp + 6, 2, &d.day) || read_digits(dtstamp + 9, 2, &hour) ||
	    read_digits(dtstamp + 11, 2, &minute) || read_digits(dtstamp + 13, 2, &second))
		return 0;
	return date_is_valid(&d) && hour < 24 && minute < 60 && second < 60;
}

/* The day after *d (a valid date), into *d; 9999-12-31 gives year 10000, which is not valid. */
static void next_day(struct ical_date *d)
{
	if (d->day < days_in_month(d->year, d->month)) {
		d->day++;
	} else if (d->month < 12) {
		d->month++;
		d->day = 1;
	} else {
		d->year++;
		d->month = 1;
		d->day = 1;
	}
}

/* Writes *d (a valid date) as "YYYYMMDD" and a NUL into out. */
static void format_date(const struct ical_date *d, char out[9])
{
	int fields[3] = { d->year, d->month, d->day }, widths[3] = { 4, 2, 2 };
	char *o = out;
	for (int f = 0; f < 3; f++) {
		for (int i = widths[f] - 1, value = fields[f]; i >= 0; i--, value /= 10)
			o[i] = (char)('0' + value % 10);
		o += widths[f];
	}
	*o = '\0';
}

/* A content line being appended to out: octets counts what the current physical line holds. */
struct ical_line {
	struct buf *out;
	size_t octets;
};

/* Appends the n octets at s, which must stay together (one character, one escape), first folding
 * the line (CRLF and a space, which counts as an octet of the new line) if they would not fit. */
static void line_put(struct ical_line *line, const char *s, size_t n)
{
	if (line->octets + n > ICAL_LINE_MAX) {
		buf_add(line->out, "\r\n ", 3);
		line->octets = 1;
	}
	buf_add(line->out, s, n);
	line->octets += n;
}

/* Appends ASCII text as it is (a property name with its parameters, a date), octet by octet. */
static void put_ascii(struct ical_line *line, const char *s)
{
	for (; *s; s++)
		line_put(line, s, 1);
}

/* Appends value as a TEXT value (RFC 5545 3.3.11): \ ; , and LF escaped, CR and the other
 * control characters but TAB dropped, each byte that does not start a UTF-8 character as U+FFFD. */
static void put_text(struct ical_line *line, const char *value)
{
	const unsigned char *s = (const unsigned char *)value;
	while (*s) {
		unsigned char c = *s;
		size_t n;
		if (c == '\\' || c == ';' || c == ',') {
			char escape[2] = { '\\', (char)c };
			line_put(line, escape, 2);
			s++;
		} else if (c == '\n') {
			line_put(line, "\\n", 2);
			s++;
		} else if ((c < 0x20 && c != '\t') || c == 0x7F) {
			s++;
		} else if ((n = utf8_char_len(s)) == 0) {
			line_put(line, REPLACEMENT_CHAR, 3);
			s++;
		} else {
			line_put(line, (const char *)s, n);
			s += n;
		}
	}
}

/* Appends value as a URI value: not escaped, control characters dropped, bytes of 0x80 and above
 * and space percent-encoded, so the value is printable ASCII. */
static void put_uri(struct ical_line *line, const char *value)
{
	for (const unsigned char *s = (const unsigned char *)value; *s; s++) {
		if (*s < 0x20 || *s == 0x7F)
			continue;
		if (*s >= 0x80 || *s == ' ') {
			char percent[4];
			snprintf(percent, sizeof percent, "%%%02X", (unsigned)*s);
			line_put(line, percent, 3);
		} else {
			char c = (char)*s;
			line_put(line, &c, 1);
		}
	}
}

/* Whether s has a byte that is not a control character (what put_uri would write). */
static int has_non_control(const char *s)
{
	for (const unsigned char *u = (const unsigned char *)s; *u; u++)
		if (*u >= 0x20 && *u != 0x7F)
			return 1;
	return 0;
}

/* The three kinds of value: each content line is "name:value" CRLF, folded as it goes. */
enum ical_value_kind {
	VALUE_ASCII,   /* written as it is; the caller checked it */
	VALUE_TEXT,
	VALUE_URI
};

/* Appends the content line name:value and its CRLF to out. name is the property name and any
 * parameters ("DTSTART;VALUE=DATE"). */
static void put_property(struct buf *out, const char *name, enum ical_value_kind kind, const char *value)
{
	struct ical_line line = { out, 0 };
	put_ascii(&line, name);
	line_put(&line, ":", 1);
	if (kind == VALUE_TEXT)
		put_text(&line, value);
	else if (kind == VALUE_URI)
		put_uri(&line, value);
	else
		put_ascii(&line, value);
	buf_add(out, "\r\n", 2);
}

void ical_begin(struct buf *b, const char *prodid, const char *calname)
{
	put_property(b, "BEGIN", VALUE_ASCII, "VCALENDAR");
	put_property(b, "VERSION", VALUE_ASCII, "2.0");
	put_property(b, "PRODID", VALUE_TEXT, prodid ? prodid : "");
	put_property(b, "CALSCALE", VALUE_ASCII, "GREGORIAN");
	put_property(b, "METHOD", VALUE_ASCII, "PUBLISH");
	if (calname && calname[0])
		put_property(b, "X-WR-CALNAME", VALUE_TEXT, calname);
}

int ical_event_day(struct buf *b, const char *uid, const char *dtstamp, const char *date,
		   const char *summary, const char *description, const char *url)
{
	struct ical_date start, end;
	char start_text[9], end_text[9];   /* YYYYMMDD */
	if (uid == NULL || uid[0] == '\0' || summary == NULL || !dtstamp_is_valid(dtstamp) ||
	    parse_date(date, &start) != 0)
		return -1;
	end = start;
	next_day(&end);
	if (!date_is_valid(&end))
		return -1;
	format_date(&start, start_text);
	format_date(&end, end_text);

	put_property(b, "BEGIN", VALUE_ASCII, "VEVENT");
	put_property(b, "UID", VALUE_TEXT, uid);
	put_property(b, "DTSTAMP", VALUE_ASCII, dtstamp);
	put_property(b, "DTSTART;VALUE=DATE", VALUE_ASCII, start_text);
	put_property(b, "DTEND;VALUE=DATE", VALUE_ASCII, end_text);
	put_property(b, "SUMMARY", VALUE_TEXT, summary);
	if (description && description[0])
		put_property(b, "DESCRIPTION", VALUE_TEXT, description);
	if (url && has_non_control(url))
		put_property(b, "URL", VALUE_URI, url);
	put_property(b, "TRANSP", VALUE_ASCII, "TRANSPARENT");
	put_property(b, "END", VALUE_ASCII, "VEVENT");
	return 0;
}

void ical_end(struct buf *b)
{
	put_property(b, "END", VALUE_ASCII, "VCALENDAR");
}
