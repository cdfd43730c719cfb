"""Lokalråd: the desktop app for the secretaries of Danish local councils."""

__version__ = "0.1.0"
