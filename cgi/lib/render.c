/* render.c: fills the common template data and renders ClearSilver templates (escaping on). */
#include "render.h"
#include "app.h"
#include "config.h"
#include "i18n.h"
#include "log.h"
#include "response.h"
#include "router.h"
#include <stdio.h>
#include <string.h>

void hdf_put(HDF *parent, const char *name, const char *value)
{
	NEOERR *err = hdf_set_value(parent, name, value ? value : "");
	nerr_ignore(&err);
}

void hdf_put_int(HDF *parent, const char *name, long long value)
{
	char num[32];
	snprintf(num, sizeof(num), "%lld", value);
	hdf_put(parent, name, num);
}

void hdf_list_init(struct request *req, const char *name, struct hdf_list *l)
{
	l->node = NULL;
	l->n = 0;
	NEOERR *err = hdf_get_node(req_hdf(req), name, &l->node);
	nerr_ignore(&err);
}

HDF *hdf_list_add(struct hdf_list *l)
{
	char name[24];
	HDF *child = NULL;
	snprintf(name, sizeof(name), "%zu", l->n++);
	NEOERR *err = hdf_get_node(l->node, name, &child);
	nerr_ignore(&err);
	return child;
}

HDF *req_hdf(struct request *req)
{
	if (req->hdf)
		return req->hdf;
	NEOERR *err = hdf_init(&req->hdf);
	if (err != STATUS_OK) {
		nerr_ignore(&err);
		return NULL;
	}
	HDF *h = req->hdf;
	/* Escaping must be set before cs_init; debugging hooks stay off. */
	hdf_put(h, "Config.VarEscapeMode", "html");
	hdf_put(h, "Config.TimeFooter", "0");
	hdf_put(h, "hdf.loadpaths.0", req->cfg->templates_dir);
	hdf_put(h, "Page.lang", req->lang);
	hdf_put(h, "Page.path", req->path);
	hdf_put(h, "Page.app", req->app->name);
	if (req->csrf_token)
		hdf_put(h, "Page.csrf", req->csrf_token);
	if (req->user.id) {
		HDF *u = NULL;
		err = hdf_get_node(h, "User", &u);
		nerr_ignore(&err);
		hdf_put_int(u, "id", req->user.id);
		hdf_put(u, "username", req->user.username);
		hdf_put(u, "name", req->user.full_name);
		hdf_put(u, "role", role_name(req->user.role));
	}
	return h;
}

static NEOERR *render_out(void *ctx, char *s)
{
	buf_adds((struct buf *)ctx, s);
	return STATUS_OK;
}

/* Renders tmpl into out; returns 0, or -1 with the ClearSilver error logged as an incident. */
static int render_into(struct request *req, const char *tmpl, struct buf *out, char incident[13])
{
	HDF *h = req_hdf(req);
	CSPARSE *cs = NULL;
	NEOERR *err = h ? cs_init(&cs, h) : nerr_raise(NERR_NOMEM, "no hdf");
	if (err == STATUS_OK) {
		cs->global_hdf = i18n_hdf(req->lang);
		err = cgi_register_strfuncs(cs);
	}
	if (err == STATUS_OK)
		err = cs_parse_file(cs, tmpl);
	if (err == STATUS_OK)
		err = cs_render(cs, out, render_out);
	cs_destroy(&cs);
	if (err != STATUS_OK) {
		STRING s;
		string_init(&s);
		nerr_error_string(err, &s);
		log_incident(incident, "template %s: %s", tmpl, s.buf ? s.buf : "");
		string_clear(&s);
		nerr_ignore(&err);
		return -1;
	}
	return 0;
}

void render_page(struct request *req, int status, const char *tmpl)
{
	char incident[13];
	if (tmpl == NULL)
		tmpl = req->route ? req->route->template : NULL;
	if (tmpl == NULL) {
		render_error(req, 500, "err.internal", "route has no template");
		return;
	}
	response_open(req, status, "text/html; charset=utf-8");
	if (render_into(req, tmpl, &req->resp.body, incident) < 0) {
		response_open(req, 500, "text/html; charset=utf-8");
		buf_printf(&req->resp.body,
			   "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Error</h1>"
			   "<p>Incident %s</p></body></html>\n", incident);
	}
}

void render_error(struct request *req, int status, const char *msg_key, const char *detail)
{
	char incident[13] = "";
	if (status >= 500) {
		buf_reset(&req->resp.cookies);   /* nothing half-done (a new session) reaches the browser */
		log_incident(incident, "%d %s %s: %s", status, req->method ? req->method : "",
			     req->path ? req->path : "", detail ? detail : msg_key);
	}
	HDF *h = req_hdf(req);
	if (h) {
		hdf_put_int(h, "Error.status", status);
		hdf_put(h, "Error.message", i18n_text(req->lang, msg_key));
		hdf_put(h, "Error.incident", incident);
	}
	response_open(req, status, "text/html; charset=utf-8");
	char inner[13];
	if (h == NULL || render_into(req, "layout/error.cs", &req->resp.body, inner) < 0) {
		response_open(req, status, "text/html; charset=utf-8");
		buf_printf(&req->resp.body,
			   "<!DOCTYPE html><html><head><title>Error %d</title></head><body><h1>Error %d</h1>"
			   "<p>Incident %s</p></body></html>\n", status, status, incident);
	}
}

void render_db_error(struct request *req, enum db_status st)
{
	if (st == DB_UNAVAILABLE)
		render_error(req, 503, "err.unavailable", db_last_error(req->db));
	else
		render_error(req, 500, "err.internal", db_last_error(req->db));
}
