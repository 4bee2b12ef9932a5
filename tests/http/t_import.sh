# t_import.sh: CSV import: upload, mapping guessed from headers, preview, refusal of bad files and
# bad rows (nothing stored), import with duplicates skipped, undo, and who may import.
jar=$T/imp.jar; rm -f "$jar"
sign_in_role "$jar" manager >/dev/null
tok=$(csrf_of "$jar")
req -b "$jar" --data-urlencode "csrf_token=$tok" -d lang=en "$BASE/prefs/language" >/dev/null   # messages in English
upload() {   # upload FILE -> status (body in $T/b, Location in $T/h)
  req -b "$jar" -F "csrf_token=$tok" -F "file=@$1;type=text/csv" "$BASE/clients/import"
}
batch_of() { header Location | sed 's|.*/||'; }
tag=$(date +%s%N | tail -c 7)
n0=$(db_sql "SELECT COUNT(*) FROM clients")

check_eq "the import page answers 200 for a manager" "$(req -b "$jar" "$BASE/clients/import")" 200
check_has "... with a labelled file field in a multipart form" "$T/b" 'enctype="multipart/form-data"'
# A malformed file: refused at once with the line, nothing stored.
batches0=$(db_sql "SELECT COUNT(*) FROM import_batches")
printf 'name,phone\n"Unclosed,0917\n' > "$T/bad.csv"
check_eq "a file with an unclosed quote is refused (400)" "$(upload "$T/bad.csv")" 400
check_has "... saying what and where" "$T/b" 'not valid CSV.*Line 2'
check_eq "... and nothing is stored" "$(db_sql "SELECT COUNT(*) FROM import_batches")" "$batches0"
printf 'only a header\n' > "$T/empty.csv"
check_eq "a file with no rows is refused (400)" "$(upload "$T/empty.csv")" 400
printf 'name\n\xff\xfe bad\n' > "$T/latin.csv"
check_eq "a file that is not UTF-8 is refused (400)" "$(upload "$T/latin.csv")" 400
head -c 9000000 /dev/zero | tr '\0' a > "$T/huge.csv"
check_eq "a file over 8 MiB is refused (413)" "$(upload "$T/huge.csv")" 413

