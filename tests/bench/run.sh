#!/usr/bin/env bash
# Kartoteka's benchmarks: `bash build.sh bench [SECTION...]` (builds Release first); sections
# demo, import, startup, search, segment, tasks, ics, all by default.
#   KARTOTEKA_BENCH_CLIENTS / _TASKS / _MONTHS scale the demo database (defaults: the issue's
#   1,000,000 / 2,000,000 / 24). Results go to stdout; the work folder is kept for a look.
set -euo pipefail

sections=("$@")
want() { # section: whether it was asked for (all are when none is named)
    [ ${#sections[@]} -eq 0 ] && return 0
    local section
    for section in "${sections[@]}"; do [ "$section" = "$1" ] && return 0; done
    return 1
}

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

if want demo; then
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
fi

if want import; then
    echo "== importing a ${KARTOTEKA_BENCH_IMPORT_ROWS:-1000000}-row 1C-shaped client list (windows-1251, ';', quoted)"
    # The generator is seeded: a file of the same size from an earlier run in this work folder is reused.
    import_rows=${KARTOTEKA_BENCH_IMPORT_ROWS:-1000000}
    [ -f "$work/clients-$import_rows.csv" ] \
        || python3 "$(dirname "$0")/make_clients.py" "$import_rows" "$work/clients-$import_rows.csv"
    ln -sf "clients-$import_rows.csv" "$work/clients.csv"
    printf '%-52s %8.0f MB\n' "file size" "$(( $(stat -L -c %s "$work/clients.csv") / 1024 / 1024 ))"
    rm -f "$work"/import.sqlite* "$work"/import.before-* "$work"/peer-import.sqlite
    measure "kartoteka-cli import clients (everything)" \
        "$cli" --db "$work/import.sqlite" import clients "$work/clients.csv" --json
    ours=$(cat "$work/last-seconds")
    grep -A6 '"timings_ms"' "$work/out.txt" | tr -d ' ,"{}' | grep -v -e timings_ms -e '^$' | sed 's/^/    split ms: /'
    measure "sqlite3 .import of the same file into one table" \
        sqlite3 "$work/peer-import.sqlite" ".mode csv" ".separator ;" ".import $work/clients.csv t"
    peer=$(cat "$work/last-seconds")
    awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%-52s %8.2f x\n", "ratio kartoteka / sqlite3", a / b }'

    echo "== what SQLite alone needs to build what that import built (the sqlite3 shell, from its tables)"
    # The floor under any importer of this schema: its rows copied into empty tables, its
    # B-tree indexes, and FTS5 trigram indexes over the same columns (lower() for our folding).
    rm -f "$work"/floor.sqlite*
    sqlite3 "$work/import.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE type = 'table' AND name IN ('organizations', 'persons', 'custom_values')" > "$work/floor-tables.sql"
    sqlite3 "$work/import.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('organizations', 'persons', 'custom_values')" > "$work/floor-indexes.sql"
    sqlite3 "$work/floor.sqlite" "PRAGMA journal_mode = WAL" ".read $work/floor-tables.sql" > /dev/null
    measure "sqlite3: the 3 tables' rows into empty tables" \
        sqlite3 "$work/floor.sqlite" "ATTACH '$work/import.sqlite' AS import" "BEGIN" \
        "INSERT INTO organizations SELECT * FROM import.organizations" "INSERT INTO persons SELECT * FROM import.persons" \
        "INSERT INTO custom_values SELECT * FROM import.custom_values" "COMMIT"
    floor_rows=$(cat "$work/last-seconds")
    measure "sqlite3: their $(wc -l < "$work/floor-indexes.sql") B-tree indexes" \
        sqlite3 "$work/floor.sqlite" "BEGIN" ".read $work/floor-indexes.sql" "COMMIT"
    floor_indexes=$(cat "$work/last-seconds")
    measure "sqlite3: FTS5 trigram over names and contacts" \
        sqlite3 "$work/floor.sqlite" "BEGIN" \
        "CREATE VIRTUAL TABLE so USING fts5(names, contacts, content = '', detail = none, tokenize = 'trigram')" \
        "CREATE VIRTUAL TABLE sp USING fts5(names, contacts, content = '', detail = none, tokenize = 'trigram')" \
        "INSERT INTO so (so, rank) VALUES ('hashsize', 67108864)" "INSERT INTO sp (sp, rank) VALUES ('hashsize', 67108864)" \
        "INSERT INTO so (rowid, names, contacts) SELECT id, lower(name), coalesce(inn, '') || ' ' || coalesce(phones, '') || ' ' || coalesce(email, '') || ' ' || coalesce(city, '') FROM organizations" \
        "INSERT INTO sp (rowid, names, contacts) SELECT id, lower(full_name), coalesce(phones, '') || ' ' || coalesce(emails, '') FROM persons" "COMMIT"
    floor_search=$(cat "$work/last-seconds")
    awk -v r="$floor_rows" -v i="$floor_indexes" -v f="$floor_search" -v b="$peer" 'BEGIN {
        printf "%-52s %8.2f s  = %.2f x sqlite3 .import on one core, %.2f x on two at best\n", "sum of the three", r + i + f, (r + i + f) / b, (r + i + f) / 2 / b }'
fi

if want startup && [ -x "$gui" ] && [ -f "$work/demo.sqlite" ]; then
    echo "== opening the demo database in the main window"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} measure "kartoteka --benchmark-startup (to first paint)" \
        "$gui" --db "$work/demo.sqlite" --benchmark-startup
    cat "$work/out.txt"
