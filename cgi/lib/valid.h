/* valid.h: pure field validators; each returns NULL when the value is valid, else an i18n key of the error. */
#ifndef CRM_VALID_H
#define CRM_VALID_H
#include <stddef.h>

typedef const char *(*validator_fn)(const char *v, size_t len);

enum field_flags {
	FIELD_REQUIRED = 1,   /* missing or empty is an error ("err.required") */
	FIELD_SECRET = 2,     /* never echoed back into a form (passwords) */
};

/* One accepted form or query field: declared once, in the route table's field lists. */
struct field {
	const char *name;
	validator_fn valid;
	unsigned flags;
};

const char *valid_username(const char *v, size_t len);  /* 3..64 of [a-z0-9._-], starts with a letter */
const char *valid_password(const char *v, size_t len);  /* 1..1024 bytes, any characters */
const char *valid_new_password(const char *v, size_t len); /* 10..1024 bytes */
const char *valid_person_name(const char *v, size_t len); /* 1..200 bytes, no control characters, not only spaces */
const char *valid_role(const char *v, size_t len);      /* admin | manager | agent */
const char *valid_lang(const char *v, size_t len);      /* en | fil | ms */
const char *valid_token(const char *v, size_t len);     /* 64 lower-case hex digits */
const char *valid_redirect(const char *v, size_t len);  /* same-site path, see redirect_target_ok */
const char *valid_id(const char *v, size_t len);        /* 1 .. 2^53, decimal, no sign or leading zero */

/* Parses a value that valid_id accepted; returns 0 for anything else. */
long long valid_id_value(const char *v);

/* Role names and bits. */
enum role { ROLE_AGENT = 1, ROLE_MANAGER = 2, ROLE_ADMIN = 4 };
#define ROLES_ALL (ROLE_AGENT | ROLE_MANAGER | ROLE_ADMIN)
int role_from_name(const char *name);   /* 0 when unknown */
const char *role_name(int role);        /* "" when unknown */

/* Client records and interactions. */
const char *valid_client_kind(const char *v, size_t len);      /* person | company */
const char *valid_source_channel(const char *v, size_t len);   /* walk_in phone web email referral leaflet event social other */
const char *valid_preferred_channel(const char *v, size_t len);/* phone email sms post visit */
const char *valid_client_status(const char *v, size_t len);    /* prospect active dormant lost */
const char *valid_phone_kind(const char *v, size_t len);       /* mobile home work other */
const char *valid_interaction_channel(const char *v, size_t len); /* phone email sms visit web letter leaflet other */
const char *valid_direction(const char *v, size_t len);        /* in | out */
const char *valid_sort(const char *v, size_t len);             /* name | contact */
const char *valid_short_text(const char *v, size_t len);       /* up to 200 bytes, one line */
const char *valid_long_text(const char *v, size_t len);        /* up to 5000 bytes, newlines allowed */
const char *valid_phone(const char *v, size_t len);            /* a phone number normalize_phone accepts */
const char *valid_email(const char *v, size_t len);            /* an address normalize_email accepts */
const char *valid_date(const char *v, size_t len);             /* YYYY-MM-DD, a real date in 1900..2100 */
const char *valid_month(const char *v, size_t len);            /* YYYY-MM, 1900..2100 */
const char *valid_month_day(const char *v, size_t len);        /* MM-DD, a real day (02-29 allowed) */
const char *valid_datetime(const char *v, size_t len);         /* YYYY-MM-DDTHH:MM (a datetime-local field) */
const char *valid_flag(const char *v, size_t len);             /* "1" (a checked checkbox) */
const char *valid_search(const char *v, size_t len);           /* up to 100 bytes, one line */
const char *valid_tags(const char *v, size_t len);             /* up to 10 comma-separated tags of 1..40 bytes */
const char *valid_consent(const char *v, size_t len);          /* "1" given | "0" withdrawn */
const char *valid_pick(const char *v, size_t len);             /* "a" | "b" (merge: whose value survives) */
const char *valid_import_target(const char *v, size_t len);    /* a client field a CSV column can fill */
const char *valid_dups(const char *v, size_t len);             /* skip | import */
const char *valid_upload(const char *v, size_t len);           /* a non-empty file */
const char *valid_segment_name(const char *v, size_t len);     /* 1..80 bytes, one line */

