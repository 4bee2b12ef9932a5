/* intake_secret.h: the installation's secret of the intake tokens and receipt codes (intake.h). */
#ifndef CRM_INTAKE_SECRET_H
#define CRM_INTAKE_SECRET_H
#include "db.h"
#include "intake.h"

/* The secret (table feedback_secret, made by the migration), read once per worker and kept for its
 * life; NULL after a database failure (*st says which; logged when the row is missing or not
 * INTAKE_SECRET_LEN bytes). */
const unsigned char *intake_secret(struct db *db, enum db_status *st);
#endif
