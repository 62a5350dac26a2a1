#!/usr/bin/env bash
# Measures the foundation's budgets on a county-size demo database:
#   start-up to the first complete frame at 120×40 and at 80×24 (each checked by what was
#   drawn), peak memory, CPU while idle, picker search, binary size; then paging a long list
#   (scripts/bench-paging.sh), and the dispute and corrections registers (cargo bench).
# Usage: bash scripts/bench.sh [DB_FILE]   (default: target/bench/county.db, made if missing)
#        SIFA_BENCH_BIN=/path/to/sifa-desk bash scripts/bench.sh [DB_FILE]
#            times another build of the program (the file must be of a version it knows);
#            the cargo benchmarks, which are of this source tree, are then left out.
# The file is opened for writing (an older file gets this version's migrations): give a copy
# that no one else reads.
# Needs: tmux, script (util-linux), sqlite3, /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "bench.sh: $*" >&2
    exit 1
}
for tool in tmux script sqlite3; do
    command -v "$tool" >/dev/null || fail "needs $tool (apt-get install -y $tool)"
done

cargo build --release --quiet
bin=${SIFA_BENCH_BIN:-target/release/sifa-desk}
db=${1:-target/bench/county.db}
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    echo "making a county-scale demo database in $db ..."
    /usr/bin/time -f "demo: %e s, peak %M KB" "$bin" demo --scale county --db "$db"
fi
echo "database: $db ($(du -h "$db" | cut -f1))"
echo "binary: $bin ($(stat -c %s "$bin") bytes)"
out=target/bench/frames
mkdir -p "$out"

