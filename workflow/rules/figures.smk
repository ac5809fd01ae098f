rule version:
    """The result set's version, derived from the documents, config, gazetteer, overrides and code."""
    input:
        documents=result("documents.parquet"),
        gazetteer=config["gazetteer"],
        # Analyst overrides change the published tables, so their content is part of the version.
        overrides=lambda w: config.get("overrides") or [],
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
        "{params.cli} version --documents {input.documents:q} --gazetteer {input.gazetteer:q}"
        " --overrides {input.overrides:q} --config-json {params.config:q} --output {output:q}"
        " > {log:q} 2>&1"


rule figures:
    """Every figure as Vega-Lite JSON, SVG and PNG, and the offline HTML page of the results."""
    input:
        claims=result("claims.parquet"),
        documents=result("documents.parquet"),
        events=result("events.parquet"),
        comparison=result("tables", "comparison.parquet"),
        timeline=result("tables", "timeline.parquet"),
        version=result("version.json"),
    output:
        # Each figure file is marked for `snakemake --report` with its caption.
        [
            report(
                result("figures", f"{name}.{ext}"),
                caption=f"../report/figures/{name}.rst",
                category="Figures",
                subcategory=name,
                labels={"figure": name, "format": FIGURE_FORMATS[ext]},
            )
            for name in FIGURE_NAMES
            for ext in FIGURE_FORMATS
        ],
        page=report(REPORT_PAGE, caption="../report/page.rst", category="Report",
                    labels={"file": "report.html"}),
    params:
        cli=CLI,
        code=CODE,
        out_dir=lambda w, output: os.path.dirname(output[0]),
    log:
        result("logs", "figures.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} figures --claims {input.claims:q} --documents {input.documents:q}"
        " --events {input.events:q} --comparison {input.comparison:q} --timeline {input.timeline:q}"
        " --version-file {input.version:q} --out-dir {params.out_dir:q} --report {output.page:q}"
        " > {log:q} 2>&1"


rule manifest:
    """Every published artifact with its size and sha256; the set is then archived under
    versions/<version>/, which survives reruns."""
    input:
        tables=TABLES,
        figures=FIGURES,
        page=REPORT_PAGE,
        canonical=[result("documents.parquet"), result("claims.parquet"), result("events.parquet")],
        rejects=[result("rejects.parquet"), result("rejects.csv")],
        version=result("version.json"),
    output:
        manifest=result("manifest.json"),
        archive=ARCHIVE_RECORD,
    params:
        cli=CLI,
        code=CODE,
        root=lambda w, output: os.path.dirname(output.manifest) or ".",
        archive_dir=lambda w, output: os.path.dirname(output.archive),
    log:
        result("logs", "manifest.log"),
    conda:
        "../../envs/environment.yaml"
    shell:
        "{params.cli} manifest --root {params.root:q} --version-file {input.version:q}"
        " --output {output.manifest:q} --archive-dir {params.archive_dir:q}"
        " --archive-record {output.archive:q} {input.canonical:q} {input.rejects:q} {input.tables:q}"
        " {input.version:q} {input.figures:q} {input.page:q} > {log:q} 2>&1"
