#!/usr/bin/env bash
# The portal's load benchmark (bench/README.md): the packaged jar against the million-VXC dataset, every main page
# driven by wrk, side by side with a Fortunes page of the same stack (bench/baseline), and the email dispatcher's
# throughput.
#
#   bench/run.sh [--pages dashboard,services-big,...] [--duration 20s] [--warmup 5s] [--post-duration 10s]
#                [--threads 2] [--connections 16] [--emails 10000] [--no-post] [--no-dispatcher]
#                [--profile page,page] [--profile-duration 30s] [--skip-build] [--list]
#
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres), Java 17, python3, and apt-get for wrk when it is missing.
# Uses the database portal_bench and the ports 18080 (portal), 18081 (baseline), 18025 (SMTP catcher).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench

DURATION=20s
WARMUP=10s
POST_DURATION=10s
THREADS=2
CONNECTIONS=16
EMAILS=10000
PAGES=all
PROFILE=
PROFILE_DURATION=30s
DO_POST=1
DO_DISPATCHER=1
BUILD=1
LIST=0

while [ $# -gt 0 ]; do
	case "$1" in
		--pages) PAGES=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--post-duration) POST_DURATION=$2; shift 2 ;;
		--threads) THREADS=$2; shift 2 ;;
		--connections) CONNECTIONS=$2; shift 2 ;;
		--emails) EMAILS=$2; shift 2 ;;
		--profile) PROFILE=$2; shift 2 ;;
		--profile-duration) PROFILE_DURATION=$2; shift 2 ;;
		--no-post) DO_POST=0; shift ;;
		--no-dispatcher) DO_DISPATCHER=0; shift ;;
		--skip-build) BUILD=0; shift ;;
		--list) LIST=1; shift ;;
		-h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
	esac
done

DB=portal_bench
PSQL_ADMIN=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
PSQL=("${PSQL_ADMIN[@]}" -d "$DB")
PORTAL_PORT=18080
BASELINE_PORT=18081
SMTP_PORT=18025
PORTAL=http://127.0.0.1:$PORTAL_PORT
BASELINE=http://127.0.0.1:$BASELINE_PORT
# the password of the benchmark users run.sh signs in: its bcrypt hash is set on them before they sign in (the
# dataset's own hashes are placeholders nobody can log in with)
PASSWORD=Bench-portal-2026
PASSWORD_HASH='$2a$10$EkeMyWXzr3iAagbJrkyjheAZCsykOpQ1PL.87YZiapX7MJfVJVSFO'

OUT=$BENCH/out/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: > "$RESULTS"

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
sql() { "${PSQL[@]}" -At -c "$1"; }

PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	wait 2>/dev/null || true
}
trap cleanup EXIT

# --- the page catalogue: key, who opens it, path (filled in once the ids are known) ---------------------------------
declare -A PAGE_USER PAGE_PATH PAGE_TITLE PAGE_EXPECT
PAGE_ORDER=()
page() { # key user title expected-text path
	PAGE_ORDER+=("$1"); PAGE_USER[$1]=$2; PAGE_TITLE[$1]=$3; PAGE_EXPECT[$1]=$4; PAGE_PATH[$1]=$5
}

# --- 1. tools and build ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
	log "Installing wrk (Debian package)"
	apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if [ "$BUILD" = 1 ]; then
	log "Building the portal's jar and the baseline (offline)"
	./mvnw -q -B -DskipTests package
	./mvnw -q -B -DskipTests -f bench/baseline/pom.xml package
fi
PORTAL_JAR=$(ls target/interconnect-portal-*.jar | grep -v plain | sed -n 1p)
BASELINE_JAR=$(ls bench/baseline/target/bench-baseline-*.jar | sed -n 1p)

