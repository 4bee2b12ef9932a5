/* client.h: a client record as the pages, the duplicate check and the audit see it. */
#ifndef CRM_CLIENT_H
#define CRM_CLIENT_H
#include "db.h"
#include "request.h"

#define CLIENT_PHONES 3
#define CLIENT_EMAILS 2
#define CLIENT_CONSENTS 4
extern const char *const client_consent_channels[CLIENT_CONSENTS];   /* phone email sms post */

/* Every editable field as text ("" when empty), the same shape for the form, the database row
 * and the audit diff. Strings live in the request's arena (or point at static ""). */
struct client {
	long long id;
	const char *kind, *given_name, *family_name, *company_name, *company_id;
	const char *phone[CLIENT_PHONES], *phone_kind[CLIENT_PHONES];
	const char *email[CLIENT_EMAILS];
	const char *street, *city, *postal_code, *country;
	const char *birthday, *name_day;            /* YYYY-MM-DD, MM-DD */
	const char *segment_id, *manager_id;
	const char *source_channel, *preferred_channel, *status;
	const char *tags;                           /* "a, b, c" */
	const char *consent[CLIENT_CONSENTS];       /* "1" given, "0" withdrawn, "" never asked */
	const char *notes;
	/* read-only, from the database */
	const char *sort_name, *manager_name, *segment_name, *company_label, *created_at, *updated_at;
	const char *last_contact_at, *merged_into, *created_by;
};

/* The field names of struct client in form and audit order, and a way to reach each. */
struct client_field {
	const char *name;
	size_t offset;   /* offsetof(struct client, x) of a const char * member */
};
extern const struct client_field client_fields[];
extern const size_t client_nfields;
static inline const char **client_field_ptr(struct client *c, size_t i)
{
	return (const char **)((char *)c + client_fields[i].offset);
}

/* Sets every text member to "" (a blank record). */
void client_blank(struct client *c);
/* Fills c from the route's fields of the same names (those the route does not have stay as
 * they are). */
void client_from_form(struct request *req, struct client *c);
/* Loads client id with phones, e-mails, tags and consents. DB_NOT_FOUND when missing. */
enum db_status client_load(struct request *req, long long id, struct client *c);
/* May the signed-in user change this client? Admins and managers: all; agents: their own, and
 * unassigned clients they created. */
int client_may_edit(struct request *req, const struct client *c);
/* Cross-field checks of a filled record (a person needs a name, a company its name, a known
 * segment and manager); puts messages below errors (Form.errors for a form); returns the number
 * of problems. */
int client_check(struct request *req, const struct client *c, HDF *errors);
/* The template node for a form's errors (Form.errors). */
HDF *client_form_errors(struct request *req);
/* The full form's fields with their validators (routes.c and the CSV import both use them). */
extern const struct field client_form_fields[];
/* Writes c (insert when c->id is 0, else update) with its phones, e-mails, tags, consents, list row
 * and search keys, and the audit rows (one per changed field, old and new value), in the caller's
 * transaction. old is the record before (NULL on insert). Sets c->id on insert. */
enum db_status client_store(struct request *req, struct client *c, const struct client *old,
			    long long import_batch);
/* Replaces the phones, e-mails, tags and consents of client c->id with c's. */
enum db_status client_store_children(struct request *req, const struct client *c);

/* Puts c into the template data under name (e.g. "Client"), each field by its name. */
void client_to_hdf(struct request *req, const struct client *c, const char *name);
#endif
