/* client_index.h: a client's row of the list and keys of the name search, kept in step with its record. */
#ifndef CRM_CLIENT_INDEX_H
#define CRM_CLIENT_INDEX_H
#include "db.h"
#include "request.h"

/* A client_list row from the clients row c (crmctl demo-data makes them in bulk with the same
 * text): the columns, and the values but the last (words), which each statement adds. */
#define CLIENT_LIST_COLUMNS "sort_name, client_id, kind, city, status, manager_id, segment_id, last_contact_at,"\
	" phone, email, words"
#define CLIENT_LIST_VALUES "c.sort_name, c.id, c.kind, c.city, c.status, c.manager_id, c.segment_id,"\
	" c.last_contact_at,"\
	" COALESCE((SELECT p.number FROM client_phones p WHERE p.client_id = c.id ORDER BY p.id LIMIT 1), ''),"\
	" COALESCE((SELECT e.email FROM client_emails e WHERE e.client_id = c.id ORDER BY e.id LIMIT 1), '')"

/* Pair keys are made among this many distinct words of a client's names (the first ones). */
#define CLIENT_INDEX_WORDS 16

/* Rebuilds client id's client_list row and client_search keys from its record (its names,
 * phones, e-mails, ...): call it, in the same transaction, after anything that changes them.
 * A merged-away or missing client is left with none. Allocates nothing beyond the request. */
enum db_status client_index_store(struct request *req, long long id);
#endif
