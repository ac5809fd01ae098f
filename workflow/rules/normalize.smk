rule normalize:
    """Merge the shards into the canonical documents, claims and events tables."""
    input:
        documents=expand(work("documents", "shard-{shard}.parquet"), shard=SHARDS),
        claims=expand(work("claims", "shard-{shard}.parquet"), shard=SHARDS),
        gazetteer=config["gazetteer"],
    output:
        documents=result("documents.parquet"),
        claims=result("claims.parquet"),
        events=result("events.parquet"),
    params:
        cli=CLI,
        code=CODE,
    log:
        result("logs", "normalize.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} normalize --documents {input.documents:q} --claims {input.claims:q}"
        " --gazetteer {input.gazetteer:q} --out-documents {output.documents:q}"
        " --out-claims {output.claims:q} --out-events {output.events:q} > {log:q} 2>&1"
