-- 008_lapsed_index.sql: the lapsed-clients lists read one index range. last_year is the year of a
-- client's last sale; "bought last year but not this year" is last_year = this year - 1, in
-- revenue order straight from client_economics_lapsed.
ALTER TABLE client_economics
  ADD COLUMN last_year SMALLINT UNSIGNED AS (YEAR(last_at)) PERSISTENT,
  ADD KEY client_economics_lapsed (last_year, revenue, client_id);
