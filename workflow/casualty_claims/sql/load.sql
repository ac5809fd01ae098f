-- Load the canonical tables. Paths arrive as bound parameters, never spliced into SQL.
CREATE TABLE documents AS SELECT * FROM read_parquet($documents);
CREATE TABLE claims AS SELECT * FROM read_parquet($claims);
CREATE TABLE events AS SELECT * FROM read_parquet($events);
-- The overrides normalize applied (one row per line of the overrides file).
CREATE TABLE overrides AS SELECT * FROM read_parquet($overrides);
