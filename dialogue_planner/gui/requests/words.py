"""Display labels of the vocabulary words the request, escalation and agenda screens show.

Stored words stay English; these are what a reader sees, translated through the catalogue. Each label is
a literal ``translate`` call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "information": t("Words", "information"), "assistance": t("Words", "assistance"),
        "evidence": t("Words", "evidence"), "investigation": t("Words", "investigation"),
        "mitigation": t("Words", "mitigation"),
        "complete": t("Words", "complete"), "partial": t("Words", "partial"),
        "insufficient": t("Words", "insufficient"), "none": t("Words", "none"),
        "open": t("Words", "open"), "acknowledged": t("Words", "acknowledged"),
        "responded": t("Words", "responded"), "closed": t("Words", "closed"),
        "withdrawn": t("Words", "withdrawn"), "progress": t("Words", "progress"),
        "reopened": t("Words", "reopened"), "acknowledgement": t("Words", "acknowledgement"),
        "response": t("Words", "response"), "status": t("Words", "status"), "note": t("Words", "note"),
        "low": t("Words", "low"), "medium": t("Words", "medium"), "high": t("Words", "high"),
        "critical": t("Words", "critical"), "resolved": t("Words", "resolved"),
        "discussed": t("Words", "discussed"), "carried": t("Words", "carried over"),
        "standing": t("Words", "standing"), "escalation": t("Words", "escalation"),
        "request": t("Words", "request"), "proposal": t("Words", "proposal"),
        "done": t("Words", "done"), "dropped": t("Words", "dropped"),
        "planned": t("Words", "planned"), "confirmed": t("Words", "confirmed"), "held": t("Words", "held"),
        "postponed": t("Words", "postponed"), "cancelled": t("Words", "cancelled"),
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
