"""documents layer of Lokalråd (see DESIGN.md, Architecture)."""
