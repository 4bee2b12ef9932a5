/* xml_check.h: what the SVG chart tests check documents with (xml_check.c). */
#ifndef CRM_TEST_XML_CHECK_H
#define CRM_TEST_XML_CHECK_H
/* The number of occurrences of needle in hay (not overlapping). */
int text_count(const char *hay, const char *needle);
/* 1 when s is a well-formed XML document as far as the charts go (see xml_check.c), else 0. */
int xml_well_formed(const char *s);
#endif
