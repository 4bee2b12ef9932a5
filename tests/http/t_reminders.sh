# t_reminders.sh: "my day" and /reminders: occasions by the company's date and time zone, greetings
# with the birthday offer, the name-day calendar, follow-ups, key-product consultations, dormant
# clients, the calendar feed (validated as RFC 5545) and who may see whose day. Runs after t_board.sh
# (uses t_clients.sh's jars and helpers and t_purchases.sh's locomotive product and its category).
rm_tag=$cl_tag
rm_manager=$(cl_staff_id "$(login_of manager | cut -d' ' -f1)")
rm_agent=$(cl_staff_id "$(login_of agent | cut -d' ' -f1)")
rm_today=$(date -u +%F)
rm_lang=$(db_sql "SELECT language FROM staff WHERE id=$rm_manager")
cl_post "$cl_mj" /prefs/language lang=en >/dev/null   # the texts below are English
# rm_md DAYS: the month-day DAYS days from today, as MM-DD; rm_date DAYS: the whole date
rm_date() { date -u -d "$rm_today + $1 days" +%F; }
rm_md() { date -u -d "$rm_today + $1 days" +%m-%d; }
# rm_client GIVEN FIELD=VALUE...: a person the manager adds (and so manages), then edits; prints the id
rm_client() {
  local given=$1; shift
  cl_new "$cl_mj" person "given_name=$given" "family_name=Rem$rm_tag" >/dev/null
  local id; id=$(cl_loc_id)
  [ -n "$id" ] && cl_edit "$cl_mj" "$id" "$@" >/dev/null
  echo "$id"
}
# rm_occ FILE CLIENT KIND: the occasion item of a page for a client (one line), or nothing
rm_occ() { awk -v c="data-client=\"$2\" data-kind=\"$3\"" 'index($0, c) { on = 1 } on { printf "%s ", $0 } on && /<\/li>/ { exit }' "$1"; }

# --- Occasions --------------------------------------------------------------------------------------
rm_born=$(( $(date -u +%Y) - 40 ))
rm_today_md=$(date -u +%m-%d)
[ "$rm_today_md" = 02-29 ] && rm_born=$(( rm_born - rm_born % 4 ))   # a 29 February birthday needs a leap year
rm_bday=$(rm_client Cora "birthday=$rm_born-$rm_today_md" preferred_channel=sms consent_sms=1 consent_email=1)
rm_soon=$(rm_client Dado "birthday=1990-$(rm_md 5)")
rm_nday=$(rm_client Elma "name_day=$(rm_md 2)")
check_eq "reminders: the manager's clients with a birthday today, in 5 days and a name day in 2 days" \
  "$([ -n "$rm_bday" ] && [ -n "$rm_soon" ] && [ -n "$rm_nday" ] && echo yes)" yes
check_eq "the manager's day (200)" "$(req -b "$cl_mj" "$BASE/")" 200
check_eq "... is dated today in the company's time zone (UTC)" "$(sed -n 's/.*id="day-date">\([^<]*\)<.*/\1/p' "$T/b")" "$rm_today"
rm_item=$(rm_occ "$T/b" "$rm_bday" birthday)
check_has "... lists today's birthday" <(echo "$rm_item") 'class="today"'
check_has "... with the age they turn" <(echo "$rm_item") ", turns 40"
check_has "... the preferred channel" <(echo "$rm_item") "Prefers SMS"
check_has "... and the consents" <(echo "$rm_item") 'class="consent">E-mail, SMS<'
check_has "... and a 'greeted' action" <(echo "$rm_item") "action=\"/clients/$rm_bday/greet\""
check_lacks "... no offer while there is no birthday discount" <(echo "$rm_item") 'class="offer"'
check_eq "... not the birthday in 5 days nor the name day in 2" \
  "$(rm_occ "$T/b" "$rm_soon" birthday)$(rm_occ "$T/b" "$rm_nday" name_day)" ""
