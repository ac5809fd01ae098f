rule ingest:
    """Read every document under raw_dir into a fixed number of shards; set bad files aside."""
    input:
        raw=RAW_DIR,
    output:
        shards=expand(work("documents", "shard-{shard}.parquet"), shard=SHARDS),
        rejects=result("rejects.parquet"),
        rejects_csv=result("rejects.csv"),
    params:
        cli=CLI,
        code=CODE,
        # Changes anywhere under raw_dir (not only in its top folder) rerun ingest.
        tree=tree_digest(RAW_DIR),
        options=canonical_json(config["ingest"]),
    log:
        result("logs", "ingest.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} ingest --raw-dir {input.raw:q} --rejects {output.rejects:q}"
        " --options-json {params.options:q}"
        " --shards {output.shards:q} > {log:q} 2>&1"
