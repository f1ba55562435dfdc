"""`python -m macros.check [docs]`: validates all content without building the site.

Authors get every problem in seconds, in the same Dutch words the build uses.
"""

import sys
from pathlib import Path

from macros.catalog import InhoudFout, laad_catalogus


def main(argumenten: list[str]) -> int:
    docs = Path(argumenten[0]) if argumenten else Path("docs")
    try:
        catalogus = laad_catalogus(docs)
    except InhoudFout as fout:
        print(fout, file=sys.stderr)
        return 1
    print(f"In orde: {len(catalogus.werkvormen)} werkvormen, {len(catalogus.casussen)} casussen, {len(catalogus.begrippen)} begrippen.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
