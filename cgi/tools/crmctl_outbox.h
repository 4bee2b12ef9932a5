/* crmctl_outbox.h: what crmctl's mail commands (digest, notify) share: a message rendered from a pair
 * of mail templates, and the outbox handed to the local sendmail. */
#ifndef CRM_CRMCTL_OUTBOX_H
#define CRM_CRMCTL_OUTBOX_H
#include "buf.h"
#include "db.h"
#include "mail.h"
#include "request.h"

#define OUTBOX_MAX_ATTEMPTS 20   /* a row that failed this often stays in the outbox for the operator */

/* Renders tmpl_text and tmpl_html with req's template data (the text part with the five entities
 * ClearSilver's escaping writes turned back into characters: text/plain has no markup, and the
 * templates' own text holds none), sets m's text and html to them and composes m onto msg (the
 * caller's, freed with buf_free); the text part also stays in text_out when that is not NULL (the
 * caller's, freed with buf_free). 0; -1 when a template did not render (logged as an incident);
 * -2 when mail_compose refused the message (an address it cannot take). */
int outbox_render(struct request *req, const char *tmpl_text, const char *tmpl_html, struct mail *m, struct buf *msg,
		  struct buf *text_out);

/* The domain of a From address ("CRM <crm@example.com>" gives example.com), for Message-IDs, in a. */
const char *outbox_mail_host(struct arena *a, const char *from);

/* Counts of the send phase. */
struct outbox_counts {
	int handed;   /* 1: a sendmail is configured and the rows were handed to it */
	int sent, failed, waiting, given_up;
};

/* With a sendmail (not ""): hands every unsent row (oldest first, fewer than OUTBOX_MAX_ATTEMPTS
 * attempts) to it, each taken with SELECT ... FOR UPDATE SKIP LOCKED in its own transaction and
 * marked sent only after sendmail exited 0; a failure counts the attempt and keeps the reason (and
 * says so on stderr, as who). Then, or without a sendmail, counts what is left. 0, or -1 when the
 * database failed (said on stderr). */
int outbox_send(struct db *db, const char *sendmail, const char *who, struct outbox_counts *c);
/* The rest of the summary line, " sent N, failed N, waiting N" or " no sendmail configured: N waiting
 * in the outbox", and a second line when rows were given up (who starts it), on standard output. */
void outbox_print(const struct outbox_counts *c, const char *who);
#endif
