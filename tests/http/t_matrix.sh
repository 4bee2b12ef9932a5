# t_matrix.sh: the role x route matrix, derived from the route tables and checked for every role.
matrix=$SRC/tests/http/role_matrix.txt
("$BUILD/crm" --routes; "$BUILD/feedback" --routes) | awk '{ print $1, $2 }' | sort > "$T/routes"
grep -v '^#' "$matrix" | awk 'NF { print $1, $2 }' | sort > "$T/matrix"
check_eq "every route has a row in role_matrix.txt" "$(comm -23 "$T/routes" "$T/matrix" | tr '\n' ';')" ""
check_eq "every row of role_matrix.txt is a route" "$(comm -13 "$T/routes" "$T/matrix" | tr '\n' ';')" ""

declare -A JAR TOK
for role in agent manager admin; do
  JAR[$role]=$T/m-$role.jar
  sign_in_role "${JAR[$role]}" "$role" >/dev/null
  TOK[$role]=$(csrf_of "${JAR[$role]}")
done
JAR[anon]=$T/m-anon.jar
curl -s -c "${JAR[anon]}" -o "$T/anon.html" "$BASE/login"
TOK[anon]=$(csrf_in "$T/anon.html")

outcome() {   # outcome METHOD PATH ROLE -> ok|login|deny|error:STATUS
  local m=$1 p=$2 r=$3 st loc
  if [ "$m" = GET ]; then st=$(req -b "${JAR[$r]}" "$BASE$p")
  else st=$(req -b "${JAR[$r]}" --data-urlencode "csrf_token=${TOK[$r]}" "$BASE$p"); fi
  loc=$(header Location)
  if [ "$st" = 403 ] && grep -q 'Your session has ended' "$T/b"; then echo login
  elif [ "$st" = 403 ]; then echo deny
  elif [ "$st" = 303 ] && [[ "$loc" == /login* ]] && [ "$p" != /logout ]; then echo login
  elif [ "${st:0:1}" = 5 ]; then echo "error:$st"
  else echo ok; fi
}

bad=""
cells=0
while read -r m pat sample anon agent manager admin; do
  case "$m" in ''|'#'*) continue ;; esac
  for role in anon agent manager admin; do
    want=${!role}
    got=$(outcome "$m" "$sample" "$role")
    cells=$((cells + 1))
    [ "$got" = "$want" ] || bad="$bad $m $sample as $role: got $got want $want;"
  done
done < "$matrix"
check_eq "role x route matrix holds for all $cells cells" "${bad:-none}" none
