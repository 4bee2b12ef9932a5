/* pages.h: the staff program's page handlers, grouped by the file that defines them. */
#ifndef CRM_STAFF_PAGES_H
#define CRM_STAFF_PAGES_H
#include "router.h"

/* page_login.c */
void page_login_form(struct request *req);
void page_login_submit(struct request *req);
void page_logout(struct request *req);

/* page_my_day.c */
void page_home(struct request *req);
void page_prefs_language(struct request *req);

/* page_reminders.c */
void page_reminders(struct request *req);
void page_greet(struct request *req);
void page_callback(struct request *req);
void page_mark_dormant(struct request *req);
void page_consultation_done(struct request *req);

/* page_cases.c */
void page_case_list(struct request *req);

/* page_case_new.c */
void page_case_new(struct request *req);
void page_case_create(struct request *req);

/* page_case_view.c */
void page_case_view(struct request *req);

/* page_case_actions.c */
void page_case_reply(struct request *req);
void page_case_state(struct request *req);
void page_case_priority(struct request *req);
void page_case_assign(struct request *req);
void page_case_link(struct request *req);
void page_case_unlink(struct request *req);
void page_case_resolve(struct request *req);

/* page_report_cases.c */
void page_report_cases(struct request *req);
void page_report_cases_csv(struct request *req);
void page_report_cases_chart(struct request *req);
void page_report_cases_chart_csv(struct request *req);

/* page_admin_sla.c (and the fields of its form, which routes.c names) */
extern const struct field sla_form_fields[];
void page_admin_sla(struct request *req);
void page_admin_sla_set(struct request *req);
void page_admin_case_categories(struct request *req);
void page_admin_case_category_create(struct request *req);
void page_admin_case_category_update(struct request *req);

/* page_admin_company.c */
void page_admin_company(struct request *req);
void page_admin_company_set(struct request *req);

/* page_admin_reminders.c */
void page_admin_reminders(struct request *req);
void page_admin_reminders_set(struct request *req);
void page_admin_name_days(struct request *req);
void page_admin_category_consultation(struct request *req);
void page_admin_staff_email(struct request *req);

/* page_calendar.c */
void page_calendar(struct request *req);
void page_calendar_create(struct request *req);
void page_calendar_revoke(struct request *req);
void page_calendar_feed(struct request *req);

/* page_admin_staff.c */
void page_admin_staff_list(struct request *req);
void page_admin_staff_new(struct request *req);
void page_admin_staff_create(struct request *req);
void page_admin_staff_team(struct request *req);
void page_admin_staff_disable(struct request *req);
void page_admin_staff_enable(struct request *req);
void page_admin_staff_password_form(struct request *req);
void page_admin_staff_password_set(struct request *req);
void page_admin_audit(struct request *req);
/* page_admin_lists.c */
void page_admin_segments(struct request *req);
void page_admin_segment_create(struct request *req);
void page_admin_segment_update(struct request *req);
void page_admin_categories(struct request *req);
void page_admin_category_create(struct request *req);
void page_admin_category_update(struct request *req);
void page_admin_teams(struct request *req);
void page_admin_team_create(struct request *req);
void page_admin_team_update(struct request *req);
void page_admin_gift_kinds(struct request *req);
void page_admin_gift_kind_create(struct request *req);
void page_admin_gift_kind_update(struct request *req);

/* page_client_list.c, page_client_new.c, page_client_view.c, page_client_edit.c */
void page_client_list(struct request *req);
void page_client_new(struct request *req);
void page_client_create(struct request *req);
void page_client_view(struct request *req);
void page_client_edit(struct request *req);
void page_client_update(struct request *req);

/* page_client_export.c */
void page_client_export(struct request *req);

/* page_client_import.c */
void page_client_import_start(struct request *req);
void page_client_import_upload(struct request *req);
void page_client_import_map(struct request *req);
void page_client_import_commit(struct request *req);
void page_client_import_undo(struct request *req);

/* page_client_merge.c */
void page_client_merge_form(struct request *req);
void page_client_merge(struct request *req);

/* page_interaction.c */
void page_interaction_create(struct request *req);
void page_followups(struct request *req);
void page_followup_done(struct request *req);

/* page_purchase_new.c */
void page_purchase_new(struct request *req);
void page_purchase_create(struct request *req);
/* page_purchase_list.c */
void page_purchase_list(struct request *req);
/* page_report_clients.c */
void page_report_clients(struct request *req);
void page_report_clients_csv(struct request *req);
/* page_purchase_view.c */
void page_purchase_view(struct request *req);
void page_purchase_return(struct request *req);
void page_purchase_cancel(struct request *req);
/* page_loyalty.c */
void page_admin_tiers(struct request *req);
void page_admin_tier_create(struct request *req);
void page_admin_tier_update(struct request *req);
void page_admin_tier_delete(struct request *req);
void page_admin_loyalty_settings(struct request *req);
void page_client_discount_grant(struct request *req);
void page_tier_change_told(struct request *req);
/* page_leaderboard.c */
void page_leaderboard(struct request *req);
void page_leaderboard_chart(struct request *req);
void page_leaderboard_person(struct request *req);
void page_leaderboard_pace(struct request *req);
/* page_wallboard.c */
void page_wallboard(struct request *req);
void page_wall_keys(struct request *req);
void page_wall_key_create(struct request *req);
void page_wall_key_revoke(struct request *req);
/* page_rewards.c */
void page_rewards(struct request *req);
void page_rewards_eom(struct request *req);
void page_rewards_bonus(struct request *req);
void page_rewards_add(struct request *req);
void page_rewards_csv(struct request *req);
void page_admin_motivation(struct request *req);
void page_admin_motivation_set(struct request *req);
/* page_plans.c */
void page_plans(struct request *req);
void page_plan_set(struct request *req);
void page_plan_copy(struct request *req);
/* page_products.c */
void page_product_list(struct request *req);
void page_product_new(struct request *req);
void page_product_create(struct request *req);
void page_product_view(struct request *req);
void page_product_update(struct request *req);
#endif
