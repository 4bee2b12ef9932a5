# t_board.sh: sales plans and the leaderboard: plans set, refused and copied forward (audited); the
# board's figures, order and achievement against a recomputation from the purchases; private
# figures hidden from agents; the chart. Runs after t_reports.sh (whose sales it ranks).
bd_month=$(db_sql "SELECT DATE_FORMAT(CURDATE(), '%Y-%m')")
bd_next=$(db_sql "SELECT DATE_FORMAT(CURDATE() + INTERVAL 1 MONTH, '%Y-%m')")
bd_agent=$(cl_staff_id "$(login_of agent | cut -d' ' -f1)")
bd_manager=$rp_manager_id
# bd_cents TEXT: an amount as shown ("RM1,234.56", "-₱0.03") in minor units
bd_cents() { local v; v=$(printf '%s' "$1" | tr -cd '0-9-'); case $v in -*) echo $((-10#${v#-})) ;; ?*) echo $((10#$v)) ;; esac; }
# bd_pct W PLAN: W / PLAN as the pages show a percentage: basis points rounded half up, as
# "12.5%" (trailing zeros of the fraction dropped)
bd_pct() { awk -v w="$1" -v p="$2" 'BEGIN { bp = w * 10000 / p; r = int(bp + (bp >= 0 ? 0.5 : -0.5)); a = r < 0 ? -r : r
  f = sprintf("%02d", a % 100); sub(/0+$/, "", f); printf "%s%d%s%%", r < 0 ? "-" : "", int(a / 100), f == "" ? "" : "." f }'; }
# bd_cell STAFF CLASS: the text of a board row's cell
bd_cell() { awk -v s="data-staff=\"$1\"" -v c="class=\"num $2\"" 'index($0, s) { on = 1 } on && index($0, c) { sub(/^[^>]*>/, ""); sub(/<.*$/, ""); print; exit }' "$T/b"; }

# --- Plans ---------------------------------------------------------------------------------------
bd_audits=$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='plan_set'")
check_eq "a manager sets the company's plan for this month (303)" \
  "$(cl_post "$cl_mj" /plans "month=$bd_month" staff= weighted=100000 revenue=90000)" 303
check_eq "... the agent's plan (303)" "$(cl_post "$cl_mj" /plans "month=$bd_month" "staff=$bd_agent" weighted=1000.50)" 303
check_eq "... and the manager's own (303)" "$(cl_post "$cl_mj" /plans "month=$bd_month" "staff=$bd_manager" weighted=2500)" 303
bd_plan_of() { db_sql "SELECT CONCAT_WS('|', weighted, COALESCE(revenue, '-')) FROM sales_plans WHERE month='$bd_month-01' AND who=$1"; }
check_eq "... stored in minor units (company, agent, manager)" "$(bd_plan_of 0) $(bd_plan_of "$bd_agent") $(bd_plan_of "$bd_manager")" \
  "10000000|9000000 100050|- 250000|-"
check_eq "... each change audited" "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='plan_set'")" $((bd_audits + 3))
check_eq "changing the agent's plan answers 303" "$(cl_post "$cl_mj" /plans "month=$bd_month" "staff=$bd_agent" weighted=1000)" 303
check_eq "... audited with the old and the new value" \
  "$(pu_sql_q "SELECT CONCAT(old_value, ' > ', new_value) FROM audit_log WHERE action='plan_set' AND entity_id=$bd_agent ORDER BY id DESC LIMIT 1")" \
  "weighted 100050 revenue - > weighted 100000 revenue -"
bd_n=$(db_sql "SELECT COUNT(*) FROM sales_plans")
check_eq "a plan that is not money is refused (400)" "$(cl_post "$cl_mj" /plans "month=$bd_month" "staff=$bd_agent" weighted=1,0,0)" 400
check_eq "... a plan for nobody on the staff (400)" "$(cl_post "$cl_mj" /plans "month=$bd_month" staff=999999 weighted=5)" 400
check_eq "... a month that is no month (400)" "$(cl_post "$cl_mj" /plans month=2026-13 "staff=$bd_agent" weighted=5)" 400
check_eq "... and nothing changed" "$(db_sql "SELECT COUNT(*) FROM sales_plans")/$(db_sql "SELECT weighted FROM sales_plans WHERE month='$bd_month-01' AND staff_id=$bd_agent")" "$bd_n/100000"
check_eq "an agent may not set plans (403)" "$(cl_post "$cl_gj" /plans "month=$bd_month" "staff=$bd_agent" weighted=999999)" 403
check_eq "the plans page shows the month's plans (200)" "$(req -b "$cl_mj" "$BASE/plans?month=$bd_month")" 200
check_has "... the agent's plan in its field" "$T/b" "id=\"w-$bd_agent\" name=\"weighted\" inputmode=\"decimal\" value=\"1000\""
check_eq "last month's plans are copied forward into next month (303)" "$(cl_post "$cl_mj" /plans/copy "month=$bd_next")" 303
check_eq "... the same plans, none of them lost" \
  "$(pu_sql_q "SELECT COUNT(*), SUM(weighted) FROM sales_plans WHERE month='$bd_next-01'")" \
  "$(pu_sql_q "SELECT COUNT(*), SUM(p.weighted) FROM sales_plans p LEFT JOIN staff s ON s.id=p.staff_id WHERE p.month='$bd_month-01' AND (p.staff_id IS NULL OR s.active=1)")"
cl_post "$cl_mj" /plans "month=$bd_next" "staff=$bd_agent" weighted=7 >/dev/null
check_eq "copying again keeps a plan changed since (303)" "$(cl_post "$cl_mj" /plans/copy "month=$bd_next")" 303
check_eq "... the agent's next-month plan is still 7.00" "$(db_sql "SELECT weighted FROM sales_plans WHERE month='$bd_next-01' AND staff_id=$bd_agent")" 700

# --- The board -----------------------------------------------------------------------------------
bd_sql_board="SELECT s.id, COALESCE(SUM(p.weighted), 0) w, COALESCE(SUM(p.total), 0) r,
  COALESCE(SUM(p.locomotive_units), 0) u, COALESCE(SUM(p.kind = 'sale'), 0) n
  FROM staff s LEFT JOIN purchases p ON p.seller_id = s.id AND p.at >= '$bd_month-01' AND p.at < '$bd_month-01' + INTERVAL 1 MONTH
  WHERE s.active = 1 GROUP BY s.id HAVING s.id IN (SELECT id FROM staff WHERE role <> 'admin') OR n > 0 OR w <> 0"
check_eq "an agent opens the leaderboard (200)" "$(req -b "$cl_gj" "$BASE/leaderboard")" 200
check_eq "... everyone ranked by weighted revenue, then revenue, locomotive units, sales, staff id" \
  "$(grep -o 'data-staff="[0-9]*"' "$T/b" | sed 's/[^0-9]//g' | tr '\n' ' ')" \
  "$(rp_sql_ids "SELECT id FROM ($bd_sql_board) x ORDER BY w DESC, r DESC, u DESC, n DESC, id")"
bd_bad=0
while read -r id w r u n; do
  [ "$(bd_cents "$(bd_cell "$id" weighted)")" = "$w" ] || { bd_bad=$((bd_bad + 1)); echo "# staff $id weighted $(bd_cell "$id" weighted), want $w"; }
  [ "$(bd_cell "$id" units)" = "$u" ] && [ "$(bd_cell "$id" sales)" = "$n" ] || { bd_bad=$((bd_bad + 1)); echo "# staff $id units/sales"; }
done < <(db_sql "$bd_sql_board")
check_eq "... each person's weighted revenue, locomotive units and sales equal a recomputation from the purchases" "$bd_bad" 0
bd_aw=$(db_sql "SELECT w FROM ($bd_sql_board) x WHERE id=$bd_agent")
check_eq "... the agent's achievement is weighted / plan, rounded half up" "$(bd_cell "$bd_agent" achievement)" "$(bd_pct "$bd_aw" 100000)"
check_eq "... and the share of the company plan likewise" "$(bd_cell "$bd_agent" contribution)" "$(bd_pct "$bd_aw" 10000000)"
check_lacks "... plain revenue is private: not in the agent's board" "$T/b" 'class="num revenue"|id="company-revenue"'
# a sale and its return move the board at once (it reads the summary kept in the purchase's transaction)
bd_board_w() { req -b "$cl_mj" "$BASE/leaderboard" >/dev/null; bd_cents "$(bd_cell "$bd_manager" weighted)"; }
bd_w0=$(bd_board_w)
check_eq "the manager sells a locomotive (303)" "$(pu_sale "$cl_mj" "$pu_c" "$(pu_token)" "$pu_loco:2")" 303
bd_sale=$(pu_loc_purchase)
check_eq "... the board shows the sale's weighted revenue at once" "$(bd_board_w)" \
  "$((bd_w0 + $(db_sql "SELECT weighted FROM purchases WHERE id=$bd_sale")))"
check_eq "... the sale is cancelled (303)" "$(cl_post "$cl_mj" "/purchases/$bd_sale/cancel" "token=$(pu_token)")" 303
check_eq "... and the board is back where it was" "$(bd_board_w)" "$bd_w0"
check_eq "a manager opens it (200)" "$(req -b "$cl_mj" "$BASE/leaderboard")" 200
check_eq "... and sees the company's plain revenue" "$(bd_cents "$(sed -n 's/.*id="company-revenue">\([^<]*\)<.*/\1/p' "$T/b")")" \
  "$(db_sql "SELECT COALESCE(SUM(total), 0) FROM purchases WHERE at >= '$bd_month-01' AND at < '$bd_month-01' + INTERVAL 1 MONTH")"
check_has "... each person's revenue" "$T/b" 'class="num revenue"'
check_eq "an admin makes a team (303)" "$(cl_post "$cl_aj" /admin/teams "name=Team $rp_tag")" 303
bd_team=$(db_sql "SELECT id FROM teams WHERE name='Team $rp_tag'")
check_eq "... and puts the agent in it (303)" "$(cl_post "$cl_aj" "/admin/staff/$bd_agent/team" "team=$bd_team")" 303
check_eq "... audited" "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='staff_team' AND entity_id=$bd_agent")" 1
check_eq "a team that does not exist is refused (400)" "$(cl_post "$cl_aj" "/admin/staff/$bd_agent/team" team=999999)" 400
check_eq "the team's board (200)" "$(req -b "$cl_gj" "$BASE/leaderboard?team=$bd_team")" 200
check_eq "... lists the team's members only" "$(grep -o 'data-staff="[0-9]*"' "$T/b" | sed 's/[^0-9]//g' | tr '\n' ' ')" "$bd_agent "
check_eq "a past month without sales or plans lists nobody (200)" "$(req -b "$cl_gj" "$BASE/leaderboard?month=2001-01")" 200
check_lacks "... no rows" "$T/b" 'data-staff='
check_eq "a month that is no month is refused (400)" "$(req -b "$cl_gj" "$BASE/leaderboard?month=2026-1")" 400
check_eq "the chart (200)" "$(req -b "$cl_gj" "$BASE/leaderboard/chart.svg")" 200
check_has "... is SVG" "$T/h" '^Content-Type: image/svg\+xml'
check_eq "... with a bar for each person on the board" "$(grep -o '<rect ' "$T/b" | wc -l)" "$(db_sql "SELECT COUNT(*) FROM ($bd_sql_board) x")"
check_has "... and its figures in words" "$T/b" '<desc id="chart-desc">1\. '
check_eq "the company's pace through the month (200)" "$(req -b "$cl_gj" "$BASE/leaderboard/pace.svg")" 200
check_has "... is SVG" "$T/h" '^Content-Type: image/svg\+xml'
check_has "... saying the weighted revenue so far against the plan in words" "$T/b" \
  "<desc[^>]*>[^<]*$(db_sql "SELECT DAY(CURDATE())")/$(db_sql "SELECT DAY(LAST_DAY(CURDATE()))"): [^<]*/ [^<]*100,000\.00</desc>"