check_eq "the next 7 days (200)" "$(req -b "$cl_mj" "$BASE/reminders?days=7")" 200
check_has "... the birthday in 5 days, dated" <(rm_occ "$T/b" "$rm_soon" birthday) "class=\"when\">$(rm_date 5)</span> \(in 5 days\)"
check_has "... the name day in 2 days" <(rm_occ "$T/b" "$rm_nday" name_day) "class=\"when\">$(rm_date 2)</span>"
check_eq "... in date order" "$(grep -o 'data-client="[0-9]*" data-kind' "$T/b" | grep -nE "\"($rm_bday|$rm_nday|$rm_soon)\"" | sed 's/[^0-9:]//g; s/:.*//' | tr '\n' ' ')" \
  "$(grep -o 'data-client="[0-9]*" data-kind' "$T/b" | grep -nE "\"($rm_bday|$rm_nday|$rm_soon)\"" | sed 's/[^0-9:]//g; s/:.*//' | sort -n | tr '\n' ' ')"
check_eq "... the first three of them: today's birthday, the name day, the birthday in 5 days" \
  "$(grep -o 'data-client="[0-9]*" data-kind' "$T/b" | sed 's/[^0-9]//g' | grep -xE "$rm_bday|$rm_nday|$rm_soon" | tr '\n' ' ')" "$rm_bday $rm_nday $rm_soon "
check_eq "the agent's reminders do not list the manager's clients (200)" "$(req -b "$cl_gj" "$BASE/reminders?days=30")" 200
check_lacks "... none of them" "$T/b" "data-client=\"($rm_bday|$rm_soon|$rm_nday)\""
check_eq "a window that is not offered is refused (400)" "$(req -b "$cl_mj" "$BASE/reminders?days=400")" 400

# the birthday discount: the greeting states the offer
db_sql "UPDATE settings SET value = CASE name WHEN 'birthday_discount_bp' THEN '1000' ELSE '7' END WHERE name IN ('birthday_discount_bp', 'birthday_window_days')"
req -b "$cl_mj" "$BASE/" >/dev/null
check_has "with a 10% birthday discount for 7 days, today's birthday shows the offer until a week on" \
  <(rm_occ "$T/b" "$rm_bday" birthday) "class=\"offer\">Offer: 10% off until $(rm_date 7)<"
rm_n=$(db_sql "SELECT COUNT(*) FROM interactions WHERE client_id=$rm_bday")
check_eq "the manager greets the client by SMS (303)" \
  "$(cl_post "$cl_mj" "/clients/$rm_bday/greet" occasion=birthday channel=sms next=/)" 303
check_eq "... back to my day" "$(header Location)" "/"
check_eq "... logged as an outgoing SMS with the offer stated" \
  "$(db_sql "SELECT CONCAT_WS('|', channel, direction, summary, staff_id) FROM interactions WHERE client_id=$rm_bday ORDER BY id DESC LIMIT 1")" \
  "sms|out|Birthday greeting; Offer 10% until $(rm_date 7)|$rm_manager"
check_eq "... and the greeting kept for this year" "$(db_sql "SELECT CONCAT(occasion, year) FROM greetings WHERE client_id=$rm_bday")" "birthday$(date -u +%Y)"
check_eq "... the client's last contact is now" "$(db_sql "SELECT last_contact_at >= NOW() - INTERVAL 5 MINUTE FROM clients WHERE id=$rm_bday")" 1
req -b "$cl_mj" "$BASE/" >/dev/null
check_has "my day shows the client greeted" <(rm_occ "$T/b" "$rm_bday" birthday) 'class="done">&#10003; Greeted'
check_lacks "... without the greet button" <(rm_occ "$T/b" "$rm_bday" birthday) "/greet"
check_eq "greeting again is refused (409)" "$(cl_post "$cl_mj" "/clients/$rm_bday/greet" occasion=birthday channel=phone)" 409
check_eq "... and logs nothing more" "$(db_sql "SELECT COUNT(*) FROM interactions WHERE client_id=$rm_bday")" $((rm_n + 1))
check_eq "greeting a client with no name day near today is refused (400)" \
  "$(cl_post "$cl_mj" "/clients/$rm_bday/greet" occasion=name_day channel=phone)" 400
