# shellcheck shell=bash
# A second axis on this machine, playing the national axis (docs/operators/cluster.md, "Federation"), sourced by bin/edoc: a domain of
# its own (edoc-peer: admin 15848, HTTP 15880) on its embedded database, whose directory holds the two national
# offices of signing-keys-sample/keys/peer. `start` links it both ways with the province's cluster (bin/edoc cluster
# start, which must be running): each axis is a connected system of the other (scope peer:ID), a peer route says where
# the other one is and which codes it serves, and each trusts the seals of the other's offices.
#
# With --vxp the province reaches the national axis over the national protocol instead (docs/integrators/vxp.md), as a province's axis reaches the real one: see link_over_vxp.
#
#   bin/edoc peer start [--fresh] [--test] [--vxp]
#   bin/edoc peer stop

PEER_AXIS_ID="truc-quoc-gia"
PEER_CODES="*.G*"
# the province's name for the national axis reached over VXP: a peer of its own, so that switching a running pair to
# VXP never meets settings of the SOAP peer that the servers read a moment ago (MicroProfile Config caches them)
PEER_VXP_ID="vxp-quoc-gia"
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
  local id="$1" pattern="$2" url="$3" secret_file="$4" path="${5:-/edoc-ws/AxisService}" answer
  answer="$(printf 'code_pattern,peer_id,endpoint\n%s,%s,%s%s\n' "$pattern" "$id" "$url" "$path" \
    | curl -sS -u "$(operator_auth)" -X PUT -H 'Content-Type: text/csv' --data-binary @- \
      "$HTTP_URL/edoc/api/directory/peer-routes")"
  grep -q '"entries":1' <<<"$answer" || die "the peer route was refused on $DOMAIN: $answer"
  set_property "edoc.peer.$id.secret-file" "$secret_file"
}

# --vxp: the national axis knows the province's offices (the province's directory imported there, as the real national
# axis holds every province's) and keeps what they are sent until the province takes it (getReceivedEdocList, the
# province's poller); the province sends with sendEdoc as the connected system gia-lai-vxp, whose secret both sides
# keep. The national axis then has no route to the province: its offices are in its own directory.
link_over_vxp() {
  local csv secret_file answer
  secret_file="$CLUSTER_DOMAIN_DIR/edoc-cluster/config/edoc-peer-$PEER_VXP_ID-secret"
  as_cluster
  csv="$(mktemp)"
  curl -fsS -u "$(operator_auth)" -o "$csv" "$HTTP_URL/edoc/api/directory" || die "the province's directory could not be read"
  as_peer
  answer="$(curl -sS -u "$(operator_auth)" -X POST -H 'Content-Type: text/csv' --data-binary @"$csv" \
    "$HTTP_URL/edoc/api/directory")"
  rm -f "$csv"
  grep -q '"changes"' <<<"$answer" || die "the province's directory was refused by the national axis: $answer"
  answer="$(printf 'code_pattern,peer_id,endpoint\n' | curl -sS -u "$(operator_auth)" -X PUT \
    -H 'Content-Type: text/csv' --data-binary @- "$HTTP_URL/edoc/api/directory/peer-routes")"
  grep -q '"entries":0' <<<"$answer" || die "the national axis kept its route to the province: $answer"
  ensure_system "$CLUSTER_AXIS_ID-vxp" "Trục liên thông tỉnh Gia Lai (VXP)" '["000.00.00.H21/**"]' "$secret_file" \
    '"protocols":["VXP"],"envelopeSignatures":"IF_PRESENT"'

  as_cluster
  set_property "edoc.peer.$PEER_VXP_ID.protocol" vxp
  set_property "edoc.peer.$PEER_VXP_ID.system-id" "$CLUSTER_AXIS_ID-vxp"
  # all of the peer's settings before its route: the poller reads them as soon as a route names the peer
  set_property "edoc.peer.$PEER_VXP_ID.secret-file" "$secret_file"
  route_to_peer "$PEER_VXP_ID" "$PEER_CODES" "http://localhost:15880" "$secret_file" /edoc-ws/vxp
}

peer_start() {
  local fresh=false tests=false vxp=false answer
  while (($#)); do
    case "$1" in
      --fresh) fresh=true; shift ;;
      --test) tests=true; shift ;;
      --vxp) vxp=true; shift ;;
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
  if [[ "$vxp" == true ]]; then
    link_over_vxp
    cat <<EOF
The national axis ($PEER_AXIS_ID) runs beside the province's cluster ($CLUSTER_AXIS_ID), linked over VXP:
  national axis:  http://localhost:15880/edoc-ws/AxisService?wsdl and http://localhost:15880/edoc-ws/vxp (connected
                  system national-dms, secret in $PEER_DOMAIN_DIR/edoc-peer/config/edoc-national-dms-secret;
                  offices 000.00.00.G22, 000.00.00.G09, and the province's, imported)
  province:       codes $PEER_CODES go to the national axis with sendEdoc (peer $PEER_VXP_ID, system
                  $CLUSTER_AXIS_ID-vxp there); what the national axis holds for the province's offices is polled
Stop it with: bin/edoc peer stop
EOF
    return
  fi
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
    *) die "peer start [--fresh] [--test] [--vxp]|stop" ;;
  esac
}
