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
