"""UI for the settings area."""
