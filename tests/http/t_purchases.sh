# t_purchases.sh: products, sales, returns, loyalty tiers and discounts, and the summaries kept in
# the purchase's transaction (checked against a recomputation from the lines, also after a random
# sequence of sales and returns). Runs after t_merge.sh and uses t_clients.sh's helpers and jars.
pu_tag=$cl_tag
pu_sql_q() { db_sql "$1" | tr '\n' ' ' | sed 's/ $//'; }
pu_loc_purchase() { header Location | sed -n 's#^/purchases/\([0-9][0-9]*\)$#\1#p'; }
pu_token() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
# pu_sale JAR CLIENT TOKEN SKU:QTY...: saves a sale; prints the status.
pu_sale() {
  local jar=$1 client=$2 token=$3 i=0 line a=(); shift 3
  for line; do a+=("sku_$i=${line%%:*}" "qty_$i=${line#*:}"); i=$((i + 1)); done
  cl_post "$jar" "/clients/$client/purchases/new" "token=$token" save=1 "${a[@]}"
}
# pu_mismatches: rows where a summary differs from the recomputation from purchases and lines.
pu_mismatches() {
  db_sql "SELECT
   (SELECT COUNT(*) FROM purchases p JOIN (SELECT purchase_id, SUM(quantity * unit_price) g, SUM(discount) d,
      SUM(line_total) t, SUM(quantity * unit_cost) c, SUM(weighted) w, SUM(IF(locomotive, quantity, 0)) u
      FROM purchase_lines GROUP BY purchase_id) l ON l.purchase_id = p.id
    WHERE NOT (p.gross = l.g AND p.discount = l.d AND p.total = l.t AND p.cost = l.c AND p.weighted = l.w
      AND p.locomotive_units = l.u AND p.gross - p.discount = p.total))
 + (SELECT COUNT(*) FROM purchase_lines WHERE quantity > 0 AND (line_total <> ROUND(quantity * unit_price * (10000 - discount_bp) / 10000)
      OR discount <> quantity * unit_price - line_total OR weighted <> ROUND(line_total * weight_milli / 1000)))
 + (SELECT COUNT(*) FROM (SELECT client_id, SUM(total) r, SUM(cost) c, SUM(discount) d, SUM(kind = 'sale') n,
      SUM(kind <> 'sale') k, MIN(IF(kind = 'sale', at, NULL)) f, MAX(IF(kind = 'sale', at, NULL)) l
      FROM purchases GROUP BY client_id) x LEFT JOIN client_economics e ON e.client_id = x.client_id
    WHERE NOT (e.revenue <=> x.r AND e.cost <=> x.c AND e.margin <=> x.r - x.c AND e.discounts <=> x.d
      AND e.purchases <=> x.n AND e.returns <=> x.k AND e.first_at <=> x.f AND e.last_at <=> x.l))
 + (SELECT COUNT(*) FROM client_economics e WHERE NOT EXISTS (SELECT 1 FROM purchases p WHERE p.client_id = e.client_id)
      AND (e.revenue <> 0 OR e.purchases <> 0 OR e.returns <> 0))
 + (SELECT COUNT(*) FROM (SELECT client_id, YEAR(at) y, SUM(total) r, SUM(cost) c, SUM(discount) d, SUM(kind = 'sale') n
      FROM purchases GROUP BY client_id, YEAR(at)) x LEFT JOIN client_economics_year e ON e.client_id = x.client_id AND e.year = x.y
    WHERE NOT (e.revenue <=> x.r AND e.cost <=> x.c AND e.discounts <=> x.d AND e.purchases <=> x.n))
 + (SELECT COUNT(*) FROM client_economics_year e WHERE NOT EXISTS (SELECT 1 FROM purchases p
      WHERE p.client_id = e.client_id AND YEAR(p.at) = e.year))
 + (SELECT COUNT(*) FROM (SELECT client_id, DATE_FORMAT(at, '%Y-%m-01') m, SUM(total) r FROM purchases
      GROUP BY client_id, DATE_FORMAT(at, '%Y-%m-01')) x LEFT JOIN client_spend_month e ON e.client_id = x.client_id AND e.month = x.m
    WHERE NOT (e.revenue <=> x.r))
 + (SELECT COUNT(*) FROM client_spend_month e WHERE NOT EXISTS (SELECT 1 FROM purchases p
      WHERE p.client_id = e.client_id AND DATE_FORMAT(p.at, '%Y-%m-01') = e.month))
 + (SELECT COUNT(*) FROM (SELECT seller_id, DATE_FORMAT(at, '%Y-%m-01') m, SUM(total) r, SUM(cost) c, SUM(weighted) w,
      SUM(locomotive_units) u, SUM(kind = 'sale') n FROM purchases GROUP BY seller_id, DATE_FORMAT(at, '%Y-%m-01')) x
      LEFT JOIN sales_monthly s ON s.staff_id = x.seller_id AND s.month = x.m
    WHERE NOT (s.revenue <=> x.r AND s.cost <=> x.c AND s.weighted <=> x.w AND s.locomotive_units <=> x.u AND s.purchases <=> x.n))
 + (SELECT COUNT(*) FROM sales_monthly s WHERE NOT EXISTS (SELECT 1 FROM purchases p
      WHERE p.seller_id = s.staff_id AND DATE_FORMAT(p.at, '%Y-%m-01') = s.month))
 + (SELECT COUNT(*) FROM (SELECT seller_id, DATE(at) d, SUM(total) r, SUM(cost) c, SUM(weighted) w,
      SUM(locomotive_units) u, SUM(kind = 'sale') n FROM purchases GROUP BY seller_id, DATE(at)) x
      LEFT JOIN sales_daily s ON s.staff_id = x.seller_id AND s.day = x.d
    WHERE NOT (s.revenue <=> x.r AND s.cost <=> x.c AND s.weighted <=> x.w AND s.locomotive_units <=> x.u AND s.purchases <=> x.n))
 + (SELECT COUNT(*) FROM sales_daily s WHERE NOT EXISTS (SELECT 1 FROM purchases p
      WHERE p.seller_id = s.staff_id AND DATE(p.at) = s.day))"
}
pu_tier_of() { db_sql "SELECT COALESCE((SELECT t.name FROM client_economics e JOIN loyalty_tiers t ON t.id = e.tier_id WHERE e.client_id = $1), '-')"; }

