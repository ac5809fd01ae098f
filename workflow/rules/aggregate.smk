rule aggregate:
    """DuckDB over the canonical tables: official vs adversary vs independent figures."""
    input:
        documents=result("documents.parquet"),
        claims=result("claims.parquet"),
        events=result("events.parquet"),
    output:
        TABLES,
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
        " --events {input.events:q} --out-dir {params.out_dir:q} > {log:q} 2>&1"
