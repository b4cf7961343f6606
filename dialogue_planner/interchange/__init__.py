"""Roster files, spreadsheet exports and calendar files: parsing and writing, never the database."""