# --- Catalog ------------------------------------------------------------------------------------
check_eq "purchases: an admin adds a product category (303)" "$(cl_post "$cl_aj" /admin/categories "name=Cat $pu_tag")" 303
pu_cat=$(db_sql "SELECT id FROM product_categories WHERE name='Cat $pu_tag'")
check_eq "an agent may not add a product (403)" "$(cl_post "$cl_gj" /products/new sku=X price=1 cost=1 name=X)" 403
pu_loco=LOCO-$pu_tag pu_odd=ODD-$pu_tag
check_eq "a manager adds a locomotive product at 333.33 with weight 1.5 (303)" \
  "$(cl_post "$cl_mj" /products/new "sku=$pu_loco" "name=Engine <script>alert(1)</script> $pu_tag" "category=$pu_cat" \
     price=333.33 cost=200 weight=1.5 locomotive=1)" 303
pu_loco_id=$(db_sql "SELECT id FROM products WHERE sku='$pu_loco'")
check_eq "... stored in minor units and thousandths" \
  "$(db_sql "SELECT CONCAT_WS('|', price, cost, weight_milli, locomotive, active, category_id) FROM products WHERE id=$pu_loco_id")" \
  "33333|20000|1500|1|1|$pu_cat"
check_eq "... and a product at 0.07 with weight 0.5 (303)" \
  "$(cl_post "$cl_mj" /products/new "sku=$pu_odd" "name=Odd $pu_tag" price=0.07 cost=0.01 weight=0.5)" 303
