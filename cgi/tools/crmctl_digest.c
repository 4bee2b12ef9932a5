/* crmctl_digest.c: `crmctl digest`: each active staff member's day composed as an e-mail into the
 * outbox, and the outbox handed to the local sendmail.
 *
 * Compose: for each active staff member with an e-mail address, in their own short transaction: skip
 * them when the outbox already holds their digest of the day, load their day (day.h) and the next
 * seven days' occasions, skip them when the day has nothing (no occasion today, no follow-up or
 * consultation due), render templates/mail/digest_{text,html}.cs in their language, compose the
 * message (mail.h) and INSERT IGNORE it: the outbox's unique key (kind, staff_id, day) makes a second
 * run of the same day add nothing.
 *
 * Send (crmctl_outbox.c): every unsent row (oldest first, fewer than OUTBOX_MAX_ATTEMPTS attempts) is taken with
 * SELECT ... FOR UPDATE SKIP LOCKED in its own transaction, handed to sendmail, and marked sent only
 * after sendmail exited 0; a failure counts the attempt and keeps the reason, and the row waits for
 * the next run. Two digests running at once (cron and an operator) each take rows the other has not
 * locked, so no row goes out twice; if the process dies after sendmail took a message but before the
 * commit, the row is sent again next time (a message may come twice, it is never lost).
 *
 * Exit status: 0 when everything composed and sent (or waits because no sendmail is configured), 1
 * when a message could not be composed or sent or the database failed (so cron or systemd tells the
 * operator), 2 for wrong arguments. */
#include "crmctl.h"
#include "day.h"
#include "db.h"
#include "i18n.h"
#include "log.h"
#include "crmctl_outbox.h"
#include "occasion.h"
#include "render.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DIGEST_WEEK_LIMIT 50     /* occasions of the coming week listed in one message */

DB_STMT(SQL_DIGEST_STAFF,
	"SELECT id, username, full_name, role, language, email FROM staff"
	" WHERE active = 1 AND email IS NOT NULL AND email <> '' ORDER BY id");
DB_STMT(SQL_DIGEST_EXISTS,
	"SELECT id FROM outbox WHERE kind = 'digest' AND staff_id = ? AND day = ?");
DB_STMT(SQL_DIGEST_INSERT,
	"INSERT IGNORE INTO outbox (kind, staff_id, day, to_addr, message, created_at)"
	" VALUES ('digest', ?, ?, ?, ?, NOW())");

/* One person the digest is for (strings in the run's arena). */
struct digest_staff {
	long long id;
	const char *username, *full_name, *email, *lang;
	int role;
	struct digest_staff *next;
};

struct digest_run {
	const struct config *cfg;
	struct db *db;
	struct arena arena;            /* the staff list and the mail host */
	struct day_rules rules;
	const char *host;              /* of mail_from: the right-hand side of Message-IDs */
	long long now;
	int dry_run;
	struct digest_staff *staff, **tail;
	int composed, already, empty, broken;   /* counts of the compose phase */
	struct outbox_counts out;               /* ... and of the send phase */
};

/* The db_row_fn of SQL_DIGEST_STAFF: appends the person to the run's list. */
static int staff_row(void *ctx, const struct db_row *row)
{
	struct digest_run *run = ctx;
	struct digest_staff *s = arena_alloc(&run->arena, sizeof(*s));
	s->id = atoll(row->val[0]);
	s->username = arena_strdup(&run->arena, row->val[1]);
	s->full_name = arena_strdup(&run->arena, row->val[2]);
	s->role = role_from_name(row->val[3]);
	s->lang = i18n_lang(row->val[4]);
	if (s->lang == NULL)
		s->lang = i18n_lang(run->cfg->default_language);
	s->email = arena_strdup(&run->arena, row->val[5]);
	*run->tail = s;
	run->tail = &s->next;
	return 0;
}

/* 1 when the loaded day has something to say: an occasion today, a follow-up or a consultation due,
 * a case near or past its target. */
static int day_has_news(HDF *h)
{
	return hdf_get_obj(h, "Day.occasions.0") != NULL || hdf_get_obj(h, "Day.followups.list.0") != NULL ||
	       hdf_get_obj(h, "Day.consultations.list.0") != NULL || hdf_get_obj(h, "Day.cases.list.0") != NULL;
}

/* Day.week holds today's occasions too (days 0): Day.week_ahead counts the others. */
static void week_count(HDF *h)
{
	int n = 0;
	for (HDF *o = hdf_obj_child(hdf_get_obj(h, "Day.week")); o; o = hdf_obj_next(o))
		if (atoi(hdf_get_value(o, "days", "0")) > 0)
			n++;
	hdf_put_int(h, "Day.week_ahead", n);
}

