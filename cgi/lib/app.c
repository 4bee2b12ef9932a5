/* app.c: per-worker setup and the life of one request, from reading it to freeing it. */
#include "app.h"
#include "db.h"
#include "i18n.h"
#include "log.h"
#include "render.h"
#include "response.h"
#include "session.h"
#include <mysql.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t app_stop;

/* SIGTERM (multiwatch, systemd) and SIGUSR1: finish the current request, then leave the loop.
 * FCGX_ShutdownPending makes libfcgi's accept stop retrying after the signal interrupts it. */
static void app_on_term(int sig)
{
	(void)sig;
	app_stop = 1;
	FCGX_ShutdownPending();
}

/* The checks every route row declares, in order, then the handler. */
/* An invalid field where there is no typed form to show again: a GET's (a bad link) or an action's
 * without a page of its own (a button's hidden fields) is a 400, rendered here; returns 1 then. */
static int fields_refused(struct request *req)
{
	const struct route *r = req->route;
	for (size_t i = 0; r->fields && r->fields[i].name; i++)
		if (req->fields[i].error) {
			render_error(req, 400, req->fields[i].error, r->fields[i].name);
			return 1;
		}
	return 0;
}

static void app_dispatch(struct request *req)
{
	const struct app *app = req->app;
	const char *why = NULL;
	int status = request_read(req, &why);
	req->lang = i18n_from_accept(req->accept_language, req->cfg->default_language);
	if (status) {
		render_error(req, status, status == 413 ? "err.too_large" : "err.bad_request", why);
		return;
	}
	req->route = router_match(req, app->routes, app->nroutes, &status);
	if (req->route == NULL) {
		render_error(req, status, status == 404 ? "err.not_found" : "err.method", NULL);
		return;
	}
	const struct route *r = req->route;
	int upload = (r->flags & ROUTE_UPLOAD) != 0;
	if ((status = request_read_body(req, upload ? REQ_MAX_UPLOAD : REQ_MAX_BODY, upload, &why)) != 0) {
		render_error(req, status, status == 413 ? "err.too_large" : "err.bad_request", why);
		return;
	}
	if ((status = router_fields(req, &why)) != 0) {
		render_error(req, status, "err.bad_request", why);
		return;
	}
	int get = strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
	if (get && fields_refused(req))
		return;
	const struct field_value *lang = req_field(req, "lang");
	/* A visitor's forms carry the page's language (they have no stored preference); a staff POST's
	 * "lang" is the preference being set, not the page's. */
	int lang_forced = lang->present && !lang->error && (strcmp(req->method, "POST") != 0 || !app->staff_sessions);
	if (lang_forced)
		req->lang = i18n_lang(lang->value);
	if (!(r->flags & ROUTE_NODB)) {
		enum db_status st = db_ready(req->db);
		if (st == DB_OK && app->staff_sessions)
			st = session_load(req);
		if (st != DB_OK) {
			render_db_error(req, st);
			return;
		}
	}
	if (req->user.id) {
		if (!lang_forced && i18n_lang(req->user.lang))
			req->lang = i18n_lang(req->user.lang);
	} else if (!(r->flags & ROUTE_NODB) && app->staff_sessions) {
		session_anon_csrf(req);   /* the sign-in form's token; the public program sets no cookie */
	}
	if ((r->flags & ROUTE_LOGIN) && req->user.id == 0) {
		if (strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0) {
			const char *next = redirect_target_ok(req->path) ? req->path : "/";
			response_redirect(req, strcmp(next, "/") == 0 ? "/login" :
					  arena_printf(&req->arena, "/login?next=%s", next));
		} else {
			render_error(req, 403, "err.signin_required", NULL);
		}
		return;
	}
	if (r->roles && !(r->roles & req->user.role)) {
		render_error(req, 403, "err.forbidden", NULL);
		return;
	}
	if (strcmp(req->method, "POST") == 0 && (((r->flags & ROUTE_CSRF) && router_csrf(req) != 0) ||
						  ((r->flags & ROUTE_SAME_SITE) && router_same_site(req) != 0))) {
		render_error(req, 403, "err.csrf", NULL);
		return;
	}
	if (!get && r->template == NULL && fields_refused(req))
		return;
	r->handler(req);
}

static void app_request(const struct app *app, const struct config *cfg, struct db *db,
			FCGX_Request *fr)
{
	struct request req;
	memset(&req, 0, sizeof(req));
	req.app = app;
	req.cfg = cfg;
	req.db = db;
	req.fcgx = fr;
	app_dispatch(&req);
	db_rollback(db);   /* a handler that failed halfway leaves nothing half-written */
	response_send(&req);
	request_free(&req);
}

int app_main(const struct app *app, int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--routes") == 0) {
		router_dump(app->routes, app->nroutes);
		return 0;
	}
	if (argc > 1) {
		fprintf(stderr, "usage: %s [--routes]\n(a FastCGI responder; with no socket on fd 0 it "
			"serves one CGI request)\n", argv[0]);
		return 2;
	}
	struct config cfg;
	char err[512];
	if (sodium_init() < 0) {
		fprintf(stderr, "%s: libsodium failed to start\n", app->name);
		return 1;
	}
	if (config_load(&cfg, app->account, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", app->name, err);
		return 1;
	}
	log_open(cfg.log_file);
	nerr_init();
	if (i18n_init(cfg.templates_dir) < 0 || render_init(cfg.templates_dir) < 0) {
		fprintf(stderr, "%s: cannot load the language files from %s\n", app->name, cfg.templates_dir);
		return 1;
	}
	mysql_library_init(0, NULL, NULL);
	struct db *db = db_open(&cfg);
	if (FCGX_IsCGI()) {
		app_request(app, &cfg, db, NULL);
	} else {
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = app_on_term;
		sigaction(SIGTERM, &sa, NULL);
		sigaction(SIGUSR1, &sa, NULL);
		FCGX_Init();
		FCGX_Request fr;
		FCGX_InitRequest(&fr, 0, 0);
		while (!app_stop && FCGX_Accept_r(&fr) >= 0) {
			app_request(app, &cfg, db, &fr);
			FCGX_Finish_r(&fr);
		}
		FCGX_Free(&fr, 1);
	}
	db_close(db);
	render_free();
	i18n_free();
	mysql_library_end();
	return 0;
}