pu_n=$(db_sql "SELECT COUNT(*) FROM products")
check_eq "a price that is not money is refused (400)" "$(cl_post "$cl_mj" /products/new sku=BAD-$pu_tag name=Bad price=12,34 cost=1)" 400
check_has "... with the message at the field" "$T/b" 'id="err-price"'
check_eq "a weight of 0 is refused (400)" "$(cl_post "$cl_mj" /products/new sku=BAD-$pu_tag name=Bad price=1 cost=1 weight=0)" 400
check_eq "a SKU already used is refused (409)" "$(cl_post "$cl_mj" /products/new "sku=$pu_odd" name=Dup price=1 cost=1)" 409
check_eq "... and nothing is stored" "$(db_sql "SELECT COUNT(*) FROM products")" "$pu_n"
check_eq "the catalog lists the products (200)" "$(req -b "$cl_gj" "$BASE/products?q=$pu_loco")" 200
check_has "... the locomotive marked" "$T/b" '<tr class="locomotive">'
check_has "... its name escaped" "$T/b" 'Engine &lt;script&gt;alert\(1\)&lt;/script&gt;'
check_lacks "... never as markup" "$T/b" '<script>alert'
pu_odd_id=$(db_sql "SELECT id FROM products WHERE sku='$pu_odd'")
check_eq "a price change answers 303" \
  "$(cl_post "$cl_mj" "/products/$pu_odd_id" "sku=$pu_odd" "name=Odd $pu_tag" price=0.08 cost=0.01 weight=0.5 active=1)" 303
check_eq "... audited with the old and new value of the changed field only" \
  "$(pu_sql_q "SELECT CONCAT_WS('|', field, old_value, new_value) FROM audit_log WHERE action='product_update' AND entity_id=$pu_odd_id")" "price|7|8"
cl_post "$cl_mj" "/products/$pu_odd_id" "sku=$pu_odd" "name=Odd $pu_tag" price=0.07 cost=0.01 weight=0.5 active=1 >/dev/null

# --- Tiers and settings -------------------------------------------------------------------------
db_sql "DELETE FROM loyalty_tiers"
check_eq "an admin defines Silver from 1,000.06 at 3% (303)" "$(cl_post "$cl_aj" /admin/tiers name=Silver threshold=1000.06 percent=3)" 303
check_eq "... and Gold from 5,000 at 5% (303)" "$(cl_post "$cl_aj" /admin/tiers name=Gold threshold=5000 percent=5)" 303
check_eq "... a second tier at the same threshold is refused (409)" "$(cl_post "$cl_aj" /admin/tiers name=Bronze threshold=5000 percent=1)" 409
check_eq "a manager may not change tiers (403)" "$(cl_post "$cl_mj" /admin/tiers name=Mine threshold=1 percent=90)" 403
check_eq "settings: lifetime spend, no demotion, no birthday discount (303)" \
  "$(cl_post "$cl_aj" /admin/loyalty window=lifetime birthday_percent=0 birthday_days=3 combine=max cap_percent=50)" 303
check_eq "... stored" "$(pu_sql_q "SELECT value FROM settings WHERE name IN ('birthday_discount_bp', 'birthday_window_days', 'discount_cap_bp', 'discount_combine', 'loyalty_demotion', 'loyalty_window') ORDER BY name")" "0 3 5000 max 0 lifetime"

# --- Sales --------------------------------------------------------------------------------------
check_eq "a client for the sales (303)" "$(cl_new "$cl_aj" person given_name=Sol "family_name=Buyer$pu_tag" confirm=1)" 303
pu_c=$(cl_loc_id)
check_eq "the sale form with 3 x the locomotive answers 200" "$(req -b "$cl_aj" "$BASE/clients/$pu_c/purchases/new?sku_0=$pu_loco&qty_0=3")" 200
check_has "... the total is 3 x 333.33 with no tier yet" "$T/b" 'id="sale-total">[^<]*999\.99<'
check_has "... the discount applied is 0%" "$T/b" 'id="discount">0%<'
check_has "... a locomotive is marked" "$T/b" 'class="loco"'
check_eq "a product search lists it with a link that adds it (200)" "$(req -b "$cl_aj" "$BASE/clients/$pu_c/purchases/new?q=odd-$pu_tag")" 200
check_has "... the add link" "$T/b" "sku_0=$pu_odd&amp;qty_0=1"
check_eq "an unknown SKU is refused at its line (400)" "$(pu_sale "$cl_aj" "$pu_c" "$(pu_token)" NOPE-$pu_tag:1)" 400
check_has "... with the message" "$T/b" 'id="err-sku_0"'
check_eq "... and nothing is stored" "$(db_sql "SELECT COUNT(*) FROM purchases WHERE client_id=$pu_c")" 0
t1=$(pu_token)
check_eq "saving the sale answers 303" "$(pu_sale "$cl_aj" "$pu_c" "$t1" "$pu_loco:3")" 303
pu_p1=$(pu_loc_purchase)
check "... to the purchase's page" test -n "$pu_p1"
check_eq "the same form sent again answers 303 to the same purchase" "$(pu_sale "$cl_aj" "$pu_c" "$t1" "$pu_loco:3")|$(pu_loc_purchase)" "303|$pu_p1"
check_eq "... and creates no second purchase" "$(db_sql "SELECT COUNT(*) FROM purchases WHERE client_id=$pu_c")" 1
check_eq "the purchase has the line at the price of the moment, weighted by 1.5" \
  "$(db_sql "SELECT CONCAT_WS('|', p.kind, p.total, p.cost, p.weighted, p.locomotive_units, l.quantity, l.unit_price, l.weight_milli) FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id WHERE p.id=$pu_p1")" \
  "sale|99999|60000|149999|3|3|33333|1500"
