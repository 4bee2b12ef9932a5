/* render.c: fills the common template data and renders ClearSilver templates (escaping on). */
#include "render.h"
#include "app.h"
#include "config.h"
#include "i18n.h"
#include "log.h"
#include "money.h"
#include "response.h"
#include "router.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
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

void hdf_rows_init(struct request *req, const char *name, const char *const *cols, struct hdf_rows *r)
{
	hdf_list_init(req, name, &r->list);
	r->cols = cols;
}

int hdf_rows_add(void *ctx, const struct db_row *row)
{
	struct hdf_rows *r = ctx;
	HDF *item = hdf_list_add(&r->list);
	for (unsigned i = 0; i < row->ncols && r->cols[i]; i++)
		hdf_put(item, r->cols[i], row->val[i]);
	return 0;
}

int hdf_named_add(void *ctx, const struct db_row *row)
{
	if (row->ncols >= 2 && row->val[0] && row->val[0][0])
		hdf_put(ctx, row->val[0], row->val[1]);
	return 0;
}

void hdf_page_init(struct request *req, const char *name, const char *const *cols, size_t size, struct hdf_page *p)
{
	*p = (struct hdf_page){ .a = &req->arena, .size = size };
	hdf_rows_init(req, name, cols, &p->rows);
}

int hdf_page_add(void *ctx, const struct db_row *row)
{
	struct hdf_page *p = ctx;
	if (++p->n > p->size)
		return 1;
	p->last_id = arena_strdup(p->a, row->val[0] ? row->val[0] : "");
	return hdf_rows_add(&p->rows, row);
}

