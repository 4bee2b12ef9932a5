/* money.h: money is integer minor units (centavos, sen, cents) of one configured currency. */
#ifndef CRM_MONEY_H
#define CRM_MONEY_H
#include <stddef.h>

/* Formats minor units for the interface language, e.g. 123456 PHP en -> "₱1,234.56",
 * MYR ms -> "RM1,234.56", USD fil -> "US$1,234.56"; negative amounts get a leading minus.
 * Writes into out (size outlen) and returns out; unknown currencies are written as "XXX 1,234.56". */
const char *money_format(long long minor, const char *currency, const char *lang, char *out,
			 size_t outlen);
/* Parses "1234.5", "1,234.56" or "-3" into minor units; 0 on success, -1 on anything else. */
int money_parse(const char *s, long long *minor);
#endif