check_eq "the client's revenue is 999.99, no tier yet" "$(db_sql "SELECT revenue FROM client_economics WHERE client_id=$pu_c")|$(pu_tier_of "$pu_c")" "99999|-"
check_eq "one cent short of Silver, a sale of 0.07 reaches the threshold exactly (303)" "$(pu_sale "$cl_aj" "$pu_c" "$(pu_token)" "$pu_odd:1")" 303
pu_p2=$(pu_loc_purchase)
check_eq "... it got no discount (the tier counts from the next purchase)" "$(db_sql "SELECT CONCAT(discount_bp, '|', total) FROM purchases WHERE id=$pu_p2")" "0|7"
check_eq "... the client is Silver at 1,000.06" "$(db_sql "SELECT revenue FROM client_economics WHERE client_id=$pu_c")|$(pu_tier_of "$pu_c")" "100006|Silver"
check_eq "... the promotion is recorded for the account manager" \
  "$(db_sql "SELECT CONCAT_WS('|', t.up, n.name, t.purchase_id, t.manager_id = c.manager_id) FROM tier_changes t JOIN loyalty_tiers n ON n.id = t.new_tier_id JOIN clients c ON c.id = t.client_id WHERE t.client_id=$pu_c")" \
  "1|Silver|$pu_p2|1"
check_eq "the manager's home page lists it to tell (200)" "$(req -b "$cl_aj" "$BASE/")" 200
check_has "... with the client" "$T/b" "Buyer$pu_tag Sol</a>: <span class=\"tier-up\">Promoted to</span> <strong>Silver"
pu_tc=$(db_sql "SELECT id FROM tier_changes WHERE client_id=$pu_c")
check_eq "another agent cannot mark it told (404)" "$(cl_post "$cl_bj" "/tier-changes/$pu_tc/told")" 404
check_eq "the manager marks it told (303)" "$(cl_post "$cl_aj" "/tier-changes/$pu_tc/told")" 303
check_eq "... and it is told" "$(db_sql "SELECT told_at IS NOT NULL FROM tier_changes WHERE id=$pu_tc")" 1
check_eq "the sale form now applies Silver's 3% (200)" "$(req -b "$cl_aj" "$BASE/clients/$pu_c/purchases/new?sku_0=$pu_odd&qty_0=7&sku_1=$pu_loco&qty_1=1")" 200
check_has "... shown" "$T/b" 'id="discount">3%<'
check_eq "the sale with the discount is saved (303)" "$(pu_sale "$cl_aj" "$pu_c" "$(pu_token)" "$pu_odd:7" "$pu_loco:1")" 303
pu_p3=$(pu_loc_purchase)
# 7 x 0.07 = 0.49 at 3%: 0.4753 -> 0.48; 333.33 at 3%: 323.3301 -> 323.33; weights 0.5 and 1.5
check_eq "... each line rounded half up: 0.48 and 323.33, weighted 0.24 and 485.00 (484.995 up)" \
  "$(pu_sql_q "SELECT CONCAT_WS('|', discount_bp, line_total, discount, weighted) FROM purchase_lines WHERE purchase_id=$pu_p3 ORDER BY line_no")" \
  "300|48|1|24 300|32333|1000|48500"
