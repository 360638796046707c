# shellcheck shell=bash
# A second axis on this machine, playing the national axis (README, "Federation"), sourced by bin/edoc: a domain of
# its own (edoc-peer: admin 15848, HTTP 15880) on its embedded database, whose directory holds the two national
# offices of signing-keys-sample/keys/peer. `start` links it both ways with the province's cluster (bin/edoc cluster
# start, which must be running): each axis is a connected system of the other (scope peer:ID), a peer route says where
# the other one is and which codes it serves, and each trusts the seals of the other's offices.
#
#   bin/edoc peer start [--fresh] [--test]
#   bin/edoc peer stop

PEER_AXIS_ID="truc-quoc-gia"
PEER_CODES="*.G*"
PEER_KEYS="$ROOT/signing-keys-sample/keys/peer"
PEER_DOMAIN_DIR="${EDOC_PEER_DOMAIN_DIR:-$RUNTIME/domains}"
CLUSTER_DOMAIN_DIR="${EDOC_CLUSTER_DOMAIN_DIR:-$RUNTIME/domains}"

as_peer() {
  DOMAIN="edoc-peer"
  DOMAIN_DIR="$PEER_DOMAIN_DIR"
  DOMAIN_PORTBASE=15800
  ADMIN_PORT=15848
  HTTP_URL="http://localhost:15880"
  CONFIG_TARGET=""
}

# The cluster's first instance answers for the province (any instance would: one database).
as_cluster() {
  DOMAIN="edoc-cluster"
  DOMAIN_DIR="$CLUSTER_DOMAIN_DIR"
  ADMIN_PORT=14848
  HTTP_URL="http://localhost:28080"
  CONFIG_TARGET="dg-edoc"
}

# The national axis's own settings: its id and name, its trust folder (the sample PKIs), its receipt key.
peer_settings() {
  local trust="$DOMAIN_DIR/$DOMAIN/config/edoc-trust" name value
  if [[ ! -d "$trust" ]]; then
    mkdir -p "$trust"
    cp -r "$ROOT/signing-keys-sample/keys/trust/." "$trust/"
  fi
  while read -r name value; do
    set_property "$name" "$value"
  done <<EOF_SETTINGS
edoc.axis.id $PEER_AXIS_ID
edoc.axis.name edoc SAMPLE national axis
edoc.trust.directory $trust
edoc.receipts.keystore $ROOT/signing-keys-sample/keys/axis/edoc-axis.p12
edoc.receipts.keystore-password edoc-sample
EOF_SETTINGS
}

