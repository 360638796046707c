# shellcheck shell=bash
# The cluster (docs/operators/cluster.md), sourced by bin/edoc: a domain of its own (edoc-cluster, admin on 14848) whose
# deployment group dg-edoc holds the instances edoc-1, edoc-2, ... on this machine (HTTP 28080, 29080, ...), all on one
# MySQL/MariaDB database. The admin server only administers: the EAR runs on the instances. Payara's data grid
# (Hazelcast) joins the admin server and the instances of the domain by itself.
#
#   bin/edoc cluster start [--instances N] [--fresh] [--test] [--db-url URL --db-user USER --db-password PASSWORD]
#   bin/edoc cluster status | stop | kill N | restart N | restart-database [SECONDS]
#
# Without --db-url the cluster uses the local MariaDB (127.0.0.1:3306, administrator root without password, or
# EDOC_CLUSTER_MYSQL_ADMIN/_ADMIN_PASSWORD), in a database edoc_cluster (or EDOC_CLUSTER_DATABASE) made on first start,
# with the accounts of that first start (the operator's password stays the one written then). --fresh starts from a
# new domain and an empty database (the tests); --test takes the tests' short leases and retries.

CLUSTER_GROUP="dg-edoc"
CLUSTER_NODE="edoc-node"
CLUSTER_CONFIG="edoc-config"
# the tests' cluster has a database of its own (EDOC_CLUSTER_DATABASE), so that they never empty the demo's
CLUSTER_DATABASE="${EDOC_CLUSTER_DATABASE:-edoc_cluster}"
CLUSTER_AXIS_ID="gia-lai"
CONFIG_TARGET="$CLUSTER_GROUP"

DOMAIN="edoc-cluster"
DOMAIN_DIR="${EDOC_CLUSTER_DOMAIN_DIR:-$RUNTIME/domains}"
DOMAIN_PORTBASE=14800
ADMIN_PORT=14848
# the admin server's own listener, until the instances answer
HTTP_URL="http://localhost:14880"

# Instance N listens for HTTP on 27080 + 1000 N (its other ports follow from the same base).
cluster_portbase() { echo $((27000 + 1000 * $1)); }
cluster_url() { echo "http://localhost:$(($(cluster_portbase "$1") + 80))"; }
cluster_instances() { asadmin list-instances --standaloneonly=false 2>/dev/null | awk '/^edoc-[0-9]+ /{print $1}'; }

cluster_topology() {
  local count="$1" i
  if ! asadmin list-nodes 2>/dev/null | grep -q "^$CLUSTER_NODE "; then
    asadmin create-node-config --nodehost localhost --installdir "$PAYARA_HOME" --nodedir "$DOMAIN_DIR/nodes" \
      "$CLUSTER_NODE" >/dev/null
  fi
  if ! asadmin list-configs 2>/dev/null | grep -q "^$CLUSTER_CONFIG\$"; then
    # default-config carries the domain's JVM options (bin/edoc's ensure_domain turned Metro's monitoring off there)
    asadmin copy-config default-config "$CLUSTER_CONFIG" >/dev/null
  fi
  if ! asadmin list-deployment-groups 2>/dev/null | grep -qw "$CLUSTER_GROUP"; then
    asadmin create-deployment-group "$CLUSTER_GROUP" >/dev/null
  fi
  for ((i = 1; i <= count; i++)); do
    if ! cluster_instances | grep -qx "edoc-$i"; then
      say "creating the instance edoc-$i ($(cluster_url "$i"))"
      asadmin create-instance --node "$CLUSTER_NODE" --config "$CLUSTER_CONFIG" --deploymentgroup "$CLUSTER_GROUP" \
        --portbase "$(cluster_portbase "$i")" "edoc-$i" >/dev/null
    fi
  done
}

# The cluster's database: the one given, or edoc_cluster on the local MariaDB (made when missing; --fresh empties it).
cluster_database() {
  local url="$1" user="$2" password="$3" fresh="$4"
  if [[ -n "$url" ]]; then
    configure_database mysql "$url" "$user" "$password"
  else
    EDOC_TEST_MYSQL_ADMIN="${EDOC_CLUSTER_MYSQL_ADMIN:-root}" \
      EDOC_TEST_MYSQL_ADMIN_PASSWORD="${EDOC_CLUSTER_MYSQL_ADMIN_PASSWORD:-}" \
      mysql_database "$CLUSTER_DATABASE" "$CLUSTER_DATABASE" "$fresh"
  fi
  # the resource lives in the domain; the instances see it through a reference
  asadmin create-resource-ref --target "$CLUSTER_GROUP" "$RESOURCE" >/dev/null 2>&1 || true
}

cluster_deploy() {
  local marker="$DOMAIN_DIR/$DOMAIN/config/edoc-deployed" digest
  digest="$(sha256sum "$EAR" | cut -d' ' -f1)"
  if [[ -f "$marker" && "$(cat "$marker")" == "$digest" ]] && asadmin list-applications "$CLUSTER_GROUP" 2>/dev/null \
      | grep -q '^edoc '; then
    return
  fi
  say "deploying $EAR to $CLUSTER_GROUP"
  # a redeployment with --force to a group fails on an instance whose last deployment failed: undeploy first
  asadmin undeploy --target domain edoc >/dev/null 2>&1 || true
  asadmin deploy --target "$CLUSTER_GROUP" --name edoc "$EAR" >/dev/null
  printf '%s' "$digest" > "$marker"
}

