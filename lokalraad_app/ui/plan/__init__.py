"""The development plan page (Udviklingsplan)."""
