"""Udviklingsplan: the development plan page and its tabs."""
