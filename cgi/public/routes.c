/* routes.c: the public feedback program's route table (everything under /feedback/). */
#include "app.h"
#include "feedback.h"
#include "pages.h"
#include "valid.h"

static const struct field FIELDS_LANG[] = {
	{ "lang", valid_lang, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_FORM[] = {
	{ "lang", valid_lang, 0 },
	{ "kind", valid_case_kind, 0 },
	{ NULL, NULL, 0 },
};
/* The form: declared once, shown again as typed when something is wrong. "website" is the trap a
 * person never sees; "lang" is the page's language (a hidden field). */
static const struct field FIELDS_SUBMIT[] = {
	{ "lang", valid_lang, 0 },
	{ "token", valid_token, 0 },
	CASE_INTAKE_FIELDS,
	{ "website", valid_short_text, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_STATUS_FORM[] = {
	{ "lang", valid_lang, 0 },
	{ "code", valid_receipt_code, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_STATUS_FIND[] = {
	{ "lang", valid_lang, 0 },
	{ "code", valid_receipt_code, FIELD_REQUIRED },
	{ "contact", valid_contact, FIELD_REQUIRED | FIELD_SECRET },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_STATUS[] = {
	{ "lang", valid_lang, 0 },
	{ "sent", valid_sent_notice, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_FOLLOW_UP[] = {
	{ "lang", valid_lang, 0 },
	{ "token", valid_token, FIELD_REQUIRED },
	{ "message", valid_long_text, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_RATING[] = {
	{ "lang", valid_lang, 0 },
	{ "token", valid_token, FIELD_REQUIRED },
	{ "rating", valid_rating, FIELD_REQUIRED },
	{ "comment", valid_long_text, 0 },
	{ NULL, NULL, 0 },
};

/* No CSRF tokens here: visitors have no session and the program sets no cookie, so a forged request
 * has nothing ambient to ride on. Every POST must come from this site (ROUTE_SAME_SITE); a
 * submission needs the form's signed one-time token, the status pages' forms also the case's key in
 * their address. */
#define PUBLIC_POST ROUTE_SAME_SITE
static const struct route routes[] = {
	{ "GET", "/feedback/", page_feedback_form, "public/form.cs", 0, 0, FIELDS_FORM },
	{ "POST", "/feedback/", page_feedback_submit, "public/form.cs", PUBLIC_POST | ROUTE_NODB, 0, FIELDS_SUBMIT },
	{ "GET", "/feedback/receipt/{code}", page_feedback_receipt, "public/receipt.cs", 0, 0, FIELDS_LANG },
	{ "GET", "/feedback/status", page_feedback_status_form, "public/status_find.cs", 0, 0, FIELDS_STATUS_FORM },
	{ "POST", "/feedback/status", page_feedback_status_find, "public/status_find.cs", PUBLIC_POST, 0, FIELDS_STATUS_FIND },
	{ "GET", "/feedback/status/{secret}", page_feedback_status, "public/status.cs", 0, 0, FIELDS_STATUS },
	{ "POST", "/feedback/status/{secret}/message", page_feedback_follow_up, "public/status.cs", PUBLIC_POST, 0,
	  FIELDS_FOLLOW_UP },
	{ "POST", "/feedback/status/{secret}/rating", page_feedback_rate, "public/status.cs", PUBLIC_POST, 0, FIELDS_RATING },
	{ "GET", "/feedback/healthz", page_healthz, NULL, ROUTE_NODB, 0, NULL },
};

const struct app feedback_app = {
	.name = "feedback",
	.account = CONFIG_PUBLIC,
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.staff_sessions = 0,
	.page_facts = feedback_page_facts,
};
