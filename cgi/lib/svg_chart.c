/* svg_chart.c: server-rendered SVG charts of the leaderboard (bars against plan, the month's progress)
 * and of cases by category over time (stacked columns). */
#include "svg_chart.h"
#include "motivation.h"
#include <stdio.h>
#include <string.h>

#define LABEL_END 146    /* labels end here (text-anchor="end") */
#define LABEL_CHARS 20
#define BAR_X 152        /* bars start here */
#define BAR_SPAN 360     /* the largest value or plan */
#define ROW_H 28
#define TOP 10

#define LINE_H 320
#define PLOT_X0 60
#define PLOT_X1 610
#define PLOT_Y0 20
#define PLOT_Y1 280

/* The next character of s into *cp, U+FFFD for an invalid or overlong sequence, a surrogate, or a
 * character XML 1.0 forbids. Returns how many bytes it took (at least 1; s[0] is not NUL). */
static size_t utf8_next(const unsigned char *s, unsigned *cp)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	size_t len;
	if (c < 0x80) {
		*cp = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? 0xFFFD : c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80;   /* no overlong forms */
		hi = c == 0xED ? 0x9F : 0xBF;   /* no surrogates */
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;   /* nothing past U+10FFFF */
		c &= 0x07;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i < len; i++) {
		unsigned b = s[i];   /* a NUL here stops the loop: it is not a continuation byte */
		if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (b & 0x3F);
	}
	*cp = (c == 0xFFFE || c == 0xFFFF) ? 0xFFFD : c;
	return len;
}

static void put_cp(struct buf *out, unsigned cp)
{
	char u[4];
	switch (cp) {
	case '&': buf_adds(out, "&amp;"); return;
	case '<': buf_adds(out, "&lt;"); return;
	case '>': buf_adds(out, "&gt;"); return;
	case '"': buf_adds(out, "&quot;"); return;
	case '\'': buf_adds(out, "&apos;"); return;
	}
	if (cp < 0x80) {
		u[0] = (char)cp;
		buf_add(out, u, 1);
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3F));
		buf_add(out, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		buf_add(out, u, 3);
	} else {
		u[0] = (char)(0xF0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		buf_add(out, u, 4);
	}
}

void svg_escape(struct buf *out, const char *s, size_t max_chars)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	unsigned cp;
	size_t chars = 0, keep;
	for (const unsigned char *q = p; *q; q += utf8_next(q, &cp))
		chars++;
	keep = (max_chars > 0 && chars > max_chars) ? max_chars - 1 : chars;
	for (size_t i = 0; i < keep; i++) {
		p += utf8_next(p, &cp);
		put_cp(out, cp);
	}
	if (keep < chars)
		put_cp(out, 0x2026);   /* … */
}

/* Whether lang is 1..15 of [A-Za-z0-9-]. */
static int lang_ok(const char *lang)
{
	size_t n = 0;
	if (lang == NULL)
		return 0;
	for (; lang[n]; n++)
		if (!((lang[n] >= 'a' && lang[n] <= 'z') || (lang[n] >= 'A' && lang[n] <= 'Z') ||
		      (lang[n] >= '0' && lang[n] <= '9') || lang[n] == '-') || n >= 15)
			return 0;
	return n > 0;
}

/* The document's start: the XML declaration, the <svg> element, <title> and <desc>. */
static void open_svg(struct buf *out, int height, const char *title, const char *desc, const char *lang)
{
	buf_printf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
		   "role=\"img\" aria-labelledby=\"chart-title chart-desc\"",
		   SVG_CHART_WIDTH, height, SVG_CHART_WIDTH, height);
	if (lang_ok(lang))
		buf_printf(out, " xml:lang=\"%s\"", lang);
	buf_adds(out, " font-family=\"sans-serif\" font-size=\"13\" fill=\"#222\">\n<title id=\"chart-title\">");
	svg_escape(out, title, 0);
	buf_adds(out, "</title>\n<desc id=\"chart-desc\">");
	svg_escape(out, desc, 0);
	buf_adds(out, "</desc>\n");
}

static int in_range(long long v)
{
	return v >= -SVG_VALUE_MAX && v <= SVG_VALUE_MAX;
}

/* x of a value on the bar chart: 0 for a value <= 0, BAR_SPAN for the largest */
static int bar_len(long long v, long long max)
{
	return v <= 0 || max <= 0 ? 0 : (int)mot_muldiv(v, BAR_SPAN, max);
}

