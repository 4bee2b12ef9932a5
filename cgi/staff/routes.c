/* routes.c: the staff program's route table: every URL, who may use it, and the fields it accepts. */
#include "app.h"
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
static const struct field FIELDS_PASSWORD[] = {
	{ "password", valid_new_password, FIELD_REQUIRED | FIELD_SECRET },
	{ NULL, NULL, 0 },
};
static const struct field FIELDS_AUDIT[] = {
	{ "before", valid_id, 0 },
	{ NULL, NULL, 0 },
};

#define STAFF (ROUTE_LOGIN)
#define STAFF_POST (ROUTE_LOGIN | ROUTE_CSRF)

static const struct route routes[] = {
	{ "GET", "/", page_home, "staff/home.cs", STAFF, 0, NULL },
	{ "GET", "/login", page_login_form, "staff/login.cs", 0, 0, FIELDS_NEXT },
	{ "POST", "/login", page_login_submit, "staff/login.cs", ROUTE_CSRF, 0, FIELDS_LOGIN },
	{ "POST", "/logout", page_logout, NULL, STAFF_POST, 0, NULL },
	{ "POST", "/prefs/language", page_prefs_language, NULL, STAFF_POST, 0, FIELDS_LANGUAGE },
	{ "GET", "/admin/staff", page_admin_staff_list, "staff/admin_staff.cs", STAFF, ROLE_ADMIN, NULL },
	{ "GET", "/admin/staff/new", page_admin_staff_new, "staff/admin_staff_new.cs", STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/staff/new", page_admin_staff_create, "staff/admin_staff_new.cs", STAFF_POST,
	  ROLE_ADMIN, FIELDS_STAFF_NEW },
	{ "POST", "/admin/staff/{id}/disable", page_admin_staff_disable, NULL, STAFF_POST, ROLE_ADMIN, NULL },
	{ "POST", "/admin/staff/{id}/enable", page_admin_staff_enable, NULL, STAFF_POST, ROLE_ADMIN, NULL },
	{ "GET", "/admin/staff/{id}/password", page_admin_staff_password_form, "staff/admin_staff_password.cs",
	  STAFF, ROLE_ADMIN, NULL },
	{ "POST", "/admin/staff/{id}/password", page_admin_staff_password_set, "staff/admin_staff_password.cs",
	  STAFF_POST, ROLE_ADMIN, FIELDS_PASSWORD },
	{ "GET", "/admin/audit", page_admin_audit, "staff/admin_audit.cs", STAFF, ROLE_ADMIN, FIELDS_AUDIT },
	{ "GET", "/healthz", page_healthz, NULL, ROUTE_NODB, 0, NULL },
};

const struct app staff_app = {
	.name = "crm",
	.account = CONFIG_APP,
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.staff_sessions = 1,
};
