# casualty-claims: raw news text -> casualty claims -> comparison tables -> figures.
#   snakemake --cores all --config raw_dir=DIR results_dir=OUT
from snakemake.utils import min_version, validate

min_version("9.0")


configfile: "config/config.yaml"


validate(config, "workflow/schemas/config.schema.yaml")


report: "workflow/report/workflow.rst"


include: "workflow/rules/common.smk"
include: "workflow/rules/ingest.smk"
include: "workflow/rules/extract.smk"
include: "workflow/rules/normalize.smk"
include: "workflow/rules/aggregate.smk"
include: "workflow/rules/figures.smk"


rule all:
    input:
        TABLES,
        FIGURES,
        REPORT_PAGE,
        result("manifest.json"),
        ARCHIVE_RECORD,
    default_target: True