check_eq "... a greeting by an unknown channel (400)" "$(cl_post "$cl_mj" "/clients/$rm_soon/greet" occasion=birthday channel=pigeon)" 400
check_eq "... nothing logged for either" "$(db_sql "SELECT COUNT(*) FROM interactions WHERE client_id IN ($rm_bday, $rm_soon)")" $((rm_n + 1))
db_sql "UPDATE settings SET value = CASE name WHEN 'birthday_discount_bp' THEN '0' ELSE '7' END WHERE name IN ('birthday_discount_bp', 'birthday_window_days')"

# --- The name-day calendar ----------------------------------------------------------------------------
rm_given="Zenaida$(echo "$rm_tag" | tr -cd 'a-z0-9')"
rm_cal=$(rm_client "$rm_given")
printf 'name,month,day\n%s,%s\nOther%s,1,5\n' "$rm_given" "$(rm_md 0)" "$rm_tag" > "$T/namedays.csv"
printf '%s,%s\nBroken,13,40\n' "$rm_given" "$(rm_md 0)" > "$T/namedays-bad.csv"
rm_upload() { curl -sS -o "$T/b" -D "$T/h" -w '%{http_code}' -b "$1" -F "csrf_token=$(cat "$1.tok")" -F "file=@$2;type=text/csv" "$BASE/admin/name-days"; }
check_eq "an admin loads a name-day calendar (303)" "$(rm_upload "$cl_aj" "$T/namedays.csv")" 303
check_eq "... two names, the header skipped" "$(db_sql "SELECT COUNT(*) FROM name_days")" 2
check_eq "... audited" "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='name_days_load'")" 1
check_eq "a calendar with a bad line is refused (400)" "$(rm_upload "$cl_aj" "$T/namedays-bad.csv")" 400
check_has "... naming the line" "$T/b" 'id="error-line">2<'
check_eq "... and the calendar is unchanged" "$(db_sql "SELECT GROUP_CONCAT(name ORDER BY name) FROM name_days")" "Other$rm_tag,$rm_given"
check_eq "a manager may not load it (403)" "$(rm_upload "$cl_mj" "$T/namedays.csv")" 403
req -b "$cl_mj" "$BASE/" >/dev/null
check_has "a client without a name day of their own is proposed the calendar's day of their given name" \
  <(rm_occ "$T/b" "$rm_cal" name_day) 'from the name-day calendar.*class="today"'
check_eq "their page (200)" "$(req -b "$cl_mj" "$BASE/clients/$rm_cal")" 200
check_has "... proposes the calendar's name day" "$T/b" "id=\"name-day-proposed\">$(rm_md 0) <small>"
check_eq "the manager greets them for their name day (303)" "$(cl_post "$cl_mj" "/clients/$rm_cal/greet" occasion=name_day channel=phone)" 303
check_eq "... kept as a name-day greeting" "$(db_sql "SELECT occasion FROM greetings WHERE client_id=$rm_cal")" name_day

# --- Follow-ups ---------------------------------------------------------------------------------------
check_eq "the manager logs a call with a follow-up today (303)" \
  "$(cl_post "$cl_mj" "/clients/$rm_soon/interactions" channel=phone direction=out "summary=Asked about the catalog $rm_tag" "follow_up=$rm_today")" 303
