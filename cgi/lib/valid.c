/* valid.c: pure field validators (no database, no allocation). */
#include "valid.h"
#include "occasion.h"
#include "motivation.h"
#include "normalize.h"
#include "money.h"
#include "parse.h"
#include "intake.h"
#include "sla.h"
#include <stdio.h>
#include <string.h>

static int in_list(const char *v, size_t len, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == len && memcmp(*list, v, len) == 0)
			return 1;
	return 0;
}

const char *valid_username(const char *v, size_t len)
{
	if (len < 3 || len > 64 || !(v[0] >= 'a' && v[0] <= 'z'))
		return "err.username";
	for (size_t i = 0; i < len; i++) {
		char c = v[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
			return "err.username";
	}
	return NULL;
}

const char *valid_password(const char *v, size_t len)
{
	return len >= 1 && len <= 1024 ? NULL : "err.password";
}

const char *valid_new_password(const char *v, size_t len)
{
	return len >= 10 && len <= 1024 ? NULL : "err.new_password";
}

const char *valid_person_name(const char *v, size_t len)
{
	if (len < 1 || len > 200)
		return "err.name";
	int letters = 0;   /* a name of spaces only is no name */
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7F)
			return "err.name";
		letters |= v[i] != ' ';
	}
	return letters ? NULL : "err.name";
}

const char *valid_role(const char *v, size_t len)
{
	static const char *const roles[] = { "admin", "manager", "agent", NULL };
	return in_list(v, len, roles) ? NULL : "err.role";
}

const char *valid_lang(const char *v, size_t len)
{
	static const char *const langs[] = { "en", "fil", "ms", NULL };
	return in_list(v, len, langs) ? NULL : "err.lang";
}

const char *valid_token(const char *v, size_t len)
{
	if (len != 64)
		return "err.token";
	for (size_t i = 0; i < len; i++)
		if (!((v[i] >= '0' && v[i] <= '9') || (v[i] >= 'a' && v[i] <= 'f')))
			return "err.token";
	return NULL;
}

const char *valid_redirect(const char *v, size_t len)
{
	return strlen(v) == len && redirect_target_ok(v) ? NULL : "err.redirect";
}

const char *valid_id(const char *v, size_t len)
{
	if (len < 1 || len > 16 || v[0] == '0')
		return "err.id";
	long long n = 0;
	for (size_t i = 0; i < len; i++) {
		if (v[i] < '0' || v[i] > '9')
			return "err.id";
		n = n * 10 + (v[i] - '0');
	}
	return n <= (1LL << 53) ? NULL : "err.id";
}

long long valid_id_value(const char *v)
{
	if (v == NULL || valid_id(v, strlen(v)))
		return 0;
	long long n = 0;
	for (; *v; v++)
		n = n * 10 + (*v - '0');
	return n;
}

int role_from_name(const char *name)
{
	if (name == NULL) return 0;
	if (strcmp(name, "admin") == 0) return ROLE_ADMIN;
	if (strcmp(name, "manager") == 0) return ROLE_MANAGER;
	if (strcmp(name, "agent") == 0) return ROLE_AGENT;
	return 0;
}

const char *role_name(int role)
{
	switch (role) {
	case ROLE_ADMIN: return "admin";
	case ROLE_MANAGER: return "manager";
	case ROLE_AGENT: return "agent";
	}
	return "";
}

#define ENUM_VALIDATOR(fn, key, ...) \
	const char *fn(const char *v, size_t len) \
	{ \
		static const char *const list[] = { __VA_ARGS__, NULL }; \
		return in_list(v, len, list) ? NULL : key; \
	}

ENUM_VALIDATOR(valid_client_kind, "err.choice", "person", "company")
ENUM_VALIDATOR(valid_source_channel, "err.choice", "walk_in", "phone", "web", "email", "referral",
	       "leaflet", "event", "social", "other")
ENUM_VALIDATOR(valid_preferred_channel, "err.choice", "phone", "email", "sms", "post", "visit")
ENUM_VALIDATOR(valid_client_status, "err.choice", "prospect", "active", "dormant", "lost")
ENUM_VALIDATOR(valid_phone_kind, "err.choice", "mobile", "home", "work", "other")
ENUM_VALIDATOR(valid_interaction_channel, "err.choice", "phone", "email", "sms", "visit", "web",
	       "letter", "leaflet", "other")
