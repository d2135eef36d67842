#!/usr/bin/python3
"""The ABC/XYZ analysis of DESIGN.md ("Segmentation") written with pandas: the peer that
`kartoteka-cli segment` is timed against in tests/bench/run.sh (Debian's python3-pandas, so
/usr/bin/python3).

    segment_pandas.py DB --from YYYY-MM --to YYYY-MM [--metric revenue|profit]
                      [--granularity month|quarter] [--abc 80,95] [--xyz 10,25] [--source lines|months]
        reads the sales lines of DB up to the end of the period (or, with --source months, the
        monthly sums that the engine reads), ranks and classes the clients, and prints one JSON
        summary: the time, the matrix, the counts and a digest of the ranking (ids and classes
        in rank order) and of the lost clients.
    segment_pandas.py --compare PANDAS_SUMMARY CLI_JSON
        summarizes the output of `kartoteka-cli segment --json` the same way and exits 1,
        saying where, when the two differ.
"""
import argparse
import hashlib
import json
import sqlite3
import sys
import time

started = time.perf_counter()
import numpy as np  # noqa: E402  (imports are part of the timed run)
import pandas as pd  # noqa: E402

BOUND_TOLERANCE = 1e-9  # "at most" bounds, as in SegmentationEngine


def month_number(text):
    year, month = text.split("-")
    return int(year) * 100 + int(month)


def bucket(months, granularity):
    """A running count of months (or quarters) for months stored as year * 100 + month."""
    year = months // 100
    month = months % 100 - 1
    return year * 12 + month if granularity == "month" else year * 4 + month // 3


def digest(lines):
    return hashlib.sha1("\n".join(lines).encode("utf-8")).hexdigest()


def summary(ranked, lost, total_cents):
    """ranked: (id, abc, xyz) in rank order; lost: (id, last sale yyyy-mm-dd)."""
    matrix = {a + x: 0 for a in "ABC" for x in ("X", "Y", "Z", "new")}
    for _, abc, xyz in ranked:
        matrix[abc + xyz] += 1
    return {
        "clients": len(ranked),
        "lost": len(lost),
        "total_cents": int(total_cents),
        "matrix": matrix,
        "ranking_digest": digest(f"{i}:{a}:{x}" for i, a, x in ranked),
        "lost_digest": digest(f"{i}:{d}" for i, d in sorted(lost)),
    }


