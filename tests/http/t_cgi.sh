# t_cgi.sh: the programs as plain CGI (no web server), under valgrind when it is installed; crmctl.
cgi() {   # cgi PROGRAM METHOD PATH [QUERY] [BODY]: runs one request, output to $T/cgi
  local prog=$1 method=$2 path=$3 query=${4:-} body=${5:-}
  printf '%s' "$body" | env -i PATH="$PATH" CRM_CONFIG="$VAR/crm.conf" REQUEST_METHOD="$method" \
    DOCUMENT_URI="$path" QUERY_STRING="$query" HTTP_HOST=localhost REMOTE_ADDR=127.0.0.1 \
    CONTENT_LENGTH="${#body}" CONTENT_TYPE=application/x-www-form-urlencoded \
    ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} ${UBSAN_OPTIONS:+UBSAN_OPTIONS=$UBSAN_OPTIONS} \
    ${VALGRIND:+$VALGRIND} "$BUILD/$prog" > "$T/cgi" 2> "$T/cgi.err"
}
cgi crm GET /login
check_has "crm runs as plain CGI: sign-in page" "$T/cgi" '^Status: 200 OK'
check_has "... with the form" "$T/cgi" 'name="password"'
cgi feedback GET /feedback/ "lang=ms"
check_has "feedback runs as plain CGI in Malay" "$T/cgi" '<html lang="ms">'
cgi crm GET /login "next=%00"
check_has "CGI: a NUL byte is a 400" "$T/cgi" '^Status: 400'
check "crm --routes lists the route table" bash -c "'$BUILD/crm' --routes | grep -q '^POST /login login=0 csrf=1'"

if [ -n "${NO_VALGRIND:-}" ]; then
  :   # the sanitizer build runs without valgrind (the two do not mix)
elif command -v valgrind >/dev/null; then
  VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite"
  vg_ok=1; vg_runs=0
  for spec in "crm GET /login" "crm GET /login next=/admin/staff" "crm GET / " "crm GET /healthz" \
              "crm GET /nope" "crm GET /login next=%FF" "feedback GET /feedback/ lang=fil" \
              "feedback GET /feedback/healthz"; do
    set -- $spec
    cgi "$@"; rc=$?
    vg_runs=$((vg_runs + 1))
    if [ $rc = 99 ] || grep -q '==[0-9]*==' "$T/cgi.err"; then vg_ok=0; sed 's/^/# /' "$T/cgi.err" | head -30; fi
  done
  cgi crm POST /login "" "csrf_token=x&username=demo.admin&password=wrong"; rc=$?
  vg_runs=$((vg_runs + 1))
  if [ $rc = 99 ] || grep -q '==[0-9]*==' "$T/cgi.err"; then vg_ok=0; sed 's/^/# /' "$T/cgi.err" | head -30; fi
  # The public program's whole path: a submission stored, its receipt, the lookup and the status page.
  vg_check() { vg_runs=$((vg_runs + 1)); if [ "$1" = 99 ] || grep -q '==[0-9]*==' "$T/cgi.err"; then vg_ok=0; sed 's/^/# /' "$T/cgi.err" | head -30; fi; }
  vg_tok=$(curl -s "$BASE/feedback/" | grep -o 'name="token" value="[0-9a-f]*"' | sed 's/.*value="//; s/"$//')
  db_sql "UPDATE settings SET value = '0' WHERE name = 'feedback_min_seconds'"
  cgi feedback POST /feedback/ "" "token=$vg_tok&kind=praise&message=Valgrind&name=V&email=vg%40example.com"; vg_check $?
  check_has "the public program stores a submission as plain CGI (303)" "$T/cgi" '^Status: 303'
  vg_code=$(sed -n 's#^Location: /feedback/receipt/\([A-Z0-9-]*\).*#\1#p' "$T/cgi" | tr -d '\r')
  cgi feedback GET "/feedback/receipt/$vg_code"; vg_check $?
  cgi feedback POST /feedback/ "" "token=$vg_tok&kind=praise&message=Valgrind&name=&email=vg%40example.com"; vg_check $?
  cgi feedback POST /feedback/status "" "code=$vg_code&contact=vg%40example.com"; vg_check $?
  vg_key=$(sed -n 's#^Location: /feedback/status/\([0-9a-f]*\).*#\1#p' "$T/cgi" | tr -d '\r')
  check "... finds it on the status page" test -n "$vg_key"
  cgi feedback GET "/feedback/status/$vg_key"; vg_check $?
  check_has "... and shows it" "$T/cgi" 'id="case-state"'
  db_sql "UPDATE settings SET value = '3' WHERE name = 'feedback_min_seconds'"
  check_eq "valgrind finds no errors and no definite leaks in $vg_runs CGI requests" "$vg_ok" 1
  unset VALGRIND
