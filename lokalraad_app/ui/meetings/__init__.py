"""UI for the meetings area."""
