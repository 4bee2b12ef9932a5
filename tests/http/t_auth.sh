# t_auth.sh: sign-in, no user enumeration, throttling, session rotation and expiry, CSRF, sign-out.
db_sql "DELETE FROM login_failures"
read -r AU AP < <(login_of admin)
read -r GU GP < <(login_of agent)

jar=$T/a.jar; rm -f "$jar"
check_eq "sign-in page answers 200" "$(req -c "$jar" "$BASE/login")" 200
check_has "sign-in page has a labelled username field" "$T/b" '<label for="username">'
check "anonymous visitor gets a CSRF cookie (HttpOnly, SameSite=Lax)" grep -qiE '^Set-Cookie: crm_csrf=[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Lax' "$T/h"
tok=$(csrf_in)
check_eq "sign-in without the CSRF token is refused" "$(req -b "$jar" --data-urlencode "username=$AU" --data-urlencode "password=$AP" "$BASE/login")" 403
check_eq "sign-in with a wrong CSRF token is refused" "$(req -b "$jar" --data-urlencode "csrf_token=${tok//[0-9]/f}" --data-urlencode "username=$AU" --data-urlencode "password=$AP" "$BASE/login")" 403
check_eq "sign-in from a cross-site Origin is refused" "$(req -b "$jar" -H 'Origin: http://evil.example' --data-urlencode "csrf_token=$tok" --data-urlencode "username=$AU" --data-urlencode "password=$AP" "$BASE/login")" 403
check_eq "sign-in from an Origin on another port is refused" "$(req -b "$jar" -H "Origin: http://127.0.0.1:1" --data-urlencode "csrf_token=$tok" --data-urlencode "username=$AU" --data-urlencode "password=$AP" "$BASE/login")" 403
check_eq "sign-in from the null Origin is refused" "$(req -b "$jar" -H "Origin: null" --data-urlencode "csrf_token=$tok" --data-urlencode "username=$AU" --data-urlencode "password=$AP" "$BASE/login")" 403
check_eq "sign-in with Sec-Fetch-Site: cross-site is refused" "$(req -b "$jar" -H 'Sec-Fetch-Site: cross-site' --data-urlencode "csrf_token=$tok" --data-urlencode "username=$AU" --data-urlencode "password=$AP" "$BASE/login")" 403

# Wrong password and unknown user: the same answer (status and body but for the token).
st1=$(req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode "username=$AU" --data-urlencode "password=wrong-password" "$BASE/login")
sed 's/value="[0-9a-f]\{64\}"/TOKEN/; s/value="[^"]*" aria-describedby/USER aria-describedby/' "$T/b" > "$T/wrong.html"
check "wrong password sets no session cookie" bash -c "! grep -qi '^Set-Cookie: crm_session=[A-Za-z0-9_-]' '$T/h'"
st2=$(req -b "$jar" --data-urlencode "csrf_token=$tok" --data-urlencode "username=no.such.user" --data-urlencode "password=wrong-password" "$BASE/login")
sed 's/value="[0-9a-f]\{64\}"/TOKEN/; s/value="[^"]*" aria-describedby/USER aria-describedby/' "$T/b" > "$T/unknown.html"
check_eq "wrong password answers 200 with the form" "$st1" 200
check_eq "unknown user answers exactly like a wrong password (status)" "$st2" "$st1"
check "unknown user answers exactly like a wrong password (body)" cmp -s "$T/wrong.html" "$T/unknown.html"
check_has "failed sign-in shows the message in an alert" "$T/b" 'role="alert"[^>]*>The username or password is not right'
check "failed sign-in is in the audit log" test "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='login_failed' AND detail='no.such.user'")" -ge 1

# Success, session cookie, rotation.
st=$(req -b "$jar" -c "$jar" -H "Origin: $BASE" -H "Sec-Fetch-Site: same-origin" --data-urlencode "csrf_token=$tok" --data-urlencode "username=$AU" --data-urlencode "password=$AP" "$BASE/login")
check_eq "correct password from our own Origin (as a browser sends it): 303" "$st" 303
check_eq "correct password: back to /" "$(header Location)" /
check "session cookie is HttpOnly and SameSite=Lax" grep -qiE '^Set-Cookie: crm_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax' "$T/h"
s1=$(grep crm_session "$jar" | awk '{print $7}')
check "the session token is not stored in the database as sent" test "$(db_sql "SELECT COUNT(*) FROM sessions WHERE token_hash = '$s1'")" = 0
check_eq "signed-in home answers 200" "$(req -b "$jar" "$BASE/")" 200
check_has "home greets the signed-in person" "$T/b" '<h1>Welcome, '
sign_in "$jar" "$AU" "$AP" >/dev/null
s2=$(grep crm_session "$jar" | awk '{print $7}')
check "signing in again issues a new session token" test -n "$s2" -a "$s1" != "$s2"
check_eq "the old session token no longer works" "$(status_of -b "crm_session=$s1" "$BASE/")" 303
check "sign-in is in the audit log" test "$(db_sql "SELECT COUNT(*) FROM audit_log a JOIN staff s ON s.id=a.staff_id WHERE a.action='login' AND s.username='$AU'")" -ge 2
check_eq "next= brings the user back after sign-in" "$(jar2=$T/n.jar; curl -s -c $jar2 -o $T/l.html "$BASE/login?next=/admin/staff"; t=$(csrf_in $T/l.html); req -b $jar2 --data-urlencode csrf_token=$t --data-urlencode "username=$AU" --data-urlencode "password=$AP" --data-urlencode next=/admin/staff "$BASE/login" >/dev/null; header Location)" /admin/staff
check_eq "next= cannot send the user to another site" "$(status_of "$BASE/login?next=//evil.example")" 400