check_eq "... the purchase says why" "$(db_sql "SELECT CONCAT(discount_bp, '|', discount_why, '|', total) FROM purchases WHERE id=$pu_p3")" "300|tier|32381"
check_eq "the purchase page answers 200" "$(req -b "$cl_aj" "$BASE/purchases/$pu_p3")" 200
check_has "... saying why from the language strings" "$T/b" '3% <small>\( tier \)</small>'
check_has "... with a field per line to return units" "$T/b" 'name="ret_2"'

# --- Returns ------------------------------------------------------------------------------------
check_eq "another agent may not return units (403)" "$(cl_post "$cl_bj" "/purchases/$pu_p3/return" "token=$(pu_token)" ret_2=1)" 403
check_eq "returning more than was bought is refused (409)" "$(cl_post "$cl_aj" "/purchases/$pu_p3/return" "token=$(pu_token)" ret_2=2)" 409
check_eq "... and writes nothing" "$(db_sql "SELECT COUNT(*) FROM purchases WHERE original_id=$pu_p3")" 0
rt=$(pu_token)
check_eq "returning the locomotive answers 303" "$(cl_post "$cl_aj" "/purchases/$pu_p3/return" "token=$rt" ret_2=1 'note=Wrong size')" 303
pu_r1=$(pu_loc_purchase)
check_eq "... a return of its own that refunds exactly the line" \
  "$(db_sql "SELECT CONCAT_WS('|', kind, original_id, seller_id = (SELECT seller_id FROM purchases WHERE id=$pu_p3), total, weighted, locomotive_units) FROM purchases WHERE id=$pu_r1")" \
  "return|$pu_p3|1|-32333|-48500|-1"
check_eq "the same return sent again makes no second one" "$(cl_post "$cl_aj" "/purchases/$pu_p3/return" "token=$rt" ret_2=1)|$(pu_loc_purchase)|$(db_sql "SELECT COUNT(*) FROM purchases WHERE original_id=$pu_p3")" "303|$pu_r1|1"
check_eq "the sale itself is unchanged" "$(db_sql "SELECT total FROM purchases WHERE id=$pu_p3")" 32381
check_eq "the return reduces the revenue; Silver stays" "$(db_sql "SELECT revenue FROM client_economics WHERE client_id=$pu_c")|$(pu_tier_of "$pu_c")" "100054|Silver"
check_eq "cancelling the rest of the purchase answers 303" "$(cl_post "$cl_aj" "/purchases/$pu_p3/cancel" "token=$(pu_token)")" 303
check_eq "... gives back the 7 units left" "$(db_sql "SELECT CONCAT(kind, '|', total) FROM purchases WHERE original_id=$pu_p3 ORDER BY id DESC LIMIT 1")" "cancel|-48"
check_eq "... and nothing is left to cancel (409)" "$(cl_post "$cl_aj" "/purchases/$pu_p3/cancel" "token=$(pu_token)")" 409
check_eq "without demotion, a return below the threshold keeps Silver (303)" "$(cl_post "$cl_aj" "/purchases/$pu_p2/cancel" "token=$(pu_token)")" 303
check_eq "... revenue 999.99, still Silver" "$(db_sql "SELECT revenue FROM client_economics WHERE client_id=$pu_c")|$(pu_tier_of "$pu_c")" "99999|Silver"
check_eq "with demotion on (303)" \
  "$(cl_post "$cl_aj" /admin/loyalty window=lifetime demotion=1 birthday_percent=0 birthday_days=3 combine=max cap_percent=50)" 303
check_eq "... a sale at 3% brings the spend back to the threshold (303)" "$(pu_sale "$cl_aj" "$pu_c" "$(pu_token)" "$pu_odd:1")" 303
pu_p4=$(pu_loc_purchase)
check_eq "... and its return moves the client down (303)" "$(cl_post "$cl_aj" "/purchases/$pu_p4/cancel" "token=$(pu_token)")" 303
check_eq "... to no tier, recorded as a move down" \
  "$(pu_tier_of "$pu_c")|$(db_sql "SELECT CONCAT(up, '|', old_tier_id IS NOT NULL, '|', new_tier_id IS NULL) FROM tier_changes WHERE client_id=$pu_c ORDER BY id DESC LIMIT 1")" "-|0|1|1"
