/* crmctl_notify.c: `crmctl notify`: each public reply to a customer who gave an e-mail and agreed to
 * be contacted, and each resolution of their case (the fact and the invitation to rate; how it was
 * resolved is the desk's note), becomes a notice in the outbox (in the customer's language, with a
 * link to the case's status page when public_url is set), and the outbox is handed to sendmail.
 * Meant to run every minute (cron or conf/systemd/crm-notify.timer).
 *
 * Compose: the replies and resolutions after the marker setting case_notice_after (events of the last hour or so,
 * see sql/012_case_notices.sql) and at most CASE_NOTICE_MAX_AGE_DAYS old that have no notice yet, in
 * batches; each notice is INSERT IGNOREd in its own transaction under the outbox's unique key on the
 * reply (case_event_id), so a second run, or two at once, add nothing. Then the marker moves to the
 * newest event older than an hour (every transaction of the desk has ended by then): a notice that could
 * not be composed for an hour is given up (said on stderr each run until then).
 * Send: as crmctl digest (crmctl_outbox.c).
 * Exit status: 0 when everything composed and sent (or waits because no sendmail is configured), 1
 * when a notice could not be composed or sent or the database failed, 2 for wrong arguments. */
#include "crmctl.h"
#include "crmctl_outbox.h"
#include "case_policy.h"
#include "i18n.h"
#include "log.h"
#include "render.h"
#include "zone.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NOTICE_BATCH 200

DB_STMT(SQL_NOTICE_RULES,
	"SELECT name, value FROM settings WHERE name IN ('company_time_zone', 'company_name', 'case_notice_after')");
DB_STMT(SQL_NOTICE_PENDING,
	"SELECT e.id, e.body, UNIX_TIMESTAMP(e.at), DATE_FORMAT(e.at, '%Y-%m-%d'), c.id, c.kind,"
	" UNIX_TIMESTAMP(c.created_at), c.customer_name, c.email, c.lang, c.key_email, e.kind"
	" FROM case_events e JOIN cases c ON c.id = e.case_id LEFT JOIN outbox o ON o.case_event_id = e.id"
	" WHERE e.id > ? AND e.kind IN ('reply', 'resolution') AND e.at > NOW() - INTERVAL ? DAY AND o.id IS NULL"
	" AND c.consent_contact = 1 AND c.email <> '' AND c.key_email IS NOT NULL ORDER BY e.id LIMIT ?");
DB_STMT(SQL_NOTICE_INSERT,
	"INSERT IGNORE INTO outbox (kind, staff_id, day, to_addr, message, created_at, case_event_id)"
	" VALUES (?, NULL, ?, ?, ?, NOW(), ?)");
DB_STMT(SQL_NOTICE_MARKER,
	"UPDATE settings SET value = (SELECT COALESCE(MAX(id), ?) FROM case_events WHERE id > ?"
	" AND at < NOW() - INTERVAL 1 HOUR) WHERE name = 'case_notice_after'");

struct notify_run {
	const struct config *cfg;
	struct db *db;
	struct arena arena;       /* the rules and the From address */
	const char *from, *host, *company, *tz;
	long long marker, now;
	int composed, broken;
	struct outbox_counts out;
};

/* One reply or resolution to tell of (the columns of SQL_NOTICE_PENDING, in the batch's arena). */
struct notice {
	long long event_id, at, case_id, case_at;
	const char *body, *day, *kind, *customer, *email, *lang, *key;
	int resolved;   /* a resolution (its text is internal: only the fact is told), else a reply */
	struct notice *next;
};

struct batch {
	struct arena *a;
	struct notice *head, **tail;
	int n;
};

static int notice_row(void *ctx, const struct db_row *row)
{
	struct batch *b = ctx;
	struct notice *n = arena_alloc(b->a, sizeof(*n));
	*n = (struct notice){
		.event_id = atoll(row->val[0]), .body = arena_strdup(b->a, row->val[1]), .at = atoll(row->val[2]),
		.day = arena_strdup(b->a, row->val[3]), .case_id = atoll(row->val[4]),
		.kind = arena_strdup(b->a, row->val[5]), .case_at = atoll(row->val[6]),
		.customer = arena_strdup(b->a, row->val[7]), .email = arena_strdup(b->a, row->val[8]),
		.lang = arena_strdup(b->a, row->val[9]), .key = arena_strdup(b->a, row->val[10]),
		.resolved = strcmp(row->val[11], "resolution") == 0,
	};
	*b->tail = n;
	b->tail = &n->next;
	b->n++;
	return 0;
}