rm_fu=$(db_sql "SELECT id FROM interactions WHERE client_id=$rm_soon AND follow_up IS NOT NULL ORDER BY id DESC LIMIT 1")
req -b "$cl_mj" "$BASE/" >/dev/null
check_has "my day lists the follow-up due" "$T/b" "data-interaction=\"$rm_fu\""
check_eq "marking it done from my day (303)" "$(cl_post "$cl_mj" "/interactions/$rm_fu/done" next=/)" 303
check_eq "... returns to my day" "$(header Location)" /
check_eq "... and it is done" "$(db_sql "SELECT follow_up_done FROM interactions WHERE id=$rm_fu")" 1
check_eq "a redirect elsewhere is refused (400)" "$(cl_post "$cl_mj" "/interactions/$rm_fu/done" next=https://evil.example/)" 400
rm_due() { db_sql "SELECT COUNT(*) FROM interactions WHERE staff_id=$rm_manager AND follow_up_done=0 AND follow_up <= '$rm_today'"; }
for i in $(seq $(( 26 - $(rm_due) ))); do
  cl_post "$cl_mj" "/clients/$rm_nday/interactions" channel=phone direction=out "summary=Call $i $rm_tag" "follow_up=$rm_today" >/dev/null
done
req -b "$cl_mj" "$BASE/" >/dev/null
check_eq "with $(rm_due) follow-ups due, my day lists 25 of them, the oldest first" "$(grep -c 'data-interaction=' "$T/b")" 25
check_has "... and links to all of them" "$T/b" 'href="/followups">All follow-ups due<'
check_eq "/followups lists all of them and those of the next 7 days (200)" "$(req -b "$cl_mj" "$BASE/followups")" 200
check_eq "... every one" "$(grep -c 'action="/interactions/[0-9]*/done"' "$T/b")" \
  "$(db_sql "SELECT COUNT(*) FROM interactions WHERE staff_id=$rm_manager AND follow_up_done=0 AND follow_up <= '$(rm_date 7)'")"

# --- Key-product consultations ------------------------------------------------------------------------
check_eq "an admin sets consultations 0 days after a sale of the locomotive's category (303)" \
  "$(cl_post "$cl_aj" "/admin/categories/$pu_cat/consultation" days=0)" 303
check_eq "... a number of days that is no number is refused (400)" "$(cl_post "$cl_aj" "/admin/categories/$pu_cat/consultation" days=x)" 400
check_eq "the admin sells the locomotive to the manager's client (303)" "$(pu_sale "$cl_aj" "$rm_soon" "$(pu_token)" "$pu_loco:1")" 303
rm_sale=$(pu_loc_purchase)
rm_k=$(db_sql "SELECT id FROM consultations WHERE purchase_id=$rm_sale")
check_eq "... a consultation is due today for the client's manager (not the seller)" \
  "$(db_sql "SELECT CONCAT_WS('|', manager_id, due_on, done_at IS NULL) FROM consultations WHERE id=$rm_k")" "$rm_manager|$rm_today|1"
req -b "$cl_mj" "$BASE/" >/dev/null
check_has "... on the manager's day" "$T/b" "data-consultation=\"$rm_k\""
check_eq "the agent may not mark the manager's consultation done (403)" \
  "$(cl_post "$cl_gj" "/consultations/$rm_k/done" channel=phone)" 403
check_eq "the manager consults the client (303)" "$(cl_post "$cl_mj" "/consultations/$rm_k/done" channel=visit "note=Showed the upkeep" next=/)" 303
check_eq "... done, with the interaction" \
  "$(db_sql "SELECT CONCAT_WS('|', k.done_by, i.channel, i.summary LIKE 'Consultation after the purchase of %Showed the upkeep') FROM consultations k JOIN interactions i ON i.id = k.interaction_id WHERE k.id=$rm_k")" \
  "$rm_manager|visit|1"
