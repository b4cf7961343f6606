"""The table model of the briefing area: the distribution log of issued copies."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from dialogue_planner.gui.kit.table_model import SORT_ROLE, RecordTableModel, role_number, text_column

__all__ = ["ARCHIVE_HEADERS", "RECORD_ROLE", "SORT_ROLE", "ArchiveModel", "DistributionModel"]

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_RECORD = role_number(RECORD_ROLE)


CONTEXT = "BriefingModels"
LOG_HEADERS = (
    QT_TRANSLATE_NOOP("BriefingModels", "Copy"),
    QT_TRANSLATE_NOOP("BriefingModels", "Recipient"),
    QT_TRANSLATE_NOOP("BriefingModels", "Issued"),
    QT_TRANSLATE_NOOP("BriefingModels", "By"),
    QT_TRANSLATE_NOOP("BriefingModels", "Marking"),
    QT_TRANSLATE_NOOP("BriefingModels", "Language"),
    QT_TRANSLATE_NOOP("BriefingModels", "Paper"),
    QT_TRANSLATE_NOOP("BriefingModels", "File"),
    QT_TRANSLATE_NOOP("BriefingModels", "SHA-256"),
    QT_TRANSLATE_NOOP("BriefingModels", "Batch"),
)


class BriefingTableModel(RecordTableModel):
    context = CONTEXT

    extra_roles = (_RECORD,)

    def role_data(self, record, column: int, role: int):
        return record if role == _RECORD else None


class DistributionModel(BriefingTableModel):
    columns = (
        text_column(
            LOG_HEADERS[0],
            lambda r: QCoreApplication.translate("BriefingModels", "{0} of {1}").format(
                r.copy_number, r.copies_total
            ),
            sort_key=lambda r: r.copy_number,
        ),
        text_column(LOG_HEADERS[9], lambda r: r.batch),
        text_column(LOG_HEADERS[1], lambda r: r.recipient_name),
        text_column(
            LOG_HEADERS[2],
            lambda r: r.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            sort_key=lambda r: r.issued_at.timestamp(),
        ),
        text_column(LOG_HEADERS[3], lambda r: r.issued_by),
        text_column(LOG_HEADERS[4], lambda r: r.marking),
        text_column(LOG_HEADERS[5], lambda r: r.language),
        text_column(LOG_HEADERS[6], lambda r: r.paper.upper()),
        text_column(LOG_HEADERS[7], lambda r: r.file_name),
        text_column(LOG_HEADERS[8], lambda r: r.sha256[:16]),
    )


ARCHIVE_HEADERS = (
    QT_TRANSLATE_NOOP("BriefingModels", "Issued"),
    QT_TRANSLATE_NOOP("BriefingModels", "By"),
    QT_TRANSLATE_NOOP("BriefingModels", "Recipients"),
    QT_TRANSLATE_NOOP("BriefingModels", "Batch"),
    QT_TRANSLATE_NOOP("BriefingModels", "Size"),
    QT_TRANSLATE_NOOP("BriefingModels", "SHA-256"),
)


def _recipients(r) -> str:
    if not r.recipients:
        return QCoreApplication.translate("BriefingModels", "(export)")
    return "; ".join(
        QCoreApplication.translate("BriefingModels", "{0} of {1}: {2}").format(
            x.copy_number, x.copies_total, x.name
        )
        for x in r.recipients
    )


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


class ArchiveModel(BriefingTableModel):
    """The archived packs of a meeting (``ArchivedPackRecord``), newest run first."""

    columns = (
        text_column(
            ARCHIVE_HEADERS[0],
            lambda r: r.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            sort_key=lambda r: r.issued_at.timestamp(),
        ),
        text_column(ARCHIVE_HEADERS[1], lambda r: r.issued_by),
        text_column(ARCHIVE_HEADERS[2], _recipients),
        text_column(ARCHIVE_HEADERS[3], lambda r: f"{r.batch} · v{r.version}", sort_key=lambda r: r.batch),
        text_column(ARCHIVE_HEADERS[4], lambda r: _size(r.size), sort_key=lambda r: r.size),
        text_column(ARCHIVE_HEADERS[5], lambda r: r.sha256[:12]),
    )