else
  fail "valgrind is not installed"
fi

# crmctl: no default accounts, idempotent migrations, landed migrations never change, user add.
ctl() { CRM_CONFIG="$1" "$BUILD/crmctl" "${@:2}"; }
# Its own accounts: accounts are server-wide, and migrate sets their grants to its database.
sed -e 's/^db_name = crm$/db_name = crm_fresh/' -e 's/^db_app_user = .*/db_app_user = fresh_app/' \
  -e 's/^db_public_user = .*/db_public_user = fresh_public/' "$VAR/crm.conf" > "$T/fresh.conf"
check "crmctl migrate builds a fresh database" ctl "$T/fresh.conf" migrate
check_eq "a fresh database has no staff accounts (no defaults)" "$(mariadb --no-defaults -S "$VAR/run/mysql.sock" -uroot -N -B crm_fresh -e 'SELECT COUNT(*) FROM staff')" 0
check_eq "migrate again is a no-op" "$(ctl "$T/fresh.conf" migrate)" "schema is up to date"
mkdir -p "$T/sql"; cp "$SRC"/sql/*.sql "$T/sql/"; echo "-- edited" >> "$T/sql/001_foundation.sql"
sed "s|^sql_dir = .*|sql_dir = $T/sql|" "$T/fresh.conf" > "$T/edited.conf"
check "an edited landed migration is refused" bash -c "! CRM_CONFIG='$T/edited.conf' '$BUILD/crmctl' migrate 2>'$T/mig.err'"
check_has "... saying why" "$T/mig.err" 'was changed after it was applied'
check "user add reads the password from standard input" bash -c "printf 'a long enough secret\n' | CRM_CONFIG='$T/fresh.conf' '$BUILD/crmctl' user add --username first.admin --role admin --name 'First Admin'"
check_eq "... and stores an argon2id hash of it" "$(mariadb --no-defaults -S "$VAR/run/mysql.sock" -uroot -N -B crm_fresh -e "SELECT LEFT(password_hash,10) FROM staff WHERE username='first.admin'")" '$argon2id$'
check "user add refuses a password given as an argument" bash -c "! CRM_CONFIG='$T/fresh.conf' '$BUILD/crmctl' user add --username x.admin --role admin --password secret </dev/null"
check "user add refuses a taken username" bash -c "! printf 'a long enough secret\n' | CRM_CONFIG='$T/fresh.conf' '$BUILD/crmctl' user add --username first.admin --role admin"
check "user add refuses an unknown role" bash -c "! printf 'a long enough secret\n' | CRM_CONFIG='$T/fresh.conf' '$BUILD/crmctl' user add --username y.admin --role owner"
check "crmctl --help lists the commands" bash -c "'$BUILD/crmctl' --help | grep -q 'demo-data'"
mariadb --no-defaults -S "$VAR/run/mysql.sock" -uroot -e "DROP DATABASE crm_fresh; DROP USER 'fresh_app'@'localhost', 'fresh_public'@'localhost'"
