# t_admin.sh: admin staff pages: add (with validation), disable ends sessions, enable, reset password; audit; escaping.
jar=$T/adm.jar; rm -f "$jar"
sign_in_role "$jar" admin >/dev/null
tok=$(csrf_of "$jar")
new_staff() {   # new_staff USERNAME FULL_NAME ROLE PASSWORD -> status
  req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode "username=$1" --data-urlencode "full_name=$2" \
    --data-urlencode "role=$3" --data-urlencode language=fil --data-urlencode "password=$4" "$BASE/admin/staff/new"
}
check_eq "staff list answers 200" "$(req -b "$jar" "$BASE/admin/staff")" 200
check_eq "the add form answers 200" "$(req -b "$jar" "$BASE/admin/staff/new")" 200
check_has "the add form has labelled fields" "$T/b" '<label for="full_name">'

check_eq "a new agent is created" "$(new_staff rosa.agent 'Rosa Dela Cruz' agent 'correct horse battery')" 303
check_eq "... and listed" "$(db_sql "SELECT CONCAT(role, ' ', language, ' ', active) FROM staff WHERE username='rosa.agent'")" "agent fil 1"
check "... with an argon2id hash" test "$(db_sql "SELECT LEFT(password_hash, 10) FROM staff WHERE username='rosa.agent'")" = '$argon2id$'
check "... and an audit entry" test "$(db_sql "SELECT COUNT(*) FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.action='staff_create' AND a.detail='rosa.agent' AND s.role='admin'")" = 1
check_eq "a taken username is a conflict (409)" "$(new_staff rosa.agent 'Other' agent 'correct horse battery')" 409
check_has "... with the reason next to the field" "$T/b" 'This username is already taken'
n_before=$(db_sql "SELECT COUNT(*) FROM staff")
check_eq "a short password is refused (400)" "$(new_staff short.pw 'Short' agent 'abc')" 400
check_has "... with a message next to the field" "$T/b" 'id="err-password"[^>]*>The password must be at least 10 characters'
check_has "... keeping what was typed" "$T/b" 'value="short.pw"'
check_eq "a bad username is refused (400)" "$(new_staff 'Bad Name!' 'X' agent 'correct horse battery')" 400
check_eq "a role outside the list is refused (400)" "$(new_staff good.name 'X' owner 'correct horse battery')" 400
check_eq "a refused form changes nothing" "$(db_sql "SELECT COUNT(*) FROM staff")" "$n_before"

# Escaping: hostile text is shown as text on every page that shows it.
xss='<script>alert(1)</script>"'"'"'&<img src=x onerror=alert(2)>'
check_eq "a name with markup is stored" "$(new_staff xss.test "$xss" agent 'correct horse battery')" 303
req -b "$jar" "$BASE/admin/staff" >/dev/null
check_has "the staff list shows it escaped" "$T/b" '&lt;script&gt;alert\(1\)&lt;/script&gt;&quot;&#39;&amp;&lt;img'
check_lacks "the staff list has no live markup from it" "$T/b" '<script>|<img src=x'
read -r xid < <(db_sql "SELECT id FROM staff WHERE username='xss.test'")
req -b "$jar" "$BASE/admin/staff/$xid/password" >/dev/null
check_lacks "the password page shows it escaped" "$T/b" '<script>|<img src=x'
x2=$T/x.jar; sign_in "$x2" xss.test 'correct horse battery' >/dev/null
req -b "$x2" "$BASE/" >/dev/null
check_has "the home page of that user shows it escaped" "$T/b" '<h1>[^<]*, &lt;script&gt;'
check_lacks "... with no live markup" "$T/b" '<script>|<img src=x'

# Disable ends the user's sessions; enable lets them back; the admin cannot disable themself.
rj=$T/rosa.jar; rm -f "$rj"
check_eq "the new agent signs in" "$(sign_in "$rj" rosa.agent 'correct horse battery')" 303
check_has "... and sees the interface in the language set for them" <(curl -s -b "$rj" "$BASE/") '<html lang="fil">'
read -r rid < <(db_sql "SELECT id FROM staff WHERE username='rosa.agent'")
check_eq "admin disables the agent" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "$BASE/admin/staff/$rid/disable")" 303
check_eq "... whose session ends at once" "$(status_of -b "$rj" "$BASE/")" 303
check_eq "... and who cannot sign in" "$(sign_in "$T/r2.jar" rosa.agent 'correct horse battery')" 200
check "... recorded in the audit log with old and new value" test "$(db_sql "SELECT CONCAT(field, old_value, new_value) FROM audit_log WHERE action='staff_disable' AND entity_id=$rid")" = active10
check_eq "admin enables the agent again" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "$BASE/admin/staff/$rid/enable")" 303
check_eq "... who can sign in again" "$(sign_in "$rj" rosa.agent 'correct horse battery')" 303
read -r aid < <(db_sql "SELECT id FROM staff WHERE username='$(login_of admin | cut -d' ' -f1)'")
check_eq "an admin cannot disable their own account (409)" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "$BASE/admin/staff/$aid/disable")" 409
check_eq "a disable of a missing id is 404" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" "$BASE/admin/staff/987654/disable")" 404
check_eq "an agent cannot disable anyone, even by a hand-made request" "$(gtok=$(csrf_of "$rj"); req -b "$rj" --data-urlencode "csrf_token=$gtok" "$BASE/admin/staff/$aid/disable")" 403
check_eq "... and the admin is still active" "$(db_sql "SELECT active FROM staff WHERE id=$aid")" 1

# Password reset ends the user's sessions; the new password works, the old does not.
check_eq "the reset form answers 200" "$(req -b "$jar" "$BASE/admin/staff/$rid/password")" 200
check_eq "a short new password is refused" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode "password=short" "$BASE/admin/staff/$rid/password")" 400
check_eq "admin sets a new password" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode "password=a brand new secret" "$BASE/admin/staff/$rid/password")" 303
check_eq "... which ends the agent's session" "$(status_of -b "$rj" "$BASE/")" 303
check_eq "... the old password fails" "$(sign_in "$T/r3.jar" rosa.agent 'correct horse battery')" 200
check_eq "... the new one works" "$(sign_in "$T/r3.jar" rosa.agent 'a brand new secret')" 303
check "... recorded in the audit log" test "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='staff_password' AND entity_id=$rid")" = 1
check_eq "the audit page answers 200" "$(req -b "$jar" "$BASE/admin/audit")" 200
check_has "... and shows the password reset" "$T/b" 'staff_password'
check_eq "the audit page refuses a bad cursor" "$(req -b "$jar" "$BASE/admin/audit?before=abc")" 400

# Language preference.
check_eq "language preference can be changed" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode lang=ms --data-urlencode next=/admin/staff "$BASE/prefs/language")" 303
check_eq "... and returns to the page" "$(header Location)" /admin/staff
check_has "... which now speaks Malay" <(curl -s -b "$jar" "$BASE/admin/staff") '<html lang="ms">.*|Kakitangan'
check_eq "a language outside the list is refused" "$(req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode lang=de "$BASE/prefs/language")" 400
req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode lang=en "$BASE/prefs/language" >/dev/null
