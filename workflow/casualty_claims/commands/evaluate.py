"""evaluate: score the extractor against annotated gold files (see casualty_claims.evaluate)."""

from __future__ import annotations

import argparse


def register_parser(sub):
    p = sub.add_parser("evaluate", help="precision/recall of the extractor on a gold corpus",
                       add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER, help="arguments of casualty_claims.evaluate")
    return p


def run(args) -> int:
    from casualty_claims.evaluate import main

    return int(main(args.rest) or 0)
