"""Display labels of the vocabulary words the request, escalation and agenda screens show.

Stored words stay English; these are what a reader sees, translated through the catalogue. Each label is
a literal ``translate`` call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _labels() -> dict[str, str]:
    return {
        "information": QCoreApplication.translate("Words", "information"),
        "assistance": QCoreApplication.translate("Words", "assistance"),
        "evidence": QCoreApplication.translate("Words", "evidence"),
        "investigation": QCoreApplication.translate("Words", "investigation"),
        "mitigation": QCoreApplication.translate("Words", "mitigation"),
        "complete": QCoreApplication.translate("Words", "complete"),
        "partial": QCoreApplication.translate("Words", "partial"),
        "insufficient": QCoreApplication.translate("Words", "insufficient"),
        "none": QCoreApplication.translate("Words", "none"),
        "open": QCoreApplication.translate("Words", "open"),
        "acknowledged": QCoreApplication.translate("Words", "acknowledged"),
        "responded": QCoreApplication.translate("Words", "responded"),
        "closed": QCoreApplication.translate("Words", "closed"),
        "withdrawn": QCoreApplication.translate("Words", "withdrawn"),
        "progress": QCoreApplication.translate("Words", "progress"),
        "reopened": QCoreApplication.translate("Words", "reopened"),
        "acknowledgement": QCoreApplication.translate("Words", "acknowledgement"),
        "response": QCoreApplication.translate("Words", "response"),
        "status": QCoreApplication.translate("Words", "status"),
        "note": QCoreApplication.translate("Words", "note"),
        "paused": QCoreApplication.translate("Words", "clock paused"),
        "resumed": QCoreApplication.translate("Words", "clock resumed"),
        "extended": QCoreApplication.translate("Words", "due date extended"),
        "result": QCoreApplication.translate("Words", "result"),
        "shareable": QCoreApplication.translate("Words", "shareable"),
        "not shareable": QCoreApplication.translate("Words", "not shareable"),
        "low": QCoreApplication.translate("Words", "low"),
        "medium": QCoreApplication.translate("Words", "medium"),
        "high": QCoreApplication.translate("Words", "high"),
        "critical": QCoreApplication.translate("Words", "critical"),
        "resolved": QCoreApplication.translate("Words", "resolved"),
        "discussed": QCoreApplication.translate("Words", "discussed"),
        "carried": QCoreApplication.translate("Words", "carried over"),
        "standing": QCoreApplication.translate("Words", "standing"),
        "escalation": QCoreApplication.translate("Words", "escalation"),
        "request": QCoreApplication.translate("Words", "request"),
        "proposal": QCoreApplication.translate("Words", "proposal"),
        "done": QCoreApplication.translate("Words", "done"),
        "dropped": QCoreApplication.translate("Words", "dropped"),
        "planned": QCoreApplication.translate("Words", "planned"),
        "confirmed": QCoreApplication.translate("Words", "confirmed"),
        "held": QCoreApplication.translate("Words", "held"),
        "postponed": QCoreApplication.translate("Words", "postponed"),
        "cancelled": QCoreApplication.translate("Words", "cancelled"),
    }


_cache: dict[str, str] | None = None


def word(value: str | None) -> str:
    """The translated label of a vocabulary word; unknown words are shown as they are."""
    global _cache
    if value is None:
        return ""
    if _cache is None:
        _cache = _labels()
    return _cache.get(value, value)


def reset_cache() -> None:
    """Forget the labels (after the application's language changed)."""
    global _cache
    _cache = None