check_eq "... twice is refused (404: no open consultation)" "$(cl_post "$cl_mj" "/consultations/$rm_k/done" channel=visit)" 404
check_eq "another sale of the locomotive (303)" "$(pu_sale "$cl_aj" "$rm_soon" "$(pu_token)" "$pu_loco:1")" 303
rm_sale2=$(pu_loc_purchase)
check_eq "... makes its consultation" "$(db_sql "SELECT COUNT(*) FROM consultations WHERE purchase_id=$rm_sale2")" 1
check_eq "... which its cancellation drops (303)" "$(cl_post "$cl_aj" "/purchases/$rm_sale2/cancel" "token=$(pu_token)")" 303
check_eq "... gone" "$(db_sql "SELECT COUNT(*) FROM consultations WHERE purchase_id=$rm_sale2")" 0
cl_post "$cl_aj" "/admin/categories/$pu_cat/consultation" days= >/dev/null
check_eq "without a consultation period no consultation is made" \
  "$(pu_sale "$cl_aj" "$rm_soon" "$(pu_token)" "$pu_loco:1") $(db_sql "SELECT COUNT(*) FROM consultations WHERE purchase_id=$(pu_loc_purchase)")" "303 0"

# --- Dormant clients ----------------------------------------------------------------------------------
# a purchase 200 and one 400 days ago: the summary row as those purchases would have left it
rm_d1=$(rm_client Fidel status=active) rm_d2=$(rm_client Gloria status=active)
db_sql "INSERT INTO client_economics (client_id, revenue, purchases, first_at, last_at) VALUES
  ($rm_d1, 500000000, 3, NOW() - INTERVAL 900 DAY, NOW() - INTERVAL 200 DAY),
  ($rm_d2, 400000000, 2, NOW() - INTERVAL 900 DAY, NOW() - INTERVAL 400 DAY)"
check_eq "the manager's reminders (200)" "$(req -b "$cl_mj" "$BASE/reminders")" 200
check_eq "... list the dormant clients by lifetime value, most valuable first" \
  "$(grep -o '<tr data-client="[0-9]*"' "$T/b" | sed 's/[^0-9]//g' | head -2 | tr '\n' ' ')" "$rm_d1 $rm_d2 "
check_eq "... the one past 365 days is proposed to be marked dormant, the other not" \
  "$(grep -c "action=\"/clients/$rm_d2/dormant\"" "$T/b") $(grep -c "action=\"/clients/$rm_d1/dormant\"" "$T/b")" "1 0"
check_eq "call back creates a follow-up (303)" "$(cl_post "$cl_mj" "/clients/$rm_d1/callback" "follow_up=$(rm_date 1)" next=/reminders)" 303
check_eq "... for the manager, tomorrow, not counted as a contact" \
  "$(db_sql "SELECT CONCAT_WS('|', i.staff_id, i.follow_up, c.last_contact_at IS NULL) FROM interactions i JOIN clients c ON c.id = i.client_id WHERE i.client_id=$rm_d1")" \
  "$rm_manager|$(rm_date 1)|1"
check_eq "... a call back without a date is refused (400)" "$(cl_post "$cl_mj" "/clients/$rm_d1/callback" follow_up=)" 400
check_eq "marking the second dormant (303)" "$(cl_post "$cl_mj" "/clients/$rm_d2/dormant")" 303
check_eq "... its status, audited" "$(db_sql "SELECT status FROM clients WHERE id=$rm_d2")|$(cl_audit client_update "$rm_d2" status)" "dormant|active|dormant"
check_eq "... again is refused (409)" "$(cl_post "$cl_mj" "/clients/$rm_d2/dormant")" 409
check_eq "the agent may not mark the manager's client dormant (403)" "$(cl_post "$cl_gj" "/clients/$rm_d1/dormant")" 403
req -b "$cl_mj" "$BASE/reminders" >/dev/null
check_lacks "a dormant client is no longer listed" "$T/b" "<tr data-client=\"$rm_d2\""
check_eq "the agent's reminders (200)" "$(req -b "$cl_gj" "$BASE/reminders?all=1")" 200
check_lacks "... do not list the manager's dormant clients, even when asking for everyone's" "$T/b" "<tr data-client=\"$rm_d1\""
# the summary rows stood for purchases that were never made: gone again (t_demo checks every summary
# against the purchases)
db_sql "DELETE FROM client_economics WHERE client_id IN ($rm_d1, $rm_d2)"

