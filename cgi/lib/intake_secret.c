/* intake_secret.c: the installation's secret of the intake tokens and receipt codes, read from the
 * database once per worker. */
#include "intake_secret.h"
#include "log.h"
#include <string.h>

DB_STMT(SQL_INTAKE_SECRET, "SELECT secret FROM feedback_secret WHERE id = 1");

static unsigned char secret_bytes[INTAKE_SECRET_LEN];
static int secret_loaded;

/* The secret's row: exactly INTAKE_SECRET_LEN bytes (it may hold NULs), else not loaded. */
static int secret_row(void *ctx, const struct db_row *row)
{
	if (row->val[0] && row->len[0] == INTAKE_SECRET_LEN) {
		memcpy(secret_bytes, row->val[0], INTAKE_SECRET_LEN);
		*(int *)ctx = 1;
	}
	return 1;
}

const unsigned char *intake_secret(struct db *db, enum db_status *st)
{
	*st = DB_OK;
	if (secret_loaded)
		return secret_bytes;
	*st = db_query(db, &SQL_INTAKE_SECRET, DB_NOARGS, secret_row, &secret_loaded);
	if (*st == DB_OK && !secret_loaded) {
		log_msg("feedback_secret has no row of %d bytes: run crmctl migrate", INTAKE_SECRET_LEN);
		*st = DB_ERROR;
	}
	return *st == DB_OK ? secret_bytes : NULL;
}