/* Products, purchases and loyalty. */
#define MONEY_MAX 100000000000LL   /* 1,000,000,000.00: the largest price or threshold */
const char *valid_sku(const char *v, size_t len);              /* 1..40 of [A-Za-z0-9._-] */
const char *valid_money(const char *v, size_t len);            /* 0 .. MONEY_MAX, as money_parse reads it */
const char *valid_weight(const char *v, size_t len);           /* 0.001 .. 100, up to 3 decimals */
const char *valid_percent(const char *v, size_t len);          /* 0 .. 100, up to 2 decimals */
const char *valid_quantity(const char *v, size_t len);         /* 1 .. 1,000,000 */
const char *valid_basis_points(const char *v, size_t len);   /* 0 .. 10000, whole */
const char *valid_days(const char *v, size_t len);             /* 0 .. 366 */
const char *valid_form_token(const char *v, size_t len);       /* 32 lower-case hex digits */
const char *valid_purchase_kind(const char *v, size_t len);    /* sale | return | cancel */
const char *valid_spend_window(const char *v, size_t len);     /* lifetime | 12m */
const char *valid_discount_combine(const char *v, size_t len); /* max | sum */
const char *valid_report_list(const char *v, size_t len);      /* value | lybunt | sybunt */
const char *valid_occasion(const char *v, size_t len);         /* birthday | name_day */
const char *valid_time_zone(const char *v, size_t len);        /* a zone of this system: UTC, Asia/Manila ... */
const char *valid_window_days(const char *v, size_t len);      /* 0 | 7 | 30 (days ahead) */
const char *valid_reward_kind(const char *v, size_t len);      /* cash_bonus gift gift_certificate event_tickets other */
const char *valid_bonus_rule(const char *v, size_t len);       /* percent | steps */
const char *valid_bonus_steps(const char *v, size_t len);      /* PERCENT:AMOUNT,... as mot_steps_parse reads it */
const char *valid_report_sort(const char *v, size_t len);      /* revenue | margin | tenure */
/* Reads "12", "1.5" or "0.125" (up to digits decimals) as an integer scaled by 10^digits; 0, or -1
 * when v is not such a number or is above max (already scaled). */
int decimal_parse(const char *v, size_t len, int digits, long long max, long long *out);
/* The inverse for v >= 0: v / 10^digits without trailing zeros ("3", "2.5", "1000.06") into out. */
const char *decimal_format(long long v, int digits, char *out, size_t outlen);
#endif

/* Cases (complaints, claims, suggestions, comments, praise) and their desk. */
const char *valid_case_kind(const char *v, size_t len);        /* complaint claim suggestion comment praise */
const char *valid_case_state(const char *v, size_t len);       /* new acknowledged in_progress waiting resolved closed */
const char *valid_case_state_filter(const char *v, size_t len);/* open | all | a state */
const char *valid_priority(const char *v, size_t len);         /* low normal high urgent */
const char *valid_case_sort(const char *v, size_t len);        /* newest | urgent */
const char *valid_case_due_filter(const char *v, size_t len);  /* near | overdue */
const char *valid_case_group(const char *v, size_t len);       /* kind category product assignee month */
const char *valid_rating(const char *v, size_t len);           /* 1..5 */
const char *valid_order_ref(const char *v, size_t len);        /* up to 64 bytes, one line */
const char *valid_receipt_code(const char *v, size_t len);     /* a receipt code as intake_receipt_parse reads it */
const char *valid_contact(const char *v, size_t len);          /* an e-mail address (with @) or a phone number */
const char *valid_assignee_filter(const char *v, size_t len);  /* me | none | a staff id */
const char *valid_hours(const char *v, size_t len);            /* 0 .. 10000 hours, up to 2 decimals */
const char *valid_sla_week(const char *v, size_t len);         /* business hours sla_week_parse reads, open some day */
const char *valid_count(const char *v, size_t len);            /* 0 .. 1,000,000, whole */
const char *valid_sent_notice(const char *v, size_t len);      /* message | rating (what the status page confirms) */
const char *valid_case_channel(const char *v, size_t len);     /* phone email visit letter other (how staff got a case) */
/* What a customer tells about a case, in the public form and in the one staff fill for them. */
#define CASE_INTAKE_FIELDS \
	{ "kind", valid_case_kind, FIELD_REQUIRED }, { "category", valid_id, 0 }, { "product", valid_id, 0 }, \
	{ "order_ref", valid_order_ref, 0 }, { "message", valid_long_text, FIELD_REQUIRED }, \
	{ "name", valid_person_name, FIELD_REQUIRED }, { "email", valid_email, 0 }, { "phone", valid_phone, 0 }, \
	{ "reply_lang", valid_lang, 0 }, { "consent", valid_flag, 0 }
#define CASE_HOLIDAY_LINES 500
const char *valid_holidays(const char *v, size_t len);         /* up to 500 lines "YYYY-MM-DD name" (blank lines skipped) */
/* One line of the holidays field (no newline): 0 with the date and where its name starts, or -1. */
int holiday_line(const char *line, size_t len, int *y, int *m, int *d, size_t *name_at);