# --- 2. the dataset ---------------------------------------------------------------------------------------------------
# One source of truth: src/test/resources/benchmark/million-vxcs.sql, loaded by MillionVxcsDataset (through
# MillionVxcsBenchmark, one round) when portal_bench is missing, was seeded by another version of the script, or never
# finished seeding (the marker bench.dataset is written in the seeding transaction).
SCRIPT_HASH=$(sha256sum src/test/resources/benchmark/million-vxcs.sql | cut -d' ' -f1)
SEEDED_HASH=$("${PSQL_ADMIN[@]}" -d "$DB" -At -c "select script_sha256 from bench.dataset" 2>/dev/null || true)
if [ "$SEEDED_HASH" != "$SCRIPT_HASH" ]; then
	log "Seeding $DB with the million-VXC dataset (MillionVxcsBenchmark; a few minutes)"
	TEST_DATABASE_NAME=${TEST_DATABASE_NAME:-portal_test_bench} ./mvnw -q -B test -Dtest=MillionVxcsBenchmark \
		-Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.warmup=0 -Dbenchmark.iterations=1 \
		> "$OUT/seed.log" 2>&1 || die "seeding, see $OUT/seed.log"
	[ "$(sql "select script_sha256 from bench.dataset")" = "$SCRIPT_HASH" ] || die "seeding left no marker"
else
	log "Reusing $DB (seeded $(sql "select seeded_at from bench.dataset"))"
fi

# an earlier run that stopped in the middle of the POST phase left its snapshot: put those rows back first
restore_decisions() {
	"${PSQL[@]}" -f "$BENCH/sql/restore-decisions.sql" >/dev/null
}
if [ -n "$(sql "select 1 from pg_tables where schemaname = 'bench' and tablename = 'saved_marks'")" ]; then
	log "Restoring the requests an interrupted run decided"
	restore_decisions
fi
log "VACUUM (ANALYZE) of $DB"
sql "vacuum (analyze)" >/dev/null

# --- 3. who opens what ----------------------------------------------------------------------------------------------
BIG=$(sql "select id from portal.company where name = 'Hyperscale Cloud Exchange'")
TYPICAL_ADMIN=admin@c502.bench.example
TYPICAL=$(sql "select company_id from portal.app_user where email = '$TYPICAL_ADMIN'")
BIG_ADMIN=$(sql "select email from portal.app_user where company_id = $BIG and role = 'COMPANY_ADMIN' order by id limit 1")
BIG_SERVICES=$(sql "select count(*) from portal.service where company_id = $BIG")
TYPICAL_SERVICES=$(sql "select count(*) from portal.service where company_id = $TYPICAL")
BUSY_PORT=$(sql "select min(id) from portal.service where company_id = $BIG and kind = 'PORT'")
BUSY_PORT_VXCS=$(sql "select count(*) from portal.service where a_end_port_id = $BUSY_PORT or b_end_port_id = $BUSY_PORT")
NOTIFICATIONS=$(sql "select count(*) from portal.outbound_email e join portal.app_user u on u.id = e.user_id where u.email = '$BIG_ADMIN'")
BIG_DEEP=$(( (BIG_SERVICES - 1) / 25 / 2 ))
TYPICAL_DEEP=$(( (TYPICAL_SERVICES - 1) / 25 / 2 ))
SALES=sales@ops.bench.example
OPERATOR_ADMIN=admin@ops.bench.example