# --- The wall-board ------------------------------------------------------------------------------
check_eq "the wall-board for a signed-in agent (200)" "$(req -b "$cl_gj" "$BASE/leaderboard/wall")" 200
check_has "... refreshes itself every minute without JavaScript" "$T/b" '<meta http-equiv="refresh" content="60">'
check_eq "... lists the board's people in the board's order" "$(grep -o 'data-staff="[0-9]*"' "$T/b" | sed 's/[^0-9]//g' | tr '\n' ' ')" \
  "$(rp_sql_ids "SELECT id FROM ($bd_sql_board) x ORDER BY w DESC, r DESC, u DESC, n DESC, id")"
bd_rev=$(db_sql "SELECT COALESCE(SUM(total), 0) FROM purchases WHERE at >= '$bd_month-01' AND at < '$bd_month-01' + INTERVAL 1 MONTH")
bd_w=$(db_sql "SELECT COALESCE(SUM(weighted), 0) FROM purchases WHERE at >= '$bd_month-01' AND at < '$bd_month-01' + INTERVAL 1 MONTH")
check "... (the month's plain revenue differs from its weighted revenue, so its absence below means something)" test "$bd_rev" != "$bd_w"
bd_rev_text=$(awk -v c="$bd_rev" 'BEGIN { a = c < 0 ? -c : c; s = sprintf("%d", int(a / 100)); g = ""
  while (length(s) > 3) { g = "," substr(s, length(s) - 2) g; s = substr(s, 1, length(s) - 3) }; printf "%s%s.%02d", s, g, a % 100 }')
