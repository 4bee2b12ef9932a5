/* form_values.c: the typed values of fields their validators accepted (money, percentages). */
#include "form_values.h"
#include "money.h"
#include "pricing.h"
#include "valid.h"
#include <string.h>

long long field_money(struct request *req, const char *name)
{
	long long m = 0;
	money_parse(req_field(req, name)->value, &m);
	return m;
}

int field_bp(struct request *req, const char *name)
{
	const char *v = req_field(req, name)->value;
	long long bp = 0;
	decimal_parse(v, strlen(v), 2, BP_FULL, &bp);
	return (int)bp;
}
