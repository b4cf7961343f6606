"""Dialogue Planner: the secretariat's desktop application for a bilateral high-level dialogue."""

__version__ = "0.1.0"
