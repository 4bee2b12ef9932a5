/* pages.h: the public feedback program's page handlers. */
#ifndef CRM_PUBLIC_PAGES_H
#define CRM_PUBLIC_PAGES_H
#include "router.h"

/* page_feedback_home.c */
void page_feedback_home(struct request *req);
#endif