ENUM_VALIDATOR(valid_direction, "err.choice", "in", "out")
ENUM_VALIDATOR(valid_sort, "err.choice", "name", "contact")
ENUM_VALIDATOR(valid_flag, "err.choice", "1")

static int no_controls(const char *v, size_t len, int newlines)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)v[i];
		if ((c < 0x20 && !(newlines && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7F)
			return 0;
	}
	return 1;
}

const char *valid_short_text(const char *v, size_t len)
{
	return len <= 200 && no_controls(v, len, 0) ? NULL : "err.short_text";
}

const char *valid_long_text(const char *v, size_t len)
{
	return len <= 5000 && no_controls(v, len, 1) ? NULL : "err.long_text";
}

const char *valid_search(const char *v, size_t len)
{
	return len <= 100 && no_controls(v, len, 0) ? NULL : "err.search";
}

const char *valid_phone(const char *v, size_t len)
{
	char out[PHONE_NORM_MAX + 1];
	return len <= 40 && normalize_phone(v, "63", out) == 0 ? NULL : "err.phone";
}

const char *valid_email(const char *v, size_t len)
{
	char out[256];
	return len <= 254 && normalize_email(v, out, sizeof(out)) == 0 ? NULL : "err.email";
}

static int digits_at(const char *v, size_t n)
{
	int x = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		x = x * 10 + (v[i] - '0');
	}
	return x;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && (y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
		return 29;   /* y == 0: a month-day without a year accepts 29 February */
	return days[m - 1];
}

const char *valid_date(const char *v, size_t len)
{
	if (len != 10 || v[4] != '-' || v[7] != '-')
		return "err.date";
	int y = digits_at(v, 4), m = digits_at(v + 5, 2), d = digits_at(v + 8, 2);
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return "err.date";
	return NULL;
}

const char *valid_month(const char *v, size_t len)
{
	if (len != 7 || v[4] != '-')
		return "err.month";
	int y = digits_at(v, 4), m = digits_at(v + 5, 2);
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 ? NULL : "err.month";
}

const char *valid_month_day(const char *v, size_t len)
{
	if (len != 5 || v[2] != '-')
		return "err.month_day";
	int m = digits_at(v, 2), d = digits_at(v + 3, 2);
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(0, m))
		return "err.month_day";
	return NULL;
}

const char *valid_datetime(const char *v, size_t len)
{
	if (len != 16 || v[10] != 'T' || v[13] != ':' || valid_date(v, 10))
		return "err.datetime";
	int h = digits_at(v + 11, 2), mi = digits_at(v + 14, 2);
	return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 ? NULL : "err.datetime";
}

const char *valid_tags(const char *v, size_t len)
{
	if (len > 500 || !no_controls(v, len, 0))
		return "err.tags";
	int count = 0;
	size_t i = 0;
	while (i < len) {
		while (i < len && (v[i] == ',' || v[i] == ' '))
			i++;
		size_t start = i;
		while (i < len && v[i] != ',')
			i++;
		size_t end = i;
		while (end > start && v[end - 1] == ' ')
			end--;
		if (end > start && (end - start > 40 || ++count > 10))
			return "err.tags";
	}
	return NULL;
}
ENUM_VALIDATOR(valid_consent, "err.choice", "0", "1")
ENUM_VALIDATOR(valid_pick, "err.choice", "a", "b")
ENUM_VALIDATOR(valid_import_target, "err.choice", "kind", "given_name", "family_name", "company_name",
	       "phone1", "phone2", "email1", "email2", "street", "city", "postal_code", "country", "birthday",
	       "name_day", "source_channel", "preferred_channel", "status", "tags", "notes")
ENUM_VALIDATOR(valid_dups, "err.choice", "skip", "import")

const char *valid_upload(const char *v, size_t len)
{
	return len > 0 ? NULL : "err.upload";
}

const char *valid_segment_name(const char *v, size_t len)
{
	return len >= 1 && len <= 80 && no_controls(v, len, 0) ? NULL : "err.short_text";
}

