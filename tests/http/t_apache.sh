# t_apache.sh: the same programs behind Apache 2.4 (mod_proxy_fcgi, one fcgi://name/ per backend).
if ! command -v apache2 >/dev/null; then fail "apache2 is not installed"; return 0 2>/dev/null || exit 0; fi
APORT=${APACHE_PORT:?}
mkdir -p "$VAR/apache"
user_line=""; [ "$(id -u)" = 0 ] && user_line=$'User www-data\nGroup www-data'
sed -e "s|@VAR@|$VAR|g" -e "s|@SRC@|$SRC|g" -e "s|@PORT@|$APORT|g" "$SRC/conf/apache.conf.in" |
  awk -v ul="$user_line" '{ if ($0 == "@USER_LINE@") print ul; else print }' > "$VAR/apache/apache.conf"
if apache2 -f "$VAR/apache/apache.conf" -k start; then
  AB=http://127.0.0.1:$APORT
  up=0; for i in $(seq 1 50); do [ "$(status_of "$AB/healthz")" = 200 ] && { up=1; break; }; sleep 0.1; done
  check_eq "Apache serves the staff program" "$up" 1
  check_eq "Apache serves the public program on its own backend" "$(req -H 'Accept-Language: ms' "$AB/feedback/")" 200
  check_has "... which is really the public program" "$T/b" '<h1>Maklum balas</h1>'
  check_eq "Apache serves static files" "$(req "$AB/static/crm.css")" 200
  check "... with nosniff" grep -qi '^X-Content-Type-Options: nosniff' "$T/h"
  check_eq "Apache: unknown path is 404 from the program" "$(req "$AB/nope")" 404
  check_has "... the program's own error page" "$T/b" 'There is no such page'
  (BASE=$AB; jar=$T/ap.jar; rm -f "$jar"
   check_eq "Apache: sign in works" "$(sign_in_role "$jar" admin)" 303
   check_eq "Apache: signed-in home" "$(req -b "$jar" "$BASE/")" 200
   check_has "Apache: security headers pass through" "$T/h" "^Content-Security-Policy: default-src 'self'")
  apache2 -f "$VAR/apache/apache.conf" -k stop
  for i in $(seq 1 50); do [ -f "$VAR/run/apache.pid" ] || break; sleep 0.1; done
else
  fail "Apache did not start: $(tail -3 "$VAR/log/apache-error.log" 2>/dev/null)"
fi
