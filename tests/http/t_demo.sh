# t_demo.sh: crmctl demo-data --clients makes the clients' list rows and search keys in bulk (SQL)
# exactly as the program makes them one client at a time (C), so searches find demo clients.
# (demo-data also gives the demo accounts new passwords: it writes them where the other tests read them.)
dm_jar=$T/demo.jar; rm -f "$dm_jar"
sign_in_role "$dm_jar" admin >/dev/null
dm_tok=$(csrf_of "$dm_jar")
dm_before=$(db_sql "SELECT COALESCE(MAX(id), 0) FROM clients")
check "crmctl demo-data --clients 300 succeeds" \
  env CRM_CONFIG="$VAR/crm.conf" "$BUILD/crmctl" demo-data --logins "$VAR/demo-logins.txt" --clients 300
check_eq "... making 300 clients" "$(db_sql "SELECT COUNT(*) FROM clients WHERE id > $dm_before")" 300
check_eq "... each with its list row, first phone and e-mail on it" \
  "$(db_sql "SELECT COUNT(*) FROM clients c JOIN client_list l ON l.client_id = c.id AND l.sort_name = c.sort_name
     AND l.phone = (SELECT p.number FROM client_phones p WHERE p.client_id = c.id ORDER BY p.id LIMIT 1)
     AND l.email = COALESCE((SELECT e.email FROM client_emails e WHERE e.client_id = c.id ORDER BY e.id LIMIT 1), '')
     WHERE c.id > $dm_before")" 300
# Clients with the most name words (multi-word family and given names, companies).
dm_some=$(db_sql "SELECT client_id FROM client_list WHERE client_id > $dm_before
  ORDER BY LENGTH(words) - LENGTH(REPLACE(words, ' ', '')) DESC, client_id LIMIT 6" | tr '\n' ' ')
dm_state() {   # words and keys of the clients in $dm_some
  db_sql "SELECT l.client_id, l.words, (SELECT GROUP_CONCAT(CAST(k AS BINARY) ORDER BY CAST(k AS BINARY) SEPARATOR '|')
    FROM client_search s WHERE s.client_id = l.client_id) FROM client_list l
    WHERE l.client_id IN ($(echo $dm_some | tr ' ' ','))"
}
dm_bulk=$(dm_state)
check_eq "... and keys for their words and pairs of words" \
  "$(printf '%s\n' "$dm_bulk" | awk -F'\t' '$3 ~ /(^|[|])[^| ]+ [^| ]+([|]|$)/' | wc -l)" 6
dm_ok=0
for c in $dm_some; do   # logging an interaction rebuilds the client's rows in C
  [ "$(req -b "$dm_jar" --data-urlencode "csrf_token=$dm_tok" -d channel=phone -d direction=in \
       --data-urlencode "summary=demo check" "$BASE/clients/$c/interactions")" = 303 ] && dm_ok=$((dm_ok + 1))
