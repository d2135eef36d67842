#!/usr/bin/env bash
# Kartoteka's benchmarks: `bash build.sh bench` (builds Release first).
#   KARTOTEKA_BENCH_CLIENTS / _TASKS / _MONTHS scale the demo database (defaults: the issue's
#   1,000,000 / 2,000,000 / 24). Results go to stdout; the work folder is kept for a look.
set -euo pipefail

build_dir=${KARTOTEKA_BUILD_DIR:?set by build.sh bench}
clients=${KARTOTEKA_BENCH_CLIENTS:-1000000}
tasks=${KARTOTEKA_BENCH_TASKS:-2000000}
months=${KARTOTEKA_BENCH_MONTHS:-24}
work=${KARTOTEKA_BENCH_DIR:-$(mktemp -d /tmp/kartoteka-bench.XXXXXX)}
cli=$build_dir/app/cli/kartoteka-cli
gui=$build_dir/app/gui/kartoteka
mkdir -p "$work"

measure() { # label, command...: prints wall seconds and peak RSS of the command
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt"
    read -r seconds kilobytes < "$work/time.txt"
    printf '%-52s %8.2f s  %7.0f MB peak\n' "$label" "$seconds" "$((kilobytes / 1024))"
    echo "$seconds" > "$work/last-seconds"
}

echo "== demo data: $clients organizations, $tasks tasks, $months months of sales"
rm -f "$work"/demo.sqlite*
measure "kartoteka-cli demo (everything)" \
    "$cli" --db "$work/demo.sqlite" demo --clients "$clients" --tasks "$tasks" --months "$months"
cat "$work/out.txt"
printf '%-52s %8.0f MB\n' "database size" "$(( $(stat -c %s "$work/demo.sqlite") / 1024 / 1024 ))"

echo "== organizations alone, against sqlite3 .import of the same rows into the same schema"
rm -f "$work"/orgs.sqlite*
measure "kartoteka-cli demo --tasks 0 --months 0" \
    "$cli" --db "$work/orgs.sqlite" demo --clients "$clients" --tasks 0 --months 0 --buyers 0
ours=$(cat "$work/last-seconds")
sqlite3 "$work/orgs.sqlite" ".headers on" ".mode csv" "SELECT * FROM organizations" > "$work/organizations.csv"
sqlite3 "$work/orgs.sqlite" ".headers on" ".mode csv" "SELECT * FROM persons" > "$work/persons.csv"
# The peer: sqlite3's own .import of the same rows into plain tables, then the same indexes.
sqlite3 "$work/orgs.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('organizations', 'persons')" > "$work/indexes.sql"
rm -f "$work"/peer.sqlite*
measure "sqlite3 .import organizations + persons, same indexes" \
    sqlite3 "$work/peer.sqlite" "PRAGMA journal_mode = WAL" ".mode csv" \
    ".import $work/organizations.csv organizations" ".import $work/persons.csv persons" ".read $work/indexes.sql"
peer=$(cat "$work/last-seconds")
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%-52s %8.2f x\n", "ratio kartoteka / sqlite3", a / b }'

echo "== importing a ${KARTOTEKA_BENCH_IMPORT_ROWS:-1000000}-row 1C-shaped client list (windows-1251, ';', quoted)"
python3 "$(dirname "$0")/make_clients.py" "${KARTOTEKA_BENCH_IMPORT_ROWS:-1000000}" "$work/clients.csv"
printf '%-52s %8.0f MB\n' "file size" "$(( $(stat -c %s "$work/clients.csv") / 1024 / 1024 ))"
rm -f "$work"/import.sqlite* "$work"/import.before-* "$work"/peer-import.sqlite
measure "kartoteka-cli import clients (everything)" \
    "$cli" --db "$work/import.sqlite" import clients "$work/clients.csv" --json
ours=$(cat "$work/last-seconds")
grep -A6 '"timings_ms"' "$work/out.txt" | tr -d ' ,"{}' | grep -v -e timings_ms -e '^$' | sed 's/^/    split ms: /'
measure "sqlite3 .import of the same file into one table" \
    sqlite3 "$work/peer-import.sqlite" ".mode csv" ".separator ;" ".import $work/clients.csv t"
peer=$(cat "$work/last-seconds")
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%-52s %8.2f x\n", "ratio kartoteka / sqlite3", a / b }'

if [ -x "$gui" ]; then
    echo "== opening the demo database in the main window"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} measure "kartoteka --benchmark-startup (to first paint)" \
        "$gui" --db "$work/demo.sqlite" --benchmark-startup
    cat "$work/out.txt"
fi
echo "work folder: $work"
