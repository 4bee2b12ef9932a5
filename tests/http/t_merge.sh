# t_merge.sh: merging two clients (values picked per group, everything moved, one audited
# transaction, the merged-away id redirects) and the CSV export (content, filters, audit).
# Runs after t_clients.sh, whose helpers and signed-in jars (admin, agent, second agent) it uses.
mg=Mrg$cl_tag
check_eq "merge: the survivor is created (303)" "$(cl_new "$cl_aj" person given_name=Alma "family_name=$mg" \
  'phone1=0917 555 0101' phone1_kind=mobile "email1=alma.$cl_tag@example.com" city=Cebu confirm=1)" 303
mg_a=$(cl_loc_id)
check_eq "... and the other client (303)" "$(cl_new "$cl_aj" person given_name=Almah "family_name=${mg}ez" \
  'phone1=0917 555 0202' phone1_kind=home "email1=almah.$cl_tag@example.com" city=Davao confirm=1)" 303
mg_b=$(cl_loc_id)
check_eq "... the other gets tags, notes, a segment (303)" \
  "$(cl_edit "$cl_aj" "$mg_b" "tags=from-b$cl_tag" "notes=Notes of B" status=active)" 303
check_eq "... and two interactions, one with a follow-up (303 twice)" \
  "$(cl_post "$cl_aj" "/clients/$mg_b/interactions" channel=phone direction=in "summary=B call 1 $cl_tag" \
       at=2025-06-01T10:00)$(cl_post "$cl_aj" "/clients/$mg_b/interactions" channel=email direction=out \
       "summary=B mail 2 $cl_tag" "follow_up=$(date -d '+3 days' +%F)")" 303303
check_eq "... a company whose contact the other is (303)" "$(cl_new "$cl_aj" company "company_name=Mrgco $cl_tag" confirm=1)" 303
mg_co=$(cl_loc_id)
db_sql "UPDATE clients SET company_id=$mg_co WHERE id=$mg_b"

check_eq "the merge's first step lists candidates (200)" "$(req -b "$cl_aj" "$BASE/clients/$mg_a/merge")" 200
check_eq "the merge form with the other client answers 200" "$(req -b "$cl_aj" "$BASE/clients/$mg_a/merge?other=$mg_b")" 200
check_has "... showing both records' values" "$T/b" "Davao"
check_has "... with a choice per group" "$T/b" 'name="pick_address"'
check_eq "an agent may not merge into a client of another manager (403)" \
  "$(cl_post "$cl_bj" "/clients/$mg_a/merge" "other=$mg_b")" 403
check_eq "a client cannot be merged into itself (400)" "$(cl_post "$cl_aj" "/clients/$mg_a/merge" "other=$mg_a")" 400
check_eq "a missing other client is refused (400)" "$(cl_post "$cl_aj" "/clients/$mg_a/merge" other=999999999)" 400
check_eq "... and changes nothing" "$(db_sql "SELECT COUNT(*) FROM clients WHERE id IN ($mg_a, $mg_b) AND merged_into IS NULL")" 2
mg_audit=$(db_sql "SELECT COUNT(*) FROM audit_log")
check_eq "the merge keeping A's name and B's address, phones, tags and notes answers 303" \
  "$(cl_post "$cl_aj" "/clients/$mg_a/merge" "other=$mg_b" pick_name=a pick_address=b pick_phones=b pick_tags=b pick_notes=b pick_status=b pick_company=b)" 303
check_eq "... to the survivor" "$(header Location)" "/clients/$mg_a"
check_eq "... which has the values picked from each" \
  "$(db_sql "SELECT CONCAT_WS('|', given_name, family_name, city, status, notes, company_id) FROM clients WHERE id=$mg_a")" \
  "Alma|$mg|Davao|active|Notes of B|$mg_co"
check_eq "... B's phone" "$(db_sql "SELECT GROUP_CONCAT(CONCAT(number, ':', kind)) FROM client_phones WHERE client_id=$mg_a")" "0917 555 0202:home"
check_eq "... B's tags" "$(db_sql "SELECT GROUP_CONCAT(tag) FROM client_tags WHERE client_id=$mg_a")" "from-b$cl_tag"
check_eq "... A's e-mail (not picked from B)" "$(db_sql "SELECT GROUP_CONCAT(email) FROM client_emails WHERE client_id=$mg_a")" "alma.$cl_tag@example.com"
check_eq "every interaction of B moved to the survivor" \
  "$(db_sql "SELECT CONCAT((SELECT COUNT(*) FROM interactions WHERE client_id=$mg_a AND summary LIKE 'B %$cl_tag'), '|',
     (SELECT COUNT(*) FROM interactions WHERE client_id=$mg_b))")" "2|0"
check_eq "... so the survivor's last contact is B's" \
  "$(db_sql "SELECT (SELECT last_contact_at FROM clients WHERE id=$mg_a) = (SELECT MAX(at) FROM interactions WHERE client_id=$mg_a)")" 1
check_eq "... its list row too" \
  "$(db_sql "SELECT CONCAT_WS('|', city, phone, status, last_contact_at IS NOT NULL) FROM client_list WHERE client_id=$mg_a")" "Davao|0917 555 0202|active|1"
check_eq "B is marked merged into A, keeps no phones, e-mails or tags" \
  "$(db_sql "SELECT CONCAT_WS('|', merged_into, (SELECT COUNT(*) FROM client_phones WHERE client_id=$mg_b),
     (SELECT COUNT(*) FROM client_emails WHERE client_id=$mg_b), (SELECT COUNT(*) FROM client_tags WHERE client_id=$mg_b))
     FROM clients WHERE id=$mg_b")" "$mg_a|0|0|0"
