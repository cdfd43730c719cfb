"""Høringer: the hearings page, its table model and undo commands."""
