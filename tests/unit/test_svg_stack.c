/* test_svg_stack.c: unit tests of the stacked column chart "cases by category over time"
 * (svg_stack_chart in svg_chart.c). Every expected value was worked out by hand from the header
 * comment; the working is in the comment beside each check. Layout recap from the header: plot y 20..260
 * (240 units), vertical axis at x 60 unless the largest total has more than 6 digits (7 a digit + 14),
 * slot (610 - axis) / ncols rounded down, column 2/3 of the slot at most 64 and centred in it,
 * column labels at y 278 centred on the slot, legend rows from y 290, 20 high, two series a row
 * (left x 60, right x 340: squares at row + 3, texts at x + 18 and row + 14), height 300 + 20 a row.
 * The palette's first colours (Kelly's list without white and black): s0 #f3c300, s1 #875692.
 * Entry: test_svg_stack(&tap_run, &tap_failed), which adds this file's counts to the caller's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "xml_check.h"
#include "buf.h"
#include "svg_chart.h"

void test_svg_stack(int *run, int *failed);

#define U_FFFD "\xef\xbf\xbd"


/* The sum of the heights of the plot's rects (class="s<k>", not the legend's keys) whose tag has
 * the attribute text xattr (such as "x=\"485\""); -1 when a tag has no height. */
static long sum_heights(const char *doc, const char *xattr)
{
	long sum = 0;
	for (const char *p = doc; (p = strstr(p, "<rect class=\"s")) != NULL; p++) {
		const char *end = strchr(p, '>'), *x = strstr(p, xattr), *h = strstr(p, "height=\"");
		if (end == NULL)
			return -1;
		if (x == NULL || x > end)
			continue;
		if (h == NULL || h > end)
			return -1;
		sum += strtol(h + 8, NULL, 10);
	}
	return sum;
}

/* Whether the document has no script, style, link or event handler, and no URL but the namespace. */
static int inert(const char *doc)
{
	return text_count(doc, "<script") == 0 && text_count(doc, "href") == 0 && text_count(doc, "style=") == 0 &&
	       text_count(doc, "<style") == 0 && text_count(doc, "url(") == 0 && text_count(doc, " on") == 0 &&
	       text_count(doc, "http") == 1 && text_count(doc, "<a ") == 0 && text_count(doc, "<image") == 0;
}


/* 3 months x 2 categories. Totals 4, 5, 7: the largest 7 spans 240 (34.29 a case). Axis at x 60 (one
 * digit: 7 + 14 = 21 < 60); slot 550 / 3 = 183; column 183 x 2/3 = 122, at most 64; centred:
 * (183 - 64) / 2 = 59, so columns at x 60 + 59 = 119, 119 + 183 = 302, 302 + 183 = 485; labels at
 * 60 + 91 = 151, 334, 517. Tops: cumulative x 240 / 7, rounded half up, from y 260:
 *   Jan: 3 -> 102.86 -> 103 (y 157, height 103); 4 -> 137.14 -> 137 (y 123, height 137 - 103 = 34)
 *   Feb: 0 draws nothing; 5 -> 171.43 -> 171 (y 89, height 171)
 *   Mar: 4 -> 137 (y 123, height 137); 7 -> 240 (y 20, height 103) */
