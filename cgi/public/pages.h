/* pages.h: the public feedback program's page handlers, grouped by the file that defines them. */
#ifndef CRM_PUBLIC_PAGES_H
#define CRM_PUBLIC_PAGES_H
#include "router.h"

/* page_feedback_form.c */
void page_feedback_form(struct request *req);
void page_feedback_submit(struct request *req);

/* page_feedback_receipt.c */
void page_feedback_receipt(struct request *req);

/* page_feedback_status.c */
void page_feedback_status_form(struct request *req);
void page_feedback_status_find(struct request *req);
void page_feedback_status(struct request *req);
void page_feedback_follow_up(struct request *req);
void page_feedback_rate(struct request *req);
#endif