/* Products, purchases and loyalty. */
ENUM_VALIDATOR(valid_purchase_kind, "err.choice", "sale", "return", "cancel")
ENUM_VALIDATOR(valid_spend_window, "err.choice", "lifetime", "12m")
ENUM_VALIDATOR(valid_discount_combine, "err.choice", "max", "sum")
ENUM_VALIDATOR(valid_report_list, "err.choice", "value", "lybunt", "sybunt")
ENUM_VALIDATOR(valid_reward_kind, "err.choice", "cash_bonus", "gift", "gift_certificate", "event_tickets", "other")
ENUM_VALIDATOR(valid_bonus_rule, "err.choice", "percent", "steps")
ENUM_VALIDATOR(valid_report_sort, "err.choice", "revenue", "margin", "tenure")

/* Reminders. */
const char *valid_time_zone(const char *v, size_t len)
{
	return occasion_zone_valid(v) ? NULL : "err.time_zone";
}

ENUM_VALIDATOR(valid_occasion, "err.choice", "birthday", "name_day")
ENUM_VALIDATOR(valid_window_days, "err.choice", "0", "7", "30")

const char *valid_sku(const char *v, size_t len)
{
	if (len < 1 || len > 40)
		return "err.sku";
	for (size_t i = 0; i < len; i++) {
		char c = v[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
		      c == '_' || c == '-'))
			return "err.sku";
	}
	return NULL;
}

int decimal_parse(const char *v, size_t len, int digits, long long max, long long *out)
{
	long long n = 0;
	int whole = 0, frac = -1;
	for (size_t i = 0; i < len; i++) {
		if (v[i] == '.' && frac < 0 && whole > 0) {
			frac = 0;
			continue;
		}
		if (v[i] < '0' || v[i] > '9' || whole > 12 || frac >= digits)
			return -1;
		n = n * 10 + (v[i] - '0');
		if (frac >= 0)
			frac++;
		else
			whole++;
	}
	if (whole == 0 || frac == 0)
		return -1;
	for (int f = frac < 0 ? 0 : frac; f < digits; f++)
		n *= 10;
	if (n > max)
		return -1;
	*out = n;
	return 0;
}

const char *decimal_format(long long v, int digits, char *out, size_t outlen)
{
	long long unit = 1;
	for (int i = 0; i < digits; i++)
		unit *= 10;
	int n = snprintf(out, outlen, "%lld.%0*lld", v / unit, digits, v % unit);
	if (n < 0 || (size_t)n >= outlen)
		n = (int)strlen(out);
	while (n > 0 && out[n - 1] == '0')
		out[--n] = '\0';
	if (n > 0 && out[n - 1] == '.')
		out[--n] = '\0';
	return out;
}

const char *valid_money(const char *v, size_t len)
{
	long long m;
	return strlen(v) == len && money_parse(v, &m) == 0 && m >= 0 && m <= MONEY_MAX ? NULL : "err.money";
}

const char *valid_weight(const char *v, size_t len)
{
	long long w;
	return decimal_parse(v, len, 3, 100000, &w) == 0 && w >= 1 ? NULL : "err.weight";
}

const char *valid_percent(const char *v, size_t len)
{
	long long bp;
	return decimal_parse(v, len, 2, 10000, &bp) == 0 ? NULL : "err.percent";
}

const char *valid_quantity(const char *v, size_t len)
{
	long long q;
	return decimal_parse(v, len, 0, 1000000, &q) == 0 && q >= 1 ? NULL : "err.quantity";
}

const char *valid_basis_points(const char *v, size_t len)
{
	long long bp;
	return decimal_parse(v, len, 0, 10000, &bp) == 0 ? NULL : "err.choice";
}

const char *valid_days(const char *v, size_t len)
{
	long long d;
	return decimal_parse(v, len, 0, 366, &d) == 0 ? NULL : "err.days";
}

const char *valid_form_token(const char *v, size_t len)
{
	if (len != 32)
		return "err.token";
	for (size_t i = 0; i < len; i++)
		if (!((v[i] >= '0' && v[i] <= '9') || (v[i] >= 'a' && v[i] <= 'f')))
			return "err.token";
	return NULL;
}