static void test_stack_normal(void)
{
	struct buf b = { 0 };
	const char *cols[] = { "2026-01", "2026-02", "2026-03" };
	const char *series[] = { "Billing", "Repairs" };
	const long long v[] = { 3, 1, 0, 5, 4, 3 };
	struct svg_stack_chart c = { "Cases by category", "January 4, February 5, March 7", "en", 3, cols, 2, series, v };
	int rc = svg_stack_chart(&b, &c);
	CHECK(rc == 0 && b.data != NULL && xml_well_formed(b.data), "svg stack: a well-formed XML document");
	const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" ";
	CHECK(strncmp(b.data, head, strlen(head)) == 0 && text_count(b.data, "<svg") == 1 && text_count(b.data, "role=\"img\"") == 1 &&
	      text_count(b.data, "aria-labelledby=\"chart-title chart-desc\"") == 1 && strcmp(b.data + b.len - 7, "</svg>\n") == 0,
	      "svg stack: declaration, one <svg role=\"img\" aria-labelledby> root");
	/* 2 series: one legend row, 300 + 20 = 320 */
	CHECK(text_count(b.data, "width=\"640\" height=\"320\" viewBox=\"0 0 640 320\"") == 1, "svg stack: 640 wide, 320 high");
	CHECK(text_count(b.data, "<title id=\"chart-title\">Cases by category</title>") == 1 &&
	      text_count(b.data, "<desc id=\"chart-desc\">January 4, February 5, March 7</desc>") == 1 && text_count(b.data, "<desc") == 1,
	      "svg stack: title and desc");
	CHECK(text_count(b.data, "xml:lang=\"en\"") == 1 && text_count(b.data, "font-family=\"sans-serif\"") == 1,
	      "svg stack: language and generic font");
	/* five values > 0 (3, 1, 5, 4, 3), the February 0 draws nothing; plus 2 legend keys */
	CHECK(text_count(b.data, "<rect class=\"s") == 5 && text_count(b.data, "<rect class=\"key s") == 2 && text_count(b.data, "<rect") == 7,
	      "svg stack: one rect per value > 0, one key per series");
	CHECK(text_count(b.data, "<rect class=\"s0\" x=\"119\" y=\"157\" width=\"64\" height=\"103\" fill=\"#f3c300\">"
			    "<title>Billing: 3</title></rect>") == 1 &&
	      text_count(b.data, "<rect class=\"s1\" x=\"119\" y=\"123\" width=\"64\" height=\"34\" fill=\"#875692\">"
			    "<title>Repairs: 1</title></rect>") == 1,
	      "svg stack: January: Billing 3 at the bottom, Repairs 1 on top (rounded 103 + 34 = 137)");
	CHECK(text_count(b.data, "<rect class=\"s1\" x=\"302\" y=\"89\" width=\"64\" height=\"171\" fill=\"#875692\">"
			    "<title>Repairs: 5</title></rect>") == 1 && text_count(b.data, "Billing: 0") == 0,
	      "svg stack: February: no rect for Billing 0, Repairs 5 from the axis");
	CHECK(text_count(b.data, "<rect class=\"s0\" x=\"485\" y=\"123\" width=\"64\" height=\"137\" fill=\"#f3c300\">"
			    "<title>Billing: 4</title></rect>") == 1 &&
	      text_count(b.data, "<rect class=\"s1\" x=\"485\" y=\"20\" width=\"64\" height=\"103\" fill=\"#875692\">"
			    "<title>Repairs: 3</title></rect>") == 1,
	      "svg stack: March, the tallest: reaches the top of the plot (y 20)");
	/* the tallest column's heights: 137 + 103 = 240, the plot height; the others 137 and 171 */
	CHECK(sum_heights(b.data, "x=\"485\"") == 240 && sum_heights(b.data, "x=\"119\"") == 137 &&
	      sum_heights(b.data, "x=\"302\"") == 171, "svg stack: stacked heights add up to the rounded totals, 240 for the tallest");
	/* 1 chart title + 5 tooltips */
	CHECK(text_count(b.data, "<title") == 6, "svg stack: a <title> tooltip per rect");
	CHECK(text_count(b.data, "<line x1=\"60\" y1=\"20\" x2=\"60\" y2=\"260\"/>") == 1 &&
	      text_count(b.data, "<line x1=\"60\" y1=\"260\" x2=\"610\" y2=\"260\"/>") == 1, "svg stack: the two axes");
	/* tick labels 6 left of the axis (54), "0" level with the axis (260 + 4), the largest total 7 at the top (20 + 4) */
	CHECK(text_count(b.data, "class=\"tick\"") == 2 &&
	      text_count(b.data, "<text class=\"tick\" x=\"54\" y=\"264\" text-anchor=\"end\" font-size=\"11\">0</text>") == 1 &&
	      text_count(b.data, "<text class=\"tick\" x=\"54\" y=\"24\" text-anchor=\"end\" font-size=\"11\">7</text>") == 1,
	      "svg stack: vertical axis labelled 0 and the largest total 7");
	CHECK(text_count(b.data, "<text x=\"151\" y=\"278\" text-anchor=\"middle\" font-size=\"11\">2026-01</text>") == 1 &&
	      text_count(b.data, "<text x=\"334\" y=\"278\" text-anchor=\"middle\" font-size=\"11\">2026-02</text>") == 1 &&
	      text_count(b.data, "<text x=\"517\" y=\"278\" text-anchor=\"middle\" font-size=\"11\">2026-03</text>") == 1,
	      "svg stack: every column labelled (3 <= 12), centred under its slot");
	/* legend row at 290: squares at y 293, texts at y 304; left x 60 (text 78), right x 340 (text 358) */
	CHECK(text_count(b.data, "<rect class=\"key s0\" x=\"60\" y=\"293\" width=\"12\" height=\"12\" fill=\"#f3c300\"/>"
			    "<text x=\"78\" y=\"304\">Billing</text>") == 1 &&
	      text_count(b.data, "<rect class=\"key s1\" x=\"340\" y=\"293\" width=\"12\" height=\"12\" fill=\"#875692\"/>"
			    "<text x=\"358\" y=\"304\">Repairs</text>") == 1 && text_count(b.data, "class=\"legend\"") == 1,
	      "svg stack: legend: a square in each series colour and its label");
	CHECK(inert(b.data), "svg stack: no script, href, style=, or URL but the namespace");

	/* appended, not replaced: a second chart after the first makes two documents */
	size_t first = b.len;
	rc = svg_stack_chart(&b, &c);
	CHECK(rc == 0 && b.len == 2 * first && memcmp(b.data, b.data + first, first) == 0,
	      "svg stack: appends to what out holds");
	buf_free(&b);
}

