# t_reports.sh: the purchases list (filters, keyset pages) and the client reports (by value, the
# lapsed lists LYBUNT and SYBUNT, their CSV). Each expected list is computed here by a plain SQL
# query over the purchases, not read from the program. Runs after t_purchases.sh and uses its
# products and t_clients.sh's helpers and jars.
rp_tag=R$cl_tag
rp_year=$(db_sql "SELECT YEAR(NOW())")
# rp_ids: the purchase (or client) ids of the table rows of the last page, in page order.
rp_purchase_ids() { grep -o 'href="/purchases/[0-9]*"' "$T/b" | sed 's/[^0-9]//g' | tr '\n' ' '; }
rp_client_ids() { grep -o 'data-client="[0-9]*"' "$T/b" | sed 's/[^0-9]//g' | tr '\n' ' '; }
rp_sql_ids() { db_sql "$1" | tr '\n' ' '; }
rp_client() {   # rp_client NAME: a new client of the agent's; prints its id
  cl_new "$cl_gj" person given_name=Lapsed "family_name=$1$rp_tag" confirm=1 >/dev/null
  cl_loc_id
}
rp_sale_on() {  # rp_sale_on JAR CLIENT DATE SKU:QTY: a sale dated DATE; prints the status
  local jar=$1 client=$2 date=$3 line=$4
  cl_post "$jar" "/clients/$client/purchases/new" "token=$(pu_token)" save=1 "date=$date" \
    "sku_0=${line%%:*}" "qty_0=${line#*:}"
}
rp_manager_id=$(cl_staff_id "$(login_of manager | cut -d' ' -f1)")

# --- Clients whose years of buying are known -----------------------------------------------------
# A bought last year only; B last year and this year; C two years ago only; D this year only.
rp_a=$(rp_client Alast); rp_b=$(rp_client Bboth); rp_c=$(rp_client Cold); rp_d=$(rp_client Dnew)
check "four report clients were made" test -n "$rp_a" -a -n "$rp_b" -a -n "$rp_c" -a -n "$rp_d"
check_eq "a manager records a sale dated last year for A, sold by the manager (303)" \
  "$(cl_post "$cl_mj" "/clients/$rp_a/purchases/new" "token=$(pu_token)" save=1 "date=$((rp_year - 1))-03-10" \
     "seller=$rp_manager_id" "sku_0=$pu_loco" qty_0=3)" 303
check_eq "... a sale last year and one this year for B (303 303)" \
  "$(rp_sale_on "$cl_gj" "$rp_b" "$((rp_year - 1))-07-01" "$pu_odd:5") $(rp_sale_on "$cl_gj" "$rp_b" "$rp_year-01-01" "$pu_odd:2")" "303 303"
check_eq "... a sale two years ago for C (303)" "$(rp_sale_on "$cl_gj" "$rp_c" "$((rp_year - 2))-12-31" "$pu_loco:1")" 303
check_eq "... a sale today for D (303)" "$(rp_sale_on "$cl_gj" "$rp_d" "" "$pu_odd:1")" 303
rp_b_sale=$(db_sql "SELECT id FROM purchases WHERE client_id=$rp_b AND YEAR(at)=$rp_year")
check_eq "... and B's sale of this year is returned in full (303)" \
  "$(cl_post "$cl_gj" "/purchases/$rp_b_sale/return" "token=$(pu_token)" ret_1=2)" 303
check_eq "... which leaves B with no revenue this year (but a sale: B bought this year)" \
  "$(db_sql "SELECT COALESCE(SUM(total), 0) FROM purchases WHERE client_id=$rp_b AND YEAR(at)=$rp_year")" 0

# --- The purchases list --------------------------------------------------------------------------
rp_all="SELECT id FROM purchases ORDER BY at DESC, id DESC"
check_eq "an agent opens the purchases list (200)" "$(req -b "$cl_gj" "$BASE/purchases")" 200
check_eq "... newest first, 50 to a page" "$(rp_purchase_ids)" "$(rp_sql_ids "$rp_all LIMIT 50")"
rp_n=$(db_sql "SELECT COUNT(*) FROM purchases")
if [ "$rp_n" -gt 50 ]; then check_has "... with a link to the next page" "$T/b" 'rel="next"'
else check_lacks "... and no link to a next page (all $rp_n fit)" "$T/b" 'rel="next"'; fi
rp_mid=$(db_sql "$rp_all LIMIT 1 OFFSET 4")
check_eq "a page from a cursor lists what comes after it (200)" "$(req -b "$cl_gj" "$BASE/purchases?before=$rp_mid")" 200
check_eq "... exactly the purchases after the cursor" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT p.id FROM purchases p JOIN purchases c ON c.id=$rp_mid WHERE p.at < c.at OR (p.at = c.at AND p.id < c.id) ORDER BY p.at DESC, p.id DESC LIMIT 50")"
check_eq "a period of last year (200)" "$(req -b "$cl_gj" "$BASE/purchases?from=$((rp_year - 1))-01-01&to=$((rp_year - 1))-12-31")" 200
check_eq "... lists last year's purchases only" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT id FROM purchases WHERE YEAR(at)=$((rp_year - 1)) ORDER BY at DESC, id DESC LIMIT 50")"
check_has "... dated last year" "$T/b" "$((rp_year - 1))-07-01"
check_eq "a period's last day is included: to=$((rp_year - 2))-12-31 (200)" \
  "$(req -b "$cl_gj" "$BASE/purchases?from=$((rp_year - 2))-12-31&to=$((rp_year - 2))-12-31")" 200