cluster_wait() {
  local i
  for i in "$@"; do
    HTTP_URL="$(cluster_url "$i")" wait_until_ready
  done
}

cluster_start() {
  local count=2 url="" user="" password="" fresh=false tests=false i
  while (($#)); do
    case "$1" in
      --instances) count="$2"; shift 2 ;;
      --fresh) fresh=true; shift ;;
      --test) tests=true; shift ;;
      --db-url) url="$2"; shift 2 ;;
      --db-user) user="$2"; shift 2 ;;
      --db-password) password="$2"; shift 2 ;;
      *) die "unknown option $1 (bin/lib/cluster.sh)" ;;
    esac
  done
  ((count >= 1)) || die "--instances is 1 or more"
  ensure_built
  ensure_payara
  if [[ "$fresh" == true ]]; then
    cluster_stop >/dev/null
    rm -rf "${DOMAIN_DIR:?}/$DOMAIN" "${DOMAIN_DIR:?}/nodes/$CLUSTER_NODE"
  fi
  ensure_domain
  start_domain
  cluster_topology "$count"
  cluster_database "$url" "$user" "$password" "$fresh"
  enable_sample_data
  # the id its peer axes know it by (docs/operators/cluster.md, "Federation"); read when the application starts
  set_property edoc.axis.id "$CLUSTER_AXIS_ID"
  EDOC_OPERATOR_PASSWORD="${EDOC_OPERATOR_PASSWORD:-$([[ "$tests" == true ]] && echo edoc-it-operator)}" ensure_operator
  ensure_secret_key
  if [[ "$tests" == true ]]; then
    fast_retries_for_tests
    # tries for a minute or so, not four seconds: the faults test keeps a push recipient away for 20 s
    set_property edoc.push.attempts 40
  fi
  say "starting the instances of $CLUSTER_GROUP"
  asadmin start-deployment-group "$CLUSTER_GROUP" >/dev/null
  cluster_deploy
  cluster_wait $(seq 1 "$count")
  HTTP_URL="$(cluster_url 1)" ensure_sample_system
  echo "edoc is running on $count instances of $CLUSTER_GROUP, one database:"
  for ((i = 1; i <= count; i++)); do
    echo "  edoc-$i  $(cluster_url "$i")/edoc/   $(cluster_url "$i")/edoc-ws/AxisService?wsdl"
  done
  cat <<EOF
  Admin:   http://localhost:$ADMIN_PORT/ (the cluster's own admin server)
  Operator's password: $DOMAIN_DIR/$DOMAIN/config/edoc-operator-password
  Logs:    $DOMAIN_DIR/nodes/$CLUSTER_NODE/edoc-N/logs/server.log
Stop it with: bin/edoc cluster stop
EOF
}

cluster_pid() {
  cat "$DOMAIN_DIR/nodes/$CLUSTER_NODE/edoc-$1/config/pid" 2>/dev/null
}

cluster_stop() {
  if [[ -x "$ASADMIN" ]] && domain_running; then
    asadmin stop-deployment-group "$CLUSTER_GROUP" >/dev/null 2>&1 || true
    stop_domain
  fi
  # an instance outlives a stopped or killed admin server: stop what is left by its process
  local pidfile
  for pidfile in "$DOMAIN_DIR"/nodes/"$CLUSTER_NODE"/edoc-*/config/pid; do
    [[ -f "$pidfile" ]] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  say "cluster stopped"
}

# The local MariaDB stops (a clean shutdown), stays away SECONDS, and starts again as CI starts it (the faults test).
cluster_restart_database() {
  local seconds="${1:-5}" admin="${EDOC_CLUSTER_MYSQL_ADMIN:-root}"
  MYSQL_PWD="${EDOC_CLUSTER_MYSQL_ADMIN_PASSWORD:-}" mysqladmin -h 127.0.0.1 -u "$admin" shutdown
  while pgrep -x mariadbd >/dev/null; do sleep 0.2; done
  say "MariaDB stopped; back in $seconds s"
  sleep "$seconds"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  until MYSQL_PWD="${EDOC_CLUSTER_MYSQL_ADMIN_PASSWORD:-}" mysqladmin --connect-timeout=2 -h 127.0.0.1 -u "$admin" ping \
      >/dev/null 2>&1; do
    sleep 0.5
  done
  say "MariaDB is back"
}

cluster() {
  case "${1:-}" in
    start) shift; cluster_start "$@" ;;
    stop) cluster_stop ;;
    status)
      asadmin list-instances --long=true 2>/dev/null || say "the cluster's admin server is not running"
      ;;
    kill)
      # what a power cut does to one instance: no shutdown (the faults script and the two-instance test)
      local pid
      pid="$(cluster_pid "${2:?cluster kill N}")" || die "edoc-$2 has no process"
      kill -9 "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
      say "edoc-$2 killed (pid $pid)"
      ;;
    restart)
      asadmin start-instance "edoc-${2:?cluster restart N}" >/dev/null
      cluster_wait "$2"
      ;;
    restart-database) cluster_restart_database "${2:-5}" ;;
    url) cluster_url "${2:?cluster url N}" ;;
    *) die "cluster start|stop|status|kill N|restart N|restart-database [SECONDS]|url N" ;;
  esac
}