/* Texts from the caller are escaped; invalid UTF-8 and control characters become U+FFFD; series labels
 * are cut to 24 characters and column labels to 10, the last being "…". */
static void test_stack_escape(void)
{
	struct buf b = { 0 };
	const char *cols[] = { "<&\"'>", "A\xff" "B\x01" "C", "2026-03 (partial)", NULL };
	const char *series[] = { "<script>&\"'", "\xc3(x", NULL, "Abcdefghijklmnopqrstuvwxyz0123" };
	/* column k holds series k (tooltips "<script>...: 1", "U+FFFD(x: 2", "3" for the NULL label); the last
	 * column also the NULL-labelled series' 2 under the long label's 9 */
	const long long v[] = { 1, 0, 0, 0,   0, 2, 0, 0,   0, 0, 3, 0,   0, 0, 2, 9 };
	struct svg_stack_chart c = { "<script>alert(1)</script> & co", "\"a\" < 'b'", "en\" onload=\"x", 4, cols, 4, series, v };
	int rc = svg_stack_chart(&b, &c);
	CHECK(rc == 0 && xml_well_formed(b.data), "svg stack: odd texts, still well-formed");
	CHECK(text_count(b.data, "<title id=\"chart-title\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>") == 1 &&
	      text_count(b.data, "<desc id=\"chart-desc\">&quot;a&quot; &lt; &apos;b&apos;</desc>") == 1,
	      "svg stack: title and desc escaped");
	CHECK(text_count(b.data, ">&lt;script&gt;&amp;&quot;&apos;</text>") == 1 &&
	      text_count(b.data, "<title>&lt;script&gt;&amp;&quot;&apos;: 1</title>") == 1,
	      "svg stack: a series label <script>&\"' escaped in the legend and the tooltip");
	CHECK(text_count(b.data, ">&lt;&amp;&quot;&apos;&gt;</text>") == 1, "svg stack: a column label <&\"'> escaped");
	/* C3 needs a continuation byte, '(' is not one: C3 alone becomes U+FFFD, "(x" kept */
	CHECK(text_count(b.data, ">" U_FFFD "(x</text>") == 1 && text_count(b.data, "<title>" U_FFFD "(x: 2</title>") == 1,
	      "svg stack: invalid UTF-8 in a series label becomes U+FFFD");
	CHECK(text_count(b.data, ">A" U_FFFD "B" U_FFFD "C</text>") == 1,
	      "svg stack: a bad byte and a control character in a column label become U+FFFD");
	/* a NULL series label: an empty legend text and the value alone as the tooltip */
	CHECK(text_count(b.data, "<title>3</title>") == 1 && text_count(b.data, "<title>2</title>") == 1,
	      "svg stack: a NULL series label: the tooltip is the value alone");
	/* 30 characters: the first 23 ("Abcdefghijklmnopqrstuvw") and "…" */
	CHECK(text_count(b.data, ">Abcdefghijklmnopqrstuvw\xe2\x80\xa6</text>") == 1 &&
	      text_count(b.data, "<title>Abcdefghijklmnopqrstuvw\xe2\x80\xa6: 9</title>") == 1 && text_count(b.data, "xyz") == 0,
	      "svg stack: a long series label is cut to 24 characters");
	/* 17 characters: the first 9 ("2026-03 (") and "…" */
	CHECK(text_count(b.data, ">2026-03 (\xe2\x80\xa6</text>") == 1 && text_count(b.data, "partial") == 0,
	      "svg stack: a long column label is cut to 10 characters");
	/* 4 columns, every one labelled but the NULL one: 3 column texts */
	CHECK(text_count(b.data, "text-anchor=\"middle\"") == 3, "svg stack: a NULL column label draws no text");
	CHECK(text_count(b.data, "xml:lang") == 0 && text_count(b.data, "onload") == 0 && text_count(b.data, "<script") == 0 && inert(b.data),
	      "svg stack: a bad language tag is left out; no script element, href or style=");
	buf_free(&b);
}