check_lacks "... and shows no plain revenue: neither the column nor the month's amount ($bd_rev_text)" "$T/b" "class=\"num revenue\"|company-revenue|$bd_rev_text"
check_eq "anonymous, without a key, it is refused (403)" "$(req "$BASE/leaderboard/wall")" 403
check_eq "... and with a key that was never made (403)" "$(req "$BASE/leaderboard/wall?key=$(printf 'ab%.0s' $(seq 32))")" 403
check_eq "an agent may not make wall-board keys (403)" "$(cl_post "$cl_gj" /leaderboard/keys label=Lobby)" 403
check_eq "a manager makes a key for the lobby screen (200)" "$(cl_post "$cl_mj" /leaderboard/keys "label=Lobby $rp_tag")" 200
bd_key_url=$(sed -n 's/.*<code id="new-key">\([^<]*\)<.*/\1/p' "$T/b")
check "... shown once as an address with a 64-digit key" test "$(printf '%s' "$bd_key_url" | grep -cE '^/leaderboard/wall\?key=[0-9a-f]{64}$')" = 1
check_eq "... which is stored only as its hash" "$(db_sql "SELECT COUNT(*) FROM wallboard_keys WHERE key_hash = SHA2('${bd_key_url#*key=}', 256)")/$(db_sql "SELECT COUNT(*) FROM wallboard_keys WHERE key_hash = '${bd_key_url#*key=}'")" "1/0"
check_eq "the screen shows the wall-board with the key, signed out (200)" "$(req "$BASE$bd_key_url&lang=fil")" 200
check_has "... in the language asked for" "$T/b" '<html lang="fil">'
check_lacks "... with no plain revenue" "$T/b" "class=\"num revenue\"|company-revenue|$bd_rev_text"
check_lacks "... and no staff navigation" "$T/b" 'href="/clients"'
bd_key_id=$(db_sql "SELECT id FROM wallboard_keys WHERE label='Lobby $rp_tag'")
check_eq "the manager revokes the key (303)" "$(cl_post "$cl_mj" "/leaderboard/keys/$bd_key_id/revoke")" 303
check_eq "... and the screen is refused (403)" "$(req "$BASE$bd_key_url")" 403
check_eq "... revoking it again finds nothing to revoke (404)" "$(cl_post "$cl_mj" "/leaderboard/keys/$bd_key_id/revoke")" 404
check_eq "... making and revoking are audited" "$(pu_sql_q "SELECT action FROM audit_log WHERE entity='wall_key' AND entity_id=$bd_key_id ORDER BY id")" "wall_key_create wall_key_revoke"

