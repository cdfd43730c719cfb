"""store layer of Lokalråd (see DESIGN.md, Architecture)."""