done
check_eq "interactions on six demo clients are logged (303)" "$dm_ok" 6
check_eq "... and the program rebuilds the same words and keys as demo-data made" "$(dm_state)" "$dm_bulk"
read -r dm_id dm_given dm_family < <(db_sql "SELECT id, SUBSTRING_INDEX(given_name, ' ', 1), SUBSTRING_INDEX(family_name, ' ', -1)
  FROM clients WHERE id > $dm_before AND kind = 'person' AND CONCAT(given_name, family_name) REGEXP '^[A-Za-z ]+$'
  AND CHAR_LENGTH(given_name) >= 4 ORDER BY id LIMIT 1")
req -b "$dm_jar" "$BASE/clients?q=$(printf '%s' "${dm_family:0:4}+${dm_given:0:3}" | tr 'A-Z' 'a-z')" >/dev/null
check "a search by prefixes of a demo client's family and given name lists it" grep -q "href=\"/clients/$dm_id\"" "$T/b"

# ---- products and purchases: --products and --purchase-lines make sales and returns in bulk (SQL)
# that follow the rules purchase_store follows one purchase at a time. Most checks look at whole
# tables, so they also hold the program's own purchases to the rules.
dm_pbefore=$(db_sql "SELECT COALESCE(MAX(id), 0) FROM purchases")
dm_prod_before=$(db_sql "SELECT COALESCE(MAX(id), 0) FROM products")
check "crmctl demo-data --products 40 --purchase-lines 3000 succeeds" \
  env CRM_CONFIG="$VAR/crm.conf" "$BUILD/crmctl" demo-data --logins "$VAR/demo-logins.txt" --products 40 --purchase-lines 3000
check_eq "... making 40 products in the demo categories, each costing less than its price, weights 0.5..3.0" \
  "$(db_sql "SELECT COUNT(*) FROM products p JOIN product_categories g ON g.id = p.category_id
     WHERE p.id > $dm_prod_before AND p.cost < p.price AND p.cost > 0 AND p.weight_milli BETWEEN 500 AND 3000
     AND p.sku REGEXP '^[A-Z]{3}-[0-9]{5}$' AND p.name <> ''")" 40
check_eq "... 3000 sale lines in sales of 1 to 5 lines numbered from 1" \
  "$(db_sql "SELECT SUM(n), SUM(n BETWEEN 1 AND 5 AND top = n) = COUNT(*) FROM (SELECT COUNT(*) AS n, MAX(l.line_no) AS top
     FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id WHERE p.id > $dm_pbefore AND p.kind = 'sale'
     GROUP BY p.id) s" | tr '\t' ' ')" "3000 1"
check_eq "... 1000 sales by active staff, to clients who are no prospects, in the last three years, after the client was created" \
  "$(db_sql "SELECT COUNT(*) FROM purchases p JOIN clients c ON c.id = p.client_id JOIN staff s ON s.id = p.seller_id
     WHERE p.id > $dm_pbefore AND p.kind = 'sale' AND s.active = 1 AND c.status <> 'prospect' AND p.at <= NOW()
     AND p.at >= CURDATE() - INTERVAL 3 YEAR AND p.at >= c.created_at") of $(db_sql "SELECT COUNT(*) FROM purchases
     WHERE id > $dm_pbefore AND kind = 'sale'")" "1000 of 1000"
check_eq "... with some returns, some discounts, some locomotive units" \
  "$(db_sql "SELECT SUM(kind = 'return') > 0, SUM(discount_bp > 0) > 0, SUM(locomotive_units > 0) > 0
     FROM purchases WHERE id > $dm_pbefore" | tr '\t' ' ')" "1 1 1"
check "a second run adds 1000 lines to the same summaries" \
  env CRM_CONFIG="$VAR/crm.conf" "$BUILD/crmctl" demo-data --logins "$VAR/demo-logins.txt" --purchase-lines 1000
check_eq "... (4000 sale lines in all)" "$(db_sql "SELECT COUNT(*) FROM purchases p JOIN purchase_lines l
  ON l.purchase_id = p.id WHERE p.id > $dm_pbefore AND p.kind = 'sale'")" 4000

# The demo's lines copy the product's price, cost, weight and flag (nothing changes the catalog here).
check_eq "demo lines copy their product's price, cost, weight and locomotive flag" \
  "$(db_sql "SELECT COUNT(*) FROM purchase_lines l JOIN products p ON p.id = l.product_id WHERE l.purchase_id > $dm_pbefore
     AND (l.unit_price <> p.price OR l.unit_cost <> p.cost OR l.weight_milli <> p.weight_milli OR l.locomotive <> p.locomotive)")" 0
# A sale line: gross = quantity x price, total = gross x (10000 - bp) / 10000 and weighted = total x
# weight / 1000, both rounded half away from zero (MariaDB's ROUND of an exact DECIMAL), discount = gross - total.
check_eq "every sale line's total, discount and weighted follow from quantity, price, discount_bp and weight" \
  "$(db_sql "SELECT COUNT(*) FROM purchase_lines l WHERE l.quantity > 0 AND (l.discount_bp > 10000
     OR l.line_total <> ROUND(l.quantity * l.unit_price * (10000 - CAST(l.discount_bp AS SIGNED)) / 10000)
     OR l.discount <> l.quantity * l.unit_price - l.line_total
     OR l.weighted <> ROUND(l.line_total * CAST(l.weight_milli AS SIGNED) / 1000))")" 0
check_eq "a demo return gives back whole lines: each amount is the original line's, negated" \
  "$(db_sql "SELECT COUNT(*) FROM purchases p JOIN purchase_lines r ON r.purchase_id = p.id
     LEFT JOIN purchase_lines o ON o.purchase_id = p.original_id AND o.line_no = r.original_line
     WHERE p.kind = 'return' AND p.id > $dm_pbefore AND (o.purchase_id IS NULL OR NOT (r.quantity = -o.quantity
     AND r.line_total = -o.line_total AND r.discount = -o.discount AND r.weighted = -o.weighted
     AND r.product_id = o.product_id AND r.unit_price = o.unit_price AND r.unit_cost = o.unit_cost
     AND r.discount_bp = o.discount_bp))")" 0
check_eq "no return line gives back more than its original line had, or another product" \
  "$(db_sql "SELECT COUNT(*) FROM (SELECT o.quantity, SUM(-r.quantity) AS back, SUM(r.product_id <> o.product_id) AS other
     FROM purchases p JOIN purchase_lines r ON r.purchase_id = p.id
     JOIN purchase_lines o ON o.purchase_id = p.original_id AND o.line_no = r.original_line
     WHERE p.kind <> 'sale' GROUP BY o.purchase_id, o.line_no, o.quantity) x WHERE back > quantity OR back < 1 OR other > 0")" 0
check_eq "a return is the sale's client's and seller's, after the sale, and every line names its original" \
  "$(db_sql "SELECT COUNT(*) FROM purchases p LEFT JOIN purchases o ON o.id = p.original_id WHERE p.kind = 'return'
     AND (o.id IS NULL OR o.kind <> 'sale' OR o.client_id <> p.client_id OR o.seller_id <> p.seller_id OR p.at < o.at
     OR EXISTS (SELECT 1 FROM purchase_lines r WHERE r.purchase_id = p.id AND (r.quantity >= 0 OR r.original_line IS NULL)))")" 0

# dm_symdiff A B: the rows of query A not in B plus those of B not in A (0: the same rows).
dm_symdiff() { db_sql "SELECT COUNT(*) FROM (($1) EXCEPT ($2) UNION ALL (($2) EXCEPT ($1))) d"; }
dm_lines_sum="SELECT l.purchase_id, SUM(l.quantity * l.unit_price), SUM(l.discount), SUM(l.line_total),
  SUM(l.quantity * l.unit_cost), SUM(l.weighted), SUM(IF(l.locomotive, l.quantity, 0)), MIN(l.discount_bp)
  FROM purchase_lines l GROUP BY l.purchase_id HAVING MIN(l.discount_bp) = MAX(l.discount_bp)"
check_eq "every purchase's gross, discount, total, cost, weighted, locomotive units and discount_bp are its lines'" \
  "$(dm_symdiff "SELECT id, gross, discount, total, cost, weighted, locomotive_units, discount_bp FROM purchases" "$dm_lines_sum")" 0
dm_month="DATE(at) - INTERVAL (DAYOFMONTH(at) - 1) DAY"
check_eq "client_economics is the sum of each client's purchases" \
  "$(dm_symdiff "SELECT client_id, revenue, cost, margin, discounts, purchases, returns, first_at, last_at FROM client_economics" \
     "SELECT client_id, SUM(total), SUM(cost), SUM(total) - SUM(cost), SUM(discount), SUM(kind = 'sale'), SUM(kind <> 'sale'),
      MIN(IF(kind = 'sale', at, NULL)), MAX(IF(kind = 'sale', at, NULL)) FROM purchases GROUP BY client_id")" 0
check_eq "client_economics_year is the sum of each client's purchases a year" \
  "$(dm_symdiff "SELECT client_id, year, revenue, cost, discounts, purchases FROM client_economics_year" \
     "SELECT client_id, YEAR(at), SUM(total), SUM(cost), SUM(discount), SUM(kind = 'sale') FROM purchases
      GROUP BY client_id, YEAR(at)")" 0
check_eq "client_spend_month is the sum of each client's purchases a month" \
  "$(dm_symdiff "SELECT client_id, month, revenue FROM client_spend_month" \
     "SELECT client_id, $dm_month, SUM(total) FROM purchases GROUP BY client_id, $dm_month")" 0
check_eq "sales_monthly is the sum of each seller's purchases a month" \
  "$(dm_symdiff "SELECT month, staff_id, revenue, cost, weighted, locomotive_units, purchases FROM sales_monthly" \
     "SELECT $dm_month, seller_id, SUM(total), SUM(cost), SUM(weighted), SUM(locomotive_units), SUM(kind = 'sale')
      FROM purchases GROUP BY $dm_month, seller_id")" 0
# The tier: the highest threshold the revenue reaches (only for clients whose purchases are all
# the demo's: the program may keep a tier after a return, or count a 12-month window).
check_eq "a demo client's tier is the highest whose threshold its revenue reaches" \
  "$(db_sql "SELECT COUNT(*) FROM client_economics e WHERE NOT EXISTS (SELECT 1 FROM purchases p
     WHERE p.client_id = e.client_id AND p.id <= $dm_pbefore) AND NOT (e.tier_id <=> (SELECT t.id FROM loyalty_tiers t
     WHERE t.threshold <= e.revenue ORDER BY t.threshold DESC LIMIT 1))")" 0
check_eq "... and some demo clients reached a tier" \
  "$(db_sql "SELECT COUNT(*) > 0 FROM client_economics e JOIN purchases p ON p.client_id = e.client_id
     WHERE p.id > $dm_pbefore AND e.tier_id IS NOT NULL")" 1
