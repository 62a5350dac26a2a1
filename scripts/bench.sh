#!/usr/bin/env bash
# Measures the foundation's budgets on a county-size demo database:
#   start-up to the first complete frame, peak memory, CPU while idle, picker search, binary size.
# Usage: bash scripts/bench.sh [DB_FILE]   (default: target/bench/county.db, made if missing)
# Needs: tmux, script (util-linux), /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
bin=target/release/sifa-desk
db=${1:-target/bench/county.db}
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    echo "making a county-scale demo database in $db ..."
    /usr/bin/time -f "demo: %e s, peak %M KB" "$bin" demo --scale county --db "$db"
fi
echo "database: $db ($(du -h "$db" | cut -f1))"
echo "binary: $bin ($(stat -c %s "$bin") bytes)"

# Start-up: the whole process, from exec to the first complete frame (it quits right after),
# inside a pseudo-terminal. The best of 20 runs and the median.
times=()
for _ in $(seq 20); do
    start=$(date +%s%N)
    SIFA_DESK_EXIT_AFTER_FIRST_FRAME=1 script -qec "$bin --db $db" /dev/null >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "first frame (incl. pty wrapper): best $(echo "$sorted" | head -1) us, median $(echo "$sorted" | sed -n 10p) us"

# Peak memory of a start-up on the county database.
SIFA_DESK_EXIT_AFTER_FIRST_FRAME=1 script -qec "/usr/bin/time -f 'peak memory: %M KB' -o target/bench/mem.txt $bin --db $db" /dev/null >/dev/null
cat target/bench/mem.txt

# Idle CPU: run the TUI in tmux, let it settle, then count its CPU ticks over 10 s.
tmux kill-session -t sifa-bench 2>/dev/null || true
tmux new-session -d -s sifa-bench -x 120 -y 40 "$bin --db $db"
sleep 2
pid=$(pgrep -f "$bin --db $db" | head -1)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sleep 10
after=$(ticks)
echo "idle CPU over 10 s: $(( after - before )) ticks ($(getconf CLK_TCK) ticks = 1 s)"
grep VmHWM "/proc/$pid/status" | sed 's/^/running TUI /'
tmux kill-session -t sifa-bench

cargo bench --quiet --bench picker -- "$db"