/* What became of one person in the compose phase. */
enum outcome { OUT_COMPOSED, OUT_ALREADY, OUT_EMPTY, OUT_BROKEN, OUT_DB_ERROR };

/* Renders both parts for req's person (the text part, decoded, into text) and composes the message
 * into msg; the subject (req's arena) into *subject_out. 0, or -1 after saying why on stderr. */
static int digest_render(struct digest_run *run, struct request *req, const struct digest_staff *s,
			 struct buf *msg, const char **subject_out, struct buf *text)
{
	HDF *h = req_hdf(req);
	hdf_put(h, "Digest.base_url", run->cfg->base_url);
	hdf_put(h, "Digest.date", run->rules.today);
	const char *subject = arena_printf(&req->arena, "%s: %s", i18n_text(req->lang, "digest.subject"),
					   run->rules.today);
	hdf_put(h, "Digest.subject", subject);
	struct mail m = {
		.from = run->cfg->mail_from, .to = s->email, .to_name = s->full_name, .subject = subject,
		.date = run->now,
		.message_id = arena_printf(&req->arena, "digest-%s-%lld@%s", run->rules.today, s->id, run->host),
	};
	int rc = outbox_render(req, "mail/digest_text.cs", "mail/digest_html.cs", &m, msg, text);
	if (rc == -1)
		fprintf(stderr, "crmctl digest: staff %lld: the templates did not render (see the log)\n", s->id);
	else if (rc == -2)
		fprintf(stderr, "crmctl digest: staff %lld: no message could be made to \"%s\" from \"%s\""
			" (is the address valid?)\n", s->id, s->email, run->cfg->mail_from);
	if (rc == 0)
		*subject_out = subject;
	return rc == 0 ? 0 : -1;
}

/* Composes one person's digest of the day into the outbox (or, in a dry run, onto standard output),
 * in one transaction. */
static enum outcome digest_one(struct digest_run *run, const struct digest_staff *s)
{
	struct request req = { 0 };
	req.db = run->db;
	req.cfg = run->cfg;
	req.lang = s->lang;
	req.user = (struct user){ .id = s->id, .username = s->username, .full_name = s->full_name,
				  .role = s->role, .lang = s->lang };
	struct buf text = { 0 }, msg = { 0 };
	enum outcome out = OUT_DB_ERROR;
	char **row = NULL;
	int more = 0;
	const char *subject = NULL;
	unsigned long long affected = 0;
	HDF *h = req_hdf(&req);
	enum db_status st = db_begin(run->db);
	if (st == DB_OK)
		st = db_query_one(run->db, &SQL_DIGEST_EXISTS, DB_ARGS(DB_INT(s->id), DB_STR(run->rules.today)),
				  &req.arena, &row);
	if (st == DB_OK) {
		out = OUT_ALREADY;
		goto done;
	}
	if (st != DB_NOT_FOUND)
		goto done;
	st = day_load(&req, &run->rules, s->id, "Day");
	if (st == DB_OK)
		st = day_occasions(&req, &run->rules, s->id, 7, DIGEST_WEEK_LIMIT, "Day.week", &more);
	if (st != DB_OK)
		goto done;
	if (!day_has_news(h)) {
		out = OUT_EMPTY;
		goto done;
	}
	week_count(h);
	hdf_put_int(h, "Day.week_more", more);
	if (digest_render(run, &req, s, &msg, &subject, &text) < 0) {
		out = OUT_BROKEN;
		goto done;
	}
	if (run->dry_run) {
		printf("=== %s <%s> (%s): %s\n%s\n", s->full_name, s->email, s->lang, subject, text.data);
		out = OUT_COMPOSED;
		goto done;
	}
	st = db_exec(run->db, &SQL_DIGEST_INSERT,
		     DB_ARGS(DB_INT(s->id), DB_STR(run->rules.today), DB_STR(s->email), DB_BIN(msg.data, msg.len)),
		     &affected, NULL);
	if (st == DB_OK)
		st = db_commit(run->db);
	if (st == DB_OK)
		out = affected > 0 ? OUT_COMPOSED : OUT_ALREADY;   /* 0: another run inserted it meanwhile */
done:
	if (out == OUT_DB_ERROR)
		fprintf(stderr, "crmctl digest: staff %lld: %s\n", s->id, db_last_error(run->db));
	db_rollback(run->db);   /* nothing open after a commit; the read-only paths end here */
	buf_free(&text);
	buf_free(&msg);
	request_free(&req);
	return out;
}