check_eq "... and leaves the list and the search" \
  "$(db_sql "SELECT (SELECT COUNT(*) FROM client_list WHERE client_id=$mg_b) + (SELECT COUNT(*) FROM client_search WHERE client_id=$mg_b)")" 0
check_eq "... a search by B's old phone finds only the survivor" "$(cl_list "$cl_aj" "q=0917+555+0202")" "$mg_a "
check_eq "... by B's name finds it no more" "$(cl_list "$cl_aj" "q=almah+${mg}ez")" ""
check_eq "B's follow-up is now the survivor's" \
  "$(db_sql "SELECT COUNT(*) FROM interactions WHERE client_id=$mg_a AND follow_up IS NOT NULL AND follow_up_done=0")" 1
check_eq "the merge is in the audit log, both ways" \
  "$(db_sql "SELECT GROUP_CONCAT(CONCAT(action, ':', entity_id, ':', new_value) ORDER BY id) FROM audit_log
     WHERE id > $mg_audit AND action LIKE 'client_merge%'")" "client_merge:$mg_a:$mg_b,client_merged_into:$mg_b:$mg_a"
check "... with the changed fields of the survivor" test "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE id > $mg_audit
  AND action='client_update' AND entity_id=$mg_a AND field='city' AND old_value='Cebu' AND new_value='Davao'")" = 1
check_eq "the merged-away client's page redirects to the survivor (301 or 302 or 303)" \
  "$(req -b "$cl_aj" "$BASE/clients/$mg_b" | sed 's/30[123]/redirect/')" redirect
check_eq "... to its page" "$(header Location)" "/clients/$mg_a"
check_eq "merging B again is refused (400)" "$(cl_post "$cl_aj" "/clients/$mg_a/merge" "other=$mg_b")" 400
check_eq "... and B stays merged into A" \
  "$(db_sql "SELECT COUNT(*) FROM clients WHERE id=$mg_b AND merged_into=$mg_a")" 1
# Companies: a company merged into another moves its people.
check_eq "a second company is created (303)" "$(cl_new "$cl_aj" company "company_name=Mrgco2 $cl_tag" confirm=1)" 303
mg_co2=$(cl_loc_id)
check_eq "merging the first company into it answers 303" "$(cl_post "$cl_aj" "/clients/$mg_co2/merge" "other=$mg_co")" 303
check_eq "... and its contact person now belongs to the survivor" "$(db_sql "SELECT company_id FROM clients WHERE id=$mg_a")" "$mg_co2"

# --- CSV export ---------------------------------------------------------------------------------
mg_aud=$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='client_export'")
check_eq "export of a search answers 200" "$(req -b "$cl_aj" "$BASE/clients/export.csv?q=$cl_q")" 200
check_eq "... as CSV" "$(header Content-Type)" "text/csv; charset=utf-8"
check_has "... as a download" "$T/h" '^[Cc]ontent-[Dd]isposition: attachment'
check_eq "... starting with a BOM and the header row" "$(head -1 "$T/b" | tr -d '\r' | od -An -c | tr -s ' ' | head -1 | cut -c1-16)" " 357 273 277 i d"
check_eq "... one row per client of the search, in name order" "$(tail -n +2 "$T/b" | cut -d, -f1 | tr '\n' ' ')" \
  "$(db_sql "SELECT id FROM clients WHERE family_name='$cl_fam' ORDER BY sort_name, id" | tr '\n' ' ')"
check_eq "... every row with the columns of the header" "$(awk -F, 'NR > 1 && NF != 10' "$T/b" | wc -l)" 0
check_eq "export with a filter has the filter's clients" \
  "$(req -b "$cl_aj" "$BASE/clients/export.csv?q=$cl_q&tag=golf$cl_tag" >/dev/null; tail -n +2 "$T/b" | cut -d, -f1 | sort -n | tr '\n' ' ')" \
  "$(cl_db_ids "SELECT c.id FROM clients c JOIN client_tags t ON t.client_id = c.id WHERE c.family_name='$cl_fam' AND t.tag='golf$cl_tag'")"
check_eq "the survivor's row holds its values" \
  "$(req -b "$cl_aj" "$BASE/clients/export.csv?q=0917+555+0202" >/dev/null; tail -n +2 "$T/b" | tr -d '\r')" \
  "$mg_a,person,$mg Alma,alma.$cl_tag@example.com,0917 555 0202,Davao,,active,$(db_sql "SELECT full_name FROM staff WHERE id=(SELECT manager_id FROM clients WHERE id=$mg_a)"),$(db_sql "SELECT DATE(last_contact_at) FROM clients WHERE id=$mg_a")"
check_eq "every export is audited" "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='client_export'")" $((mg_aud + 3))
check_eq "... with the filters it used" \
  "$(db_sql "SELECT detail FROM audit_log WHERE action='client_export' ORDER BY id DESC LIMIT 1")" "q=0917+555+0202"
check_eq "a value that a spreadsheet would run as a formula is exported as text" \
  "$(cl_new "$cl_aj" person given_name=Eve "family_name==HYPERLINK$cl_tag" confirm=1; req -b "$cl_aj" "$BASE/clients/export.csv?q=%3Dhyperlink$cl_tag" >/dev/null; tail -n +2 "$T/b" | cut -d, -f3)" \
  "303\"'=HYPERLINK$cl_tag Eve\""
