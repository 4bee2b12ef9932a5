/* crmctl_outbox.c: rendering a message from its mail templates, and handing the outbox to sendmail
 * (shared by crmctl digest and crmctl notify). */
#include "crmctl_outbox.h"
#include "render.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_OUTBOX_NEXT,
	"SELECT id, to_addr, message, attempts FROM outbox"
	" WHERE sent_at IS NULL AND id > ? AND attempts < ? ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
DB_STMT(SQL_OUTBOX_SENT,
	"UPDATE outbox SET sent_at = NOW(), attempts = attempts + 1, last_error = '' WHERE id = ?");
DB_STMT(SQL_OUTBOX_FAILED,
	"UPDATE outbox SET attempts = attempts + 1, last_error = LEFT(?, 255) WHERE id = ?");
DB_STMT(SQL_OUTBOX_WAITING,
	"SELECT COUNT(*), COALESCE(SUM(attempts >= ?), 0) FROM outbox WHERE sent_at IS NULL");

static void text_unescape(struct buf *b)
{
	static const struct { const char *entity; char c; } map[] = {
		{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&#39;", '\'' },
	};
	size_t r = 0, w = 0;
	while (r < b->len) {
		char c = b->data[r];
		size_t skip = 1;
		if (c == '&')
			for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
				size_t n = strlen(map[i].entity);
				if (b->len - r >= n && memcmp(b->data + r, map[i].entity, n) == 0) {
					c = map[i].c;
					skip = n;
					break;
				}
			}
		b->data[w++] = c;
		r += skip;
	}
	b->len = w;
	if (b->data)
		b->data[w] = '\0';
}

int outbox_render(struct request *req, const char *tmpl_text, const char *tmpl_html, struct mail *m, struct buf *msg,
		  struct buf *text_out)
{
	struct buf own = { 0 }, html = { 0 };
	struct buf *text = text_out ? text_out : &own;
	int rc = -1;
	if (render_to_buf(req, tmpl_text, text) < 0 || render_to_buf(req, tmpl_html, &html) < 0)
		goto done;
	text_unescape(text);
	buf_adds(text, "");   /* a NUL-terminated string even when empty */
	buf_adds(&html, "");
	m->text = text->data;
	m->html = html.data;
	rc = mail_compose(msg, m) < 0 ? -2 : 0;
	m->text = m->html = NULL;
done:
	buf_free(&own);
	buf_free(&html);
	return rc;
}

const char *outbox_mail_host(struct arena *a, const char *from)
{
	const char *at = strrchr(from, '@');
	if (at == NULL)
		return "localhost";
	at++;
	return arena_strndup(a, at, strcspn(at, "> \t"));
}

/* Hands the next unsent row after *last to sendmail. 1 when a row was handled, 0 when none is
 * left, -1 when the database failed. */
static int send_next(struct db *db, const char *sendmail, const char *who, struct outbox_counts *c, long long *last)
{
	struct arena a = { 0 };
	char **row = NULL;
	int rc = -1;
	enum db_status st = db_begin(db);
	if (st == DB_OK)
		st = db_query_one(db, &SQL_OUTBOX_NEXT, DB_ARGS(DB_INT(*last), DB_INT(OUTBOX_MAX_ATTEMPTS)), &a, &row);
	if (st == DB_NOT_FOUND) {
		rc = 0;
		goto done;
	}
	if (st != DB_OK)
		goto done;
	long long id = atoll(row[0]);
	*last = id;
	char why[256];
	if (mail_sendmail(sendmail, row[2], strlen(row[2]), why, sizeof(why)) == 0) {
		st = db_exec(db, &SQL_OUTBOX_SENT, DB_ARGS(DB_INT(id)), NULL, NULL);
		c->sent++;
	} else {
		fprintf(stderr, "%s: outbox %lld to %s: %s (attempt %d of %d; kept for the next run)\n",
			who, id, row[1], why, atoi(row[3]) + 1, OUTBOX_MAX_ATTEMPTS);
		st = db_exec(db, &SQL_OUTBOX_FAILED, DB_ARGS(DB_STR(why), DB_INT(id)), NULL, NULL);
		c->failed++;
	}
	if (st == DB_OK)
		st = db_commit(db);
	rc = st == DB_OK ? 1 : -1;
done:
	if (rc < 0)
		fprintf(stderr, "%s: %s\n", who, db_last_error(db));
	db_rollback(db);
	arena_free(&a);
	return rc;
}

static int outbox_count(struct db *db, const char *who, struct outbox_counts *c)
{
	struct arena a = { 0 };
	char **row = NULL;
	enum db_status st = db_query_one(db, &SQL_OUTBOX_WAITING, DB_ARGS(DB_INT(OUTBOX_MAX_ATTEMPTS)), &a, &row);
	if (st == DB_OK) {
		c->waiting = atoi(row[0]);
		c->given_up = atoi(row[1]);
	} else {
		fprintf(stderr, "%s: %s\n", who, db_last_error(db));
	}
	arena_free(&a);
	return st == DB_OK ? 0 : -1;
}

int outbox_send(struct db *db, const char *sendmail, const char *who, struct outbox_counts *c)
{
	long long last = 0;
	int rc = 0;
	c->handed = sendmail && sendmail[0];
	while (c->handed && (rc = send_next(db, sendmail, who, c, &last)) > 0)
		;
	if (rc < 0)
		return -1;
	return outbox_count(db, who, c);
}

void outbox_print(const struct outbox_counts *c, const char *who)
{
	if (!c->handed)
		printf(" no sendmail configured: %d waiting in the outbox\n", c->waiting);
	else
		printf(" sent %d, failed %d, waiting %d\n", c->sent, c->failed, c->waiting);
	if (c->given_up)
		printf("%s: %d message%s failed %d times and will not be tried again (see outbox.last_error)\n",
		       who, c->given_up, c->given_up == 1 ? "" : "s", OUTBOX_MAX_ATTEMPTS);
}
