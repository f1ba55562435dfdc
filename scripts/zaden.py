"""`python -m scripts.zaden`: rebuild data/zaden-vingerafdruk.json from the seed texts in ../shared/seeds.

The own-words test measures every page against the seeds; the repository keeps only hashes of the seeds'
six-word runs and sentence stems (macros/eigen_woorden.py), so the test runs on any clone and no seed text
is copied into the project.
"""

import sys
from pathlib import Path

from macros.eigen_woorden import Vingerafdruk

PROJECT = Path(__file__).resolve().parent.parent
ZADEN = PROJECT.parent / "shared" / "seeds"
VINGERAFDRUK = PROJECT / "data" / "zaden-vingerafdruk.json"


def vingerafdruk_van_zaden(map_: Path = ZADEN) -> Vingerafdruk:
    return Vingerafdruk.van_teksten(pad.read_text(encoding="utf-8") for pad in sorted(map_.glob("0*.txt")))


def main() -> int:
    if not ZADEN.is_dir():
        print(f"De brongeschriften staan niet in {ZADEN}; zet de map shared naast de checkout.", file=sys.stderr)
        return 2
    VINGERAFDRUK.write_text(vingerafdruk_van_zaden().naar_json() + "\n", encoding="utf-8")
    print(f"Geschreven: {VINGERAFDRUK.relative_to(PROJECT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