# Passwords are used exactly as typed, long ones included.
long="$(printf 'pässwörd %.0s' $(seq 1 20))🙂 end"
ctok=$(csrf_of "$jar")
st=$(req -b "$jar" --data-urlencode "csrf_token=$ctok" --data-urlencode "username=long.pw" --data-urlencode "full_name=Long Password" --data-urlencode role=agent --data-urlencode language=en --data-urlencode "password=$long" "$BASE/admin/staff/new")
check_eq "admin creates a staff member with a ${#long}-character password" "$st" 303
check_eq "the long password signs in" "$(sign_in "$T/l1.jar" long.pw "$long")" 303
check_eq "the long password without its last character does not" "$(sign_in "$T/l2.jar" long.pw "${long%?}")" 200
check_eq "the first 72 bytes alone do not (no bcrypt truncation)" "$(sign_in "$T/l3.jar" long.pw "$(printf '%s' "$long" | head -c 72)")" 200

# Throttling per account: after 5 failures even the right password gets 429, and it passes.
db_sql "DELETE FROM login_failures"
for i in 1 2 3 4 5; do sign_in "$T/t.jar" "$GU" "bad-$i" >/dev/null; done
check_eq "after 5 failures the account is throttled (429)" "$(sign_in "$T/t.jar" "$GU" "$GP")" 429
check_has "a throttled answer says to wait" "$T/b" 'Wait a few minutes'
check_has "a throttled answer keeps the form" "$T/b" 'name="password"' 
check_eq "an unknown user is throttled the same way" "$(for i in 1 2 3 4 5; do sign_in "$T/t.jar" ghost.user "bad" >/dev/null; done; sign_in "$T/t.jar" ghost.user bad)" 429
db_sql "UPDATE login_failures SET at = at - INTERVAL 16 MINUTE"
check_eq "once the window passes the real user signs in (no permanent lock-out)" "$(sign_in "$T/t.jar" "$GU" "$GP")" 303
# Throttling per client address: many usernames from one address.
db_sql "DELETE FROM login_failures"
for i in $(seq 1 30); do sign_in "$T/p.jar" "spray$i" bad >/dev/null; done
check_eq "after 30 failures from one address it is throttled" "$(sign_in "$T/p.jar" "$GU" "$GP")" 429
check_eq "another address is not throttled" "$(curl -s --interface 127.0.0.2 -c $T/q.jar -b $T/q.jar -o $T/q.html "$BASE/login"; t=$(csrf_in $T/q.html); curl -s --interface 127.0.0.2 -b $T/q.jar -o /dev/null -w '%{http_code}' --data-urlencode csrf_token=$t --data-urlencode "username=$GU" --data-urlencode "password=$GP" "$BASE/login")" 303
db_sql "DELETE FROM login_failures"

# Session expiry: idle and absolute.
jar=$T/e.jar; rm -f "$jar"
sign_in "$jar" "$GU" "$GP" >/dev/null
check_eq "fresh session works" "$(status_of -b "$jar" "$BASE/")" 200
db_sql "UPDATE sessions s JOIN staff st ON st.id = s.staff_id SET s.last_seen = NOW() - INTERVAL 61 MINUTE WHERE st.username = '$GU'"
check_eq "idle session past 60 minutes is over" "$(status_of -b "$jar" "$BASE/")" 303
sign_in "$jar" "$GU" "$GP" >/dev/null
db_sql "UPDATE sessions s JOIN staff st ON st.id = s.staff_id SET s.created_at = NOW() - INTERVAL 13 HOUR WHERE st.username = '$GU'"
check_eq "session older than 12 hours is over even when active" "$(status_of -b "$jar" "$BASE/")" 303

# Sign-out.
jar=$T/o.jar; rm -f "$jar"
sign_in "$jar" "$GU" "$GP" >/dev/null
ctok=$(csrf_of "$jar")
stoken=$(grep crm_session "$jar" | awk '{print $7}')
shash=$(printf '%s' "$stoken" | sha256sum | cut -d' ' -f1)
check_eq "the session is stored as the SHA-256 of its token" "$(db_sql "SELECT COUNT(*) FROM sessions WHERE token_hash = '$shash'")" 1
check_eq "sign-out without CSRF token is refused" "$(req -b "$jar" -X POST "$BASE/logout")" 403
check_eq "sign-out with a wrong CSRF token is refused" "$(req -b "$jar" --data-urlencode "csrf_token=${ctok//[0-9]/e}" "$BASE/logout")" 403
check_eq "the session survived the refused sign-outs" "$(status_of -b "$jar" "$BASE/")" 200
check_eq "sign-out answers 303" "$(req -b "$jar" -c "$jar" --data-urlencode "csrf_token=$ctok" "$BASE/logout")" 303
check_eq "sign-out goes to /login" "$(header Location)" /login
check "sign-out clears the cookie" grep -qiE '^Set-Cookie: crm_session=; .*Max-Age=0' "$T/h"
check_eq "after sign-out the home page asks to sign in" "$(status_of -b "crm_session=$stoken" "$BASE/")" 303
check_eq "sign-out deleted the session row" "$(db_sql "SELECT COUNT(*) FROM sessions WHERE token_hash = '$shash'")" 0
check_eq "a made-up session cookie is ignored" "$(status_of -b "crm_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" "$BASE/")" 303
