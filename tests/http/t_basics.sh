# t_basics.sh: health checks, 404/405, strict input (400/413/414), security headers on every route.

check_eq "healthz of crm answers 200" "$(req "$BASE/healthz")" 200
check_has "healthz body says ok" "$T/b" '^ok$'
check_eq "healthz of feedback answers 200" "$(req "$BASE/feedback/healthz")" 200
check_eq "unknown path is 404" "$(req "$BASE/no/such/page")" 404
check_has "404 page is the error page" "$T/b" 'There is no such page'
check_eq "GET on a POST-only route is 405" "$(req "$BASE/logout")" 405
check_eq "POST on a GET-only route is 405" "$(req -d x=1 "$BASE/healthz")" 405
check_eq "unknown query field is 400" "$(req "$BASE/login?foo=1")" 400
check_eq "repeated field is 400" "$(req "$BASE/login?next=/&next=/")" 400
check_eq "NUL byte (%00) is 400" "$(req "$BASE/login?next=/a%00b")" 400
check_eq "invalid UTF-8 is 400" "$(req "$BASE/login?next=%FF")" 400
check_eq "bad percent escape is 400" "$(req "$BASE/login?next=%zz")" 400
check_eq "field without = is 400" "$(req "$BASE/login?next")" 400
check_eq "control character is 400" "$(req "$BASE/login?next=%01")" 400
{ printf 'username='; head -c 300000 /dev/zero | tr '\0' 'a'; } > "$T/big"
check_eq "body over 256 KiB is 413" "$(req --data-binary "@$T/big" "$BASE/login")" 413
many=$(for i in $(seq 1 80); do printf 'f%d=1&' "$i"; done)
check_eq "too many fields is 400" "$(req --data-binary "${many%&}" "$BASE/login")" 400
check_eq "query string over 8 KiB is refused (414)" "$(req "$BASE/login?next=/$(head -c 9000 /dev/zero | tr '\0' a)")" 414
check_eq "non-form content type is 415" "$(req -H 'Content-Type: application/json' --data-binary '{}' "$BASE/login")" 415
check_eq "unknown field on POST is 400 (no mass assignment)" \
  "$(req -b "crm_csrf=$(printf 'a%.0s' $(seq 64))" -d "csrf_token=$(printf 'a%.0s' $(seq 64))&username=x&password=y&role=admin" "$BASE/login")" 400

# Security headers on every route of both programs, anonymous and signed in.
jar=$T/admin.jar
sign_in_role "$jar" admin >/dev/null
headers_ok() {   # checks the headers in $T/h
  local h=$T/h
  grep -qi "^Content-Security-Policy: default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" "$h" &&
  ! grep -i '^Content-Security-Policy:' "$h" | grep -q unsafe-inline &&
  grep -qi '^X-Content-Type-Options: nosniff' "$h" &&
  grep -qi '^Referrer-Policy: ' "$h" &&
  grep -qiE '^Content-Type: [a-z]+/[a-z+.-]+; charset=utf-8' "$h" &&
  grep -qi '^Cache-Control: no-store' "$h"
}
routes_checked=0
routes_bad=""
while read -r method pattern _; do
  path=${pattern//\{id\}/1}
  for who in anon staff; do
    cj=(); [ "$who" = staff ] && cj=(-b "$jar")
    if [ "$method" = GET ]; then req "${cj[@]}" "$BASE$path" >/dev/null
    else req "${cj[@]}" -d "x=1" "$BASE$path" >/dev/null; fi
    headers_ok || routes_bad="$routes_bad $method:$path:$who"
    routes_checked=$((routes_checked + 1))
  done
done < <("$BUILD/crm" --routes; "$BUILD/feedback" --routes)
check_eq "security headers on every route, anonymous and signed in ($routes_checked responses)" "${routes_bad:-none}" none
req "$BASE/static/crm.css" >/dev/null
check "static files carry nosniff and CSP" grep -qi '^X-Content-Type-Options: nosniff' "$T/h"
check_eq "error page reveals no server software version" "$(req "$BASE/nope" >/dev/null; header Server)" nginx

# Every POST route of the staff program requires CSRF (a route table row without it fails here);
# every POST of the public program, which sets no cookie (nothing ambient to forge), at least a
# same-site origin.
nocsrf=$("$BUILD/crm" --routes | awk '$1 == "POST" && $0 !~ / csrf=1 / { print $2 }')
check_eq "every POST route of the staff program requires a CSRF token" "${nocsrf:-none}" none
nocsrf=$("$BUILD/feedback" --routes | awk '$1 == "POST" && $0 !~ / csrf=(1|site) / { print $2 }')
check_eq "every POST route of the public program requires a same-site origin" "${nocsrf:-none}" none
check_eq "... a POST to the public form from another site is refused (403)" \
  "$(req -H 'Origin: https://evil.example' -d kind=complaint "$BASE/feedback/")" 403
check_eq "... so is one a browser marks cross-site (403)" \
  "$(req -H 'Sec-Fetch-Site: cross-site' -d code=x "$BASE/feedback/status")" 403
check_eq "... and the public program sets no cookie" "$(req "$BASE/feedback/" >/dev/null; grep -ci '^Set-Cookie' "$T/h")" 0