# --- Employee of the month, bonuses and rewards --------------------------------------------------
bd_admin=$(cl_staff_id "$(login_of admin | cut -d' ' -f1)")
check_eq "the admin, who sold the most this month, gets a plan of 100.00 (303)" \
  "$(cl_post "$cl_mj" /plans "month=$bd_month" "staff=$bd_admin" weighted=100)" 303
# the rule's proposal, worked out here: the best by the board's order among those with a plan who reached it
bd_eom=$(db_sql "SELECT x.id FROM ($bd_sql_board) x JOIN sales_plans p ON p.month='$bd_month-01' AND p.who=x.id
  WHERE p.weighted > 0 AND x.w > 0 AND x.w >= p.weighted ORDER BY x.w DESC, x.r DESC, x.u DESC, x.n DESC, x.id LIMIT 1")
check_eq "the rewards page of this month (200)" "$(req -b "$cl_mj" "$BASE/rewards?month=$bd_month")" 200
check_eq "... proposes the employee of the month by the rule" "$(sed -n 's/.*id="eom-proposed" data-staff="\([0-9]*\)".*/\1/p' "$T/b")" "$bd_eom"
check_eq "choosing someone else without a reason is refused (400)" \
  "$(cl_post "$cl_mj" /rewards/eom "month=$bd_month" "staff=$bd_agent")" 400
check_eq "... and nothing is stored" "$(db_sql "SELECT COUNT(*) FROM employee_of_month WHERE month='$bd_month-01'")" 0
check_eq "choosing someone not on the month's board is refused (400)" \
  "$(cl_post "$cl_mj" /rewards/eom "month=$bd_month" staff=999999 reason=x)" 400
check_eq "choosing the agent with a reason answers 303" \
  "$(cl_post "$cl_mj" /rewards/eom "month=$bd_month" "staff=$bd_agent" "reason=Won back three lapsed clients")" 303
check_eq "... stored with the proposal and the reason" \
  "$(pu_sql_q "SELECT CONCAT_WS('|', staff_id, proposed_id, reason) FROM employee_of_month WHERE month='$bd_month-01'")" \
  "$bd_agent|$bd_eom|Won back three lapsed clients"
check_eq "confirming the proposal instead needs no reason (303)" "$(cl_post "$cl_mj" /rewards/eom "month=$bd_month" "staff=$bd_eom")" 303
check_eq "... and replaces the choice, audited both times" \
  "$(db_sql "SELECT staff_id FROM employee_of_month WHERE month='$bd_month-01'")/$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='eom_confirm'")" "$bd_eom/2"