/* Only every k-th column is labelled when there are more than 12: k = ncols / 12 rounded up. */
static int column_labels(size_t ncols, const char *const *cols, const long long *v, struct buf *b)
{
	const char *series[] = { "All" };
	struct svg_stack_chart c = { "t", "d", NULL, ncols, cols, 1, series, v };
	buf_reset(b);
	if (svg_stack_chart(b, &c) != 0 || !xml_well_formed(b->data))
		return -1;
	return text_count(b->data, "text-anchor=\"middle\"");
}

static void test_stack_every_kth(void)
{
	struct buf b = { 0 };
	char names[48][16];
	const char *cols[48];
	long long v[48];
	for (int i = 0; i < 48; i++) {
		snprintf(names[i], sizeof names[i], "c%02d", i);
		cols[i] = names[i];
		v[i] = i + 1;
	}
	/* 30 columns: k = 3, labels on 0, 3, ..., 27: 10 labels */
	int n = column_labels(30, cols, v, &b);
	CHECK(n == 10 && n <= 12, "svg stack: 30 columns: 10 labels (every 3rd), at most 12");
	/* slot 550 / 30 = 18: column 0's label at 60 + 9 = 69, column 27's at 60 + 27 x 18 + 9 = 555 */
	CHECK(text_count(b.data, "<text x=\"69\" y=\"278\" text-anchor=\"middle\" font-size=\"11\">c00</text>") == 1 &&
	      text_count(b.data, ">c03</text>") == 1 && text_count(b.data, ">c27</text>") == 1 && text_count(b.data, ">c01</text>") == 0 &&
	      text_count(b.data, ">c02</text>") == 0 && text_count(b.data, ">c29</text>") == 0 &&
	      text_count(b.data, "<text x=\"555\" y=\"278\"") == 1, "svg stack: 30 columns: the first labelled, then every 3rd");
	/* columns 12 wide (18 x 2/3), centred: 60 + 3 = 63; the tallest (30) spans 240; 30 rects */
	CHECK(text_count(b.data, "<rect class=\"s0\"") == 30 && text_count(b.data, "x=\"63\" y=\"252\" width=\"12\" height=\"8\"") == 1 &&
	      sum_heights(b.data, "x=\"585\"") == 240,
	      "svg stack: 30 columns, 12 wide; 1 of 30 is 8 high; the last (x 60 + 29 x 18 + 3 = 585) 240");
	/* 12: k = 1, all 12; 13: k = 2, labels 0, 2, ..., 12: 7; 48: k = 4, 12 */
	CHECK(column_labels(12, cols, v, &b) == 12, "svg stack: 12 columns, all labelled");
	CHECK(column_labels(13, cols, v, &b) == 7 && text_count(b.data, ">c12</text>") == 1 && text_count(b.data, ">c11</text>") == 0,
	      "svg stack: 13 columns: every 2nd, 7 labels");
	CHECK(column_labels(48, cols, v, &b) == 12 && text_count(b.data, ">c00</text>") == 1 && text_count(b.data, ">c44</text>") == 1 &&
	      text_count(b.data, ">c47</text>") == 0, "svg stack: 48 columns: every 4th, 12 labels");
	buf_free(&b);
}