fi
if want search && [ -f "$work/demo.sqlite" ]; then
    echo "== search as you type on the demo database: each keystroke's query (ClientSearch)"
    measure "kartoteka_search_bench (all keystrokes)" "$build_dir/tests/bench/kartoteka_search_bench" "$work/demo.sqlite"
    cat "$work/out.txt"
fi

if want segment; then
    segment_clients=${KARTOTEKA_BENCH_SEGMENT_CLIENTS:-10000}
    segment_months=${KARTOTEKA_BENCH_SEGMENT_MONTHS:-24}
    this_month=$(date +%Y-%m-01)
    from=$(date -d "$this_month -12 months" +%Y-%m)
    to=$(date -d "$this_month -1 month" +%Y-%m)
    echo "== ABC/XYZ segmentation of $segment_clients clients x $segment_months months of sales, $from to $to"
    rm -f "$work"/segment.sqlite*
    "$cli" --db "$work/segment.sqlite" demo --clients "$segment_clients" --tasks 0 --months "$segment_months"
    printf '%-52s %8s\n' "sales lines" "$(sqlite3 "$work/segment.sqlite" "SELECT count(*) FROM sales")"
    # Both read the same file, warm in the page cache after a first run each.
    "$cli" --db "$work/segment.sqlite" segment --from "$from" --to "$to" --json > /dev/null
    measure "kartoteka-cli segment --json (whole analysis)" \
        "$cli" --db "$work/segment.sqlite" segment --from "$from" --to "$to" --json
    ours=$(cat "$work/last-seconds")
    cp "$work/out.txt" "$work/segment-cli.json"
    /usr/bin/python3 -c 'import pandas' 2>/dev/null \
        || { echo "python3-pandas is missing (packaging/debian-packages.txt lists it)" >&2; exit 1; }
    /usr/bin/python3 "$(dirname "$0")/segment_pandas.py" "$work/segment.sqlite" --from "$from" --to "$to" > /dev/null
    measure "pandas, the same analysis from the sales lines" \
        /usr/bin/python3 "$(dirname "$0")/segment_pandas.py" "$work/segment.sqlite" --from "$from" --to "$to"
    peer=$(cat "$work/last-seconds")
    cp "$work/out.txt" "$work/segment-pandas.json"
    split='import json, sys; d = json.load(open(sys.argv[1]))
