"""Command-line entry point: one sub-command per pipeline verb.

Each verb lives in casualty_claims.commands.<verb> and exposes
`register_parser(subparsers)` and `run(args) -> int`, as in nextstrain/augur.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

VERBS = ("ingest", "extract", "normalize", "aggregate", "version", "figures", "manifest", "evaluate")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casualty-claims", description=__doc__)
    parser.add_argument("--log-level", default="INFO", help="logging level (default INFO)")
    sub = parser.add_subparsers(dest="verb", required=True)
    for verb in VERBS:
        module = importlib.import_module(f"casualty_claims.commands.{verb}")
        command = module.register_parser(sub)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    return int(args.run(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
