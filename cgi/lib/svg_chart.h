/* svg_chart.h: server-rendered SVG charts of the leaderboard (bars against plan, the month's progress)
 * and of cases by category over time (stacked columns).
 * Each function appends one complete standalone SVG document (to be served as image/svg+xml and shown
 * with <img alt="...">) to a struct buf that the caller owns and frees with buf_free. The document has
 * role="img", a <title> and a <desc>, fixed integer coordinates, generic fonts (sans-serif), and no
 * script, style sheet, link or other external reference. Every text given is XML-escaped; invalid
 * UTF-8 and characters XML forbids (control characters) become U+FFFD. Texts are the caller's, already
 * in the interface language: the functions print no words of their own, only numbers. */
#ifndef CRM_SVG_CHART_H
#define CRM_SVG_CHART_H
#include <stddef.h>
#include "buf.h"

#define SVG_CHART_WIDTH 640
#define SVG_CHART_ROWS_MAX 10000
#define SVG_VALUE_MAX 1000000000000000000LL   /* |values| and plans up to 10^18 minor units */

/* "Weighted revenue against plan per person": one row per person. */
struct svg_bar_chart {
	const char *title;              /* required, e.g. "Weighted revenue against plan, March 2025" */
	const char *desc;               /* required: the figures in words, the text alternative */
	const char *lang;               /* optional xml:lang ("en", "fil", "ms"); omitted if NULL or not
					 * 1..15 of [A-Za-z0-9-] */
	const char *plan_legend;        /* optional: the word for the plan marker, drawn as a legend
					 * under the bars (NULL: no legend) */
	size_t n;                       /* 0..SVG_CHART_ROWS_MAX rows */
	const char *const *labels;      /* n names (UTF-8); longer than 20 characters are cut to 20, the last "…" */
	const long long *values;        /* n values; <= 0 is a bar of zero length */
	const long long *plans;         /* n plans (<= 0: no marker), or NULL for none at all */
	const char *const *value_texts; /* n formatted values printed right of the bar (may be "") */
	/* a NULL entry in labels or value_texts is drawn as no text */
};

/* Appends the bar chart: width SVG_CHART_WIDTH, height 20 + 28 per row (+ 24 with a legend). Each row
 * has exactly one <rect> (its bar; width 0 for a value <= 0), a <line> at the plan when there is one,
 * its label right-aligned left of the bars and its value text after the bar or marker, whichever ends
 * further right. Bars are scaled so that the largest of all values and plans spans 360 units.
 * 0, or -1 (nothing appended) when a required pointer is NULL, n is too large, or a value or plan is
 * beyond +-SVG_VALUE_MAX. */
int svg_bar_chart(struct buf *out, const struct svg_bar_chart *c);

/* "Company progress through the month against plan pace". */
struct svg_line_chart {
	const char *title;        /* required */
	const char *desc;         /* required: the figures in words */
	const char *lang;         /* optional xml:lang, as for the bar chart */
	const char *plan_text;    /* optional: printed at the end of the pace line, e.g. "Plan 1,000,000.00" */
	const long long *actual;  /* cumulative actual at the end of days 1..n_days (NULL if n_days is 0) */
	int n_days;               /* days so far: 0..days */
	int days;                 /* days in the month: 28..31 */
	long long plan;           /* the month's plan; <= 0: no pace line */
};

/* Appends the line chart (SVG_CHART_WIDTH x 320): a <polyline class="actual"> from 0 at the start of
 * the month through each day's cumulative actual (none when n_days is 0), a dot at the last day, a
 * dashed <line class="pace"> from 0 at the start to the plan at the end of day `days` (when plan > 0),
 * the axes, and the day numbers 1 and `days` under the horizontal axis. The vertical scale spans
 * from the lower of 0 and the least actual to the higher of the plan and the greatest actual.
 * 0, or -1 (nothing appended) when a required pointer is NULL, days or n_days is out of range, or an
 * amount is beyond +-SVG_VALUE_MAX. */
int svg_line_chart(struct buf *out, const struct svg_line_chart *c);

#define SVG_STACK_COLS_MAX 48
#define SVG_STACK_SERIES_MAX 12

/* "Cases by category over time": one stacked column per period (month), one coloured segment per
 * series (category), with a legend. */
struct svg_stack_chart {
	const char *title;                 /* required */
	const char *desc;                  /* required: the figures in words, the text alternative */
	const char *lang;                  /* optional xml:lang, as for the bar chart */
	size_t ncols;                      /* periods, 0..SVG_STACK_COLS_MAX */
	const char *const *col_labels;     /* ncols labels such as "2026-03", cut to 10 characters (NULL
					    * entry: no label) */
	size_t nseries;                    /* 0..SVG_STACK_SERIES_MAX */
	const char *const *series_labels;  /* nseries names (UTF-8), cut to 24 characters, the last "…"
					    * (NULL entry: no text) */
	const long long *values;           /* ncols * nseries values, values[col * nseries + s], each
					    * 0..SVG_VALUE_MAX */
};

/* Appends the stacked column chart: width SVG_CHART_WIDTH, height 300 + 20 per legend row (two series
 * a row, left then right: 320 for 1 or 2 series, 420 for 12). The plot spans y 20 (top) to 260 (the
 * horizontal axis, from the vertical axis to x 610); the vertical axis is at x 60, or further right
 * when the largest total is too long for the margin (7 units a digit + 14). Each column's slot is
 * (610 - axis x) / ncols units (rounded down) from the axis; its column is 2/3 of that, at most 64,
 * centred in the slot. Bottom-up in series order, each value > 0 is one
 * <rect class="s<k>" fill="..."> (k the series; a fixed palette of 12 colours, Kelly's) with a
 * <title> child "label: value" ("value" alone for a NULL label); a value of 0 draws nothing. Heights
 * are scaled so that the largest column total spans 240 units: the top of series k is the cumulative
 * total through k scaled and rounded half up, so a column's rects add up to its rounded total exactly
 * and the tallest to 240 (a tiny value may give a rect of height 0). All totals 0: no rects.
 * Tick labels left of the vertical axis: "0" at the axis and the largest total as a plain integer at
 * the top (left out when it is 0). Column labels under the axis, centred on their slot; with more than
 * 12 columns only every k-th from the first, k = ncols / 12 rounded up, so at most 12. The legend
 * under them: per series a 12 x 12 <rect class="key s<k>"> in its colour and its label.
 * 0, or -1 (nothing appended) when a required pointer is NULL, ncols or nseries is too large,
 * col_labels or series_labels is NULL with a count > 0, values is NULL with ncols * nseries > 0, or
 * a value is negative or beyond SVG_VALUE_MAX. Totals up to 12 x SVG_VALUE_MAX do not overflow. */
int svg_stack_chart(struct buf *out, const struct svg_stack_chart *c);

/* Appends s to out XML-escaped (& < > " ' as entities), with invalid UTF-8 and characters XML 1.0
 * forbids replaced by U+FFFD. With max_chars > 0, a text of more characters (code points) is cut to
 * max_chars, the last being "…". */
void svg_escape(struct buf *out, const char *s, size_t max_chars);
#endif