# What the first frame must show: the newest dispute of the own office heads the register
# (tab 1), its day as the register writes it.
newest=$(sqlite3 -readonly "$db" "SELECT strftime('%m-%d', registered_on) FROM disputes
    WHERE office_code = (SELECT value FROM settings WHERE key = 'office_code')
      AND voided_at IS NULL ORDER BY registered_on DESC, id DESC LIMIT 1")
[ -n "$newest" ] || fail "$db has no disputes of its own office: use a county demo database"

# Inside the pseudo-terminal: size it, then time the program from its start to its exit
# right after the first complete frame (bash's clock, so the wrapper's own start-up is left out).
cat >"$out/run-once.sh" <<'RUN'
stty cols "$1" rows "$2"
start=$EPOCHREALTIME
SIFA_DESK_EXIT_AFTER_FIRST_FRAME=1 "$3" --db "$4"
end=$EPOCHREALTIME
echo "$start $end" >"$5"
RUN

# One start-up inside a pseudo-terminal of COLS×ROWS, its output in FILE. Prints the time of
# the program alone and of the whole (with script, bash and stty), in µs.
first_frame() {
    local cols=$1 rows=$2 file=$3 start end
    start=$(date +%s%N)
    script -qec "bash $out/run-once.sh $cols $rows $bin $db $file.time" /dev/null >"$file"
    end=$(date +%s%N)
    awk -v whole=$(((end - start) / 1000)) '{printf "%d %d\n", ($2 - $1) * 1e6, whole}' "$file.time"
}

# Replays a start-up's output into a tmux pane of COLS×ROWS and checks the screen: the tab bar,
# the register's header and its first row (the newest dispute, selected), the count line, and
# the frame drawn the whole width. Fails loudly, with the screen, if anything is missing.
check_frame() {
    local cols=$1 rows=$2 raw=$3 frame="$3.frame" shown="$3.txt" off i
    # The output up to where the program leaves the alternate screen on exit.
    off=$(grep -boa $'\e\\[?1049l' "$raw" | head -1 | cut -d: -f1)
    [ -n "$off" ] || fail "$raw: the program did not finish a frame ($(stat -c %s "$raw") bytes)"
    head -c "$off" "$raw" >"$frame"
    tmux kill-session -t sifa-frame 2>/dev/null || true
    tmux new-session -d -s sifa-frame -x "$cols" -y "$rows" "cat '$frame'; sleep 30"
    for i in $(seq 50); do
        sleep 0.05
        tmux capture-pane -p -t sifa-frame >"$shown"
        grep -q '^└' "$shown" && break
    done
    tmux kill-session -t sifa-frame
    local problems=()
    head -1 "$shown" | grep -q '1 纠纷受理.*5 服务台账' || problems+=("no tab bar on the first line")
    grep -q '│  案号' "$shown" || problems+=("no register header")
    grep -A1 '│  案号' "$shown" | tail -1 | grep -q "^│▶ .* $newest " ||
        problems+=("the first register row is not the newest dispute ($newest), selected")
    grep -Eq '(已显示 [0-9]+ 条|共 [0-9]+ 条)' "$shown" || problems+=("no count line")
    [ "$(grep -m1 '^└' "$shown" | tr -d '\n' | wc -m)" = "$cols" ] ||
        problems+=("the frame is not $cols columns wide")
    if [ ${#problems[@]} -gt 0 ]; then
        cat "$shown" >&2
        fail "first frame at ${cols}×${rows}: ${problems[*]} (screen above, raw output in $raw)"
    fi
}

# One start-up first, not counted: it migrates an older file and warms the OS's cache.
warm=$(first_frame 120 40 "$out/warm-up.raw")
echo "warm-up start-up (not counted; includes migrating an older file): ${warm% *} us"

# Start-up at two sizes: 20 runs each; every run's screen is checked.
best_median() {
    sort -n | awk '{a[NR] = $1} END {printf "best %d us, median %d us", a[1], a[int((NR + 1) / 2)]}'
}
for size in 120x40 80x24; do
    cols=${size%x*}
    rows=${size#*x}
    : >"$out/$size.times"
    for run in $(seq 20); do
        first_frame "$cols" "$rows" "$out/$size-$run.raw" >>"$out/$size.times"
        check_frame "$cols" "$rows" "$out/$size-$run.raw"
    done
    echo "first frame at ${cols}×${rows} (20 runs, each screen checked):" \
        "$(cut -d' ' -f1 "$out/$size.times" | best_median);" \
        "with the pty wrapper: $(cut -d' ' -f2 "$out/$size.times" | best_median)"
done
echo "the last screen at 80×24 ($out/80x24-20.raw.txt):"
cat "$out/80x24-20.raw.txt"

# Peak memory of a start-up on the county database.
script -qec "stty cols 120 rows 40; SIFA_DESK_EXIT_AFTER_FIRST_FRAME=1 /usr/bin/time -f 'peak memory of a start-up: %M KB' -o target/bench/mem.txt $bin --db $db" \
    /dev/null >/dev/null
cat target/bench/mem.txt

# Idle CPU: run the TUI in tmux, let it settle, then count its CPU ticks over 10 s.
tmux kill-session -t sifa-bench 2>/dev/null || true
tmux new-session -d -s sifa-bench -x 120 -y 40 "$bin --db $db"
sleep 2
# The program in the pane (tmux may start it through a shell).
exe=$(readlink -f "$bin")
pid=$(tmux display -p -t sifa-bench '#{pane_pid}')
if [ "$(readlink -f "/proc/$pid/exe")" != "$exe" ]; then
    pid=$(for child in $(pgrep -P "$pid"); do
        [ "$(readlink -f "/proc/$child/exe")" = "$exe" ] && echo "$child"
    done | head -1)
fi
[ -n "$pid" ] || fail "the TUI did not start in tmux"
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sleep 10
after=$(ticks)
echo "idle CPU over 10 s: $((after - before)) ticks ($(getconf CLK_TCK) ticks = 1 s)"
grep VmHWM "/proc/$pid/status" | sed 's/^/running TUI /'
tmux kill-session -t sifa-bench

if [ -n "${SIFA_BENCH_BIN:-}" ]; then
    echo "(another build: the cargo benchmarks of this tree are left out)"
    exit 0
fi
cargo bench --quiet --bench picker -- "$db"
bash scripts/bench-paging.sh "$db"
cargo bench --quiet --bench disputes -- "$db"
cargo bench --quiet --bench corrections -- "$db"