static int rules_row(void *ctx, const struct db_row *row)
{
	struct notify_run *run = ctx;
	const char *v = arena_strdup(&run->arena, row->val[1] ? row->val[1] : "");
	if (strcmp(row->val[0], "company_name") == 0)
		run->company = v;
	else if (strcmp(row->val[0], "case_notice_after") == 0)
		run->marker = atoll(v);
	else if (strcmp(row->val[0], "company_time_zone") == 0)
		run->tz = v;
	return 0;
}

/* From: the company's name (without angle brackets, which would end it) and the address of
 * mail_from, in the run's arena. */
static const char *notice_from(struct notify_run *run)
{
	const char *mf = run->cfg->mail_from, *lt = strchr(mf, '<');
	const char *addr = lt ? arena_strndup(&run->arena, lt + 1, strcspn(lt + 1, ">")) : mf;
	char *name = arena_strdup(&run->arena, run->company ? run->company : "");
	for (char *c = name; *c; c++)
		if (*c == '<' || *c == '>')
			*c = ' ';
	return name[0] ? arena_printf(&run->arena, "%s <%s>", name, addr) : mf;
}

/* Composes one notice into the outbox in its own transaction. 1 composed (or another run had), 0 not
 * composable (said on stderr), -1 the database failed. */
static int notice_one(struct notify_run *run, const struct notice *n)
{
	struct request req = { 0 };
	req.db = run->db;
	req.cfg = run->cfg;
	req.lang = i18n_lang(n->lang);
	if (req.lang == NULL)
		req.lang = i18n_lang(run->cfg->default_language);
	struct buf msg = { 0 };
	char at[17], case_at[17];
	HDF *h = req_hdf(&req);
	hdf_put(h, "Notice.company", run->company);
	hdf_put(h, "Notice.customer", n->customer);
	hdf_put(h, "Notice.kind", n->kind);
	hdf_put(h, "Notice.case_at", zone_text(n->case_at, case_at));
	hdf_put(h, "Notice.at", zone_text(n->at, at));
	hdf_put(h, "Notice.resolved", n->resolved ? "1" : "0");
	const char *body = n->resolved ? "" : n->body;   /* how it was resolved is the desk's own note */
	hdf_put(h, "Notice.reply", body);
	struct hdf_list lines;   /* the HTML part shows the reply's lines as lines */
	hdf_list_init(&req, "Notice.lines", &lines);
	for (const char *p = body; *p;) {
		size_t len = strcspn(p, "\n");
		char *line = arena_strndup(&req.arena, p, len);
		if (len > 0 && line[len - 1] == '\r')
			line[len - 1] = '\0';
		hdf_put(hdf_list_add(&lines), "text", line);
		p += len + (p[len] == '\n');
	}
	if (run->cfg->public_url[0])
		hdf_put(h, "Notice.link", arena_printf(&req.arena, "%s/feedback/status/%s?lang=%s", run->cfg->public_url,
							n->key, req.lang));
	const char *subject = i18n_text(req.lang, n->resolved ? "notice.subject_resolved" : "notice.subject");
	if (run->company && run->company[0])
		subject = arena_printf(&req.arena, "%s: %s", run->company, subject);
	hdf_put(h, "Notice.subject", subject);
	struct mail m = {
		.from = run->from, .to = n->email, .to_name = n->customer, .subject = subject, .date = run->now,
		.message_id = arena_printf(&req.arena, "case-%s-%lld@%s", n->resolved ? "resolved" : "reply", n->event_id,
					   run->host),
	};
	int rc = outbox_render(&req, "mail/case_notice_text.cs", "mail/case_notice_html.cs", &m, &msg, NULL);
	if (rc < 0) {
		fprintf(stderr, "crmctl notify: the event %lld of case %lld: %s\n", n->event_id, n->case_id,
			rc == -1 ? "the templates did not render (see the log)" : "no message could be made to that address");
		run->broken++;
		rc = 0;
		goto done;
	}
	enum db_status st = db_begin(run->db);
	if (st == DB_OK)
		st = db_exec(run->db, &SQL_NOTICE_INSERT,
			     DB_ARGS(DB_STR(n->resolved ? "case_resolved" : "case_reply"), DB_STR(n->day), DB_STR(n->email),
				     DB_BIN(msg.data, msg.len), DB_INT(n->event_id)), NULL, NULL);
	if (st == DB_OK)
		st = db_commit(run->db);
	if (st != DB_OK) {
		fprintf(stderr, "crmctl notify: %s\n", db_last_error(run->db));
		db_rollback(run->db);
		rc = -1;
		goto done;
	}
	run->composed++;
	rc = 1;
done:
	buf_free(&msg);
	request_free(&req);
	return rc;
}

