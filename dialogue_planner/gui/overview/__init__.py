"""The Overview: the first page."""