print("    pandas split s: reading (with imports) %.2f, computing %.2f" % (d["seconds_reading"], d["seconds_computing"]))'
    /usr/bin/python3 -c "$split" "$work/segment-pandas.json"
    awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%-52s %8.2f x  (target at most 0.50: %s)\n", "ratio kartoteka / pandas", a / b, a <= 0.5 * b ? "met" : "NOT MET" }'
    # For scale: pandas given the monthly sums the engine reads (kept by triggers) instead.
    /usr/bin/python3 "$(dirname "$0")/segment_pandas.py" "$work/segment.sqlite" --from "$from" --to "$to" --source months > /dev/null
    measure "pandas, the same analysis from sales_months" \
        /usr/bin/python3 "$(dirname "$0")/segment_pandas.py" "$work/segment.sqlite" --from "$from" --to "$to" --source months
    cp "$work/out.txt" "$work/segment-pandas-months.json"
    /usr/bin/python3 -c "$split" "$work/segment-pandas-months.json"
    awk -v a="$ours" -v b="$(cat "$work/last-seconds")" 'BEGIN { printf "%-52s %8.2f x\n", "ratio kartoteka / pandas from sales_months", a / b }'
    # All must agree: ranking, classes, matrix, lost clients.
    for peer_json in segment-pandas.json segment-pandas-months.json; do
        /usr/bin/python3 "$(dirname "$0")/segment_pandas.py" --compare "$work/$peer_json" "$work/segment-cli.json" \
            || { echo "kartoteka-cli segment and pandas ($peer_json) DISAGREE (see above)" >&2; exit 1; }
    done
    rm -f "$work/segment.pdf"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} measure "kartoteka-cli segment --pdf (full report)" \
        "$cli" --db "$work/segment.sqlite" segment --from "$from" --to "$to" --pdf "$work/segment.pdf"
    printf '%-52s %8s\n' "report pages" "$(grep -o 'pages: [0-9]*' "$work/out.txt" | cut -d' ' -f2)"
    printf '%-52s %8.1f MB\n' "report size" "$(awk -v b="$(stat -c %s "$work/segment.pdf")" 'BEGIN { print b / 1048576 }')"
fi
if want tasks; then
    # The task report over a year: the demo database of the demo section when there is one,
    # else one with the tasks alone (demo tasks lie from 180 days back to 60 ahead).
    tasks_db=$work/demo.sqlite
    if [ ! -f "$tasks_db" ]; then
        tasks_db=$work/tasks.sqlite
        rm -f "$tasks_db"*
        measure "kartoteka-cli demo --tasks $tasks (for the report)" \
            "$cli" --db "$tasks_db" demo --clients 20000 --tasks "$tasks" --months 0 --buyers 0
    fi
    from=$(date -d "-300 days" +%Y-%m-%d)
    to=$(date -d "+64 days" +%Y-%m-%d)
    echo "== task report of $(sqlite3 "$tasks_db" "SELECT count(*) FROM tasks") tasks, $from to $to"
    "$cli" --db "$tasks_db" tasks report --from "$from" --to "$to" --json > /dev/null # warm the page cache
    for group in user type state organization; do
        measure "kartoteka-cli tasks report --group-by $group --json" \
            "$cli" --db "$tasks_db" tasks report --from "$from" --to "$to" --group-by "$group" --json
    done
    measure "kartoteka-cli tasks report --assignee (one user)" \
        "$cli" --db "$tasks_db" tasks report --from "$from" --to "$to" --json \
        --assignee "$(sqlite3 "$tasks_db" "SELECT login FROM users ORDER BY id LIMIT 1 OFFSET 1")"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} measure "kartoteka-cli tasks report --pdf" \
        "$cli" --db "$tasks_db" tasks report --from "$from" --to "$to" --pdf "$work/tasks.pdf"
fi
if want ics; then
    # A calendar as big as a busy team's years: exported from demo tasks, then imported into
    # another database; the export of the same tasks is the peer in this run.
    ics_tasks=${KARTOTEKA_BENCH_ICS_TASKS:-100000}
    echo "== an iCalendar file of $ics_tasks tasks, exported and imported into another database"
    rm -f "$work"/ics-source.sqlite* "$work"/ics-target.sqlite* "$work"/ics-target.before-* "$work/tasks.ics"
    "$cli" --db "$work/ics-source.sqlite" demo --clients 2000 --tasks "$ics_tasks" --months 0 --buyers 0 > /dev/null
    measure "kartoteka-cli export tasks --ics" \
        "$cli" --db "$work/ics-source.sqlite" export tasks --ics "$work/tasks.ics"
    exported=$(cat "$work/last-seconds")
    printf '%-52s %8.0f MB\n' "file size" "$(( $(stat -c %s "$work/tasks.ics") / 1024 / 1024 ))"
    "$cli" --db "$work/ics-target.sqlite" demo --clients 10 --tasks 0 --months 0 --buyers 0 > /dev/null
    measure "kartoteka-cli import ics (read an event at a time)" \
        "$cli" --db "$work/ics-target.sqlite" import ics "$work/tasks.ics" \
        --user "$(sqlite3 "$work/ics-target.sqlite" "SELECT login FROM users ORDER BY id LIMIT 1")"
    awk -v a="$(cat "$work/last-seconds")" -v b="$exported" 'BEGIN { printf "%-52s %8.2f x\n", "ratio import / export", a / b }'
fi
echo "work folder: $work"
