"""Puljer: the funding applications page, its table model and undo commands."""
