"""UI for the plans area."""
