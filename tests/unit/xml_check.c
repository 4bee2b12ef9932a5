/* xml_check.c: what the SVG chart tests check documents with: counting a text, well-formedness. */
#include "xml_check.h"
#include <string.h>

/* Counts the occurrences of needle in hay. */
int text_count(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	return n;
}

/* Whether s is a well-formed XML document as far as these charts go: one XML declaration, then one
 * root element; tags balance; attribute values double-quoted; '<' never in text or attributes; '&'
 * only as one of the five entities or a character reference; the whole is valid UTF-8 with no
 * control characters but tab and newline. */
int xml_well_formed(const char *s)
{
	const char *stack[64];
	size_t stack_len[64];
	int depth = 0, roots = 0;
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; u[i]; i++) {
		if (u[i] < 0x20 && u[i] != '\n' && u[i] != '\t')
			return 0;
		if (u[i] >= 0x80) {   /* a lead byte and its continuations */
			int k = u[i] >= 0xF0 ? 3 : u[i] >= 0xE0 ? 2 : u[i] >= 0xC2 ? 1 : -1;
			if (k < 0 || u[i] > 0xF4)
				return 0;
			for (int j = 1; j <= k; j++)
				if ((u[i + j] & 0xC0) != 0x80)
					return 0;
			i += (size_t)k;
		}
	}
	if (strncmp(s, "<?xml ", 6) != 0 || (s = strstr(s, "?>")) == NULL)
		return 0;
	s += 2;
	while (*s) {
		if (*s == '&') {
			static const char *const ents[] = { "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#" };
			int ok = 0;
			for (size_t e = 0; e < sizeof ents / sizeof ents[0]; e++)
				if (strncmp(s, ents[e], strlen(ents[e])) == 0)
					ok = 1;
			if (!ok)
				return 0;
			s++;
		} else if (*s != '<') {
			if (depth == 0 && *s != '\n' && *s != ' ')
				return 0;   /* text outside the root */
			s++;
		} else if (s[1] == '/') {
			const char *name = s + 2;
			size_t len = strcspn(name, " >");
			if (depth == 0 || len != stack_len[depth - 1] || strncmp(name, stack[depth - 1], len) != 0 ||
			    name[len] != '>')
				return 0;
			depth--;
			s = name + len + 1;
		} else {
			const char *name = s + 1;
			size_t len = strcspn(name, " />");
			if (len == 0)
				return 0;
			const char *p = name + len;
			for (;;) {   /* attributes: name="value" */
				while (*p == ' ')
					p++;
				if (*p == '>' || (p[0] == '/' && p[1] == '>'))
					break;
				size_t an = strcspn(p, "=\" />");
				if (an == 0 || p[an] != '=' || p[an + 1] != '"')
					return 0;
				p += an + 2;
				for (; *p != '"'; p++) {
					if (*p == '\0' || *p == '<')
						return 0;
					if (*p == '&' && strncmp(p, "&amp;", 5) != 0 && strncmp(p, "&quot;", 6) != 0 &&
					    strncmp(p, "&lt;", 4) != 0 && strncmp(p, "&gt;", 4) != 0 && strncmp(p, "&apos;", 6) != 0)
						return 0;
				}
				p++;
			}
			if (depth == 0 && ++roots > 1)
				return 0;
			if (*p == '/') {
				s = p + 2;
			} else {
				if (depth == 64)
					return 0;
				stack[depth] = name;
				stack_len[depth++] = len;
				s = p + 1;
			}
		}
	}
	return depth == 0 && roots == 1;
}