check_eq "the timeline shows the sales, returns and tier changes (200)" "$(req -b "$cl_aj" "$BASE/clients/$pu_c")" 200
check_has "... a sale" "$T/b" "href=\"/purchases/$pu_p1\">Sale #$pu_p1"
check_has "... a return" "$T/b" "href=\"/purchases/$pu_r1\">Return #$pu_r1"
check_has "... the promotion" "$T/b" 'Promoted to</strong> Silver'
check_has "... the economics" "$T/b" 'id="econ-purchases">4 <small>\(4 returns\)'

# --- Personal and birthday discounts -----------------------------------------------------------
pu_tomorrow=$(db_sql "SELECT CURDATE() + INTERVAL 1 DAY")
check_eq "an agent may not grant a personal discount (403)" "$(cl_post "$cl_gj" "/clients/$pu_c/discounts" percent=2 reason=Sorry "expires_on=$pu_tomorrow")" 403
check_eq "an expiry in the past is refused (400)" "$(cl_post "$cl_mj" "/clients/$pu_c/discounts" percent=2 reason=Sorry expires_on=2020-01-01)" 400
check_eq "a manager grants 2% after a complaint (303)" "$(cl_post "$cl_mj" "/clients/$pu_c/discounts" percent=2 'reason=After complaint' "expires_on=$pu_tomorrow")" 303
check_eq "... audited with who granted it" \
  "$(db_sql "SELECT CONCAT(new_value, '|', detail, '|', staff_id) FROM audit_log WHERE action='discount_grant' AND entity_id=$pu_c")" \
  "200 bp until $pu_tomorrow|After complaint|$(cl_staff_id "$(login_of manager | cut -d' ' -f1)")"
check_eq "the sale form shows and applies it (200)" "$(req -b "$cl_aj" "$BASE/clients/$pu_c/purchases/new?sku_0=$pu_odd")" 200
check_has "... 2%" "$T/b" 'id="discount">2%<'
check_has "... with its reason" "$T/b" 'After complaint'
db_sql "UPDATE clients SET birthday = CURDATE() - INTERVAL 30 YEAR + INTERVAL 2 DAY WHERE id=$pu_c"
check_eq "a birthday discount of 10% within 3 days of the birthday (303)" \
  "$(cl_post "$cl_aj" /admin/loyalty window=lifetime demotion=1 birthday_percent=10 birthday_days=3 combine=max cap_percent=50)" 303
check_eq "... the sale form applies 10% + 2% (200)" "$(req -b "$cl_aj" "$BASE/clients/$pu_c/purchases/new?sku_0=$pu_odd")" 200
check_has "... 12%" "$T/b" 'id="discount">12%<'
check_eq "... the sale saved with it (303)" "$(pu_sale "$cl_aj" "$pu_c" "$(pu_token)" "$pu_loco:1")" 303
check_eq "... 333.33 less 12% is 293.33 (293.3304)" "$(db_sql "SELECT CONCAT(discount_bp, '|', discount_why, '|', total) FROM purchases WHERE id=$(pu_loc_purchase)")" "1200|birthday personal|29333"
check_eq "a form shown before the discount changed is refused on save (409)" \
  "$(cl_post "$cl_aj" "/clients/$pu_c/purchases/new" "token=$(pu_token)" save=1 "sku_0=$pu_odd" expect_bp=300)" 409
db_sql "UPDATE clients SET birthday = CURDATE() - INTERVAL 30 YEAR + INTERVAL 4 DAY WHERE id=$pu_c"
check_eq "four days before the birthday there is no birthday discount (200)" "$(req -b "$cl_aj" "$BASE/clients/$pu_c/purchases/new?sku_0=$pu_odd")" 200
check_has "... Silver again (after the last sale) 3% + 2%, no birthday's 10%" "$T/b" 'id="discount">5%<'
cl_post "$cl_aj" /admin/loyalty window=lifetime birthday_percent=0 birthday_days=3 combine=max cap_percent=50 >/dev/null

