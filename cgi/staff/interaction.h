/* interaction.h: storing an interaction on a client (the form, greetings, call-backs, consultations). */
#ifndef CRM_STAFF_INTERACTION_H
#define CRM_STAFF_INTERACTION_H
#include "request.h"
#include "db.h"

struct interaction {
	long long client_id;
	const char *channel, *direction;
	const char *at;          /* "YYYY-MM-DDTHH:MM", or "" for now */
	const char *summary, *outcome;
	const char *follow_up;   /* "YYYY-MM-DD" or "" */
	int contacted;           /* it was a contact: the client's last contact moves to it */
};
/* Inserts it by req's user in the caller's transaction, with its audit row; *id gets its id. */
enum db_status interaction_store(struct request *req, const struct interaction *in, unsigned long long *id);
/* The same in a transaction of its own. */
enum db_status interaction_log(struct request *req, const struct interaction *in);
#endif
