"""UI for the members area."""