# --- Whose day ----------------------------------------------------------------------------------------
check_eq "the agent may not open the manager's day (403)" "$(req -b "$cl_gj" "$BASE/?staff=$rm_manager")" 403
check_eq "... nor a team's (403)" "$(req -b "$cl_gj" "$BASE/?team=1")" 403
check_eq "the admin opens the manager's day (200)" "$(req -b "$cl_aj" "$BASE/?staff=$rm_manager")" 200
check_has "... which is theirs" "$T/b" "data-client=\"$rm_bday\" data-kind=\"birthday\""
check_eq "... a day of nobody is 404" "$(req -b "$cl_aj" "$BASE/?staff=999999")" 404
rm_team=$(db_sql "SELECT id FROM teams WHERE active = 1 ORDER BY id LIMIT 1")
db_sql "UPDATE staff SET team_id = $rm_team WHERE id = $rm_manager"
check_eq "the team's day (200)" "$(req -b "$cl_aj" "$BASE/?team=$rm_team")" 200
check_has "... has each member's day" "$T/b" "href=\"/\?staff=$rm_manager\""
check_has "... with their occasions" "$T/b" "data-client=\"$rm_bday\" data-kind=\"birthday\""

# --- The company's time zone --------------------------------------------------------------------------
# one of these is always on another date than UTC: Kiritimati (UTC+14) from 10:00 UTC, Pago Pago
# (UTC-11) before 11:00 UTC
if [ "$(date -u +%H)" -ge 10 ]; then rm_zone=Pacific/Kiritimati; else rm_zone=Pacific/Pago_Pago; fi
check_eq "an admin sets the company's time zone to $rm_zone (303)" \
  "$(cl_post "$cl_aj" /admin/reminders "time_zone=$rm_zone" dormant_days=180 dormant_mark_days=365)" 303
rm_there=$(TZ=$rm_zone date +%F)
req -b "$cl_mj" "$BASE/" >/dev/null
check_eq "... my day is dated by it, not by the server's clock ($rm_there, not $rm_today)" \
  "$(sed -n 's/.*id="day-date">\([^<]*\)<.*/\1/p' "$T/b")" "$rm_there"
rm_there_md=$(TZ=$rm_zone date +%m-%d)
rm_tz=$(rm_client Hilda "birthday=1985-$rm_there_md")
[ "$rm_there_md" = 02-29 ] && rm_tz=$(rm_client Hilda "birthday=1984-02-29")
req -b "$cl_mj" "$BASE/" >/dev/null
check_has "... and the birthday of the company's today is today's" <(rm_occ "$T/b" "$rm_tz" birthday) 'class="today"'
db_sql "UPDATE settings SET value = CASE name WHEN 'birthday_discount_bp' THEN '1000' ELSE '0' END WHERE name IN ('birthday_discount_bp', 'birthday_window_days')"
check_eq "with a 10% discount on the birthday itself, the sale form of that client (200)" \
  "$(req -b "$cl_mj" "$BASE/clients/$rm_tz/purchases/new?sku_0=$pu_odd")" 200
check_has "... gives the discount: the company's date decides" "$T/b" 'id="discount">10%<'
check_eq "the sale form of the client whose birthday is the server's date (200)" \
  "$(req -b "$cl_mj" "$BASE/clients/$rm_bday/purchases/new?sku_0=$pu_odd")" 200
check_lacks "... does not" "$T/b" 'id="discount">10%<'
db_sql "UPDATE settings SET value = CASE name WHEN 'birthday_discount_bp' THEN '0' ELSE '7' END WHERE name IN ('birthday_discount_bp', 'birthday_window_days')"
check_eq "a zone this server does not have is refused (400)" \
  "$(cl_post "$cl_aj" /admin/reminders "time_zone=Mars/Olympus" dormant_days=180 dormant_mark_days=365)" 400
