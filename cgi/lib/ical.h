/* ical.h: an iCalendar (RFC 5545) writer for all-day events, appending to a struct buf. */
#ifndef CRM_ICAL_H
#define CRM_ICAL_H
#include "buf.h"

/* The longest physical line, in octets, not counting its CRLF (RFC 5545 3.1). */
#define ICAL_LINE_MAX 75

/*
 * Every function appends to b; the caller owns b and frees it with buf_free. Every line ends
 * with CRLF, and a content line longer than ICAL_LINE_MAX octets is folded (CRLF and one space)
 * between whole UTF-8 characters, never inside one and never inside a backslash escape.
 * TEXT values (PRODID, X-WR-CALNAME, UID, SUMMARY, DESCRIPTION) escape backslash, semicolon,
 * comma and newline as \\ \; \, \n, drop CR and every other control character but TAB, and
 * replace bytes that are not UTF-8 with U+FFFD. The URL value is a URI, so it is not escaped:
 * control characters are dropped, and bytes of 0x80 and above and space are percent-encoded
 * (%C3%B1), which is how RFC 3987 turns an IRI into a URI.
 */

/* BEGIN:VCALENDAR, VERSION:2.0, PRODID:prodid, CALSCALE:GREGORIAN, METHOD:PUBLISH, and
 * X-WR-CALNAME:calname (left out when calname is NULL or ""). A NULL prodid is written as "". */
void ical_begin(struct buf *b, const char *prodid, const char *calname);

/*
 * One all-day VEVENT: UID:uid, DTSTAMP:dtstamp, DTSTART;VALUE=DATE: the date, DTEND;VALUE=DATE:
 * the next day, SUMMARY:summary, DESCRIPTION:description (left out when NULL or ""), URL:url
 * (left out when NULL, "", or only control characters), TRANSP:TRANSPARENT, END:VEVENT.
 *   uid: globally unique, such as "followup-12@crm.example"; must not be NULL or "".
 *   dtstamp: when the calendar was made, in UTC, as "YYYYMMDDTHHMMSSZ" (a real date and time).
 *   date: "YYYY-MM-DD", a calendar date from 0001-01-01 to 9999-12-30 (the next day must have
 *         four digits too).
 *   summary: must not be NULL ("" gives an empty SUMMARY).
 * Returns 0, or -1 having written nothing when an argument breaks these rules.
 */
int ical_event_day(struct buf *b, const char *uid, const char *dtstamp, const char *date,
		   const char *summary, const char *description, const char *url);

/* END:VCALENDAR. */
void ical_end(struct buf *b);
#endif
