/* crmctl_demo.h: what the files of `crmctl demo-data` share (crmctl_demo*.c). */
#ifndef CRM_CRMCTL_DEMO_H
#define CRM_CRMCTL_DEMO_H
#include "config.h"
#include "db.h"
#include <pthread.h>

/* For bulk inserts in this session: no foreign key checks (the rows refer to rows that exist),
 * READ COMMITTED (reading rows back takes no locks); and back. In crmctl_demo.c. */
extern const struct db_stmt_def SQL_DEMO_BULK_BEGIN, SQL_DEMO_BULK_END;

/* Batches that one connection commits in order while other threads, on their own connections,
 * wait for each to add rows that hang off it (crmctl_demo_batch.c). Fields are read and written
 * with mu held; the functions below lock it. */
struct demo_pipe {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	long ready;       /* the first `ready` items are committed */
	int finished;     /* the committing thread has stopped: ready says how far it came */
	int failed;       /* a thread failed: error says why (the first one's text) */
	char error[600];
};
void demo_pipe_init(struct demo_pipe *p);
void demo_pipe_destroy(struct demo_pipe *p);
/* The committing thread: the first `ready` items are committed; it has stopped. */
void demo_pipe_ready(struct demo_pipe *p, long ready);
void demo_pipe_finish(struct demo_pipe *p);
/* Waits until the first upto items are committed (returns 1) or never will be (0: a thread
 * failed, or the committing one stopped before). */
int demo_pipe_wait(struct demo_pipe *p, long upto);
int demo_pipe_failed(struct demo_pipe *p);
/* Records a failure (why is copied; only the first is kept) and wakes every waiting thread. */
void demo_pipe_fail(struct demo_pipe *p, const char *why);

/* Row callback: stores the first column of the row as a number in *(long long *)ctx (0 for NULL).
 * (This and the next two are in crmctl_demo_batch.c too.) */
int demo_number_row(void *ctx, const struct db_row *row);
/* Runs one statement in a transaction of its own (rolled back when it fails); rows may be NULL. */
enum db_status demo_exec_tx(struct db *db, const struct db_stmt_def *def, const struct db_arg *args, size_t nargs,
			    unsigned long long *rows);
/* Seconds on the monotonic clock. */
double demo_now(void);

/* crmctl_demo_products.c: adds the twelve demo categories when missing and n products (SKU, name,
 * category, price, cost below it, weight 0.5..3.0, one in twenty locomotive; n < 0: 500 when there
 * are no active products, else none); adds three loyalty tiers when there are none. Prints what
 * it made. */
enum db_status demo_products(struct db *db, long n);

/* crmctl_demo_sales.c: adds n purchase lines in sales of 1..5 lines over the last three years
 * (clients, sellers, dates, discounts), returns of a few of them, and adds all of it to the
 * summary rows. Opens its own further connections with cfg. Sets *reported when it printed its
 * error itself. */
enum db_status demo_sales(const struct config *cfg, struct db *db, long n, int *reported);

/* crmctl_demo_cases.c: adds n cases over the last three years, their clocks, states, assignees, clients
 * and ratings. Prints what it made. */
enum db_status demo_cases(struct db *db, long n);
#endif
