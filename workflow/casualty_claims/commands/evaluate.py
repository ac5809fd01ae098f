"""evaluate: score the extractor against annotated gold files (see casualty_claims.evaluate)."""

from __future__ import annotations


def register_parser(sub):
    from casualty_claims.evaluate import add_arguments

    return add_arguments(sub.add_parser("evaluate", help="precision/recall of the extractor on a gold corpus"))


def run(args) -> int:
    from casualty_claims.evaluate import run as evaluate

    return evaluate(args)
