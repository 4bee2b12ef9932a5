-- 011_company.sql: the company's name and the contact line customers see become settings, set by
-- admins at /admin/company (audited like every setting); company_info, which nothing wrote, goes.
-- The public program reads them through feedback_settings, like the other settings it may see.
INSERT INTO settings (name, value)
  SELECT 'company_name', value FROM company_info WHERE name = 'company_name'
  ON DUPLICATE KEY UPDATE value = VALUES(value);
INSERT IGNORE INTO settings (name, value) VALUES
  ('company_name', 'Our Company'),   -- shown to customers at the top of every public page
  ('company_contact', '');           -- e.g. a phone number and hours, under the public pages; empty: none
DROP TABLE company_info;

CREATE OR REPLACE VIEW feedback_settings AS
  SELECT name, value FROM settings
  WHERE name IN ('feedback_rate_per_hour', 'feedback_lookups_per_hour', 'feedback_min_seconds', 'sla_week',
                 'sla_warn_bp', 'company_time_zone', 'company_name', 'company_contact');
