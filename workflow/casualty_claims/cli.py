"""Command-line entry point: one sub-command per pipeline verb.

Each verb lives in casualty_claims.commands.<verb> and exposes
`register_parser(subparsers)` and `run(args) -> int`, as in nextstrain/augur.
Only the module of the verb being run is imported, so one stage's heavy
dependencies never slow down, or break, another stage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

VERBS = ("ingest", "extract", "normalize", "aggregate", "version", "figures", "manifest", "evaluate",
         "check-gazetteer")


def build_parser(verbs=VERBS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casualty-claims", description=__doc__.splitlines()[0])
    parser.add_argument("--log-level", default="INFO", help="logging level (default INFO)")
    sub = parser.add_subparsers(dest="verb", required=True, metavar="{" + ",".join(VERBS) + "}")
    for verb in verbs:
        module = importlib.import_module(f"casualty_claims.commands.{verb.replace('-', '_')}")
        module.register_parser(sub).set_defaults(run=module.run)
    return parser


def _requested_verb(argv: list[str]) -> str | None:
    words = [a for a in argv if not a.startswith("-")]
    # --log-level takes a value: skip it when it is given as two words.
    if "--log-level" in argv:
        i = argv.index("--log-level")
        if i + 1 < len(argv) and argv[i + 1] in words:
            words.remove(argv[i + 1])
    return words[0] if words and words[0] in VERBS else None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    verb = _requested_verb(argv)
    args = build_parser((verb,) if verb else VERBS).parse_args(argv)
    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    return int(args.run(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
