rule normalize:
    """Merge the shards into the canonical tables: events assigned, analyst overrides applied."""
    input:
        documents=expand(work("documents", "shard-{shard}.parquet"), shard=SHARDS),
        claims=expand(work("claims", "shard-{shard}.parquet"), shard=SHARDS),
        gazetteer=config["gazetteer"],
        overrides=config["overrides"],
    output:
        documents=result("documents.parquet"),
        claims=result("claims.parquet"),
        events=result("events.parquet"),
        overrides=work("overrides.parquet"),
    params:
        cli=CLI,
        code=CODE,
    log:
        result("logs", "normalize.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} normalize --documents {input.documents:q} --claims {input.claims:q}"
        " --gazetteer {input.gazetteer:q} --overrides {input.overrides:q}"
        " --out-documents {output.documents:q} --out-claims {output.claims:q}"
        " --out-events {output.events:q} --out-overrides {output.overrides:q} > {log:q} 2>&1"