check_eq "... lists C's sale of that day" "$(rp_purchase_ids)" "$(rp_sql_ids "SELECT id FROM purchases WHERE client_id=$rp_c")"
check_eq "filtered by seller (200)" "$(req -b "$cl_gj" "$BASE/purchases?seller=$rp_manager_id")" 200
check_eq "... lists the manager's sales only" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT id FROM purchases WHERE seller_id=$rp_manager_id ORDER BY at DESC, id DESC LIMIT 50")"
check "... which is not empty" test -n "$(rp_purchase_ids)"
check_eq "filtered by kind: returns (200)" "$(req -b "$cl_gj" "$BASE/purchases?kind=return")" 200
check_eq "... lists the returns only" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT id FROM purchases WHERE kind='return' ORDER BY at DESC, id DESC LIMIT 50")"
check_eq "filtered by product (200)" "$(req -b "$cl_gj" "$BASE/purchases?product=$pu_odd_id")" 200
check_eq "... lists the purchases with a line of it" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT id FROM purchases p WHERE EXISTS (SELECT 1 FROM purchase_lines l WHERE l.purchase_id=p.id AND l.product_id=$pu_odd_id) ORDER BY at DESC, id DESC LIMIT 50")"
check_eq "filtered by category (200)" "$(req -b "$cl_gj" "$BASE/purchases?category=$pu_cat")" 200
check_eq "... lists the purchases with a product of it" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT id FROM purchases p WHERE EXISTS (SELECT 1 FROM purchase_lines l JOIN products r ON r.id=l.product_id WHERE l.purchase_id=p.id AND r.category_id=$pu_cat) ORDER BY at DESC, id DESC LIMIT 50")"
check "... which is not empty, and the product filter's other product is in it" test -n "$(rp_purchase_ids)"
rp_seg=$cl_vip
check_eq "A is put in a segment (303)" "$(cl_edit "$cl_aj" "$rp_a" "segment_id=$rp_seg")" 303
check_eq "filtered by segment (200)" "$(req -b "$cl_gj" "$BASE/purchases?segment=$rp_seg")" 200
check_eq "... lists the purchases of the segment's clients" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT p.id FROM purchases p JOIN clients c ON c.id=p.client_id WHERE c.segment_id=$rp_seg ORDER BY p.at DESC, p.id DESC LIMIT 50")"
check_eq "filters combine: seller and period (200)" \
  "$(req -b "$cl_gj" "$BASE/purchases?seller=$rp_manager_id&from=$rp_year-01-01")" 200
check_eq "... none of the manager's sales is from this year" "$(rp_purchase_ids)" \
  "$(rp_sql_ids "SELECT id FROM purchases WHERE seller_id=$rp_manager_id AND at >= '$rp_year-01-01' ORDER BY at DESC, id DESC LIMIT 50")"
check_eq "a date that is not a date is refused (400)" "$(req -b "$cl_gj" "$BASE/purchases?from=2026-02-30")" 400
check_has "... on the error page" "$T/b" 'class="card error-page"'
check_eq "a cursor that is no purchase is refused (400)" "$(req -b "$cl_gj" "$BASE/purchases?before=999999999")" 400

# --- Clients by value ----------------------------------------------------------------------------
rp_value="SELECT e.client_id FROM client_economics e JOIN client_list l ON l.client_id=e.client_id WHERE e.first_at IS NOT NULL"
check_eq "an agent may not open the client reports (403)" "$(req -b "$cl_gj" "$BASE/reports/clients")" 403
check_eq "a manager opens clients by value (200)" "$(req -b "$cl_mj" "$BASE/reports/clients")" 200
check_eq "... by revenue, highest first" "$(rp_client_ids)" \
  "$(rp_sql_ids "$rp_value ORDER BY e.revenue DESC, e.client_id DESC LIMIT 50")"
check_has "... amounts as money" "$T/b" 'class="num">[^<]*[0-9],?[0-9]*\.[0-9][0-9]<'
check_eq "by margin (200)" "$(req -b "$cl_mj" "$BASE/reports/clients?sort=margin")" 200
check_eq "... highest margin first" "$(rp_client_ids)" "$(rp_sql_ids "$rp_value ORDER BY e.margin DESC, e.client_id DESC LIMIT 50")"
check_eq "by length of the relationship (200)" "$(req -b "$cl_mj" "$BASE/reports/clients?sort=tenure")" 200
check_eq "... the oldest first" "$(rp_client_ids)" "$(rp_sql_ids "$rp_value ORDER BY e.first_at, e.client_id LIMIT 50")"
check_eq "... C (two years) before A (last year)" \
  "$(rp_client_ids | tr ' ' '\n' | grep -nxE "$rp_c|$rp_a" | cut -d: -f2 | tr '\n' ' ')" "$rp_c $rp_a "