def analyse(args):
    first_month = month_number(args.period_from)
    last_month = month_number(args.period_to)
    end = f"{last_month // 100 + (last_month % 100 == 12)}-{last_month % 100 % 12 + 1:02d}-01"
    abc_a, abc_b = (float(v) for v in args.abc.split(","))
    xyz_x, xyz_y = (float(v) for v in args.xyz.split(","))
    column = "amount" if args.metric == "revenue" else "coalesce(profit, 0)"

    connection = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    if args.source == "lines":
        # Every sales line up to the end of the period: the ones before it tell first sales and
        # lost clients. The day as yyyymmdd, so that months and last sales are integer arithmetic.
        lines = pd.read_sql_query(
            f"SELECT organization_id AS id, CAST(replace(sale_date, '-', '') AS INTEGER) AS day, {column} AS value "
            "FROM sales WHERE sale_date < ?",
            connection, params=(end,))
        line_count = len(lines)

        def last_sales(ids):
            old = lines[(lines["month"] < first_month) & lines["id"].isin(ids)]
            return old.groupby("id")["day"].max()
    else:
        # The monthly sums the engine itself reads (sales_months, kept by triggers).
        cents_column = "amount_cents" if args.metric == "revenue" else "profit_cents"
        monthly = pd.read_sql_query(
            f"SELECT organization_id AS id, month, {cents_column} AS cents FROM sales_months WHERE month <= ?",
            connection, params=(last_month,))
        line_count = 0

        def last_sales(ids):
            found = []
            ids = [int(i) for i in ids]
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                found.append(pd.read_sql_query(
                    "SELECT organization_id AS id, CAST(replace(max(sale_date), '-', '') AS INTEGER) AS day FROM sales "
                    f"WHERE sale_date < ? AND organization_id IN ({','.join('?' * len(part))}) GROUP BY organization_id",
                    connection, params=[f"{first_month // 100}-{first_month % 100:02d}-01", *part]))
            return pd.concat(found).set_index("id")["day"] if found else pd.Series(dtype=np.int64)
    organizations = pd.read_sql_query("SELECT id, name FROM organizations", connection).set_index("id")
    read = time.perf_counter()

    if args.source == "lines":
        lines["month"] = lines["day"] // 100
        lines["cents"] = np.rint(lines["value"].to_numpy() * 100).astype(np.int64)
        monthly = lines.groupby(["id", "month"], sort=False, as_index=False)["cents"].sum()
    first_sale = monthly.groupby("id")["month"].min()
    in_period = monthly[monthly["month"] >= first_month]
    value = in_period.groupby("id")["cents"].sum()

    # ABC: positive values, best first (ties by name, then id); a client is A while the share
    # before it is below the A bound.
    ranked = value[value > 0].rename("cents").to_frame()
    ranked["name"] = organizations.loc[ranked.index, "name"].str.lower().to_numpy()
    ranked.index.name = None
    ranked["id"] = ranked.index
    ranked = ranked.sort_values(["cents", "name", "id"], ascending=[False, True, True], kind="mergesort")
    cents = ranked["cents"].to_numpy(dtype=np.int64)
    total = int(cents.sum())
    before = (np.cumsum(cents) - cents).astype(np.float64) * 100.0
    abc = np.where(before < abc_a * total, "A", np.where(before < abc_b * total, "B", "C"))

    # XYZ: population CV of the buckets from the later of the period start and the first sale.
    first_bucket = bucket(first_month, args.granularity)
    bucket_count = bucket(last_month, args.granularity) - first_bucket + 1
    row_of = pd.Series(np.arange(len(ranked)), index=ranked.index)
    mine = in_period[in_period["id"].isin(ranked.index)]
    grid = np.zeros((len(ranked), bucket_count))
    np.add.at(grid, (row_of[mine["id"]].to_numpy(), bucket(mine["month"].to_numpy(), args.granularity) - first_bucket),
              mine["cents"].to_numpy(dtype=np.float64))
    start = np.maximum(bucket(first_sale[ranked.index].to_numpy(), args.granularity), first_bucket) - first_bucket
    periods = bucket_count - start
    measured = np.arange(bucket_count)[None, :] >= start[:, None]
    mean = np.where(measured, grid, 0).sum(axis=1) / periods
    spread = np.sqrt(np.where(measured, (grid - mean[:, None]) ** 2, 0).sum(axis=1) / periods)
    with np.errstate(divide="ignore", invalid="ignore"):
        cv = spread / mean * 100.0
    xyz = np.where(periods < 3, "new",
                   np.where(cv <= xyz_x + BOUND_TOLERANCE, "X", np.where(cv <= xyz_y + BOUND_TOLERANCE, "Y", "Z")))

    # Lost: bought before the period, nothing in it; with the last sale.
    bought_before = monthly.loc[monthly["month"] < first_month, "id"].unique()
    lost_ids = np.setdiff1d(bought_before, in_period["id"].unique())
    last_sale = last_sales(lost_ids)
    connection.close()
    lost = [(int(i), f"{d // 10000:04d}-{d // 100 % 100:02d}-{d % 100:02d}") for i, d in last_sale.items()]
    done = time.perf_counter()

    result = summary(list(zip(ranked.index.astype(int), abc, xyz)), lost, total)
    result.update({"seconds_total": round(done - started, 3), "seconds_reading": round(read - started, 3),
                   "seconds_computing": round(done - read, 3), "sales_lines": line_count})
    return result


def cli_summary(path):
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    ranked = [(c["id"], c["abc"], c["xyz"]) for c in data["clients"]]
    lost = [(c["id"], c["last_sale"]) for c in data["lost"]]
    total = sum(round(c["value"] * 100) for c in data["clients"])
    result = summary(ranked, lost, total)
    for cell, count in data["matrix"].items():  # the CLI's own nine cells must agree with its list
        if result["matrix"][cell] != count:
            sys.exit(f"kartoteka-cli's matrix says {cell} = {count}, its client list {result['matrix'][cell]}")
    return result


def compare(pandas_path, cli_path):
    with open(pandas_path, encoding="utf-8") as file:
        ours = json.load(file)
    theirs = cli_summary(cli_path)
    differences = [key for key in ("clients", "lost", "total_cents", "matrix", "ranking_digest", "lost_digest")
                   if ours[key] != theirs[key]]
    if differences:
        for key in differences:
            print(f"DIFFERENT {key}: pandas {ours[key]!r}, kartoteka-cli {theirs[key]!r}", file=sys.stderr)
        return 1
    print(f"agree: {ours['clients']} ranked clients in the same order and classes, {ours['lost']} lost, "
          f"matrix {' '.join(f'{k}={v}' for k, v in ours['matrix'].items())}")
    return 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        return compare(sys.argv[2], sys.argv[3])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--from", dest="period_from", required=True)
    parser.add_argument("--to", dest="period_to", required=True)
    parser.add_argument("--metric", choices=("revenue", "profit"), default="revenue")
    parser.add_argument("--granularity", choices=("month", "quarter"), default="month")
    parser.add_argument("--abc", default="80,95")
    parser.add_argument("--xyz", default="10,25")
    parser.add_argument("--source", choices=("lines", "months"), default="lines",
                        help="the sales lines (default), or the monthly sums the engine reads")
    print(json.dumps(analyse(parser.parse_args()), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
