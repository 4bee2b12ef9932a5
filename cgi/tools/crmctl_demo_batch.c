/* crmctl_demo_batch.c: shared by the demo-data files: batches awaited across connections, one-statement transactions. */
#include "crmctl_demo.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

void demo_pipe_init(struct demo_pipe *p)
{
	p->ready = 0;
	p->finished = p->failed = 0;
	p->error[0] = '\0';
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
}

void demo_pipe_destroy(struct demo_pipe *p)
{
	pthread_cond_destroy(&p->cv);
	pthread_mutex_destroy(&p->mu);
}

void demo_pipe_ready(struct demo_pipe *p, long ready)
{
	pthread_mutex_lock(&p->mu);
	p->ready = ready;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

void demo_pipe_finish(struct demo_pipe *p)
{
	pthread_mutex_lock(&p->mu);
	p->finished = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

int demo_pipe_wait(struct demo_pipe *p, long upto)
{
	pthread_mutex_lock(&p->mu);
	while (p->ready < upto && !p->finished && !p->failed)
		pthread_cond_wait(&p->cv, &p->mu);
	int go = p->ready >= upto && !p->failed;
	pthread_mutex_unlock(&p->mu);
	return go;
}

int demo_pipe_failed(struct demo_pipe *p)
{
	pthread_mutex_lock(&p->mu);
	int failed = p->failed;
	pthread_mutex_unlock(&p->mu);
	return failed;
}

void demo_pipe_fail(struct demo_pipe *p, const char *why)
{
	pthread_mutex_lock(&p->mu);
	if (!p->failed) {
		p->failed = 1;
		snprintf(p->error, sizeof(p->error), "%s", why);
	}
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

enum db_status demo_exec_tx(struct db *db, const struct db_stmt_def *def, const struct db_arg *args, size_t nargs,
			    unsigned long long *rows)
{
	enum db_status st = db_begin(db);
	if (st == DB_OK)
		st = db_exec(db, def, args, nargs, rows, NULL);
	if (st == DB_OK)
		st = db_commit(db);
	else
		db_rollback(db);
	return st;
}

int demo_number_row(void *ctx, const struct db_row *row)
{
	*(long long *)ctx = row->val[0] ? strtoll(row->val[0], NULL, 10) : 0;
	return 1;
}

double demo_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}
