-- Schema v3: what segmentation needs.
--
-- sales_months keeps each client's sales summed per calendar month, in whole cents, kept
-- current by triggers, so that an analysis reads one row per client and month instead of
-- every sales line. Cents are integers, so adding and taking away never drifts: a month whose
-- lines were all deleted is removed, and a value is exactly zero when it should be.

CREATE TABLE sales_months (
    organization_id INTEGER NOT NULL,
    month           INTEGER NOT NULL, -- year * 100 + month, e.g. 202403
    amount_cents    INTEGER NOT NULL,
    profit_cents    INTEGER NOT NULL, -- lines without a known profit count as zero
    lines           INTEGER NOT NULL,
    PRIMARY KEY (organization_id, month)
) WITHOUT ROWID;

INSERT INTO sales_months (organization_id, month, amount_cents, profit_cents, lines)
SELECT organization_id,
       CAST(substr(sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(sale_date, 6, 2) AS INTEGER),
       SUM(CAST(round(amount * 100) AS INTEGER)),
       SUM(CAST(round(coalesce(profit, 0) * 100) AS INTEGER)),
       COUNT(*)
FROM sales
GROUP BY 1, 2;

CREATE TRIGGER sales_months_insert AFTER INSERT ON sales
BEGIN
    INSERT INTO sales_months (organization_id, month, amount_cents, profit_cents, lines)
    VALUES (NEW.organization_id,
            CAST(substr(NEW.sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(NEW.sale_date, 6, 2) AS INTEGER),
            CAST(round(NEW.amount * 100) AS INTEGER),
            CAST(round(coalesce(NEW.profit, 0) * 100) AS INTEGER),
            1)
    ON CONFLICT (organization_id, month) DO UPDATE SET
        amount_cents = amount_cents + excluded.amount_cents,
        profit_cents = profit_cents + excluded.profit_cents,
        lines = lines + 1;
END;

CREATE TRIGGER sales_months_delete AFTER DELETE ON sales
BEGIN
    UPDATE sales_months SET
        amount_cents = amount_cents - CAST(round(OLD.amount * 100) AS INTEGER),
        profit_cents = profit_cents - CAST(round(coalesce(OLD.profit, 0) * 100) AS INTEGER),
        lines = lines - 1
    WHERE organization_id = OLD.organization_id
      AND month = CAST(substr(OLD.sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(OLD.sale_date, 6, 2) AS INTEGER);
    DELETE FROM sales_months
    WHERE organization_id = OLD.organization_id
      AND month = CAST(substr(OLD.sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(OLD.sale_date, 6, 2) AS INTEGER)
      AND lines = 0;
END;

CREATE TRIGGER sales_months_update AFTER UPDATE OF organization_id, sale_date, amount, profit ON sales
BEGIN
    UPDATE sales_months SET
        amount_cents = amount_cents - CAST(round(OLD.amount * 100) AS INTEGER),
        profit_cents = profit_cents - CAST(round(coalesce(OLD.profit, 0) * 100) AS INTEGER),
        lines = lines - 1
    WHERE organization_id = OLD.organization_id
      AND month = CAST(substr(OLD.sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(OLD.sale_date, 6, 2) AS INTEGER);
    DELETE FROM sales_months
    WHERE organization_id = OLD.organization_id
      AND month = CAST(substr(OLD.sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(OLD.sale_date, 6, 2) AS INTEGER)
      AND lines = 0;
    INSERT INTO sales_months (organization_id, month, amount_cents, profit_cents, lines)
    VALUES (NEW.organization_id,
            CAST(substr(NEW.sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(NEW.sale_date, 6, 2) AS INTEGER),
            CAST(round(NEW.amount * 100) AS INTEGER),
            CAST(round(coalesce(NEW.profit, 0) * 100) AS INTEGER),
            1)
    ON CONFLICT (organization_id, month) DO UPDATE SET
        amount_cents = amount_cents + excluded.amount_cents,
        profit_cents = profit_cents + excluded.profit_cents,
        lines = lines + 1;
END;

-- A saved analysis run: its parameters, and each ranked client's place and class, so that
-- two runs can be compared (how clients moved between classes).

CREATE TABLE segment_snapshots (
    id           INTEGER PRIMARY KEY,
    computed_at  TEXT NOT NULL,
    period_from  TEXT NOT NULL, -- YYYY-MM
    period_to    TEXT NOT NULL,
    metric       TEXT NOT NULL CHECK (metric = 'revenue' OR metric = 'profit'),
    granularity  TEXT NOT NULL CHECK (granularity = 'month' OR granularity = 'quarter'),
    abc_a        REAL NOT NULL,
    abc_b        REAL NOT NULL,
    xyz_x        REAL NOT NULL,
    xyz_y        REAL NOT NULL,
    total        REAL NOT NULL,
    client_count INTEGER NOT NULL,
    lost_count   INTEGER NOT NULL
);

CREATE TABLE segment_snapshot_clients (
    snapshot_id     INTEGER NOT NULL REFERENCES segment_snapshots(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    rank            INTEGER NOT NULL,
    value           REAL NOT NULL,
    share           REAL NOT NULL,
    cumulative      REAL NOT NULL,
    cv              REAL,
    abc_class       TEXT NOT NULL CHECK (abc_class = 'A' OR abc_class = 'B' OR abc_class = 'C'),
    xyz_class       TEXT NOT NULL CHECK (xyz_class = 'X' OR xyz_class = 'Y' OR xyz_class = 'Z' OR xyz_class = 'new'),
    PRIMARY KEY (snapshot_id, organization_id)
) WITHOUT ROWID;

CREATE INDEX segment_snapshot_clients_organization ON segment_snapshot_clients(organization_id);