# --- Permissions --------------------------------------------------------------------------------
pu_n=$(db_sql "SELECT COUNT(*) FROM purchases")
check_eq "another agent may not open the sale form of this client (403)" "$(req -b "$cl_bj" "$BASE/clients/$pu_c/purchases/new")" 403
check_eq "... nor save a sale for it (403)" "$(pu_sale "$cl_bj" "$pu_c" "$(pu_token)" "$pu_odd:1")" 403
check_eq "... and nothing is written" "$(db_sql "SELECT COUNT(*) FROM purchases")" "$pu_n"
check_eq "a sale dated in the future is refused (400)" \
  "$(cl_post "$cl_aj" "/clients/$pu_c/purchases/new" "token=$(pu_token)" save=1 "sku_0=$pu_odd" date=2099-01-01)" 400
check_eq "a sale with no lines is refused (400)" "$(cl_post "$cl_aj" "/clients/$pu_c/purchases/new" "token=$(pu_token)" save=1)" 400

# --- Summaries equal a recomputation from the lines ----------------------------------------------
check_eq "the summaries equal a recomputation from the lines" "$(pu_mismatches)" 0
pu_seed=${PU_SEED:-$RANDOM}
echo "# random sales and returns, seed $pu_seed"
RANDOM=$pu_seed
check_eq "a second client for the random sequence (303)" "$(cl_new "$cl_aj" person given_name=Rand "family_name=Seq$pu_tag" confirm=1)" 303
pu_r=$(cl_loc_id)
pu_bad=0
for i in $(seq 1 16); do
  if { [ "$i" -eq 2 ] || [ $((RANDOM % 3)) -eq 0 ]; } && [ -n "$(db_sql "SELECT id FROM purchases WHERE client_id=$pu_r AND kind='sale' LIMIT 1")" ]; then
    p=$(db_sql "SELECT id FROM purchases WHERE client_id=$pu_r AND kind='sale' ORDER BY RAND($RANDOM) LIMIT 1")
    s=$(cl_post "$cl_aj" "/purchases/$p/return" "token=$(pu_token)" "ret_1=1")
    case $s in 303|409) ;; *) pu_bad=$((pu_bad + 1)) ;; esac
  else
    s=$(pu_sale "$cl_aj" "$pu_r" "$(pu_token)" "$pu_odd:$((RANDOM % 9 + 1))" "$pu_loco:$((RANDOM % 3 + 1))")
    [ "$s" = 303 ] || pu_bad=$((pu_bad + 1))
  fi
  [ $((i % 5)) -eq 0 ] && cl_post "$cl_aj" /admin/tiers/$(db_sql "SELECT id FROM loyalty_tiers WHERE name='Gold'") \
    name=Gold "threshold=$((RANDOM % 3000 + 1500))" "percent=$((RANDOM % 20))" >/dev/null
done
check_eq "... every step answered as expected" "$pu_bad" 0
check_eq "... it made sales and returns (the second step is always a return)" \
  "$(db_sql "SELECT COUNT(DISTINCT kind) FROM purchases WHERE client_id=$pu_r")" 2
check_eq "... and the summaries still equal a recomputation from the lines" "$(pu_mismatches)" 0

# --- Merge moves purchases and adds the summaries -----------------------------------------------
pu_before=$(db_sql "SELECT (SELECT revenue FROM client_economics WHERE client_id=$pu_c) + (SELECT revenue FROM client_economics WHERE client_id=$pu_r)")
check_eq "merging the random client into the first answers 303" "$(cl_post "$cl_aj" "/clients/$pu_c/merge" "other=$pu_r")" 303
check_eq "... every purchase moved" "$(db_sql "SELECT COUNT(*) FROM purchases WHERE client_id=$pu_r")" 0
check_eq "... the survivor's revenue is the sum of both" "$(db_sql "SELECT revenue FROM client_economics WHERE client_id=$pu_c")" "$pu_before"
check_eq "... and the summaries equal a recomputation from the lines" "$(pu_mismatches)" 0
