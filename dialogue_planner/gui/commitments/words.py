"""The words of commitments and activities as a reader sees them (stored words stay English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

STATUSES = ("open", "in-progress", "done", "dropped")
KINDS = ("tabletop-exercise", "expert-seminar", "hotline-test", "working-level-call", "visit")


def status_word(value: str) -> str:
    labels = {
        "open": QCoreApplication.translate("CommitmentWords", "open"),
        "in-progress": QCoreApplication.translate("CommitmentWords", "in progress"),
        "done": QCoreApplication.translate("CommitmentWords", "done"),
        "dropped": QCoreApplication.translate("CommitmentWords", "dropped"),
    }
    return labels.get(value, value)


def kind_word(value: str) -> str:
    labels = {
        "tabletop-exercise": QCoreApplication.translate("CommitmentWords", "tabletop exercise"),
        "expert-seminar": QCoreApplication.translate("CommitmentWords", "expert seminar"),
        "hotline-test": QCoreApplication.translate("CommitmentWords", "hotline test"),
        "working-level-call": QCoreApplication.translate("CommitmentWords", "working-level call"),
        "visit": QCoreApplication.translate("CommitmentWords", "visit"),
    }
    return labels.get(value, value)
