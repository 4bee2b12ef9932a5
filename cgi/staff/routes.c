/* routes.c: the staff program's route table: every URL, who may use it, and the fields it accepts. */
#include "app.h"
#include "client.h"
#include "pages.h"

static const struct field FIELDS_NEXT[] = {
	{ "next", valid_redirect, 0 },
	{ "lang", valid_lang, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_LOGIN[] = {
	{ "username", valid_password, FIELD_REQUIRED },   /* any text: a bad format is just a failed sign-in */
	{ "password", valid_password, FIELD_REQUIRED | FIELD_SECRET },
	{ "next", valid_redirect, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_LANGUAGE[] = {
	{ "lang", valid_lang, FIELD_REQUIRED },
	{ "next", valid_redirect, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_STAFF_NEW[] = {
	{ "username", valid_username, FIELD_REQUIRED },
	{ "full_name", valid_person_name, FIELD_REQUIRED },
	{ "role", valid_role, FIELD_REQUIRED },
	{ "language", valid_lang, FIELD_REQUIRED },
	{ "password", valid_new_password, FIELD_REQUIRED | FIELD_SECRET },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_STAFF_TEAM[] = {
	{ "team", valid_id, 0 },   /* empty: no team */
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_PASSWORD[] = {
	{ "password", valid_new_password, FIELD_REQUIRED | FIELD_SECRET },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_AUDIT[] = {
	{ "before", valid_id, 0 },
	{ NULL, NULL, 0 },
};

static const struct field FIELDS_CLIENT_LIST[] = {
	{ "q", valid_search, 0 },
	{ "after", valid_id, 0 },
	{ "segment", valid_id, 0 },
	{ "manager", valid_id, 0 },
	{ "status", valid_client_status, 0 },
	{ "tag", valid_short_text, 0 },
	{ "sort", valid_sort, 0 },
	{ NULL, NULL, 0 },
};
/* The quick form at first contact: few fields; the duplicate check runs before saving. */
static const struct field FIELDS_CLIENT_QUICK[] = {
	{ "kind", valid_client_kind, FIELD_REQUIRED },
	{ "given_name", valid_short_text, 0 },
	{ "family_name", valid_short_text, 0 },
	{ "company_name", valid_short_text, 0 },
	{ "phone1", valid_phone, 0 },
	{ "phone1_kind", valid_phone_kind, 0 },
	{ "email1", valid_email, 0 },
	{ "city", valid_short_text, 0 },
	{ "source_channel", valid_source_channel, FIELD_REQUIRED },
	{ "notes", valid_long_text, 0 },
	{ "confirm", valid_flag, 0 },
	{ "case", valid_id, 0 },   /* made from a case: linked to it */
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CLIENT_NEW[] = {
	{ "case", valid_id, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_INTERACTION[] = {
	{ "channel", valid_interaction_channel, FIELD_REQUIRED },
	{ "direction", valid_direction, FIELD_REQUIRED },
	{ "at", valid_datetime, 0 },
	{ "summary", valid_short_text, FIELD_REQUIRED },
	{ "outcome", valid_short_text, 0 },
	{ "follow_up", valid_date, 0 },
	{ NULL, NULL, 0 },
};

static const struct field FIELDS_MERGE_START[] = {
	{ "other", valid_id, 0 },
	{ NULL, NULL, 0 },
};
/* One choice per group of fields (page_client_merge.c names the groups). */
static const struct field FIELDS_MERGE[] = {
	{ "other", valid_id, FIELD_REQUIRED },
	{ "pick_name", valid_pick, 0 },
	{ "pick_company", valid_pick, 0 },
	{ "pick_phones", valid_pick, 0 },
	{ "pick_emails", valid_pick, 0 },
	{ "pick_address", valid_pick, 0 },
	{ "pick_birthday", valid_pick, 0 },
	{ "pick_name_day", valid_pick, 0 },
	{ "pick_segment", valid_pick, 0 },
	{ "pick_manager", valid_pick, 0 },
	{ "pick_source", valid_pick, 0 },
	{ "pick_preferred", valid_pick, 0 },
	{ "pick_status", valid_pick, 0 },
	{ "pick_tags", valid_pick, 0 },
	{ "pick_consents", valid_pick, 0 },
	{ "pick_notes", valid_pick, 0 },
	{ NULL, NULL, 0 },
};

static const struct field FIELDS_IMPORT_UPLOAD[] = {
	{ "file", valid_upload, FIELD_REQUIRED | FIELD_SECRET },
	{ NULL, NULL, 0 },
};
/* The mapping of up to 20 CSV columns to client fields (page_client_import.c). */
static const struct field FIELDS_IMPORT_MAP[] = {
	{ "mapped", valid_flag, 0 },
	{ "dups", valid_dups, 0 },
	{ "map_0", valid_import_target, 0 },
	{ "map_1", valid_import_target, 0 },
	{ "map_2", valid_import_target, 0 },
	{ "map_3", valid_import_target, 0 },
	{ "map_4", valid_import_target, 0 },
	{ "map_5", valid_import_target, 0 },
	{ "map_6", valid_import_target, 0 },
	{ "map_7", valid_import_target, 0 },
	{ "map_8", valid_import_target, 0 },
	{ "map_9", valid_import_target, 0 },
	{ "map_10", valid_import_target, 0 },
	{ "map_11", valid_import_target, 0 },
	{ "map_12", valid_import_target, 0 },
	{ "map_13", valid_import_target, 0 },
	{ "map_14", valid_import_target, 0 },
	{ "map_15", valid_import_target, 0 },
	{ "map_16", valid_import_target, 0 },
	{ "map_17", valid_import_target, 0 },
	{ "map_18", valid_import_target, 0 },
	{ "map_19", valid_import_target, 0 },
	{ NULL, NULL, 0 },
};

static const struct field FIELDS_SEGMENT[] = {
	{ "name", valid_segment_name, FIELD_REQUIRED },
	{ "active", valid_flag, 0 },
	{ NULL, NULL, 0 },
};

/* The sale form: up to 10 lines (PURCHASE_LINES) of SKU and quantity; GET previews, POST with
 * save=1 saves once per token. */
static const struct field FIELDS_SALE[] = {
	{ "sku_0", valid_sku, 0 },
	{ "qty_0", valid_quantity, 0 },
	{ "sku_1", valid_sku, 0 },
	{ "qty_1", valid_quantity, 0 },
	{ "sku_2", valid_sku, 0 },
	{ "qty_2", valid_quantity, 0 },
	{ "sku_3", valid_sku, 0 },
	{ "qty_3", valid_quantity, 0 },
	{ "sku_4", valid_sku, 0 },
	{ "qty_4", valid_quantity, 0 },
	{ "sku_5", valid_sku, 0 },
	{ "qty_5", valid_quantity, 0 },
	{ "sku_6", valid_sku, 0 },
	{ "qty_6", valid_quantity, 0 },
	{ "sku_7", valid_sku, 0 },
	{ "qty_7", valid_quantity, 0 },
	{ "sku_8", valid_sku, 0 },
	{ "qty_8", valid_quantity, 0 },
	{ "sku_9", valid_sku, 0 },
	{ "qty_9", valid_quantity, 0 },
	{ "q", valid_search, 0 },
	{ "date", valid_date, 0 },
	{ "seller", valid_id, 0 },
	{ "note", valid_short_text, 0 },
	{ "token", valid_form_token, 0 },
	{ "expect_bp", valid_basis_points, 0 },
	{ "save", valid_flag, 0 },
	{ NULL, NULL, 0 },
};
/* Returning units of a sale: ret_N is the quantity given back of line N. */
static const struct field FIELDS_RETURN[] = {
	{ "ret_1", valid_quantity, 0 },
	{ "ret_2", valid_quantity, 0 },
	{ "ret_3", valid_quantity, 0 },
	{ "ret_4", valid_quantity, 0 },
	{ "ret_5", valid_quantity, 0 },
	{ "ret_6", valid_quantity, 0 },
	{ "ret_7", valid_quantity, 0 },
	{ "ret_8", valid_quantity, 0 },
	{ "ret_9", valid_quantity, 0 },
	{ "ret_10", valid_quantity, 0 },
	{ "note", valid_short_text, 0 },
	{ "token", valid_form_token, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CANCEL[] = {
	{ "note", valid_short_text, 0 },
	{ "token", valid_form_token, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};

static const struct field FIELDS_PURCHASE_LIST[] = {
	{ "from", valid_date, 0 },
	{ "to", valid_date, 0 },
	{ "seller", valid_id, 0 },
	{ "kind", valid_purchase_kind, 0 },
	{ "product", valid_id, 0 },
	{ "category", valid_id, 0 },
	{ "segment", valid_id, 0 },
	{ "before", valid_id, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_REPORT_CLIENTS[] = {
	{ "list", valid_report_list, 0 },
	{ "sort", valid_report_sort, 0 },
	{ "manager", valid_id, 0 },
	{ "segment", valid_id, 0 },
	{ "after", valid_id, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_PLANS_VIEW[] = {
	{ "month", valid_month, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_BOARD[] = {
	{ "month", valid_month, 0 },
	{ "team", valid_id, 0 },
	{ NULL, NULL, 0 },
};
/* Reminders and "my day". */
static const struct field FIELDS_MY_DAY[] = {
	{ "staff", valid_id, 0 },
	{ "team", valid_id, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_REMINDERS[] = {
	{ "staff", valid_id, 0 },
	{ "days", valid_window_days, 0 },
	{ "all", valid_flag, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_GREET[] = {
	{ "occasion", valid_occasion, FIELD_REQUIRED },
	{ "channel", valid_interaction_channel, FIELD_REQUIRED },
	{ "next", valid_redirect, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CALLBACK[] = {
	{ "follow_up", valid_date, FIELD_REQUIRED },
	{ "next", valid_redirect, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_ONLY_NEXT[] = {
	{ "next", valid_redirect, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CONSULTATION_DONE[] = {
	{ "channel", valid_interaction_channel, FIELD_REQUIRED },
	{ "note", valid_short_text, 0 },
	{ "next", valid_redirect, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_COMPANY[] = {   /* named as the settings they set */
	{ "company_name", valid_person_name, FIELD_REQUIRED },
	{ "company_contact", valid_short_text, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_REMINDER_RULES[] = {
	{ "time_zone", valid_time_zone, FIELD_REQUIRED },
	{ "dormant_days", valid_days, FIELD_REQUIRED },
	{ "dormant_mark_days", valid_days, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_NAME_DAYS[] = {
	{ "file", valid_upload, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CONSULTATION_DAYS[] = {
	{ "days", valid_days, 0 },   /* empty: no consultation */
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_STAFF_EMAIL[] = {
	{ "email", valid_email, 0 },   /* empty: no digest */
	{ NULL, NULL, 0 },
};
/* The wall-board: a key instead of a sign-in, and the screen's language. */
static const struct field FIELDS_WALL[] = {
	{ "key", valid_token, 0 },
	{ "lang", valid_lang, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_WALL_KEY[] = {
	{ "label", valid_segment_name, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_EOM[] = {
	{ "month", valid_month, FIELD_REQUIRED },
	{ "staff", valid_id, FIELD_REQUIRED },
	{ "reason", valid_short_text, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_REWARD[] = {
	{ "month", valid_month, FIELD_REQUIRED },
	{ "staff", valid_id, FIELD_REQUIRED },
	{ "kind", valid_reward_kind, FIELD_REQUIRED },
	{ "gift_kind", valid_id, 0 },
	{ "description", valid_short_text, FIELD_REQUIRED },
	{ "amount", valid_money, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_MOTIVATION[] = {
	{ "eom_min_percent", valid_percent, FIELD_REQUIRED },
	{ "bonus_rule", valid_bonus_rule, FIELD_REQUIRED },
	{ "bonus_percent", valid_percent, FIELD_REQUIRED },
	{ "bonus_steps", valid_bonus_steps, 0 },
	{ "revenue_private", valid_flag, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_PLAN[] = {
	{ "month", valid_month, FIELD_REQUIRED },
	{ "staff", valid_id, 0 },   /* empty: the company's plan */
	{ "weighted", valid_money, FIELD_REQUIRED },
	{ "revenue", valid_money, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_PRODUCT_LIST[] = {
	{ "q", valid_search, 0 },
	{ "category", valid_id, 0 },
	{ "retired", valid_flag, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_PRODUCT[] = {
	{ "sku", valid_sku, FIELD_REQUIRED },
	{ "name", valid_short_text, FIELD_REQUIRED },
	{ "category", valid_id, 0 },
	{ "price", valid_money, FIELD_REQUIRED },
	{ "cost", valid_money, FIELD_REQUIRED },
	{ "weight", valid_weight, 0 },
	{ "locomotive", valid_flag, 0 },
	{ "active", valid_flag, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_TIER[] = {
	{ "name", valid_segment_name, FIELD_REQUIRED },
	{ "threshold", valid_money, FIELD_REQUIRED },
	{ "percent", valid_percent, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_LOYALTY[] = {
	{ "window", valid_spend_window, FIELD_REQUIRED },
	{ "demotion", valid_flag, 0 },
	{ "birthday_percent", valid_percent, 0 },
	{ "birthday_days", valid_days, 0 },
	{ "combine", valid_discount_combine, FIELD_REQUIRED },
	{ "cap_percent", valid_percent, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_DISCOUNT[] = {
	{ "percent", valid_percent, FIELD_REQUIRED },
	{ "reason", valid_short_text, FIELD_REQUIRED },
	{ "expires_on", valid_date, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};

/* The desk of cases (complaints, claims, suggestions, comments, praise). */
static const struct field FIELDS_CASE_LIST[] = {
	{ "state", valid_case_state_filter, 0 },
	{ "sort", valid_case_sort, 0 },
	{ "kind", valid_case_kind, 0 },
	{ "category", valid_id, 0 },
	{ "product", valid_id, 0 },
	{ "assignee", valid_assignee_filter, 0 },
	{ "due", valid_case_due_filter, 0 },
	{ "after", valid_id, 0 },
	{ "after_due", valid_id, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_VIEW[] = {
	{ "receipt", valid_receipt_code, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_NEW_FORM[] = {
	{ "client", valid_id, 0 },
	{ NULL, NULL, 0 },
};
/* A case staff enter: the public form's fields, how it came, its priority and the client. */
static const struct field FIELDS_CASE_NEW[] = {
	{ "client", valid_id, 0 },
	{ "token", valid_token, FIELD_REQUIRED },
	{ "source", valid_case_channel, FIELD_REQUIRED },
	{ "priority", valid_priority, 0 },
	CASE_INTAKE_FIELDS,
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_REPLY[] = {
	{ "body", valid_long_text, FIELD_REQUIRED },
	{ "public", valid_flag, 0 },
	{ "wait", valid_flag, 0 },
	{ "token", valid_token, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_STATE[] = {
	{ "state", valid_case_state, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_PRIORITY[] = {
	{ "priority", valid_priority, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_ASSIGN[] = {
	{ "assignee", valid_id, 0 },   /* empty: nobody */
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_LINK[] = {
	{ "client", valid_id, FIELD_REQUIRED },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_RESOLVE[] = {
	{ "resolution", valid_long_text, FIELD_REQUIRED },
	{ "compensation", valid_short_text, 0 },
	{ "amount", valid_money, 0 },
	{ "discount", valid_percent, 0 },
	{ "discount_until", valid_date, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_REPORT[] = {
	{ "by", valid_case_group, 0 },
	{ "from", valid_month, 0 },
	{ "to", valid_month, 0 },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_CASE_CATEGORY[] = {
	{ "name", valid_segment_name, FIELD_REQUIRED },
	{ "name_fil", valid_short_text, 0 },
	{ "name_ms", valid_short_text, 0 },
	{ "active", valid_flag, 0 },
	{ NULL, NULL, 0 },
};

#define STAFF (ROUTE_LOGIN)
#define STAFF_POST (ROUTE_LOGIN | ROUTE_CSRF)
#define MANAGERS (ROLE_ADMIN | ROLE_MANAGER)

static const struct route routes[] = {
	{ "GET", "/", page_home, "staff/home.cs", STAFF, 0, FIELDS_MY_DAY },
	{ "GET", "/reminders", page_reminders, "staff/reminders.cs", STAFF, 0, FIELDS_REMINDERS },
	{ "POST", "/clients/{id}/greet", page_greet, NULL, STAFF_POST, 0, FIELDS_GREET },
	{ "POST", "/clients/{id}/callback", page_callback, NULL, STAFF_POST, 0, FIELDS_CALLBACK },
	{ "POST", "/clients/{id}/dormant", page_mark_dormant, NULL, STAFF_POST, 0, FIELDS_ONLY_NEXT },
	{ "POST", "/consultations/{id}/done", page_consultation_done, NULL, STAFF_POST, 0, FIELDS_CONSULTATION_DONE },
	{ "GET", "/calendar", page_calendar, "staff/calendar.cs", STAFF, 0, NULL },
	{ "POST", "/calendar", page_calendar_create, "staff/calendar.cs", STAFF_POST, 0, NULL },
	{ "POST", "/calendar/revoke", page_calendar_revoke, NULL, STAFF_POST, 0, NULL },
	{ "GET", "/calendar/{secret}.ics", page_calendar_feed, NULL, 0, 0, NULL },
	{ "GET", "/cases", page_case_list, "staff/case_list.cs", STAFF, 0, FIELDS_CASE_LIST },
	{ "GET", "/cases/new", page_case_new, "staff/case_new.cs", STAFF, 0, FIELDS_CASE_NEW_FORM },
	{ "POST", "/cases/new", page_case_create, "staff/case_new.cs", STAFF_POST, 0, FIELDS_CASE_NEW },
	{ "GET", "/cases/{id}", page_case_view, "staff/case_view.cs", STAFF, 0, FIELDS_CASE_VIEW },
	{ "POST", "/cases/{id}/reply", page_case_reply, "staff/case_view.cs", STAFF_POST, 0, FIELDS_CASE_REPLY },
	{ "POST", "/cases/{id}/state", page_case_state, NULL, STAFF_POST, 0, FIELDS_CASE_STATE },
	{ "POST", "/cases/{id}/priority", page_case_priority, NULL, STAFF_POST, 0, FIELDS_CASE_PRIORITY },
	{ "POST", "/cases/{id}/assign", page_case_assign, NULL, STAFF_POST, 0, FIELDS_CASE_ASSIGN },
	{ "POST", "/cases/{id}/link", page_case_link, NULL, STAFF_POST, 0, FIELDS_CASE_LINK },
	{ "POST", "/cases/{id}/unlink", page_case_unlink, NULL, STAFF_POST, 0, NULL },
	{ "POST", "/cases/{id}/resolve", page_case_resolve, "staff/case_view.cs", STAFF_POST, 0, FIELDS_CASE_RESOLVE },
	{ "GET", "/reports/cases", page_report_cases, "staff/report_cases.cs", STAFF, MANAGERS, FIELDS_CASE_REPORT },
	{ "GET", "/reports/cases.csv", page_report_cases_csv, NULL, STAFF, MANAGERS, FIELDS_CASE_REPORT },
	{ "GET", "/reports/cases/chart.svg", page_report_cases_chart, NULL, STAFF, MANAGERS, FIELDS_CASE_REPORT },
	{ "GET", "/reports/cases/chart.csv", page_report_cases_chart_csv, NULL, STAFF, MANAGERS, FIELDS_CASE_REPORT },
	{ "GET", "/admin/sla", page_admin_sla, "staff/admin_sla.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/sla", page_admin_sla_set, "staff/admin_sla.cs", STAFF_POST, ROLE_ADMIN, sla_form_fields },
	{ "GET", "/admin/case-categories", page_admin_case_categories, "staff/admin_case_categories.cs", STAFF, ROLE_ADMIN,
	  NULL },
	{ "POST", "/admin/case-categories", page_admin_case_category_create, "staff/admin_case_categories.cs", STAFF_POST,
	  ROLE_ADMIN, FIELDS_CASE_CATEGORY },
	{ "POST", "/admin/case-categories/{id}", page_admin_case_category_update, "staff/admin_case_categories.cs",
	  STAFF_POST, ROLE_ADMIN, FIELDS_CASE_CATEGORY },
	{ "GET", "/login", page_login_form, "staff/login.cs", 0, 0, FIELDS_NEXT },
	{ "POST", "/login", page_login_submit, "staff/login.cs", ROUTE_CSRF, 0, FIELDS_LOGIN },
	{ "POST", "/logout", page_logout, NULL, STAFF_POST, 0, NULL },
	{ "POST", "/prefs/language", page_prefs_language, NULL, STAFF_POST, 0, FIELDS_LANGUAGE },
	{ "GET", "/admin/staff", page_admin_staff_list, "staff/admin_staff.cs", STAFF, ROLE_ADMIN, NULL },
	{ "GET", "/admin/staff/new", page_admin_staff_new, "staff/admin_staff_new.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/staff/new", page_admin_staff_create, "staff/admin_staff_new.cs", STAFF_POST,
	  ROLE_ADMIN, FIELDS_STAFF_NEW },
	{ "POST", "/admin/staff/{id}/team", page_admin_staff_team, NULL, STAFF_POST, ROLE_ADMIN, FIELDS_STAFF_TEAM },
	{ "POST", "/admin/staff/{id}/disable", page_admin_staff_disable, NULL, STAFF_POST, ROLE_ADMIN, NULL },
	{ "POST", "/admin/staff/{id}/enable", page_admin_staff_enable, NULL, STAFF_POST, ROLE_ADMIN, NULL },
	{ "GET", "/admin/staff/{id}/password", page_admin_staff_password_form, "staff/admin_staff_password.cs",
	  STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/staff/{id}/password", page_admin_staff_password_set, "staff/admin_staff_password.cs",
	  STAFF_POST, ROLE_ADMIN, FIELDS_PASSWORD },
	{ "GET", "/admin/segments", page_admin_segments, "staff/admin_list.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/segments", page_admin_segment_create, "staff/admin_list.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_SEGMENT },
	{ "POST", "/admin/segments/{id}", page_admin_segment_update, "staff/admin_list.cs", STAFF_POST,
	  ROLE_ADMIN, FIELDS_SEGMENT },
	{ "GET", "/admin/categories", page_admin_categories, "staff/admin_list.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/categories", page_admin_category_create, "staff/admin_list.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_SEGMENT },
	{ "POST", "/admin/categories/{id}", page_admin_category_update, "staff/admin_list.cs", STAFF_POST,
	  ROLE_ADMIN, FIELDS_SEGMENT },
	{ "GET", "/admin/teams", page_admin_teams, "staff/admin_list.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/teams", page_admin_team_create, "staff/admin_list.cs", STAFF_POST, ROLE_ADMIN, FIELDS_SEGMENT },
	{ "POST", "/admin/teams/{id}", page_admin_team_update, "staff/admin_list.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_SEGMENT },
	{ "GET", "/admin/gift-kinds", page_admin_gift_kinds, "staff/admin_list.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/gift-kinds", page_admin_gift_kind_create, "staff/admin_list.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_SEGMENT },
	{ "POST", "/admin/gift-kinds/{id}", page_admin_gift_kind_update, "staff/admin_list.cs", STAFF_POST,
	  ROLE_ADMIN, FIELDS_SEGMENT },
	{ "GET", "/leaderboard", page_leaderboard, "staff/leaderboard.cs", STAFF, 0, FIELDS_BOARD },
	{ "GET", "/leaderboard/staff/{id}", page_leaderboard_person, "staff/leaderboard_person.cs", STAFF, 0, FIELDS_BOARD },
	{ "GET", "/leaderboard/pace.svg", page_leaderboard_pace, NULL, STAFF, 0, FIELDS_BOARD },
	{ "GET", "/leaderboard/chart.svg", page_leaderboard_chart, NULL, STAFF, 0, FIELDS_BOARD },
	{ "GET", "/leaderboard/wall", page_wallboard, "staff/wallboard.cs", 0, 0, FIELDS_WALL },
	{ "GET", "/leaderboard/keys", page_wall_keys, "staff/wall_keys.cs", STAFF, MANAGERS, NULL },
	{ "POST", "/leaderboard/keys", page_wall_key_create, "staff/wall_keys.cs", STAFF_POST, MANAGERS, FIELDS_WALL_KEY },
	{ "POST", "/leaderboard/keys/{id}/revoke", page_wall_key_revoke, "staff/wall_keys.cs", STAFF_POST, MANAGERS,
	  NULL },
	{ "GET", "/rewards", page_rewards, "staff/rewards.cs", STAFF, MANAGERS, FIELDS_PLANS_VIEW },
	{ "GET", "/rewards.csv", page_rewards_csv, NULL, STAFF, MANAGERS, FIELDS_PLANS_VIEW },
	{ "POST", "/rewards", page_rewards_add, "staff/rewards.cs", STAFF_POST, MANAGERS, FIELDS_REWARD },
	{ "POST", "/rewards/eom", page_rewards_eom, "staff/rewards.cs", STAFF_POST, MANAGERS, FIELDS_EOM },
	{ "POST", "/rewards/bonus", page_rewards_bonus, "staff/rewards.cs", STAFF_POST, MANAGERS, FIELDS_EOM },
	{ "GET", "/admin/company", page_admin_company, "staff/admin_company.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/company", page_admin_company_set, "staff/admin_company.cs", STAFF_POST, ROLE_ADMIN, FIELDS_COMPANY },
	{ "GET", "/admin/reminders", page_admin_reminders, "staff/admin_reminders.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/reminders", page_admin_reminders_set, "staff/admin_reminders.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_REMINDER_RULES },
	{ "POST", "/admin/name-days", page_admin_name_days, NULL, STAFF_POST | ROUTE_UPLOAD, ROLE_ADMIN, FIELDS_NAME_DAYS },
	{ "POST", "/admin/categories/{id}/consultation", page_admin_category_consultation, NULL, STAFF_POST, ROLE_ADMIN,
	  FIELDS_CONSULTATION_DAYS },
	{ "POST", "/admin/staff/{id}/email", page_admin_staff_email, NULL, STAFF_POST, ROLE_ADMIN, FIELDS_STAFF_EMAIL },
	{ "GET", "/admin/motivation", page_admin_motivation, "staff/admin_motivation.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/motivation", page_admin_motivation_set, "staff/admin_motivation.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_MOTIVATION },
	{ "GET", "/plans", page_plans, "staff/plans.cs", STAFF, MANAGERS, FIELDS_PLANS_VIEW },
	{ "POST", "/plans", page_plan_set, "staff/plans.cs", STAFF_POST, MANAGERS, FIELDS_PLAN },
	{ "POST", "/plans/copy", page_plan_copy, "staff/plans.cs", STAFF_POST, MANAGERS, FIELDS_PLANS_VIEW },
	{ "GET", "/admin/tiers", page_admin_tiers, "staff/admin_tiers.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/tiers", page_admin_tier_create, "staff/admin_tiers.cs", STAFF_POST, ROLE_ADMIN, FIELDS_TIER },
	{ "POST", "/admin/tiers/{id}", page_admin_tier_update, "staff/admin_tiers.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_TIER },
	{ "POST", "/admin/tiers/{id}/delete", page_admin_tier_delete, NULL, STAFF_POST, ROLE_ADMIN, NULL },
	{ "POST", "/admin/loyalty", page_admin_loyalty_settings, "staff/admin_tiers.cs", STAFF_POST, ROLE_ADMIN,
	  FIELDS_LOYALTY },
	{ "GET", "/products", page_product_list, "staff/product_list.cs", STAFF, 0, FIELDS_PRODUCT_LIST },
	{ "GET", "/products/new", page_product_new, "staff/product_edit.cs", STAFF, MANAGERS, NULL },
	{ "POST", "/products/new", page_product_create, "staff/product_edit.cs", STAFF_POST, MANAGERS, FIELDS_PRODUCT },
	{ "GET", "/products/{id}", page_product_view, "staff/product_edit.cs", STAFF, 0, NULL },
	{ "POST", "/products/{id}", page_product_update, "staff/product_edit.cs", STAFF_POST, MANAGERS,
	  FIELDS_PRODUCT },
	{ "GET", "/admin/audit", page_admin_audit, "staff/admin_audit.cs", STAFF, ROLE_ADMIN, FIELDS_AUDIT },
	{ "GET", "/clients", page_client_list, "staff/client_list.cs", STAFF, 0, FIELDS_CLIENT_LIST },
	{ "GET", "/clients/export.csv", page_client_export, NULL, STAFF, 0, FIELDS_CLIENT_LIST },
	{ "GET", "/clients/import", page_client_import_start, "staff/client_import.cs", STAFF, MANAGERS, NULL },
	{ "POST", "/clients/import", page_client_import_upload, "staff/client_import.cs", STAFF_POST | ROUTE_UPLOAD,
	  MANAGERS, FIELDS_IMPORT_UPLOAD },
	{ "GET", "/clients/import/{id}", page_client_import_map, "staff/client_import_map.cs", STAFF, MANAGERS,
	  FIELDS_IMPORT_MAP },
	{ "POST", "/clients/import/{id}", page_client_import_commit, "staff/client_import_map.cs", STAFF_POST,
	  MANAGERS, FIELDS_IMPORT_MAP },
	{ "POST", "/clients/import/{id}/undo", page_client_import_undo, NULL, STAFF_POST, MANAGERS, NULL },
	{ "GET", "/clients/new", page_client_new, "staff/client_new.cs", STAFF, 0, FIELDS_CLIENT_NEW },
	{ "POST", "/clients/new", page_client_create, "staff/client_new.cs", STAFF_POST, 0, FIELDS_CLIENT_QUICK },
	{ "GET", "/clients/{id}", page_client_view, "staff/client_view.cs", STAFF, 0, NULL },
	{ "GET", "/clients/{id}/edit", page_client_edit, "staff/client_edit.cs", STAFF, 0, NULL },
	{ "POST", "/clients/{id}/edit", page_client_update, "staff/client_edit.cs", STAFF_POST, 0, client_form_fields },
	{ "POST", "/clients/{id}/interactions", page_interaction_create, "staff/client_view.cs", STAFF_POST, 0,
	  FIELDS_INTERACTION },
	{ "GET", "/clients/{id}/merge", page_client_merge_form, "staff/client_merge.cs", STAFF, 0, FIELDS_MERGE_START },
	{ "POST", "/clients/{id}/merge", page_client_merge, "staff/client_merge.cs", STAFF_POST, 0, FIELDS_MERGE },
	{ "GET", "/clients/{id}/purchases/new", page_purchase_new, "staff/purchase_new.cs", STAFF, 0, FIELDS_SALE },
	{ "POST", "/clients/{id}/purchases/new", page_purchase_create, "staff/purchase_new.cs", STAFF_POST, 0,
	  FIELDS_SALE },
	{ "GET", "/purchases", page_purchase_list, "staff/purchase_list.cs", STAFF, 0, FIELDS_PURCHASE_LIST },
	{ "GET", "/reports/clients", page_report_clients, "staff/report_clients.cs", STAFF, MANAGERS,
	  FIELDS_REPORT_CLIENTS },
	{ "GET", "/reports/clients.csv", page_report_clients_csv, NULL, STAFF, MANAGERS, FIELDS_REPORT_CLIENTS },
	{ "GET", "/purchases/{id}", page_purchase_view, "staff/purchase_view.cs", STAFF, 0, NULL },
	{ "POST", "/purchases/{id}/return", page_purchase_return, "staff/purchase_view.cs", STAFF_POST, 0,
	  FIELDS_RETURN },
	{ "POST", "/purchases/{id}/cancel", page_purchase_cancel, "staff/purchase_view.cs", STAFF_POST, 0,
	  FIELDS_CANCEL },
	{ "POST", "/clients/{id}/discounts", page_client_discount_grant, "staff/client_view.cs", STAFF_POST, MANAGERS,
	  FIELDS_DISCOUNT },
	{ "POST", "/tier-changes/{id}/told", page_tier_change_told, NULL, STAFF_POST, 0, NULL },
	{ "GET", "/followups", page_followups, "staff/followups.cs", STAFF, 0, NULL },
	{ "POST", "/interactions/{id}/done", page_followup_done, NULL, STAFF_POST, 0, FIELDS_ONLY_NEXT },
	{ "GET", "/healthz", page_healthz, NULL, ROUTE_NODB, 0, NULL },
};

const struct app staff_app = {
	.name = "crm",
	.account = CONFIG_APP,
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.staff_sessions = 1,
};
