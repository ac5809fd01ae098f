# The DuckDB file of views over the Parquet files, left in results/ for users to query.
# Not a published artifact (not byte-stable): it is not in TABLES, so not in the manifest.
DATABASE = "casualty_claims.duckdb"


rule aggregate:
    """DuckDB over the canonical tables: official vs adversary vs independent figures.
    Also leaves a DuckDB file of views over the Parquet files (not a published artifact)."""
    input:
        documents=result("documents.parquet"),
        claims=result("claims.parquet"),
        events=result("events.parquet"),
        overrides=work("overrides.parquet"),
    output:
        # The CSV copy of each table is shown in `snakemake --report`; the Parquet is the data.
        [
            report(path, caption=f"../report/tables/{name}.rst", category="Tables", subcategory=name,
                   labels={"table": name, "format": "CSV"})
            if path.endswith(".csv") else path
            for path, name in zip(TABLES, TABLE_OF_PATH)
        ],
        database=result(DATABASE),
    params:
        cli=CLI,
        code=CODE,
        out_dir=lambda w, output: os.path.dirname(output[0]),
    log:
        result("logs", "aggregate.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} aggregate --documents {input.documents:q} --claims {input.claims:q}"
        " --events {input.events:q} --overrides {input.overrides:q} --out-dir {params.out_dir:q}"
        " --database {output.database:q} > {log:q} 2>&1"
