"""check-gazetteer: validate a gazetteer file after editing it."""

from __future__ import annotations

import sys
from pathlib import Path

from casualty_claims.gazetteer import GazetteerError, load_gazetteer


def register_parser(sub):
    p = sub.add_parser("check-gazetteer", help="validate a gazetteer YAML file")
    p.add_argument("gazetteer", type=Path, nargs="?", default=Path("data/gazetteer.yaml"))
    return p


def run(args) -> int:
    try:
        g = load_gazetteer(args.gazetteer)
    except GazetteerError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args.gazetteer}: {len(g.sides)} sides, {len(g.conflicts)} conflicts, "
          f"{len(g.actors)} actors, {len(g.places)} places: valid")
    return 0
