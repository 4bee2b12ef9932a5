/* app.h: the request loop both FastCGI programs share (FastCGI, or one request as plain CGI). */
#ifndef CRM_APP_H
#define CRM_APP_H
#include "config.h"
#include "router.h"

struct app {
	const char *name;               /* "crm" or "feedback" */
	enum config_account account;    /* which database account it connects as */
	const struct route *routes;     /* the program's one route table */
	size_t nroutes;
	int staff_sessions;             /* 1: reads staff sessions (the staff program) */
	void (*page_facts)(struct request *req);   /* or NULL: puts what every page shows in the template data */
};

/* Runs the program: `--routes` prints the route table; otherwise serves FastCGI requests on fd 0
 * until told to stop, or one CGI request when fd 0 is not a socket. Returns the exit status. */
int app_main(const struct app *app, int argc, char **argv);

/* GET /healthz of either program: 200 "ok" when the database answers, else 503. */
void page_healthz(struct request *req);
#endif