# Copies the sample national PKI's trust files into the running domain's trust folder, named apart from the others
# (the axis reads its trust folder again within seconds).
trust_national_seals() {
  local trust="$DOMAIN_DIR/$DOMAIN/config/edoc-trust" folder file office
  for folder in anchors intermediates crls; do
    for file in "$PEER_KEYS/trust/$folder"/*; do
      cp "$file" "$trust/$folder/national-$(basename "$file")"
    done
  done
  for office in "$PEER_KEYS/trust/seals"/*; do
    mkdir -p "$trust/seals/$(basename "$office")"
    cp "$office"/*.pem "$trust/seals/$(basename "$office")/"
  done
}

# On the running domain: the peer route to the other axis (ID, PATTERN, URL of its instance), and the secret file
# of the connected system this axis is there (MP Config edoc.peer.ID.secret-file).
route_to_peer() {
  local id="$1" pattern="$2" url="$3" secret_file="$4" answer
  answer="$(printf 'code_pattern,peer_id,endpoint\n%s,%s,%s/edoc-ws/AxisService\n' "$pattern" "$id" "$url" \
    | curl -sS -u "$(operator_auth)" -X PUT -H 'Content-Type: text/csv' --data-binary @- \
      "$HTTP_URL/edoc/api/directory/peer-routes")"
  grep -q '"entries":1' <<<"$answer" || die "the peer route was refused on $DOMAIN: $answer"
  set_property "edoc.peer.$id.secret-file" "$secret_file"
}

peer_start() {
  local fresh=false tests=false answer
  while (($#)); do
    case "$1" in
      --fresh) fresh=true; shift ;;
      --test) tests=true; shift ;;
      *) die "unknown option $1 (bin/lib/peer.sh)" ;;
    esac
  done
  as_cluster
  curl -fsS -o /dev/null "$HTTP_URL/health/ready" 2>/dev/null || die "start the cluster first: bin/edoc cluster start"
  as_peer
  ensure_built
  ensure_payara
  if [[ "$fresh" == true ]]; then
    stop_domain
    rm -rf "${DOMAIN_DIR:?}/$DOMAIN"
  fi
  ensure_domain
  start_domain
  wait_for_loaded_application
  configure_database h2
  peer_settings
  trust_national_seals
  EDOC_OPERATOR_PASSWORD="${EDOC_OPERATOR_PASSWORD:-$([[ "$tests" == true ]] && echo edoc-it-operator)}" ensure_operator
  ensure_secret_key
  [[ "$tests" == false ]] || fast_retries_for_tests
  deploy_if_changed
  wait_until_ready
  answer="$(curl -sS -u "$(operator_auth)" -X POST -H 'Content-Type: text/csv' \
    --data-binary @"$PEER_KEYS/directory.csv" "$HTTP_URL/edoc/api/directory")"
  grep -q '"changes"' <<<"$answer" || die "the national directory was refused: $answer"
  ensure_system national-dms "QLVBĐH mẫu của các bộ (sample national document-management system)" '["*"]' \
    "$DOMAIN_DIR/$DOMAIN/config/edoc-national-dms-secret"
  # the province is a connected system here, for the offices behind it only
  ensure_system "$CLUSTER_AXIS_ID" "Trục liên thông tỉnh Gia Lai" "[\"peer:$CLUSTER_AXIS_ID\"]" \
    "$CLUSTER_DOMAIN_DIR/edoc-cluster/config/edoc-peer-$PEER_AXIS_ID-secret"
  route_to_peer "$CLUSTER_AXIS_ID" "*.H21" "http://localhost:28080" \
    "$DOMAIN_DIR/$DOMAIN/config/edoc-peer-$CLUSTER_AXIS_ID-secret"

  as_cluster
  trust_national_seals
  ensure_system "$PEER_AXIS_ID" "Trục liên thông văn bản quốc gia" "[\"peer:$PEER_AXIS_ID\"]" \
    "$PEER_DOMAIN_DIR/edoc-peer/config/edoc-peer-$CLUSTER_AXIS_ID-secret"
  route_to_peer "$PEER_AXIS_ID" "$PEER_CODES" "http://localhost:15880" \
    "$DOMAIN_DIR/$DOMAIN/config/edoc-peer-$PEER_AXIS_ID-secret"
  cat <<EOF
The national axis ($PEER_AXIS_ID) runs beside the province's cluster ($CLUSTER_AXIS_ID), linked both ways:
  national axis:  http://localhost:15880/edoc-ws/AxisService?wsdl (connected system national-dms, secret in
                  $PEER_DOMAIN_DIR/edoc-peer/config/edoc-national-dms-secret; offices 000.00.00.G22, 000.00.00.G09)
  province:       codes $PEER_CODES go to the national axis; the national axis sends *.H21 to the province
Stop it with: bin/edoc peer stop
EOF
}

peer() {
  CLUSTER_AXIS_ID="gia-lai"
  case "${1:-}" in
    start) shift; peer_start "$@" ;;
    stop)
      as_peer
      if [[ -x "$ASADMIN" ]] && domain_running; then
        stop_domain
      fi
      say "the national axis is stopped"
      ;;
    *) die "peer start [--fresh] [--test]|stop" ;;
  esac
}