static void test_stack_zero(void)
{
	struct buf b = { 0 };
	const char *cols[] = { "2026-01", "2026-02" };
	const char *series[] = { "Billing", "Repairs" };
	const long long v[] = { 0, 0, 0, 0 };
	struct svg_stack_chart c = { "No cases", "No cases in January or February", NULL, 2, cols, 2, series, v };
	int rc = svg_stack_chart(&b, &c);
	/* no plot rects, only the two legend keys; the axes and the "0" tick, no top tick; 320 high */
	CHECK(rc == 0 && xml_well_formed(b.data) && text_count(b.data, "<title id=\"chart-title\">No cases</title>") == 1 &&
	      text_count(b.data, "role=\"img\"") == 1, "svg stack: all zero: a valid document with its title");
	CHECK(text_count(b.data, "<rect class=\"s") == 0 && text_count(b.data, "<rect") == 2 && text_count(b.data, "<title") == 1,
	      "svg stack: all zero: no rects but the legend keys, no tooltips");
	CHECK(text_count(b.data, "<line x1=\"60\" y1=\"20\" x2=\"60\" y2=\"260\"/>") == 1 &&
	      text_count(b.data, "<line x1=\"60\" y1=\"260\" x2=\"610\" y2=\"260\"/>") == 1 && text_count(b.data, "class=\"tick\"") == 1 &&
	      text_count(b.data, ">0</text>") == 1 && text_count(b.data, ">2026-02</text>") == 1 && text_count(b.data, "height=\"320\"") == 1,
	      "svg stack: all zero: axes, the 0 tick only, column labels, 320 high");
	CHECK(text_count(b.data, "xml:lang") == 0, "svg stack: no language given, none written");

	/* nothing at all: NULL arrays with zero counts; no legend: 300 high */
	struct svg_stack_chart e = { "t", "d", NULL, 0, NULL, 0, NULL, NULL };
	buf_reset(&b);
	rc = svg_stack_chart(&b, &e);
	CHECK(rc == 0 && xml_well_formed(b.data) && text_count(b.data, "<rect") == 0 && text_count(b.data, "class=\"legend\"") == 0 &&
	      text_count(b.data, "height=\"300\" viewBox=\"0 0 640 300\"") == 1 && text_count(b.data, "<line") == 2,
	      "svg stack: no columns and no series: the axes only, 300 high");
	/* columns without series (values may be NULL: 3 x 0 values), and series without columns */
	e.ncols = 3;
	const char *three[] = { "a", "b", "c" };
	e.col_labels = three;
	buf_reset(&b);
	rc = svg_stack_chart(&b, &e);
	CHECK(rc == 0 && xml_well_formed(b.data) && text_count(b.data, "<rect") == 0 && text_count(b.data, ">b</text>") == 1,
	      "svg stack: columns but no series: labels, no rects");
	e.ncols = 0;
	e.col_labels = NULL;
	e.nseries = 2;
	e.series_labels = series;
	buf_reset(&b);
	rc = svg_stack_chart(&b, &e);
	CHECK(rc == 0 && xml_well_formed(b.data) && text_count(b.data, "<rect class=\"key") == 2 && text_count(b.data, "<rect class=\"s") == 0,
	      "svg stack: series but no columns: only the legend");
	buf_free(&b);
}