const char *valid_bonus_steps(const char *v, size_t len)
{
	struct mot_steps steps;
	return len <= 200 && mot_steps_parse(v, &steps) == MOT_STEPS_OK ? NULL : "err.bonus_steps";
}

/* Cases: complaints, claims, suggestions, comments and praise. */
ENUM_VALIDATOR(valid_case_kind, "err.choice", "complaint", "claim", "suggestion", "comment", "praise")
ENUM_VALIDATOR(valid_case_state, "err.choice", "new", "acknowledged", "in_progress", "waiting", "resolved", "closed")
ENUM_VALIDATOR(valid_case_state_filter, "err.choice", "open", "all", "new", "acknowledged", "in_progress", "waiting",
	       "resolved", "closed")
ENUM_VALIDATOR(valid_priority, "err.choice", "low", "normal", "high", "urgent")
ENUM_VALIDATOR(valid_case_sort, "err.choice", "newest", "urgent")
ENUM_VALIDATOR(valid_case_due_filter, "err.choice", "near", "overdue")
ENUM_VALIDATOR(valid_case_group, "err.choice", "kind", "category", "product", "assignee", "month")
ENUM_VALIDATOR(valid_rating, "err.rating", "1", "2", "3", "4", "5")

const char *valid_order_ref(const char *v, size_t len)
{
	return len <= 64 && no_controls(v, len, 0) ? NULL : "err.order_ref";
}

const char *valid_receipt_code(const char *v, size_t len)
{
	char code[RECEIPT_CODE_LEN + 1];
	return len <= 40 && intake_receipt_parse(v, len, code) == 0 ? NULL : "err.receipt_code";
}

const char *valid_contact(const char *v, size_t len)
{
	if (memchr(v, '@', len))
		return valid_email(v, len) ? "err.contact" : NULL;
	return valid_phone(v, len) ? "err.contact" : NULL;
}

const char *valid_assignee_filter(const char *v, size_t len)
{
	if ((len == 2 && memcmp(v, "me", 2) == 0) || (len == 4 && memcmp(v, "none", 4) == 0))
		return NULL;
	return valid_id(v, len) ? "err.choice" : NULL;
}

const char *valid_hours(const char *v, size_t len)
{
	long long h;
	return decimal_parse(v, len, 2, 1000000, &h) == 0 ? NULL : "err.hours";
}

const char *valid_sla_week(const char *v, size_t len)
{
	struct sla_calendar c;
	memset(&c, 0, sizeof(c));
	if (len > 200 || !no_controls(v, len, 0) || sla_week_parse(v, &c) != 0)
		return "err.sla_week";
	for (int d = 0; d < 7; d++)
		if (c.day[d].n > 0)
			return NULL;
	return "err.sla_week";
}

const char *valid_count(const char *v, size_t len)
{
	long long n;
	return decimal_parse(v, len, 0, 1000000, &n) == 0 ? NULL : "err.count";
}

int holiday_line(const char *line, size_t len, int *y, int *m, int *d, size_t *name_at)
{
	char date[11];
	if (len < 10)
		return -1;
	memcpy(date, line, 10);
	date[10] = '\0';
	if (civil_parse(date, y, m, d) != 0 || (len > 10 && line[10] != ' ' && line[10] != '\t'))
		return -1;
	size_t at = 10;
	while (at < len && (line[at] == ' ' || line[at] == '\t'))
		at++;
	if (len - at > 80 || !no_controls(line + at, len - at, 0))
		return -1;
	*name_at = at;
	return 0;
}

const char *valid_holidays(const char *v, size_t len)
{
	size_t lines = 0;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(v + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - v) : len, n = end - at;
		if (n && v[at + n - 1] == '\r')
			n--;
		int y, m, d;
		size_t name_at;
		if (n && (holiday_line(v + at, n, &y, &m, &d, &name_at) != 0 || ++lines > CASE_HOLIDAY_LINES))
			return "err.holidays";
		at = end + 1;
	}
	return NULL;
}

ENUM_VALIDATOR(valid_sent_notice, "err.choice", "message", "rating")
ENUM_VALIDATOR(valid_case_channel, "err.choice", "phone", "email", "visit", "letter", "other")
