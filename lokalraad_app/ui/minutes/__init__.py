"""UI for the minutes area."""
