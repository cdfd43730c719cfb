"""`python -m lokalraad_app` runs the same entry point as the `lokalraad` script."""

import sys

from lokalraad_app.cli import main

sys.exit(main())