rp_second=$(rp_sql_ids "$rp_value ORDER BY e.revenue DESC, e.client_id DESC LIMIT 1 OFFSET 1" | tr -d ' ')
check_eq "a page from a cursor (200)" "$(req -b "$cl_mj" "$BASE/reports/clients?after=$rp_second")" 200
check_eq "... lists the clients after it" "$(rp_client_ids)" \
  "$(rp_sql_ids "$rp_value AND (e.revenue, e.client_id) < (SELECT revenue, client_id FROM client_economics WHERE client_id=$rp_second) ORDER BY e.revenue DESC, e.client_id DESC LIMIT 50")"
check_eq "filtered by manager (200)" "$(req -b "$cl_mj" "$BASE/reports/clients?manager=$rp_manager_id")" 200
check_eq "... only that manager's clients" "$(rp_client_ids)" \
  "$(rp_sql_ids "$rp_value AND l.manager_id=$rp_manager_id ORDER BY e.revenue DESC, e.client_id DESC LIMIT 50")"

# --- The lapsed lists ----------------------------------------------------------------------------
rp_bought() { echo "EXISTS (SELECT 1 FROM purchases p WHERE p.client_id=e.client_id AND p.kind='sale' AND YEAR(p.at) $1)"; }
check_eq "bought last year, not this year (200)" "$(req -b "$cl_mj" "$BASE/reports/clients?list=lybunt")" 200
check_eq "... the clients with last year's purchases and none this year, by revenue" "$(rp_client_ids)" \
  "$(rp_sql_ids "$rp_value AND $(rp_bought "= $((rp_year - 1))") AND NOT $(rp_bought "= $rp_year") ORDER BY e.revenue DESC, e.client_id DESC LIMIT 50")"
rp_on() { rp_client_ids | tr ' ' '\n' | grep -cxE "$1"; }
check_eq "... A is on it; B (a sale this year, though returned), C and D are not" \
  "$(rp_on "$rp_a") $(rp_on "$rp_b") $(rp_on "$rp_c") $(rp_on "$rp_d")" "1 0 0 0"
check_eq "bought some year, not this year (200)" "$(req -b "$cl_mj" "$BASE/reports/clients?list=sybunt")" 200
check_eq "... the clients with purchases in an earlier year and none this year" "$(rp_client_ids)" \
  "$(rp_sql_ids "$rp_value AND $(rp_bought "< $rp_year") AND NOT $(rp_bought "= $rp_year") ORDER BY e.revenue DESC, e.client_id DESC LIMIT 50")"
check_eq "... A and C are on it; B and D are not" "$(rp_on "$rp_a") $(rp_on "$rp_b") $(rp_on "$rp_c") $(rp_on "$rp_d")" "1 0 1 0"
check_has "... each with the account manager" "$T/b" "<td data-label=\"[^\"]*\">$(db_sql "SELECT full_name FROM staff s JOIN clients c ON c.manager_id=s.id WHERE c.id=$rp_a")</td>"
check_eq "a list that does not exist is refused (400)" "$(req -b "$cl_mj" "$BASE/reports/clients?list=everyone")" 400
check_eq "... and so is an order that does not exist (400)" "$(req -b "$cl_mj" "$BASE/reports/clients?sort=name")" 400

# --- CSV -----------------------------------------------------------------------------------------
rp_audits=$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='report_export'")
check_eq "the lapsed list as CSV (200)" "$(req -b "$cl_mj" "$BASE/reports/clients.csv?list=lybunt")" 200
check_has "... a CSV attachment" "$T/h" 'Content-Disposition: attachment; filename="clients-report.csv"'
check_eq "... a BOM and the header row" "$(head -1 "$T/b" | tr -d '\r')" \
  $'\xEF\xBB\xBF'"id,name,manager,segment,tier,revenue,margin,discounts,purchases,returns,first_purchase,last_purchase,months_as_client"
check_eq "... the rows of the list, in its order" "$(tail -n +2 "$T/b" | cut -d, -f1 | tr '\n' ' ' | tr -d '\r')" \
  "$(rp_sql_ids "$rp_value AND $(rp_bought "= $((rp_year - 1))") AND NOT $(rp_bought "= $rp_year") ORDER BY e.revenue DESC, e.client_id DESC")"
rp_a_total=$(db_sql "SELECT total FROM purchases WHERE client_id=$rp_a")
check_eq "... A's revenue in the currency's units, with its purchases and first purchase" \
  "$(grep "^$rp_a," "$T/b" | tr -d '\r' | awk -F, '{ print $6, $9, $11 }')" \
  "$(awk -v t="$rp_a_total" 'BEGIN { printf "%d.%02d", t / 100, t % 100 }') 1 $((rp_year - 1))-03-10"
check_eq "... and the export is audited" "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='report_export'")" $((rp_audits + 1))
check_eq "an agent may not export it (403)" "$(req -b "$cl_gj" "$BASE/reports/clients.csv")" 403
