/* client_pages.h: what the client pages share: loading the client of the URL with its checks,
 * and the choice lists of the forms. */
#ifndef CRM_CLIENT_PAGES_H
#define CRM_CLIENT_PAGES_H
#include "client.h"

enum client_purpose { CLIENT_FOR_VIEW, CLIENT_FOR_EDIT };

/* Loads the client named by the URL's {id}. Renders 404 (none), 301 to the survivor (merged
 * away) or 403 (CLIENT_FOR_EDIT and the user may not change it) and returns -1; else 0. */
int client_page_load(struct request *req, struct client *c, enum client_purpose purpose);
/* Puts the active segments (Segments.N.{id,name}) and active staff (Managers.N.{id,name}) into
 * the template data. 0, or -1 after rendering the error. */
int client_choices(struct request *req);
/* Only the active staff (Managers.N.{id,name}), e.g. for choosing a seller. 0, or -1 (rendered). */
int staff_choices(struct request *req);
/* Renders the client page (page_client_view.c) with status: also the answer to a refused
 * interaction form, shown again with its messages. */
void client_view_render(struct request *req, const struct client *c, int status);
#endif
