# The local stack's Kafka: one broker, or a cluster of several on this machine (deploy/local/stack up
# --brokers 3). Each broker is a combined KRaft broker and controller, Apache Kafka's own jars, with its
# own ports (broker i on 9092 + 100·(i-1), its controller one above), data folder, log and pid file.
# Sourced by deploy/local/stack, whose variables and helpers (STATE, DATA, launch, wait_for, …) it uses.

# How many brokers the Kafka data was formatted for; data from before clusters existed is one broker's.
BROKERS_FILE="$DATA/kafka-brokers"

broker_name() { if [ "$1" -eq 1 ]; then printf kafka; else printf 'kafka-%s' "$1"; fi; }
broker_port() { printf '%s' $((KAFKA_PORT + 100 * ($1 - 1))); }
broker_controller_port() { printf '%s' $((KAFKA_CONTROLLER_PORT + 100 * ($1 - 1))); }
broker_data() { printf '%s/%s' "$DATA" "$(broker_name "$1")"; }
broker_properties() { printf '%s/%s.properties' "$STATE" "$(broker_name "$1")"; }
formatted() { [ -f "$DATA/kafka/meta.properties" ]; }
broker_count() { cat "$BROKERS_FILE" 2> /dev/null || printf 1; }
broker_numbers() { seq 1 "$(broker_count)"; }

# Three brokers keep every partition on all three and acknowledge a write once two have it, so one
# broker may die without losing or refusing a write; fewer brokers keep what one broker can.
replication_factor() { local n; n=$(broker_count); printf '%s' $((n >= 3 ? 3 : 1)); }
min_insync_replicas() { local n; n=$(broker_count); printf '%s' $((n >= 3 ? 2 : 1)); }

own_bootstrap() {
  local i list=""
  for i in $(broker_numbers); do list+="${list:+,}127.0.0.1:$(broker_port "$i")"; done
  printf '%s' "$list"
}

broker_config() {
  local i=$1 n j voters=""
  n=$(broker_count)
  for j in $(broker_numbers); do voters+="${voters:+,}$j@127.0.0.1:$(broker_controller_port "$j")"; done
  mkdir -p "$(broker_data "$i")" "$LOGS"
  (umask 077; cat > "$(broker_properties "$i")" <<EOF
process.roles=broker,controller
node.id=$i
controller.quorum.voters=$voters
controller.listener.names=CONTROLLER
log.dirs=$(broker_data "$i")
num.partitions=6
offsets.topic.replication.factor=$(replication_factor)
transaction.state.log.replication.factor=$(replication_factor)
transaction.state.log.min.isr=$(min_insync_replicas)
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
EOF
  )
  broker_listeners "$i" >> "$(broker_properties "$i")"
  if [ "$n" -gt 1 ]; then
    printf 'default.replication.factor=%s\nmin.insync.replicas=%s\n' "$(replication_factor)" \
      "$(min_insync_replicas)" >> "$(broker_properties "$i")"
  fi
}

# Open: plaintext and anonymous. Secured (up --secure, docs/contract.md §7.9): clients log in with SCRAM-SHA-512 and
# Kafka's StandardAuthorizer allows only what an ACL allows; admin is the one super user. The controller listener
# stays plaintext on the loopback (KRaft cannot authenticate it with SCRAM, whose credentials live in the metadata
# it serves), so a broker's requests to its controller arrive as ANONYMOUS, a super user for that reason only.
broker_listeners() {
  local i=$1
  if ! secure; then
    printf '%s\n' "listeners=PLAINTEXT://127.0.0.1:$(broker_port "$i"),CONTROLLER://127.0.0.1:$(broker_controller_port "$i")" \
      "advertised.listeners=PLAINTEXT://127.0.0.1:$(broker_port "$i")" \
      "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
    return 0
  fi
  printf '%s\n' "listeners=SASL_PLAINTEXT://127.0.0.1:$(broker_port "$i"),CONTROLLER://127.0.0.1:$(broker_controller_port "$i")" \
    "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$(broker_port "$i")" \
    "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT" \
    "inter.broker.listener.name=SASL_PLAINTEXT" "sasl.enabled.mechanisms=SCRAM-SHA-512" \
    "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512" \
    "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$(secret kafka-admin)\";" \
    "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer" \
    "super.users=User:admin;User:ANONYMOUS" "allow.everyone.if.no.acl.found=false"
}

# The SCRAM credentials a secured broker's storage starts with: its admin and each service's principal.
scram_users() {
  secure || return 0
  local name
  printf '%s\n' --add-scram "SCRAM-SHA-512=[name=admin,password=$(secret kafka-admin)]"
  for name in $(broker_services); do
    printf '%s\n' --add-scram "SCRAM-SHA-512=[name=yanzhen-$name,password=$(secret "kafka-yanzhen-$name")]"
  done
}

