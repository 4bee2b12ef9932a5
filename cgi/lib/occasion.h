/* occasion.h: calendar arithmetic of yearly occasions (birthdays, name days): the company's date,
 * the month-day ranges a window of days covers, and the next time an occasion falls (pure). */
#ifndef CRM_OCCASION_H
#define CRM_OCCASION_H

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
long civil_days(int y, int m, int d);
void civil_from_days(long days, int *y, int *m, int *d);
int civil_leap(int y);
/* 1 when y-m-d is a calendar date (years 1..9999). */
int civil_valid(int y, int m, int d);
/* Parses "YYYY-MM-DD" (a valid date) into y, m, d: 0, or -1. */
int civil_parse(const char *s, int *y, int *m, int *d);

/* The date at Unix time now in the time zone tz (an IANA name such as "Asia/Manila", or "UTC"):
 * 0, or -1 when tz is not a zone of this system (nothing is changed then). The process's own
 * time zone is left as it was. */
int occasion_today(const char *tz, long long now, int *y, int *m, int *d);
/* 1 when tz names a time zone of this system (a file under /usr/share/zoneinfo, or "UTC"). */
int occasion_zone_valid(const char *tz);

/* A range of month-days, month * 100 + day, both ends included: what an index on
 * MONTH(date) * 100 + DAY(date) is searched by. */
struct md_range {
	int from, to;
};
/* The month-day ranges of the days days from y-m-d on (today is day 0, so days = 0 is today
 * alone and days = 7 is a week ahead), in one range or two when the window crosses the new year.
 * 29 February is kept on 28 February in common years (the documented rule): a window whose
 * 28 February falls in a common year also takes 29 February in. Returns the number of ranges. */
int occasion_ranges(int y, int m, int d, int days, struct md_range r[2]);
/* Days from y-m-d to the next time (today included) month/day falls, with 29 February on
 * 28 February in common years; the date it falls on in *ny, *nm, *nd (any may be NULL). */
int occasion_next(int month, int day, int y, int m, int d, int *ny, int *nm, int *nd);
#endif
