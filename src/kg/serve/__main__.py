"""``python -m kg.serve --store DIR [--host H] [--port P] ...``: the same as ``kg serve``."""

import sys

from kg.serve import main

if __name__ == "__main__":
    sys.exit(main())