check_eq "the wall-board shows the employee of the month (200)" "$(req -b "$cl_gj" "$BASE/leaderboard/wall")" 200
check_has "... by name" "$T/b" "id=\"eom\".*$(db_sql "SELECT full_name FROM staff WHERE id=$bd_eom")"
bd_aw2=$(db_sql "SELECT w FROM ($bd_sql_board) x WHERE id=$bd_admin")
bd_bonus=$(awk -v w="$bd_aw2" 'BEGIN { b = (w - 10000) * 500 / 10000; print (b > 0 ? int(b + 0.5) : 0) }')
check "... (the admin's weighted revenue is above the plan, so the 5% rule gives a bonus)" test "$bd_bonus" -gt 0
req -b "$cl_mj" "$BASE/rewards?month=$bd_month" >/dev/null
check_eq "the proposed bonus is 5% of the weighted revenue above plan, rounded half up" \
  "$(bd_cents "$(awk -v s="<tr data-staff=\"$bd_admin\"" '/<tr / { on = index($0, s) > 0 } on && /class="num bonus"/ { sub(/.*class="num bonus">/, ""); sub(/<.*/, ""); print; exit }' "$T/b")")" "$bd_bonus"
check_eq "approving it answers 303" "$(cl_post "$cl_mj" /rewards/bonus "month=$bd_month" "staff=$bd_admin")" 303
check_eq "... writes a cash bonus of that amount to the rewards log" \
  "$(pu_sql_q "SELECT CONCAT_WS('|', kind, source, amount) FROM rewards WHERE month='$bd_month-01' AND staff_id=$bd_admin")" "cash_bonus|bonus|$bd_bonus"