/* The compose phase: every pending reply and resolution, batch by batch, then the marker moved on. 0, or -1 when
 * the database failed. */
static int notify_compose(struct notify_run *run)
{
	long long after = run->marker;
	for (;;) {
		struct arena a = { 0 };
		struct batch b = { .a = &a };
		b.tail = &b.head;
		enum db_status st = db_query(run->db, &SQL_NOTICE_PENDING,
					     DB_ARGS(DB_INT(after), DB_INT(CASE_NOTICE_MAX_AGE_DAYS), DB_INT(NOTICE_BATCH)), notice_row, &b);
		int rc = st == DB_OK ? 0 : -1;
		if (rc < 0)
			fprintf(stderr, "crmctl notify: %s\n", db_last_error(run->db));
		for (const struct notice *n = b.head; rc == 0 && n; n = n->next) {
			if (notice_one(run, n) < 0)
				rc = -1;
			after = n->event_id;
		}
		int more = b.n == NOTICE_BATCH;
		arena_free(&a);
		if (rc < 0)
			return -1;
		if (!more)
			break;
	}
	enum db_status st = db_exec(run->db, &SQL_NOTICE_MARKER, DB_ARGS(DB_INT(run->marker), DB_INT(run->marker)), NULL, NULL);
	if (st != DB_OK) {
		fprintf(stderr, "crmctl notify: %s\n", db_last_error(run->db));
		return -1;
	}
	return 0;
}

int crmctl_notify(const struct config *cfg, int argc, char **argv)
{
	if (argc > 1) {
		fprintf(stderr, "usage: crmctl notify\n");
		return 2;
	}
	(void)argv;
	struct notify_run run = { .cfg = cfg, .now = (long long)time(NULL) };
	struct zone_scope z = { 0 };
	int rc = 1;
	log_open(cfg->log_file);
	run.host = outbox_mail_host(&run.arena, cfg->mail_from);
	if (i18n_init(cfg->templates_dir) < 0 || render_init(cfg->templates_dir) < 0) {
		fprintf(stderr, "crmctl notify: cannot load the templates from %s (see the log)\n", cfg->templates_dir);
		goto done;
	}
	run.db = db_open(cfg);
	enum db_status st = db_ready(run.db);
	if (st == DB_OK)
		st = db_query(run.db, &SQL_NOTICE_RULES, DB_NOARGS, rules_row, &run);
	if (st != DB_OK) {
		fprintf(stderr, "crmctl notify: %s\n", db_last_error(run.db));
		goto done;
	}
	if (run.tz == NULL || zone_enter(&z, run.tz) < 0)
		zone_enter(&z, "UTC");
	run.from = notice_from(&run);
	if (notify_compose(&run) < 0)
		goto done;
	if (outbox_send(run.db, cfg->sendmail, "crmctl notify", &run.out) < 0)
		goto done;
	printf("notify: %d composed", run.composed);
	if (run.broken)
		printf(", %d not composed", run.broken);
	printf(";");
	outbox_print(&run.out, "notify");
	rc = run.out.failed || run.broken ? 1 : 0;
done:
	zone_leave(&z);
	db_close(run.db);
	render_free();
	i18n_free();
	arena_free(&run.arena);
	return rc;
}