page baseline "" "Baseline: Fortunes (12 rows)" "Additional fortune" /fortunes
page dashboard "$BIG_ADMIN" "Dashboard, big company" "Hyperscale Cloud Exchange" /
page services-big "$BIG_ADMIN" "Services p.1, big company ($BIG_SERVICES)" "Services" /services
page services-big-deep "$BIG_ADMIN" "Services p.$((BIG_DEEP + 1)), big company" "Services" "/services?page=$BIG_DEEP"
page services-big-search "$BIG_ADMIN" "Services q=prod, big company" "Prod to" "/services?q=prod"
page services-typical "$TYPICAL_ADMIN" "Services p.1, typical company ($TYPICAL_SERVICES)" "Services" /services
page services-typical-deep "$TYPICAL_ADMIN" "Services p.$((TYPICAL_DEEP + 1)), typical company" "Services" "/services?page=$TYPICAL_DEEP"
page services-typical-search "$TYPICAL_ADMIN" "Services q=prod, typical company" "Prod to" "/services?q=prod"
page port "$BIG_ADMIN" "Port with $BUSY_PORT_VXCS VXCs" "VXCs on this port" "/services/$BUSY_PORT"
page approvals "$BIG_ADMIN" "Approvals, big provider" "Approvals" /approvals
page notifications "$BIG_ADMIN" "Notifications ($NOTIFICATIONS)" "Your VXC is live" /notifications
page marketplace "$TYPICAL_ADMIN" "Marketplace" "Hyperscale Cloud" /marketplace
page marketplace-search "$TYPICAL_ADMIN" "Marketplace q=cloud" "Hyperscale Cloud" "/marketplace?q=cloud"
page support-details "$TYPICAL_ADMIN" "Technical Support Details, typical" "Support" /company/support-details
page billing-markets "$TYPICAL_ADMIN" "Billing Markets, typical" "United States" "/companies/$TYPICAL/billing-markets"
page operator-companies "$SALES" "Operator: Companies (100k)" "Companies" /operator/companies
page email-log "$OPERATOR_ADMIN" "Operator: Email Log" "Email" /operator/email-log
PAGE_ORDER_ALL=("${PAGE_ORDER[@]}")

if [ "$LIST" = 1 ]; then
	for key in "${PAGE_ORDER_ALL[@]}"; do printf '%-24s %-40s %s\n' "$key" "${PAGE_TITLE[$key]}" "${PAGE_PATH[$key]}"; done
	echo "decide                   POST /approvals/{id}/deny (PRG, CSRF)"
	exit 0
fi
if [ "$PAGES" = all ]; then
	SELECTED=("${PAGE_ORDER_ALL[@]:1}")
else
	IFS=, read -r -a SELECTED <<< "$PAGES"
	for key in "${SELECTED[@]}"; do [ -n "${PAGE_PATH[$key]:-}" ] || die "unknown page $key (see --list)"; done
fi

# --- 4. start the baseline, the SMTP catcher and the portal -----------------------------------------------------------
JAVA_OPTS=(-Xmx512m -XX:FlightRecorderOptions=stackdepth=256)
python3 "$BENCH/lib/smtp_catcher.py" "$SMTP_PORT" "$OUT/smtp-received" > "$OUT/smtp.log" 2>&1 &
PIDS+=($!)

java "${JAVA_OPTS[@]}" -jar "$BASELINE_JAR" --server.port=$BASELINE_PORT \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" > "$OUT/baseline.log" 2>&1 &
BASELINE_PID=$!
PIDS+=($BASELINE_PID)

# the jar as a user deploys it (default profile), pointed at portal_bench; the background jobs idle: the provisioner
# and the expiry check get an interval of ten years, so does the dispatcher (each runs once at start-up and finds
# nothing due: the dataset's services in provisioning are held, its emails are all sent)
start_portal() { # log-file dispatch-interval
	java "${JAVA_OPTS[@]}" -jar "$PORTAL_JAR" \
		--server.port=$PORTAL_PORT --portal.base-url=$PORTAL \
		--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=portal" \
		--spring.datasource.username=postgres --spring.datasource.password=postgres \
		--spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT \
		--portal.provisioning.interval=3650d --portal.marketplace.expiry-check-interval=3650d \
		--portal.mail.dispatch-interval="$2" > "$1" 2>&1 &
	PORTAL_PID=$!
	PIDS+=($PORTAL_PID)
}
wait_for() { # url pid log
	for _ in $(seq 1 240); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; then return 0; fi
		kill -0 "$2" 2>/dev/null || die "it stopped, see $3"
		sleep 0.5
	done
	die "$1 did not answer in 120 s, see $3"
}
stop_portal() {
	kill "$PORTAL_PID" 2>/dev/null || true
	wait "$PORTAL_PID" 2>/dev/null || true
}