check_eq "approving it again is refused (409)" "$(cl_post "$cl_mj" /rewards/bonus "month=$bd_month" "staff=$bd_admin")" 409
check_eq "... and a person the rule gives nothing is refused (409)" "$(cl_post "$cl_mj" /rewards/bonus "month=$bd_month" "staff=$bd_agent")" 409
check_eq "... one bonus in the log" "$(db_sql "SELECT COUNT(*) FROM rewards WHERE month='$bd_month-01' AND source='bonus'")" 1
check_eq "an admin allows a gift kind (303)" "$(cl_post "$cl_aj" /admin/gift-kinds "name=Dinner for two $rp_tag")" 303
bd_gift=$(db_sql "SELECT id FROM gift_kinds WHERE name='Dinner for two $rp_tag'")
check_eq "a gift without an allowed kind is refused (400)" \
  "$(cl_post "$cl_mj" /rewards "month=$bd_month" "staff=$bd_agent" kind=gift "description=A watch")" 400
check_has "... saying why at the field" "$T/b" 'id="err-gift_kind"'
check_eq "a gift of an allowed kind is recorded (303)" \
  "$(cl_post "$cl_mj" /rewards "month=$bd_month" "staff=$bd_agent" kind=gift "gift_kind=$bd_gift" "description=Dinner at the harbour" amount=2500)" 303
cl_post "$cl_aj" "/admin/gift-kinds/$bd_gift" "name=Dinner for two $rp_tag" >/dev/null   # retired: no "active"
check_eq "... and once the kind is retired it is refused (400)" \
  "$(cl_post "$cl_mj" /rewards "month=$bd_month" "staff=$bd_agent" kind=gift "gift_kind=$bd_gift" "description=Another dinner")" 400
check_eq "event tickets need no gift kind (303)" \
  "$(cl_post "$cl_mj" /rewards "month=$bd_month" "staff=$bd_manager" kind=event_tickets "description=Concert, two seats")" 303
check_eq "the month's rewards as CSV for payroll (200)" "$(req -b "$cl_mj" "$BASE/rewards.csv?month=$bd_month")" 200
check_eq "... one row per reward after the header" "$(($(wc -l < "$T/b") - 1))" "$(db_sql "SELECT COUNT(*) FROM rewards WHERE month='$bd_month-01'")"
check_eq "... the bonus in the currency's units" "$(grep ',cash_bonus,' "$T/b" | cut -d, -f7)" \
  "$(awk -v c="$bd_bonus" 'BEGIN { printf "%d.%02d", c / 100, c % 100 }')"
check_eq "an agent may not see the rewards (403)" "$(req -b "$cl_gj" "$BASE/rewards")" 403

# --- The rules (admins) --------------------------------------------------------------------------
bd_rules() { pu_sql_q "SELECT value FROM settings WHERE name IN ('bonus_percent_bp', 'bonus_rule', 'bonus_steps', 'eom_min_achievement_bp', 'revenue_private') ORDER BY name"; }
bd_before=$(bd_rules)
check_eq "a manager may not change the rules (403)" "$(cl_post "$cl_mj" /admin/motivation eom_min_percent=100 bonus_rule=percent bonus_percent=5)" 403
check_eq "steps that do not rise are refused (400)" \
  "$(cl_post "$cl_aj" /admin/motivation eom_min_percent=100 bonus_rule=steps bonus_percent=5 bonus_steps=120:2000,100:1000 revenue_private=1)" 400
check_has "... with the message at the field" "$T/b" 'id="err-bonus_steps"'
check_eq "... a step rule without steps too (400)" \
  "$(cl_post "$cl_aj" /admin/motivation eom_min_percent=100 bonus_rule=steps bonus_percent=5 revenue_private=1)" 400
check_eq "... and nothing changed" "$(bd_rules)" "$bd_before"
check_eq "the admin sets a step rule: 10.00 at 100%, 20.00 at 120% (303)" \
  "$(cl_post "$cl_aj" /admin/motivation eom_min_percent=100 bonus_rule=steps bonus_percent=5 bonus_steps=100:1000,120:2000 revenue_private=1)" 303