int svg_bar_chart(struct buf *out, const struct svg_bar_chart *c)
{
	if (out == NULL || c == NULL || c->title == NULL || c->desc == NULL || c->n > SVG_CHART_ROWS_MAX ||
	    (c->n > 0 && (c->labels == NULL || c->values == NULL || c->value_texts == NULL)))
		return -1;
	long long max = 0;
	for (size_t i = 0; i < c->n; i++) {
		long long plan = c->plans ? c->plans[i] : 0;
		if (!in_range(c->values[i]) || !in_range(plan))
			return -1;
		if (c->values[i] > max)
			max = c->values[i];
		if (plan > max)
			max = plan;
	}
	int rows_h = ROW_H * (int)c->n, height = 2 * TOP + rows_h + (c->plan_legend ? 24 : 0);
	open_svg(out, height, c->title, c->desc, c->lang);
	for (size_t i = 0; i < c->n; i++) {
		int top = TOP + ROW_H * (int)i, w = bar_len(c->values[i], max), end = BAR_X + w;
		long long plan = c->plans ? c->plans[i] : 0;
		buf_printf(out, "<g class=\"row\"><text x=\"%d\" y=\"%d\" text-anchor=\"end\">", LABEL_END, top + 19);
		svg_escape(out, c->labels[i], LABEL_CHARS);
		buf_printf(out, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#2b6cb0\"/>",
			   BAR_X, top + 5, w);
		if (plan > 0) {
			int px = BAR_X + bar_len(plan, max);
			buf_printf(out, "<line class=\"plan\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222\" "
				   "stroke-width=\"2\"/>", px, top + 1, px, top + ROW_H - 1);
			if (px > end)
				end = px;
		}
		buf_printf(out, "<text x=\"%d\" y=\"%d\">", end + 6, top + 19);
		svg_escape(out, c->value_texts[i], 0);
		buf_adds(out, "</text></g>\n");
	}
	if (c->plan_legend) {
		int y = TOP + rows_h + 4;
		buf_printf(out, "<g class=\"legend\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222\" "
			   "stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">", BAR_X, y, BAR_X, y + 16, BAR_X + 8, y + 13);
		svg_escape(out, c->plan_legend, 0);
		buf_adds(out, "</text></g>\n");
	}
	buf_adds(out, "</svg>\n");
	return 0;
}

/* The chart's coordinates of day d and of an amount v between vmin and vmax (vmin < vmax). */
static int day_x(int d, int days)
{
	return PLOT_X0 + (int)mot_muldiv(d, PLOT_X1 - PLOT_X0, days);
}

static int amount_y(long long v, long long vmin, long long vmax)
{
	return PLOT_Y1 - (int)mot_muldiv(v - vmin, PLOT_Y1 - PLOT_Y0, vmax - vmin);
}

int svg_line_chart(struct buf *out, const struct svg_line_chart *c)
{
	if (out == NULL || c == NULL || c->title == NULL || c->desc == NULL || c->days < 28 || c->days > 31 ||
	    c->n_days < 0 || c->n_days > c->days || (c->n_days > 0 && c->actual == NULL) || !in_range(c->plan))
		return -1;
	long long vmin = 0, vmax = c->plan > 0 ? c->plan : 0;
	for (int i = 0; i < c->n_days; i++) {
		if (!in_range(c->actual[i]))
			return -1;
		if (c->actual[i] < vmin)
			vmin = c->actual[i];
		if (c->actual[i] > vmax)
			vmax = c->actual[i];
	}
	if (vmax == vmin)
		vmax = vmin + 1;
	int y0 = amount_y(0, vmin, vmax);
	open_svg(out, LINE_H, c->title, c->desc, c->lang);
	buf_printf(out, "<g class=\"axes\" stroke=\"#666\" stroke-width=\"1\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" "
		   "y2=\"%d\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>\n",
		   PLOT_X0, PLOT_Y0, PLOT_X0, PLOT_Y1, PLOT_X0, y0, PLOT_X1, y0);
	buf_printf(out, "<text class=\"day\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">1</text>"
		   "<text class=\"day\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
		   day_x(1, c->days), PLOT_Y1 + 24, PLOT_X1, PLOT_Y1 + 24, c->days);
	if (c->plan > 0) {
		int py = amount_y(c->plan, vmin, vmax);
		buf_printf(out, "<line class=\"pace\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\" "
			   "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n", PLOT_X0, y0, PLOT_X1, py);
		if (c->plan_text) {
			buf_printf(out, "<text class=\"plan\" x=\"%d\" y=\"%d\" text-anchor=\"end\">", PLOT_X1, py - 8);
			svg_escape(out, c->plan_text, 0);
			buf_adds(out, "</text>\n");
		}
	}
	if (c->n_days > 0) {
		int x = PLOT_X0, y = y0;
		buf_printf(out, "<polyline class=\"actual\" fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"3\" "
			   "points=\"%d,%d", x, y);
		for (int d = 1; d <= c->n_days; d++) {
			x = day_x(d, c->days);
			y = amount_y(c->actual[d - 1], vmin, vmax);
			buf_printf(out, " %d,%d", x, y);
		}
		buf_printf(out, "\"/>\n<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#2b6cb0\"/>\n", x, y);
	}
	buf_adds(out, "</svg>\n");
	return 0;
}

#define STACK_X0 60        /* the vertical axis, unless the largest total needs a wider margin */
#define STACK_X1 610       /* the horizontal axis ends here */
#define STACK_Y0 20        /* the top of the tallest column */
#define STACK_Y1 260       /* the horizontal axis */
#define STACK_SPAN (STACK_Y1 - STACK_Y0)
#define STACK_BAR_MAX 64
#define STACK_COL_CHARS 10
#define STACK_SERIES_CHARS 24
#define STACK_LABELS_MAX 12
#define STACK_LEGEND_Y 290 /* the top of the legend's first row */
#define STACK_LEGEND_ROW 20

/* Kelly's colours of maximum contrast, without white and black */
static const char *const STACK_PALETTE[SVG_STACK_SERIES_MAX] = {
	"#f3c300", "#875692", "#f38400", "#a1caf1", "#be0032", "#c2b280",
	"#848482", "#008856", "#e68fac", "#0067a5", "#f99379", "#604e97",
};

/* y of the top of a cumulative total v (0 <= v <= max, max > 0), rounded half up. Totals reach
 * 12 x 10^18, past long long, so unsigned and 128 bits in between. */
static int stack_y(unsigned long long v, unsigned long long max)
{
	unsigned __int128 n = (unsigned __int128)v * (2 * STACK_SPAN) + max;
	return STACK_Y1 - (int)(n / ((unsigned __int128)max * 2));
}

int svg_stack_chart(struct buf *out, const struct svg_stack_chart *c)
{
	if (out == NULL || c == NULL || c->title == NULL || c->desc == NULL || c->ncols > SVG_STACK_COLS_MAX ||
	    c->nseries > SVG_STACK_SERIES_MAX || (c->ncols > 0 && c->col_labels == NULL) ||
	    (c->nseries > 0 && c->series_labels == NULL) || (c->ncols * c->nseries > 0 && c->values == NULL))
		return -1;
	unsigned long long max = 0;   /* at most 48 x 12 values, each checked before it is added */
	for (size_t col = 0; col < c->ncols; col++) {
		unsigned long long total = 0;
		for (size_t s = 0; s < c->nseries; s++) {
			long long v = c->values[col * c->nseries + s];
			if (v < 0 || v > SVG_VALUE_MAX)
				return -1;
			total += (unsigned long long)v;
		}
		if (total > max)
			max = total;
	}
	char maxtext[24];
	int digits = snprintf(maxtext, sizeof maxtext, "%llu", max);
	int x0 = 7 * digits + 14 > STACK_X0 ? 7 * digits + 14 : STACK_X0;
	int rows = (int)(c->nseries + 1) / 2;
	open_svg(out, STACK_LEGEND_Y + 10 + STACK_LEGEND_ROW * rows, c->title, c->desc, c->lang);
	buf_printf(out, "<g class=\"axes\" stroke=\"#666\" stroke-width=\"1\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" "
		   "y2=\"%d\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>\n",
		   x0, STACK_Y0, x0, STACK_Y1, x0, STACK_Y1, STACK_X1, STACK_Y1);
	buf_printf(out, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">0</text>\n",
		   x0 - 6, STACK_Y1 + 4);
	if (max > 0)
		buf_printf(out, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s</text>\n",
			   x0 - 6, STACK_Y0 + 4, maxtext);
	if (c->ncols > 0) {
		int slot = (STACK_X1 - x0) / (int)c->ncols, w = slot * 2 / 3;
		size_t every = (c->ncols + STACK_LABELS_MAX - 1) / STACK_LABELS_MAX;
		if (w > STACK_BAR_MAX)
			w = STACK_BAR_MAX;
		for (size_t col = 0; col < c->ncols; col++) {
			int left = x0 + slot * (int)col, x = left + (slot - w) / 2, y = STACK_Y1;
			unsigned long long cum = 0;
			buf_adds(out, "<g class=\"col\">");
			for (size_t s = 0; s < c->nseries; s++) {
				long long v = c->values[col * c->nseries + s];
				if (v == 0)
					continue;
				cum += (unsigned long long)v;
				int top = stack_y(cum, max);
				buf_printf(out, "<rect class=\"s%zu\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
					   "<title>", s, x, top, w, y - top, STACK_PALETTE[s]);
				if (c->series_labels[s]) {
					svg_escape(out, c->series_labels[s], STACK_SERIES_CHARS);
					buf_adds(out, ": ");
				}
				buf_printf(out, "%lld</title></rect>", v);
				y = top;
			}
			if (col % every == 0 && c->col_labels[col]) {
				buf_printf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">",
					   left + slot / 2, STACK_Y1 + 18);
				svg_escape(out, c->col_labels[col], STACK_COL_CHARS);
				buf_adds(out, "</text>");
			}
			buf_adds(out, "</g>\n");
		}
	}
	if (c->nseries > 0) {
		buf_adds(out, "<g class=\"legend\">");
		for (size_t s = 0; s < c->nseries; s++) {
			int x = s % 2 ? SVG_CHART_WIDTH / 2 + 20 : STACK_X0, y = STACK_LEGEND_Y + STACK_LEGEND_ROW * (int)(s / 2);
			buf_printf(out, "<rect class=\"key s%zu\" x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
				   "<text x=\"%d\" y=\"%d\">", s, x, y + 3, STACK_PALETTE[s], x + 18, y + 14);
			svg_escape(out, c->series_labels[s], STACK_SERIES_CHARS);
			buf_adds(out, "</text>");
		}
		buf_adds(out, "</g>\n");
	}
	buf_adds(out, "</svg>\n");
	return 0;
}
