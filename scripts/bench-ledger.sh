#!/usr/bin/env bash
# Measures the service ledger's budgets (issue 3, item 7) on a county-size demo database:
#   - monthly statistics (store::ledger::monthly, own office, last complete month) against the
#     same SQL statements in the sqlite3 command-line tool, and the ratio;
#   - the fsyncs of saving one entry (store::ledger::insert into a WAL database), counted
#     with strace.
# Usage: bash scripts/bench-ledger.sh [DB_FILE]   (default: target/bench/county.db, made if
#        missing; the default file is made again when it predates the ledger)
# Needs: sqlite3, strace (apt-get install -y sqlite3 strace).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in sqlite3 strace; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y $tool)" >&2; exit 1; }
done

cargo build --release --quiet
bin=target/release/sifa-desk
default_db=target/bench/county.db
db=${1:-$default_db}
mkdir -p target/bench

entries() {
    sqlite3 -readonly "$1" "SELECT count(*) FROM service_entries" 2>/dev/null || echo 0
}
if [ -f "$db" ] && [ "$(entries "$db")" = 0 ]; then
    if [ "$db" = "$default_db" ]; then
        echo "$db has no ledger entries (made before demo wrote the ledger); making it again"
        rm -f "$db" "$db-wal" "$db-shm"
    else
        echo "$db has no ledger entries; give a county demo database or none" >&2
        exit 1
    fi
fi
if [ ! -f "$db" ]; then
    echo "making a county-scale demo database in $db ..."
    /usr/bin/time -f "demo: %e s, peak %M KB" "$bin" demo --scale county --db "$db"
fi
echo "database: $db ($(du -h "$db" | cut -f1))"

# 1. Monthly statistics through the program's own query (median of 20, warm).
sql=target/bench/monthly.sql
out=$(cargo bench --quiet --bench ledger -- "$db" --sql "$sql")
echo "$out"
ours=$(echo "$out" | sed -n 's/^MONTHLY_MEDIAN_MS=//p')

# 2. The same statements in the sqlite3 command-line tool. One process runs the set 1 or
#    51 times; the difference over 50 is the time of one warm set, without the start-up,
#    the opening of the file and the first (cold) run. Median of 7 runs each.
one=target/bench/monthly-1.sql
many=target/bench/monthly-51.sql
cp "$sql" "$one"
: > "$many"
for _ in $(seq 51); do cat "$sql" >> "$many"; done
run_us() {
    local start end
    start=$(date +%s%N)
    sqlite3 -readonly "$db" < "$1" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
t1=$(for _ in $(seq 7); do run_us "$one"; done | median)
t51=$(for _ in $(seq 7); do run_us "$many"; done | median)
cli=$(awk -v a="$t1" -v b="$t51" 'BEGIN {printf "%.4f", (b - a) / 50 / 1000}')
# Cross-check: sqlite3's own timer (CPU time of each statement) over the 51 sets, the first left out.
timer=$( (echo ".timer on"; cat "$many") | sqlite3 -readonly "$db" \
    | awk -v n="$(grep -c ';' "$sql")" '/^Run Time/ {i++; if (i > n) s += $6 + $8} END {printf "%.4f", s * 1000 / 50}')
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1): one process, whole file: ${t1} us for 1 set, ${t51} us for 51 sets"
echo "sqlite3 per warm set: ${cli} ms (wall clock); by .timer (user+sys): ${timer} ms"
awk -v ours="$ours" -v cli="$cli" -v whole="$t1" 'BEGIN {
    printf "monthly statistics: %.3f ms; sqlite3 CLI: %.3f ms warm, %.3f ms as a whole process\n", ours, cli, whole / 1000
    printf "ratio ours / sqlite3 (warm): %.2f   (budget: <= 2)\n", ours / cli
    printf "ratio ours / sqlite3 (whole process incl. start-up): %.2f\n", ours / (whole / 1000)
}'

# 3. Saving one entry costs one fsync: strace counts fsync/fdatasync of N saves, each its own
#    transaction, into a fresh township demo file (WAL, synchronous=FULL). The difference
#    between 51 saves and 1 is the steady cost; 1001 saves include SQLite's automatic
#    checkpoints (one about every 1000 WAL pages).
exe=$(cargo bench --bench ledger --no-run 2>&1 | grep -o 'target/release/deps/ledger-[0-9a-f]*' | head -1)
fsdb=target/bench/fsync.db
rm -f "$fsdb" "$fsdb-wal" "$fsdb-shm"
"$bin" demo --scale township --db "$fsdb" > /dev/null
fsyncs() {
    strace -f -c -e trace=fsync,fdatasync -o target/bench/strace.txt "$exe" --insert "$1" "$fsdb" > target/bench/insert.txt
    awk '$NF == "fsync" || $NF == "fdatasync" {s += $4} END {print s + 0}' target/bench/strace.txt
}
f1=$(fsyncs 1)
f51=$(fsyncs 51)
f1001=$(fsyncs 1001)
cat target/bench/insert.txt
echo "fsyncs: 1 save: $f1 in all (incl. creating the WAL and the checkpoint on close); 51 saves: $f51; 1001 saves: $f1001"
awk -v a="$f1" -v b="$f51" -v c="$f1001" 'BEGIN {
    printf "fsyncs per save: %.2f steady ((51 - 1 saves) / 50), %.3f with automatic checkpoints ((1001 - 1) / 1000)\n", (b - a) / 50, (c - a) / 1000
}'
