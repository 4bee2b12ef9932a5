/* board.h: a month's leaderboard read from the summary rows (sales_monthly, sales_plans,
 * sales_daily), never from purchases: ranks, achievement, contribution, rank change since
 * yesterday. Shared by the board page, its charts and the wall-board. */
#ifndef CRM_STAFF_BOARD_H
#define CRM_STAFF_BOARD_H
#include "request.h"
#include "db.h"
#include "motivation.h"

struct board_person {
	struct mot_row row;          /* row.data points back at this person */
	const char *name;
	int active;
	long long revenue_plan;      /* plain revenue plan; < 0 none */
	long long today_weighted, today_revenue, today_units, today_purchases;
	int has_plan;                /* a personal plan above zero */
	long long achievement_bp;    /* when has_plan */
	long long contribution_bp;   /* when the company has a plan */
	int has_change, change;      /* places gained since yesterday (current month, not its first day) */
};

struct board {
	char month[11];              /* "2026-11-01" */
	int current;                 /* the month is this month */
	int day, days;               /* today's day of the month (current month; else days), days in it */
	long long company_plan, company_revenue_plan;   /* <= 0 / < 0: none */
	long long weighted, revenue, locomotive_units, purchases, today_units;   /* everyone's totals */
	int has_contribution;
	int revenue_private;         /* plain revenue is for managers' eyes only (a setting) */
	struct board_person **ranked;   /* n people in rank order */
	size_t n;
};

/* The rules of recognition and bonuses (settings): employee of the month needs min_bp of the own
 * plan; the bonus is pct_bp of the weighted revenue above plan, or fixed steps. */
struct board_rules {
	long long eom_min_bp;
	int use_steps;               /* bonus_rule = steps */
	int pct_bp;
	struct mot_steps steps;      /* n = 0 when the setting is empty or invalid: no step bonus */
};
enum db_status board_rules_load(struct request *req, struct board_rules *r);
/* The bonus the rule gives a person of the board (0 for none). */
long long board_bonus(const struct board_rules *r, const struct board_person *p);
/* The index in b->ranked of the employee of the month the rule proposes, or -1. */
ptrdiff_t board_eom(struct request *req, const struct board *b, const struct board_rules *r);

/* Loads the board of month ("YYYY-MM-01") for one team (0: everyone) into *b, all in req's arena.
 * In the current month it lists active sellers (agents and managers, and anyone with sales or a
 * plan); in past months whoever had sales or a plan, disabled or not. */
enum db_status board_load(struct request *req, const char *month, long long team, struct board *b);
/* The month of the request's "month" field ("YYYY-MM") as its first day, or when absent the month
 * months_back before this one (also put into Form.month); req's arena. NULL after rendering a
 * database error. */
const char *board_month(struct request *req, int months_back);
#endif