const char *hdf_page_next(const struct hdf_page *p)
{
	return p->n > p->size ? p->last_id : NULL;
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
	hdf_put(h, "Page.lang", req->lang);
	hdf_put(h, "Page.path", req->path);
	hdf_put(h, "Page.app", req->app ? req->app->name : "");
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

int form_fill(struct request *req)
{
	HDF *form = NULL, *errors = NULL;
	NEOERR *err = hdf_get_node(req_hdf(req), "Form", &form);
	if (err == STATUS_OK)
		err = hdf_get_node(form, "errors", &errors);
	nerr_ignore(&err);
	int n = 0;
	const struct field *f = req->route ? req->route->fields : NULL;
	for (size_t i = 0; f && f[i].name; i++) {
		if (!(f[i].flags & FIELD_SECRET))
			hdf_put(form, f[i].name, req->fields[i].value);
		if (req->fields[i].error) {
			hdf_put(errors, f[i].name, i18n_text(req->lang, req->fields[i].error));
			n++;
		}
	}
	return n;
}

static NEOERR *render_out(void *ctx, char *s)
{
	buf_adds((struct buf *)ctx, s);
	return STATUS_OK;
}

/* Parsed templates, kept for the worker's life: parsing was about 70% of a page's instructions.
 * A cached parse is bound to the request's data only while it renders (cs->hdf), and is
 * dropped after any error so that no half-finished render state is reused. */
#define TMPL_CACHE 64
static struct {
	char *name;
	CSPARSE *cs;
} tmpl_cache[TMPL_CACHE];
static HDF *tmpl_hdf;   /* what parsing reads: escaping mode, load path, no debug hooks */

int render_init(const char *templates_dir)
{
	NEOERR *err = hdf_init(&tmpl_hdf);
	if (err == STATUS_OK)
		err = hdf_set_value(tmpl_hdf, "Config.VarEscapeMode", "html");
	if (err == STATUS_OK)
		err = hdf_set_value(tmpl_hdf, "Config.TimeFooter", "0");
	if (err == STATUS_OK)
		err = hdf_set_value(tmpl_hdf, "hdf.loadpaths.0", templates_dir);
	if (err != STATUS_OK) {
		nerr_ignore(&err);
		return -1;
	}
	return 0;
}

void render_free(void)
{
	for (size_t i = 0; i < TMPL_CACHE; i++) {
		if (tmpl_cache[i].cs)
			cs_destroy(&tmpl_cache[i].cs);
		free(tmpl_cache[i].name);
		tmpl_cache[i].name = NULL;
	}
	if (tmpl_hdf)
		hdf_destroy(&tmpl_hdf);
}

/* The template function money(x): minor units as an amount in the currency and the language of
 * the request being rendered (set around cs_render); anything but an integer is left as it is. */
static const char *money_lang = "en", *money_currency = "PHP";

static NEOERR *tmpl_money(const char *in, char **out)
{
	char *end = NULL;
	long long v = in && *in ? strtoll(in, &end, 10) : 0;
	char text[64];
	if (end == NULL || *end != '\0')
		snprintf(text, sizeof(text), "%s", in ? in : "");
	else
		money_format(v, money_currency, money_lang, text, sizeof(text));
	*out = strdup(text);
	return *out ? STATUS_OK : nerr_raise(NERR_NOMEM, "money");
}

/* A non-negative integer v as v / 10^digits without trailing zeros ("3", "2.5", "33.33"); any
 * other text is left as it is. */
static NEOERR *tmpl_decimal(const char *in, char **out, int digits)
{
	char *end = NULL;
	long long v = in && *in ? strtoll(in, &end, 10) : 0;
	char text[40];
	if (end == NULL || *end != '\0' || v == LLONG_MIN) {
		snprintf(text, sizeof(text), "%s", in ? in : "");
	} else {   /* a negative amount (a month of returns) keeps its sign in front */
		text[0] = '-';
		decimal_format(v < 0 ? -v : v, digits, text + (v < 0), sizeof(text) - 1);
	}
	*out = strdup(text);
	return *out ? STATUS_OK : nerr_raise(NERR_NOMEM, "decimal");
}

/* percent(bp): basis points as a percentage; weight(milli): thousandths as a factor. */
static NEOERR *tmpl_percent(const char *in, char **out)
{
	return tmpl_decimal(in, out, 2);
}

static NEOERR *tmpl_weight(const char *in, char **out)
{
	return tmpl_decimal(in, out, 3);
}

/* The cached parse of tmpl (parsing it on first use), or NULL with *err set. */
static CSPARSE *tmpl_get(const char *tmpl, size_t *slot, NEOERR **err)
{
	size_t free_slot = TMPL_CACHE;
	for (size_t i = 0; i < TMPL_CACHE; i++) {
		if (tmpl_cache[i].name && strcmp(tmpl_cache[i].name, tmpl) == 0) {
			*slot = i;
			return tmpl_cache[i].cs;
		}
		if (tmpl_cache[i].name == NULL && free_slot == TMPL_CACHE)
			free_slot = i;
	}
	CSPARSE *cs = NULL;
	*err = cs_init(&cs, tmpl_hdf);
	if (*err == STATUS_OK)
		*err = cgi_register_strfuncs(cs);
	if (*err == STATUS_OK)
		*err = cs_register_strfunc(cs, "money", tmpl_money);
	if (*err == STATUS_OK)
		*err = cs_register_strfunc(cs, "percent", tmpl_percent);
	if (*err == STATUS_OK)
		*err = cs_register_strfunc(cs, "weight", tmpl_weight);
	if (*err == STATUS_OK)
		*err = cs_parse_file(cs, tmpl);
	if (*err != STATUS_OK) {
		cs_destroy(&cs);
		return NULL;
	}
	if (free_slot == TMPL_CACHE) {   /* full (never with our templates): use once, then drop */
		*slot = TMPL_CACHE;
		return cs;
	}
	tmpl_cache[free_slot].name = strdup(tmpl);
	tmpl_cache[free_slot].cs = cs;
	*slot = free_slot;
	return cs;
}

/* Renders tmpl into out; returns 0, or -1 with the ClearSilver error logged as an incident. */
static int render_into(struct request *req, const char *tmpl, struct buf *out, char incident[13])
{
	HDF *h = req_hdf(req);
	size_t slot = TMPL_CACHE;
	NEOERR *err = STATUS_OK;
	CSPARSE *cs = h ? tmpl_get(tmpl, &slot, &err) : NULL;
	if (h == NULL)
		err = nerr_raise(NERR_NOMEM, "no hdf");
	if (cs) {
		cs->hdf = h;
		money_lang = req->lang;
		if (req->cfg)
			money_currency = req->cfg->currency;
		cs->global_hdf = i18n_hdf(req->lang);
		err = cs_render(cs, out, render_out);
		cs->hdf = tmpl_hdf;
		cs->global_hdf = NULL;
		if (err != STATUS_OK || slot == TMPL_CACHE) {
			cs_destroy(&cs);
			if (slot < TMPL_CACHE) {
				free(tmpl_cache[slot].name);
				tmpl_cache[slot].name = NULL;
				tmpl_cache[slot].cs = NULL;
			}
		}
	}
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

int render_to_buf(struct request *req, const char *tmpl, struct buf *out)
{
	char incident[13];
	return render_into(req, tmpl, out, incident);
}

/* What every page of the program shows (its app's page_facts), put in before a page renders; not for
 * a server error, whose cause may be the database the facts come from. */
static void page_facts(struct request *req, int status)
{
	if (status < 500 && req->app && req->app->page_facts && req->db)
		req->app->page_facts(req);
}

void render_page(struct request *req, int status, const char *tmpl)
{
	char incident[13];
	page_facts(req, status);
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
	page_facts(req, status);
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

int render_unless_found(struct request *req, enum db_status st)
{
	if (st == DB_OK)
		return 0;
	if (st == DB_NOT_FOUND)
		render_error(req, 404, "err.not_found", NULL);
	else
		render_db_error(req, st);
	return 1;
}
