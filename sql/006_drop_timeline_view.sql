-- 006_drop_timeline_view.sql: the client page reads its timeline with one statement whose
-- branches each filter by client (cgi/staff/page_client_view.c). MariaDB does not push a bound
-- client id into a UNION view, so the client_timeline view built every client's rows; nothing
-- reads it any more.
DROP VIEW client_timeline;
