/* routes.c: the public feedback program's route table (everything under /feedback/). */
#include "app.h"
#include "pages.h"

static const struct field FIELDS_LANG[] = {
	{ "lang", valid_lang, 0 },
	{ NULL, NULL, 0 },
};

static const struct route routes[] = {
	{ "GET", "/feedback/", page_feedback_home, "public/home.cs", 0, 0, FIELDS_LANG },
	{ "GET", "/feedback/healthz", page_healthz, NULL, ROUTE_NODB, 0, NULL },
};

const struct app feedback_app = {
	.name = "feedback",
	.account = CONFIG_PUBLIC,
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.staff_sessions = 0,
};
