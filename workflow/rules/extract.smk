rule extract:
    """Casualty claims of one document shard."""
    input:
        documents=work("documents", "shard-{shard}.parquet"),
        gazetteer=config["gazetteer"],
    output:
        work("claims", "shard-{shard}.parquet"),
    params:
        cli=CLI,
        code=CODE,
    log:
        result("logs", "extract", "shard-{shard}.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} extract --documents {input.documents:q} --gazetteer {input.gazetteer:q}"
        " --output {output:q} > {log:q} 2>&1"