/* The refusals: -1, and out exactly as it was (a prefix already in it). */
static int refused(const struct svg_stack_chart *c)
{
	struct buf b = { 0 };
	buf_adds(&b, "prefix");
	int rc = svg_stack_chart(&b, c);
	int ok = rc == -1 && b.len == 6 && strcmp(b.data, "prefix") == 0;
	buf_free(&b);
	return ok;
}

static void test_stack_refused(void)
{
	const char *cols[] = { "a", "b", "c" };
	const char *series[] = { "x", "y" };
	const long long v[] = { 1, 2, 3, 4, 5, 6 };
	const struct svg_stack_chart good = { "t", "d", NULL, 3, cols, 2, series, v };
	struct svg_stack_chart c = good;
	struct buf b = { 0 };
	CHECK(svg_stack_chart(&b, &c) == 0 && b.len > 0, "svg stack: the chart the refusals start from is accepted");
	buf_free(&b);
	CHECK(svg_stack_chart(NULL, &c) == -1, "svg stack: no out refused");
	CHECK(refused(NULL), "svg stack: no chart refused, nothing appended");
	c.title = NULL;
	CHECK(refused(&c), "svg stack: no title refused, nothing appended");
	c = good;
	c.desc = NULL;
	CHECK(refused(&c), "svg stack: no desc refused, nothing appended");
	c = good;
	c.ncols = SVG_STACK_COLS_MAX + 1;
	CHECK(refused(&c), "svg stack: 49 columns refused, nothing appended");
	c = good;
	c.nseries = SVG_STACK_SERIES_MAX + 1;
	CHECK(refused(&c), "svg stack: 13 series refused, nothing appended");
	c = good;
	c.col_labels = NULL;
	CHECK(refused(&c), "svg stack: no column labels for 3 columns refused, nothing appended");
	c = good;
	c.series_labels = NULL;
	CHECK(refused(&c), "svg stack: no series labels for 2 series refused, nothing appended");
	c = good;
	c.values = NULL;
	CHECK(refused(&c), "svg stack: no values for 3 x 2 refused, nothing appended");
	/* the bad value last, so that it is found only after everything else was checked */
	const long long neg[] = { 1, 2, 3, 4, 5, -1 }, huge[] = { 1, 2, 3, 4, 5, SVG_VALUE_MAX + 1 };
	c = good;
	c.values = neg;
	CHECK(refused(&c), "svg stack: a negative value refused, nothing appended");
	c.values = huge;
	CHECK(refused(&c), "svg stack: a value past SVG_VALUE_MAX refused, nothing appended");
}

/* 12 series of 10^18 in one column: the total 1.2 x 10^19 is past LLONG_MAX (9.2 x 10^18). Its 20
 * digits move the axis to 7 x 20 + 14 = 154 (ticks at 148); slot (610 - 154) / 2 = 228, column 64 at
 * 154 + (228 - 64) / 2 = 236, the second at 236 + 228 = 464. Each series is 1/12 of 240 = 20 high:
 * series k from y 260 - 20(k + 1). The second column's single 1 is 240 / 1.2 x 10^19, 0 high.
 * 12 series: 6 legend rows, 300 + 120 = 420 high; the last key (s11, right, row 5 at 290 + 100). */
