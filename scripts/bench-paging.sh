#!/usr/bin/env bash
# Pages a long list on a county-size demo database (benches/paging.rs):
#   - the real program: the ledger tab filtered to every day of the own office (48,000+
#     entries), PgDn from the first row to the last: time per page at the start and at the
#     end, Home and End, and the process's memory (VmRSS/VmHWM, and the peak by /usr/bin/time);
#   - store::ledger::page alone: a page after row 100, after row 48,000 and the last page,
#     median of 20, with their query plans.
# Usage: bash scripts/bench-paging.sh [DB_FILE]   (default: target/bench/county.db; make it
#        with `target/release/sifa-desk demo --scale county --db FILE`)
# The file is opened for writing (an older file gets this version's indexes): give a copy
# that no one else reads.
set -euo pipefail
cd "$(dirname "$0")/.."

db=${1:-target/bench/county.db}
[ -f "$db" ] || { echo "bench-paging.sh: no $db; make a county demo first" >&2; exit 1; }
exe=$(cargo bench --bench paging --no-run 2>&1 | grep -o 'target/release/deps/paging-[0-9a-f]*' | head -1)
[ -n "$exe" ] || { echo "bench-paging.sh: the paging benchmark did not build" >&2; exit 1; }
/usr/bin/time -f "ui run: peak RSS %M KB (by /usr/bin/time), %e s" "$exe" "$db" ui
/usr/bin/time -f "store run: peak RSS %M KB, %e s" "$exe" "$db" store
