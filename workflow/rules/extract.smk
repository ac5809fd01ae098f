rule extract:
    """Casualty claims of one document shard."""
    input:
        documents=work("documents", "shard-{shard}.parquet"),
        gazetteer=config["gazetteer"],
    output:
        work("claims", "shard-{shard}.parquet"),
    params:
        code=CODE,
    log:
        result("logs", "extract", "shard-{shard}.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{CLI} extract --documents {input.documents:q} --gazetteer {input.gazetteer:q}"
        " --output {output:q} > {log:q} 2>&1"