static void test_stack_big(void)
{
	struct buf b = { 0 };
	const char *cols[] = { "max", "one" };
	const char *series[12] = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l" };
	long long v[24] = { 0 };
	for (int s = 0; s < 12; s++)
		v[s] = SVG_VALUE_MAX;
	v[12] = 1;
	struct svg_stack_chart c = { "t", "d", NULL, 2, cols, 12, series, v };
	int rc = svg_stack_chart(&b, &c);
	CHECK(rc == 0 && xml_well_formed(b.data) && text_count(b.data, "height=\"420\"") == 1, "svg stack: 12 series: 420 high");
	CHECK(text_count(b.data, "<text class=\"tick\" x=\"148\" y=\"24\" text-anchor=\"end\" font-size=\"11\">12000000000000000000</text>") == 1 &&
	      text_count(b.data, "<line x1=\"154\" y1=\"20\" x2=\"154\" y2=\"260\"/>") == 1,
	      "svg stack: a total past LLONG_MAX labelled exactly, the axis moved right for its 20 digits");
	CHECK(text_count(b.data, "<rect class=\"s0\" x=\"236\" y=\"240\" width=\"64\" height=\"20\"") == 1 &&
	      text_count(b.data, "<rect class=\"s5\" x=\"236\" y=\"140\" width=\"64\" height=\"20\"") == 1 &&
	      text_count(b.data, "<rect class=\"s11\" x=\"236\" y=\"20\" width=\"64\" height=\"20\"") == 1 &&
	      sum_heights(b.data, "x=\"236\"") == 240 && text_count(b.data, "<title>l: 1000000000000000000</title>") == 1,
	      "svg stack: 12 equal segments of 20, no overflow");
	CHECK(text_count(b.data, "<rect class=\"s0\" x=\"464\" y=\"260\" width=\"64\" height=\"0\"") == 1 &&
	      text_count(b.data, "<title>a: 1</title>") == 1, "svg stack: a value too small to see is a rect 0 high, with its tooltip");
	CHECK(text_count(b.data, "<rect class=\"key s11\" x=\"340\" y=\"393\"") == 1 && text_count(b.data, "<text x=\"358\" y=\"404\">l</text>") == 1,
	      "svg stack: the 12th legend entry on the right of the 6th row");
	/* twelve different colours: each key's fill differs from every other's */
	char fills[12][8] = { { 0 } };
	int distinct = 1, found = 0;
	for (const char *p = b.data; (p = strstr(p, "<rect class=\"key s")) != NULL && found < 12; p++) {
		const char *f = strstr(p, "fill=\"#");
		if (f == NULL || strlen(f) < 14 || f[13] != '"')
			break;
		memcpy(fills[found], f + 6, 7);
		for (int j = 0; j < found; j++)
			if (strcmp(fills[j], fills[found]) == 0)
				distinct = 0;
		found++;
	}
	CHECK(found == 12 && distinct, "svg stack: a palette of 12 distinct colours");
	/* every plot rect carries its own fill, so the chart needs no style sheet: 13 + 12 + the root's
	 * fill="#222" (the text colour) = 26 */
	CHECK(text_count(b.data, "<rect class=\"s") == 13 && text_count(b.data, "\" fill=\"#") == 26 && inert(b.data),
	      "svg stack: 13 rects and 12 keys, each with an explicit fill");
	/* the same segment colour in the plot and in the legend */
	char want[128];
	snprintf(want, sizeof want, "<rect class=\"key s7\" x=\"340\" y=\"353\" width=\"12\" height=\"12\" fill=\"%s\"/>", fills[7]);
	CHECK(text_count(b.data, want) == 1 && text_count(b.data, fills[7]) == 2, "svg stack: s7's colour on its rect and its key");
	buf_free(&b);
}

void test_svg_stack(int *run, int *failed)
{
	test_stack_normal();
	test_stack_escape();
	test_stack_every_kth();
	test_stack_zero();
	test_stack_refused();
	test_stack_big();
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
