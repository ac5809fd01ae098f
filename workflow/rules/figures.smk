rule version:
    """The result set's version, derived from the documents, the config and the code."""
    input:
        documents=result("documents.parquet"),
    output:
        result("version.json"),
    params:
        cli=CLI,
        code=CODE,
        config=VERSION_CONFIG,
    log:
        result("logs", "version.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} version --documents {input.documents:q} --config-json {params.config:q}"
        " --output {output:q} > {log:q} 2>&1"


rule figures:
    """Official versus adversary figures per event, as Vega-Lite JSON, SVG and PNG."""
    input:
        comparison=result("tables", "comparison.parquet"),
        version=result("version.json"),
    output:
        FIGURES,
    params:
        cli=CLI,
        code=CODE,
        out_dir=lambda w, output: os.path.dirname(output[0]),
    log:
        result("logs", "figures.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} figures --comparison {input.comparison:q} --version-file {input.version:q}"
        " --out-dir {params.out_dir:q} > {log:q} 2>&1"


rule manifest:
    """Every published artifact with its size and sha256."""
    input:
        tables=TABLES,
        figures=FIGURES,
        canonical=[result("documents.parquet"), result("claims.parquet"), result("events.parquet")],
        rejects=[result("rejects.parquet"), result("rejects.csv")],
        version=result("version.json"),
    output:
        result("manifest.json"),
    params:
        cli=CLI,
        code=CODE,
        root=lambda w, output: os.path.dirname(output[0]) or ".",
    log:
        result("logs", "manifest.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} manifest --root {params.root:q} --version-file {input.version:q}"
        " --output {output:q} {input.canonical:q} {input.rejects:q} {input.tables:q}"
        " {input.figures:q} > {log:q} 2>&1"
