"""UI for the hearings area."""
