/* client_list.h: the query behind the client list and its CSV export (one selection for both). */
#ifndef CRM_CLIENT_LIST_H
#define CRM_CLIENT_LIST_H
#include "db.h"
#include "request.h"

#define CLIENT_LIST_ARGS 24
/* Chooses the list statement for the request's q, filters, sort and cursor, and fills args
 * (room for CLIENT_LIST_ARGS) so that at most limit rows come back. The statement's columns: id,
 * name, kind, city, status, manager, first phone, last contact, first e-mail, segment. DB_NOT_FOUND: the cursor names
 * no client. */
enum db_status client_list_query(struct request *req, long long limit, const struct db_stmt_def **def,
				 struct db_arg *args, size_t *nargs);
#endif
