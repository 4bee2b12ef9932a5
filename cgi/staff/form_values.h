/* form_values.h: the typed values of fields their validators accepted (money, percentages). */
#ifndef CRM_STAFF_FORM_VALUES_H
#define CRM_STAFF_FORM_VALUES_H
#include "request.h"

/* A money field (valid_money) in minor units; 0 when absent. */
long long field_money(struct request *req, const char *name);
/* A percentage field (valid_percent) as basis points; 0 when absent. */
int field_bp(struct request *req, const char *name);
#endif
