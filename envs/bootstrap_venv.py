"""Create the project's virtual environment, also where Debian's python3-venv is missing.

`python3 -m venv` needs ensurepip, which Debian and Ubuntu ship in a separate package.
Without it we create the venv without pip and install pip from its wheel on PyPI, so a
fresh machine with only Python and make needs nothing installed by hand.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import venv
from pathlib import Path


def has_ensurepip() -> bool:
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        return False
    return True


def install_pip_from_pypi(python: Path) -> None:
    index = "https://pypi.org/pypi/pip/json"
    with urllib.request.urlopen(index, timeout=60) as resp:
        release = json.load(resp)
    wheel = next(u for u in release["urls"] if u["packagetype"] == "bdist_wheel")
    # Mirrors may answer with URLs relative to the index page.
    url = urllib.parse.urljoin(index, wheel["url"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / wheel["filename"]
        with urllib.request.urlopen(url, timeout=120) as resp, open(path, "wb") as fh:
            shutil.copyfileobj(resp, fh)
        # A pip wheel can run itself: <wheel>/pip installs the wheel into the venv.
        subprocess.run([str(python), f"{path}/pip", "install", "--no-index", str(path)], check=True)


def main(target: str) -> int:
    root = Path(target)
    if sys.version_info < (3, 11):
        print(f"casualty-claims needs Python 3.11 or newer, not {sys.version.split()[0]}", file=sys.stderr)
        return 1
    python = root / "bin" / "python"
    if has_ensurepip():
        venv.EnvBuilder(with_pip=True, clear=True).create(root)
    else:
        venv.EnvBuilder(with_pip=False, clear=True).create(root)
        install_pip_from_pypi(python)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else ".venv"))
