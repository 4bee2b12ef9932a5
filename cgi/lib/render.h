/* render.h: ClearSilver rendering with HTML escaping on, and the one function that renders every error. */
#ifndef CRM_RENDER_H
#define CRM_RENDER_H
#include "request.h"
#include "db.h"

/* Once per worker: the settings every template is parsed with (HTML escaping on, no debug hooks,
 * the load path). Parsed templates are cached until render_free(). 0 or -1. */
int render_init(const char *templates_dir);
void render_free(void);

/* The request's template data, created on first use with the common values (language, user,
 * CSRF token, path). Owned by req, destroyed by request_free. */
HDF *req_hdf(struct request *req);
/* Sets name below parent to a copy of value (NULL stores ""). */
void hdf_put(HDF *parent, const char *name, const char *value);
void hdf_put_int(HDF *parent, const char *name, long long value);
/* A list in the template data: children 0, 1, 2... of one node. */
struct hdf_list {
	HDF *node;
	size_t n;
};
/* A list filled straight from a query: each row becomes one child whose values are named by
 * cols (NULL-terminated, one name per column, in the statement's order). */
struct hdf_rows {
	struct hdf_list list;
	const char *const *cols;
};
/* Starts rows at name with the column names cols. */
void hdf_rows_init(struct request *req, const char *name, const char *const *cols, struct hdf_rows *r);
/* The db_row_fn that adds one row (ctx is a struct hdf_rows). */
int hdf_rows_add(void *ctx, const struct db_row *row);
/* The db_row_fn that puts a (name, value) row's value under its name in the HDF node ctx. */
int hdf_named_add(void *ctx, const struct db_row *row);

/* One page of a keyset list, filled like hdf_rows up to size rows: a row beyond only says that
 * there is a next page. last_id is the first column of the page's last row (req's arena). */
struct hdf_page {
	struct hdf_rows rows;
	struct arena *a;
	size_t size, n;
	const char *last_id;
};
void hdf_page_init(struct request *req, const char *name, const char *const *cols, size_t size, struct hdf_page *p);
/* The db_row_fn that adds one row (ctx is a struct hdf_page); query size + 1 rows. */
int hdf_page_add(void *ctx, const struct db_row *row);
/* The cursor of the next page (the last row's id), or NULL when this page is the last. */
const char *hdf_page_next(const struct hdf_page *p);

/* Starts the list at name (e.g. "Staff") in the request's template data. */
void hdf_list_init(struct request *req, const char *name, struct hdf_list *l);
/* Adds the next child and returns it. */
HDF *hdf_list_add(struct hdf_list *l);

/* Puts every field of the route (but FIELD_SECRET ones) into Form.NAME and each validation error,
 * in the request's language, into Form.errors.NAME, so a form can be shown again as typed.
 * Returns the number of fields with errors. */
int form_fill(struct request *req);

/* Renders the route's template (or tmpl when not NULL) into the response with status. */
void render_page(struct request *req, int status, const char *tmpl);
/* Renders tmpl with req's template data, appending to out (e-mails, feeds). 0, or -1 after logging
 * the template error. */
int render_to_buf(struct request *req, const char *tmpl, struct buf *out);
/* Renders the error page for status with a message (an i18n key). 5xx pages get an incident id
 * that is also logged with detail (never shown). */
void render_error(struct request *req, int status, const char *msg_key, const char *detail);
/* For a failed database call: 503 when the database is unavailable, else 500; logs the error. */
void render_db_error(struct request *req, enum db_status st);
/* For a lookup: 0 when st is DB_OK; otherwise renders 404 (DB_NOT_FOUND) or the database error
 * and returns 1. */
int render_unless_found(struct request *req, enum db_status st);
#endif