check_eq "... as is a second dormant period shorter than the first (400)" \
  "$(cl_post "$cl_aj" /admin/reminders time_zone=UTC dormant_days=180 dormant_mark_days=90)" 400
check_eq "... and the zone is unchanged" "$(db_sql "SELECT value FROM settings WHERE name='company_time_zone'")" "$rm_zone"
cl_post "$cl_aj" /admin/reminders time_zone=UTC dormant_days=180 dormant_mark_days=365 >/dev/null

# --- The calendar feed --------------------------------------------------------------------------------
rm_cal_audits() { db_sql "SELECT COUNT(*) FROM audit_log WHERE entity_id=$rm_manager AND action IN ('calendar_create', 'calendar_revoke')"; }
rm_cal_n=$(rm_cal_audits)
check_eq "the manager makes a calendar feed address (200)" "$(cl_post "$cl_mj" /calendar)" 200
rm_url=$(sed -n 's/.*id="feed-url" type="text" readonly value="\([^"]*\)".*/\1/p' "$T/b")
rm_path=${rm_url#http://*/}
check_has "... shown once, with a 64-digit secret" <(echo "$rm_path") '^calendar/[0-9a-f]{64}\.ics$'
check_eq "... only its hash is kept" "$(db_sql "SELECT calendar_hash = SHA2('$(echo "$rm_path" | sed 's#calendar/##; s#\.ics##')', 256) FROM staff WHERE id=$rm_manager")" 1
check_eq "the feed, without a sign-in (200)" "$(req "$BASE/$rm_path")" 200
check_has "... is text/calendar" "$T/h" '^Content-Type: text/calendar'
check_eq "... valid iCalendar (RFC 5545)" "$(/usr/bin/python3 "$SRC/tests/tools/ical-validate" "$T/b" 2>&1 | tail -1)" ok
check_has "... with today's birthday as an all-day event" "$T/b" "^UID:birthday-$rm_bday-$(date -u +%Y)@"
check_has "... dated today" "$T/b" "^DTSTART;VALUE=DATE:$(date -u +%Y%m%d)"
check_has "... and the open follow-up of tomorrow" "$T/b" "^DTSTART;VALUE=DATE:$(date -u -d "$rm_today + 1 day" +%Y%m%d)"
check_lacks "... and nothing of other people's clients" "$T/b" "Agent|$(db_sql "SELECT sort_name FROM clients WHERE manager_id=$rm_agent LIMIT 1")"
rm_bad=$(printf '%064d' 0)
check_eq "a wrong secret (404)" "$(req "$BASE/calendar/$rm_bad.ics")" 404
check_lacks "... tells nothing" "$T/b" "BEGIN:VCALENDAR|$rm_tag"
rm_old=$rm_path
check_eq "a new address (200)" "$(cl_post "$cl_mj" /calendar)" 200
rm_url=$(sed -n 's/.*id="feed-url" type="text" readonly value="\([^"]*\)".*/\1/p' "$T/b")
rm_path=${rm_url#http://*/}
check_eq "... the old one stops working (404)" "$(req "$BASE/$rm_old")" 404
check_eq "... the new one works (200)" "$(req "$BASE/$rm_path")" 200
check_eq "revoking it (303)" "$(cl_post "$cl_mj" /calendar/revoke)" 303
check_eq "... the revoked address is 404" "$(req "$BASE/$rm_path")" 404
check_lacks "... and tells nothing" "$T/b" "BEGIN:VCALENDAR|$rm_tag"
check_eq "... each step audited" "$(rm_cal_audits)" $((rm_cal_n + 3))
cl_post "$cl_mj" /prefs/language "lang=$rm_lang" >/dev/null