log "Starting the baseline and the portal ($PORTAL_JAR, -Xmx512m)"
start_portal "$OUT/portal.log" 3650d
wait_for "$BASELINE/fortunes" "$BASELINE_PID" "$OUT/baseline.log"
wait_for "$PORTAL/login" "$PORTAL_PID" "$OUT/portal.log"

# --- 5. sign in -------------------------------------------------------------------------------------------------------
declare -A COOKIE CSRF
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | sed -n '1{s/.*value="//; s/"$//; p}'; }
signin() { # email: COOKIE[email] (the Cookie header) and CSRF[email] (a token for this session's forms)
	local email=$1 jar="$OUT/cookies/$1" token status
	mkdir -p "$OUT/cookies"
	sql "update portal.app_user set password_hash = '$PASSWORD_HASH', failed_login_attempts = 0, locked_until = null
		where email = '$email'" > /dev/null
	token=$(curl -s -c "$jar" -b "$jar" "$PORTAL/login" | csrf_of)
	status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "email=$email" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
		"$PORTAL/login")
	case "$status" in 302*error*|302*login*|[!3]*) die "signing in $email: $status" ;; esac
	COOKIE[$email]=$(sed -n 's/^#HttpOnly_//; /^#/d; /^$/d; p' "$jar" | awk -F'\t' '{printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}')
	CSRF[$email]=$(curl -s -H "Cookie: ${COOKIE[$email]}" "$PORTAL/approvals" | csrf_of)
}
declare -A SIGNED
for key in "${SELECTED[@]}"; do
	user=${PAGE_USER[$key]}
	if [ -n "$user" ] && [ -z "${SIGNED[$user]:-}" ]; then signin "$user"; SIGNED[$user]=1; fi
done
log "Signed in ${#SIGNED[@]} users"

profile_start() { jcmd "$PORTAL_PID" JFR.start name=bench settings=profile > /dev/null; }
profile_stop() { # key: dumps the recording and prints its summary
	jcmd "$PORTAL_PID" JFR.dump name=bench filename="$OUT/profile-$1.jfr" > /dev/null
	jcmd "$PORTAL_PID" JFR.stop name=bench > /dev/null
	jfr print --events jdk.ExecutionSample --stack-depth 256 "$OUT/profile-$1.jfr" |
		python3 "$BENCH/lib/jfr_top.py" "${PAGE_TITLE[$1]}" | tee "$OUT/profile-$1.txt"
}
PROFILE_DECIDE=0
case ",$PROFILE," in *,decide,*) PROFILE_DECIDE=1 ;; esac