check_eq "... stored, each setting audited" "$(bd_rules)/$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='setting_update' AND field='bonus_steps'")" \
  "500 steps 100:1000,120:2000 10000 1/1"
req -b "$cl_mj" "$BASE/rewards?month=$bd_month" >/dev/null
check_eq "... the admin (far above 120% of the plan) is proposed the 120% step" \
  "$(bd_cents "$(awk -v s="<tr data-staff=\"$bd_admin\"" '/<tr / { on = index($0, s) > 0 } on && /class="num bonus"/ { sub(/.*class="num bonus">/, ""); sub(/<.*/, ""); print; exit }' "$T/b")")" 2000
check_eq "the admin makes plain revenue public (303)" \
  "$(cl_post "$cl_aj" /admin/motivation eom_min_percent=100 bonus_rule=percent bonus_percent=5 bonus_steps=100:1000,120:2000)" 303
check_eq "... and the agent's board shows it (200)" "$(req -b "$cl_gj" "$BASE/leaderboard")" 200
check_has "... with each person's revenue" "$T/b" 'class="num revenue"'
cl_post "$cl_aj" /admin/motivation eom_min_percent=100 bonus_rule=percent bonus_percent=5 revenue_private=1 >/dev/null

# --- A person's own page -------------------------------------------------------------------------
check_eq "the agent opens their own month (200)" "$(req -b "$cl_gj" "$BASE/leaderboard/staff/$bd_agent")" 200
bd_aw3=$(db_sql "SELECT w FROM ($bd_sql_board) x WHERE id=$bd_agent")
check_eq "... what is left to the plan of 1000.00" "$(bd_cents "$(sed -n 's/.*id="person-left">\([^<]*\)<.*/\1/p' "$T/b")")" \
  "$(( bd_aw3 >= 100000 ? 0 : 100000 - bd_aw3 ))"
check_eq "... and the achievement" "$(sed -n 's/.*id="person-achievement">\([^<]*\)<.*/\1/p' "$T/b")%" "$(bd_pct "$bd_aw3" 100000)"
check_eq "the agent may not open the manager's page (403)" "$(req -b "$cl_gj" "$BASE/leaderboard/staff/$bd_manager")" 403
check_eq "the manager opens the employee of the month's page (200)" "$(req -b "$cl_mj" "$BASE/leaderboard/staff/$bd_eom")" 200
check_has "... which is in the hall of fame for this month" "$T/b" "<strong>$bd_month</strong>"
check_has "... with the approved bonus among the rewards" "$T/b" 'id="person-rewards"'

# --- A disabled staff member: kept in past months, absent from the current one --------------------
bd_prev=$(db_sql "SELECT DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m')")
bd_user="leaver$(echo "$rp_tag" | tr 'A-Z' 'a-z' | tr -cd 'a-z0-9')"
check_eq "an admin adds an agent who will leave (303)" \
  "$(cl_post "$cl_aj" /admin/staff/new "username=$bd_user" "full_name=Leaving Agent $rp_tag" role=agent language=en password=correct-horse-battery)" 303
bd_leaver=$(cl_staff_id "$bd_user")
check_eq "... with plans last month and this month (303 303)" \
  "$(cl_post "$cl_mj" /plans "month=$bd_prev" "staff=$bd_leaver" weighted=10) $(cl_post "$cl_mj" /plans "month=$bd_month" "staff=$bd_leaver" weighted=10)" "303 303"
check_eq "... on this month's board while active (200)" "$(req -b "$cl_gj" "$BASE/leaderboard")" 200
check_has "... listed" "$T/b" "data-staff=\"$bd_leaver\""
check_eq "the admin disables the agent (303)" "$(cl_post "$cl_aj" "/admin/staff/$bd_leaver/disable")" 303
check_eq "this month's board (200)" "$(req -b "$cl_gj" "$BASE/leaderboard")" 200
check_lacks "... no longer lists them" "$T/b" "data-staff=\"$bd_leaver\""
check_eq "last month's board (200)" "$(req -b "$cl_gj" "$BASE/leaderboard?month=$bd_prev")" 200
check_has "... still does, marked as having left" "$T/b" "Leaving Agent $rp_tag <small>"