kafka_log_config() {
  mkdir -p "$STATE"
  cat > "$STATE/kafka-log4j2.properties" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.stdout.ref = STDOUT
logger.kafka.name = kafka.server.KafkaRaftServer
logger.kafka.level = info
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
EOF
}

kafka_java() {
  [ -f "$STATE/kafka-log4j2.properties" ] || kafka_log_config
  java -Xmx512m -Dlog4j2.configurationFile="$STATE/kafka-log4j2.properties" -cp "$KAFKA_LIB/*" "$@"
}

# Every broker's storage with one cluster id, as many as asked for; remembers the count with the data.
format_brokers() {
  local count=$1 cluster i
  mkdir -p "$DATA" "$LOGS"
  printf '%s\n' "$count" > "$BROKERS_FILE"
  step "formatting Kafka storage (KRaft, $count broker$([ "$count" -gt 1 ] && printf s))$(secure && printf ', SCRAM users admin and yanzhen-SERVICE')"
  cluster=$(kafka_java kafka.tools.StorageTool random-uuid)
  local scram=()
  mapfile -t scram < <(scram_users)
  for i in $(broker_numbers); do
    broker_config "$i"
    kafka_java kafka.tools.StorageTool format --ignore-formatted -t "$cluster" -c "$(broker_properties "$i")" "${scram[@]}" \
      >> "$LOGS/kafka-format.log" 2>&1 || die "formatting Kafka failed; see $LOGS/kafka-format.log"
  done
}

# Starts every broker not running (all at once: a cluster's controllers wait for each other's votes).
start_kafka() {
  local asked=$1 i name waiting=()
  own_kafka || { step "Kafka: using $(kafka_bootstrap)"; return 0; }
  if formatted && [ -n "$asked" ] && [ "$asked" -ne "$(broker_count)" ]; then
    die "the Kafka data in .stack/data is a cluster of $(broker_count) broker(s), not $asked; deploy/local/stack down --wipe first"
  fi
  kafka_log_config
  formatted || format_brokers "${asked:-1}"
  for i in $(broker_numbers); do
    name=$(broker_name "$i")
    if running "$name"; then step "$name already running on 127.0.0.1:$(broker_port "$i")"; continue; fi
    port_open "$(broker_port "$i")" && die "port $(broker_port "$i") is taken by another program; set YANZHEN_KAFKA_BOOTSTRAP"
    broker_config "$i"
    step "starting $name (Apache Kafka's own broker, KRaft, 127.0.0.1:$(broker_port "$i"))"
    launch "$name" -Xmx512m -Dlog4j2.configurationFile="$STATE/kafka-log4j2.properties" -cp "$KAFKA_LIB/*" \
      kafka.Kafka "$(broker_properties "$i")"
    waiting+=("$i")
  done
  for i in "${waiting[@]}"; do
    wait_for "$(broker_name "$i")" 90 "$(broker_name "$i")" port_open "$(broker_port "$i")"
  done
}

# Stops every broker at once: stopped one by one, the last ones would wait for a quorum that is gone.
stop_brokers() {
  local i name pid pids=() names=()
  for i in $(broker_numbers | tac); do
    name=$(broker_name "$i")
    pid=$(pid_of "$name") || { rm -f "$RUN/$name.pid"; continue; }
    kill -TERM "$pid" 2> /dev/null || true
    pids+=("$pid"); names+=("$name")
  done
  for i in "${!pids[@]}"; do
    printf '▸ stopping %s (pid %s) ' "${names[$i]}" "${pids[$i]}"
    local waited=0
    while kill -0 "${pids[$i]}" 2> /dev/null; do
      if [ "$waited" -ge 30 ]; then kill -KILL "${pids[$i]}" 2> /dev/null || true; printf '(killed) '; break; fi
      printf '.'; sleep 1; waited=$((waited + 1))
    done
    rm -f "$RUN/${names[$i]}.pid"
    printf 'stopped\n'
  done
}

broker_status() {
  local i name
  for i in $(broker_numbers); do
    name=$(broker_name "$i")
    printf '%-12s %-8s 127.0.0.1:%s%s\n' "$name" "$(pid_of "$name" || printf -- '-')" "$(broker_port "$i")" \
      "$(running "$name" && printf ' (RF %s, min ISR %s)' "$(replication_factor)" "$(min_insync_replicas)" \
        || printf ' (stopped)')"
  done
}