# --- 6. the measurements ----------------------------------------------------------------------------------------------
cookie_of() { local user=${PAGE_USER[$1]}; [ -z "$user" ] || echo "${COOKIE[$user]}"; }
url_of() { if [ "$1" = baseline ]; then echo "$BASELINE${PAGE_PATH[$1]}"; else echo "$PORTAL${PAGE_PATH[$1]}"; fi; }
check_page() { # key: the page answers 200 with its expected text for its user
	local key=$1 body status
	body=$(curl -s -w '\n%{http_code}' -H "Cookie: $(cookie_of "$key")" "$(url_of "$key")")
	status=${body##*$'\n'}
	[ "$status" = 200 ] || die "$key (${PAGE_PATH[$key]}) answered $status"
	grep -qF "${PAGE_EXPECT[$key]}" <<< "$body" || die "$key (${PAGE_PATH[$key]}) lacks \"${PAGE_EXPECT[$key]}\""
}
drive() { # key duration label: runs wrk and appends its RESULT to results.tsv with the label
	local key=$1 duration=$2 label=$3 line
	line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 10s -s "$BENCH/wrk/page.lua" \
		-H "Cookie: $(cookie_of "$key")" "$(url_of "$key")" | tee -a "$OUT/wrk.log" | grep '^RESULT')
	line="$line load=$(cut -d' ' -f1 /proc/loadavg)"
	printf '%s\t%s\t%s\t%s\n' "$label" "$key" "${PAGE_TITLE[$key]}" "$line" >> "$RESULTS"
	log "$(printf '%-8s %-44s %s' "$label" "${PAGE_TITLE[$key]}" "${line#RESULT }")"
}

for key in baseline "${SELECTED[@]}"; do check_page "$key"; done
log "Every page answers 200 with its content; load average $(cut -d' ' -f1-3 /proc/loadavg)"

log "Warm-up: every page for $WARMUP"
for key in baseline "${SELECTED[@]}"; do drive "$key" "$WARMUP" warmup; done
log "Measuring: every page for $DURATION (wrk -t$THREADS -c$CONNECTIONS)"
drive baseline "$DURATION" first
for key in "${SELECTED[@]}"; do drive "$key" "$DURATION" measure; done

# --- 7. the POST that decides a request -------------------------------------------------------------------------------
if [ "$DO_POST" = 1 ]; then
	PAGE_TITLE[decide]="POST Deny Request (PRG, CSRF)"
	# every pending request of the providers (the big one and companies 3..22), each decided by a different POST of
	# its provider's Company Admin; the rows a decision changes are saved first and put back afterwards, so that the
	# dataset stays as seeded and the next run has the same requests to decide
	"${PSQL[@]}" -v providers="$BIG,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22" \
		-f "$BENCH/sql/save-decisions.sql" > /dev/null
	declare -A ADMIN_OF
	for provider in $(sql "select distinct provider_company_id from bench.saved_approval order by 1"); do
		ADMIN_OF[$provider]=$(sql "select email from portal.app_user where company_id = $provider
			and role = 'COMPANY_ADMIN' and status = 'ACTIVE' order by id limit 1")
		[ -n "${SIGNED[${ADMIN_OF[$provider]}]:-}" ] || { signin "${ADMIN_OF[$provider]}"; SIGNED[${ADMIN_OF[$provider]}]=1; }
	done
	for provider in "${!ADMIN_OF[@]}"; do
		admin=${ADMIN_OF[$provider]}
		sql "select id from bench.saved_approval where provider_company_id = $provider order by id" |
			while read -r id; do
				printf '%s\t%s\t%s\n' "$id" "${COOKIE[$admin]}" "$(sed 's/=/%3D/g; s/+/%2B/g; s/\//%2F/g' <<< "${CSRF[$admin]}")"
			done
	done | sort -n > "$OUT/decisions.tsv"
	POOL=$(wc -l < "$OUT/decisions.tsv")
	log "Deciding up to $POOL pending requests for $POST_DURATION"
	[ "$PROFILE_DECIDE" = 0 ] || profile_start
	line=$(BENCH_DECISIONS="$OUT/decisions.tsv" BENCH_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" \
		-d"$POST_DURATION" --timeout 10s -s "$BENCH/wrk/decide.lua" "$PORTAL" | tee -a "$OUT/wrk.log" | grep '^RESULT')
	[ "$PROFILE_DECIDE" = 0 ] || profile_stop decide
	# what the database says: every decision the benchmark made, and from when to when
	read -r DECIDED SPAN_US <<< "$(sql "select count(*), coalesce(extract(epoch from max(a.decided_at) - min(a.decided_at)) * 1e6, 0)::bigint
		from portal.approval a join bench.saved_approval s on s.id = a.id where a.status <> 'PENDING'" | tr '|' ' ')"
	printf '%s\t%s\t%s\t%s decided=%s decided_span_us=%s pool=%s load=%s\n' measure decide "${PAGE_TITLE[decide]}" \
		"$line" "$DECIDED" "$SPAN_US" "$POOL" "$(cut -d' ' -f1 /proc/loadavg)" >> "$RESULTS"
	log "$(printf '%-8s %-44s %s decided=%s' measure "${PAGE_TITLE[decide]}" "${line#RESULT }" "$DECIDED")"
	# the listeners of the decisions (emails, audit) run after commit: let them finish before putting the rows back
	for _ in $(seq 1 60); do
		[ "$(sql "select count(*) from portal.event_publication where completion_date is null")" = 0 ] && break
		sleep 1
	done
	# one email the portal rendered for a decision: the model of the dispatcher's queued emails below
	sql "select id from portal.outbound_email where id > (select outbound_email from bench.saved_marks)
		order by id limit 1" > "$OUT/model-email-id"
	sql "drop table if exists bench.model_email; create table bench.model_email as select * from portal.outbound_email
		where id = (select coalesce(nullif('$(cat "$OUT/model-email-id")', '')::bigint, 0))" > /dev/null
	restore_decisions
	log "Put back the $DECIDED decided requests"
fi

drive baseline "$DURATION" last

# --- 8. profile (optional) --------------------------------------------------------------------------------------------
if [ -n "$PROFILE" ]; then
	IFS=, read -r -a PROFILED <<< "$PROFILE"
	for key in "${PROFILED[@]}"; do
		[ "$key" = decide ] && continue
		[ -n "${PAGE_PATH[$key]:-}" ] || die "unknown page $key to profile"
		user=${PAGE_USER[$key]}
		[ -z "$user" ] || [ -n "${SIGNED[$user]:-}" ] || { signin "$user"; SIGNED[$user]=1; }
		log "Profiling $key for $PROFILE_DURATION (JFR, profile settings)"
		profile_start
		drive "$key" "$PROFILE_DURATION" profile
		profile_stop "$key"
	done
fi
stop_portal

# --- 9. the dispatcher ------------------------------------------------------------------------------------------------
if [ "$DO_DISPATCHER" = 1 ]; then
	log "Queueing $EMAILS emails in the outbox"
	"${PSQL[@]}" -v emails="$EMAILS" -f "$BENCH/sql/queue-emails.sql" > /dev/null
	echo 0 > "$OUT/smtp-received"
	start_portal "$OUT/portal-dispatcher.log" 1s
	for _ in $(seq 1 600); do
		[ "$(sql "select count(*) from portal.outbound_email where id > (select first_id from bench.queued) - 1
			and status = 'PENDING'")" = 0 ] && break
		kill -0 "$PORTAL_PID" 2>/dev/null || die "the portal stopped, see $OUT/portal-dispatcher.log"
		sleep 1
	done
	stop_portal
	# sent_at is the end of the batch: the first batch's emails mark the start, the others were sent after it
	read -r SENT FIRST_BATCH SPAN_S <<< "$(sql "with q as (select e.* from portal.outbound_email e, bench.queued b
		where e.id >= b.first_id and e.status = 'SENT')
		select count(*), count(*) filter (where sent_at = (select min(sent_at) from q)),
		coalesce(extract(epoch from max(sent_at) - min(sent_at)), 0) from q" | tr '|' ' ')"
	RECEIVED=$(cat "$OUT/smtp-received")
	printf '%s\t%s\t%s\tDISPATCH queued=%s sent=%s first_batch=%s span_s=%s received=%s\n' measure dispatcher \
		"Dispatcher: $EMAILS queued emails" "$EMAILS" "$SENT" "$FIRST_BATCH" "$SPAN_S" "$RECEIVED" >> "$RESULTS"
	sql "delete from portal.outbound_email where id >= (select first_id from bench.queued); drop table bench.queued; drop table if exists bench.model_email" > /dev/null
	log "Dispatcher: $SENT of $EMAILS sent, the SMTP catcher received $RECEIVED"
fi

# --- 10. the table ----------------------------------------------------------------------------------------------------
python3 "$BENCH/lib/report.py" "$RESULTS" "$THREADS" "$CONNECTIONS" "$DURATION" "$(cut -d' ' -f1-3 /proc/loadavg)" \
	| tee "$OUT/results.md"
log "Results in $OUT"