/* The compose phase: every person in turn. 0, or -1 when the database failed. */
static int digest_compose(struct digest_run *run)
{
	enum db_status st = db_query(run->db, &SQL_DIGEST_STAFF, DB_NOARGS, staff_row, run);
	if (st != DB_OK) {
		fprintf(stderr, "crmctl digest: %s\n", db_last_error(run->db));
		return -1;
	}
	for (const struct digest_staff *s = run->staff; s; s = s->next) {
		switch (digest_one(run, s)) {
		case OUT_COMPOSED: run->composed++; break;
		case OUT_ALREADY: run->already++; break;
		case OUT_EMPTY: run->empty++; break;
		case OUT_BROKEN: run->broken++; break;
		case OUT_DB_ERROR: return -1;
		}
	}
	return 0;
}

/* Parses the arguments into the run; the date (when given) into *date. 0, or -1 after the usage. */
static int digest_args(int argc, char **argv, const char **date, int *send_only, int *dry_run)
{
	char used[16] = { 0 };
	if (argc > (int)sizeof(used))
		goto usage;
	used[0] = 1;
	*date = crmctl_opt(argc, argv, "--date", used);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--send-only") == 0 && !used[i])
			*send_only = used[i] = 1;
		else if (strcmp(argv[i], "--dry-run") == 0 && !used[i])
			*dry_run = used[i] = 1;
	}
	if (crmctl_all_used(argc, argv, used) < 0)
		goto usage;
	int y, m, d;
	if (*date && civil_parse(*date, &y, &m, &d) < 0) {
		fprintf(stderr, "crmctl digest: --date must be a date YYYY-MM-DD\n");
		goto usage;
	}
	if (*send_only && (*date || *dry_run)) {
		fprintf(stderr, "crmctl digest: --send-only composes nothing: no --date or --dry-run with it\n");
		goto usage;
	}
	return 0;
usage:
	fprintf(stderr, "usage: crmctl digest [--date YYYY-MM-DD] [--dry-run] | crmctl digest --send-only\n");
	return -1;
}

/* The rules of the day: today in the company's zone, or the date asked for. */
static enum db_status digest_rules(struct digest_run *run, const char *date)
{
	struct request req = { 0 };
	req.db = run->db;
	req.cfg = run->cfg;
	enum db_status st = day_rules_load(&req, run->now, &run->rules);
	request_free(&req);
	if (st != DB_OK || date == NULL)
		return st;
	struct day_rules *r = &run->rules;
	civil_parse(date, &r->y, &r->m, &r->d);
	snprintf(r->today, sizeof(r->today), "%04d-%02d-%02d", r->y, r->m, r->d);
	snprintf(r->month, sizeof(r->month), "%04d-%02d-01", r->y, r->m);
	return DB_OK;
}

/* The one summary line on standard output (and a second when rows were given up). */
static void print_summary(const struct digest_run *run, int send_only)
{
	if (send_only)
		printf("digest:");
	else {
		printf("digest %s%s: %d composed, %d already there, %d with nothing to say", run->rules.today,
		       run->dry_run ? " (dry run)" : "", run->composed, run->already, run->empty);
		if (run->broken)
			printf(", %d not composed", run->broken);
		printf(";");
	}
	if (run->dry_run)
		printf(" nothing written or sent\n");
	else
		outbox_print(&run->out, "digest");
}

int crmctl_digest(const struct config *cfg, int argc, char **argv)
{
	const char *date = NULL;
	int send_only = 0, dry_run = 0;
	if (digest_args(argc, argv, &date, &send_only, &dry_run) < 0)
		return 2;
	struct digest_run run = { .cfg = cfg, .now = (long long)time(NULL), .dry_run = dry_run };
	run.tail = &run.staff;
	run.host = outbox_mail_host(&run.arena, cfg->mail_from);
	log_open(cfg->log_file);
	int rc = 1;
	if (!send_only && (i18n_init(cfg->templates_dir) < 0 || render_init(cfg->templates_dir) < 0)) {
		fprintf(stderr, "crmctl digest: cannot load the templates from %s (see the log)\n", cfg->templates_dir);
		goto done;
	}
	run.db = db_open(cfg);
	if (db_ready(run.db) != DB_OK) {
		fprintf(stderr, "crmctl digest: %s\n", db_last_error(run.db));
		goto done;
	}
	if (!send_only && digest_rules(&run, date) != DB_OK) {
		fprintf(stderr, "crmctl digest: %s\n", db_last_error(run.db));
		goto done;
	}
	if (!send_only && digest_compose(&run) < 0)
		goto done;
	if (!dry_run && outbox_send(run.db, cfg->sendmail, "crmctl digest", &run.out) < 0)
		goto done;
	print_summary(&run, send_only);
	rc = run.out.failed || run.broken ? 1 : 0;
done:
	db_close(run.db);
	render_free();   /* both free what was loaded, and nothing when nothing was */
	i18n_free();
	arena_free(&run.arena);
	return rc;
}