# A good file: semicolons, a BOM, headers in other words; one row repeats an existing phone.
existing_phone="0917$(printf '%07d' "$((10#$tag))" | tail -c 7)"
db_sql "SELECT 1" >/dev/null
req -b "$jar" --data-urlencode "csrf_token=$tok" -d kind=person --data-urlencode "given_name=Exist" \
  --data-urlencode "family_name=Imp$tag" --data-urlencode "phone1=$existing_phone" -d phone1_kind=mobile \
  -d source_channel=phone -d confirm=1 "$BASE/clients/new" >/dev/null
printf '\xEF\xBB\xBFFirst name;Surname;Mobile;E-mail;Town\nAna;Imp%s;0918 %s;ana%s@example.com;Cebu\n"Ben ""B""";Imp%s;+60 12 %s;;Penang\nDup;Imp%s;%s;;Cebu\n' \
  "$tag" "${tag:0:3} ${tag:3:4}" "$tag" "$tag" "${tag:0:3} ${tag:3:4}" "$tag" "$existing_phone" > "$T/good.csv"
check_eq "a good file is accepted (303 to its preview)" "$(upload "$T/good.csv")" 303
b=$(batch_of)
check_eq "... kept as a batch not yet imported" "$(db_sql "SELECT status FROM import_batches WHERE id=$b")" uploaded
check_eq "... and no client made yet" "$(db_sql "SELECT COUNT(*) FROM clients WHERE family_name='Imp$tag'")" 1
check_eq "the preview answers 200" "$(req -b "$jar" "$BASE/clients/import/$b")" 200
check_has "... guessing the column First name -> given name" "$T/b" 'option value="given_name" selected'
check_has "... guessing Surname -> family name" "$T/b" 'option value="family_name" selected'
check_has "... guessing Town -> city" "$T/b" 'option value="city" selected'
check_has "... counting 3 rows and no errors" "$T/b" 'Rows: 3; rows with errors: <strong>0</strong>'
check_has "... showing the quoted name decoded and escaped" "$T/b" 'Ben &quot;B&quot;'
check_has "... marking the existing phone as a possible duplicate" "$T/b" 'possible duplicate'
# A mapping that makes rows invalid: the commit refuses and stores nothing.
bad_map=(-d mapped=1 -d map_0=given_name -d map_1=family_name -d map_2=email1 -d map_3=phone1 -d map_4=city)
check_eq "a mapping that makes rows invalid shows errors in the preview" "$(req -b "$jar" -G "${bad_map[@]}" "$BASE/clients/import/$b")" 200
check_has "... row by row" "$T/b" 'class="field-error">email1: '
check_eq "... and its import is refused (400)" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "${bad_map[@]}" -d dups=skip "$BASE/clients/import/$b")" 400
check_eq "... storing nothing" "$(db_sql "SELECT COUNT(*) FROM clients WHERE family_name='Imp$tag'")" 1
check_eq "... and the batch is still not imported" "$(db_sql "SELECT status FROM import_batches WHERE id=$b")" uploaded
# The right mapping: import, skipping the duplicate.
good_map=(-d mapped=1 -d map_0=given_name -d map_1=family_name -d map_2=phone1 -d map_3=email1 -d map_4=city)
check_eq "importing with duplicates skipped answers 303" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "${good_map[@]}" -d dups=skip "$BASE/clients/import/$b")" 303
check_eq "... two clients are made" "$(db_sql "SELECT COUNT(*) FROM clients WHERE family_name='Imp$tag' AND import_batch_id=$b")" 2
check_eq "... the duplicate was skipped" "$(db_sql "SELECT CONCAT(rows_imported, '/', rows_skipped, '/', status) FROM import_batches WHERE id=$b")" "2/1/imported"
check_eq "... the phone is stored normalised" "$(db_sql "SELECT COUNT(*) FROM client_phones p JOIN clients c ON c.id=p.client_id WHERE c.family_name='Imp$tag' AND p.normalized LIKE '60%'")" 1
check "... the import is audited" test "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='client_import_batch' AND entity_id=$b")" = 1
check_eq "... a second submission does not import again (409)" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "${good_map[@]}" -d dups=skip "$BASE/clients/import/$b")" 409
check_eq "... and the imported clients are found by search" "$(curl -s -b "$jar" "$BASE/clients?q=imp$tag" | grep -c 'data-label="Name"')" 3
# Undo: blocked while an imported client has history; possible without.
cid=$(db_sql "SELECT id FROM clients WHERE import_batch_id=$b ORDER BY id LIMIT 1")
req -b "$jar" --data-urlencode "csrf_token=$tok" -d channel=phone -d direction=in --data-urlencode "summary=called back" "$BASE/clients/$cid/interactions" >/dev/null
check_eq "undo is refused while an imported client has an interaction (409)" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "$BASE/clients/import/$b/undo")" 409
check_eq "... and nothing was removed" "$(db_sql "SELECT COUNT(*) FROM clients WHERE import_batch_id=$b")" 2
db_sql "DELETE FROM interactions WHERE client_id=$cid"
check_eq "undo removes the batch's clients (303)" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "$BASE/clients/import/$b/undo")" 303
check_eq "... all of them" "$(db_sql "SELECT COUNT(*) FROM clients WHERE import_batch_id=$b")" 0
check_eq "... with their list rows and search keys (those of the client there before stay)" \
  "$(db_sql "SELECT CONCAT((SELECT COUNT(*) FROM client_list WHERE words LIKE '% imp$tag%'), '|',
    (SELECT COUNT(*) FROM client_search WHERE k = 'imp' AND sort_name LIKE 'Imp$tag%'))")" "1|1"
check_eq "... and the batch says so" "$(db_sql "SELECT status FROM import_batches WHERE id=$b")" undone
check_eq "... the client that was there before stays" "$(db_sql "SELECT COUNT(*) FROM clients WHERE family_name='Imp$tag'")" 1
# Who may import.
ajar=$T/imp-agent.jar; rm -f "$ajar"; sign_in_role "$ajar" agent >/dev/null
check_eq "an agent may not import (403)" "$(status_of -b "$ajar" "$BASE/clients/import")" 403
check_eq "... nor upload by a hand-made request (403)" "$(req -b "$ajar" -F "csrf_token=$(csrf_of "$ajar")" -F "file=@$T/good.csv" "$BASE/clients/import")" 403
check_eq "an upload without the CSRF token is refused (403)" "$(req -b "$jar" -F "file=@$T/good.csv" "$BASE/clients/import")" 403
check_eq "multipart is refused on routes that take no file (415)" "$(req -b "$jar" -F "csrf_token=$tok" -F "lang=en" "$BASE/prefs/language")" 415
