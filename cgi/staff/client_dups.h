/* client_dups.h: the one duplicate check every way of creating a client runs. */
#ifndef CRM_CLIENT_DUPS_H
#define CRM_CLIENT_DUPS_H
#include "client.h"
#include "render.h"

/* Finds clients (not merged away, not c itself) that look like c: the same normalised phone or
 * e-mail (strong), or a similar name (same family name, same first three letters of the given
 * name, or the same company name) with the same city or birthday (weak). Puts them into the
 * template data list (Duplicates.N.{id,name,city,strong} for the forms; NULL: only count).
 * Returns how many, or -1 with *st set. */
int client_duplicates(struct request *req, const struct client *c, struct hdf_list *list,
		      enum db_status *st);
#endif
