"""The meeting editor: dates, times, host, city, venue, zone, window and status, with both sides' local
times shown as you type. It asks before saving a meeting on a day off of either side, and shows what a
status change does to the agenda before saving it. Other areas add tabs with :meth:`MeetingDialog.add_tab`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.limits import check_day, check_optional_day
from dialogue_planner.domain.meeting_times import known_zones, spans_for_sides
from dialogue_planner.domain.meetings import SCHEDULING_STATUSES, MeetingRecord
from dialogue_planner.domain.proposals import DayConflict, SideCalendar, day_conflicts
from dialogue_planner.domain.records import DialogueRecord
from dialogue_planner.domain.vocabulary import MeetingStatus
from dialogue_planner.domain.windows import window_of, windows_between
from dialogue_planner.domain.working_days import is_estimated_year
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.carry_over_dialog import CarryOverDialog
from dialogue_planner.gui.kit.confirm import confirm
from dialogue_planner.gui.kit.editor_conflicts import save_in_background
from dialogue_planner.gui.kit.lazy_tab import LazyTab
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.qt_dates import from_qdate, from_qtime, to_qdate, to_qtime
from dialogue_planner.services.blackouts import list_blackouts
from dialogue_planner.services.meetings import add_meeting, get_meeting, preview_status, update_meeting
from dialogue_planner.services.schedule import current_dialogue

from .attention import day_reason
from .delegation_tab import DelegationTab
from .words import ordinal_label, word

#: The pack's texts of a meeting, each in English and in Chinese (the service's names); venue is a line.
TEXT_FIELDS = ("venue", "venue_zh", "address", "address_zh", "logistics", "logistics_zh", "notes", "notes_zh")


def add_meeting_with_texts(ctx, values: dict, texts: dict, today: date) -> MeetingRecord:
    """A new meeting, then the texts that only an update takes (the Chinese ones, address, logistics)."""
    record = add_meeting(ctx, **values, today=today)
    texts = {k: v for k, v in texts.items() if v}
    return update_meeting(ctx, record.number, today=today, **texts) if texts else record


@dataclass(frozen=True)
class EditorData:
    """What the meeting editor shows and checks against: the dialogue, the meeting (None for a new one)
    and the blackout periods."""

    dialogue: DialogueRecord
    meeting: MeetingRecord | None
    blackouts: tuple


def editor_data(ctx, number: int | None) -> EditorData:
    """Read in one go, off the GUI thread: through a remote server these reads kept the GUI thread
    200 ms before the editor opened (issue 19)."""
    return EditorData(
        current_dialogue(ctx),
        get_meeting(ctx, number) if number is not None else None,
        tuple(b.period for b in list_blackouts(ctx)),
    )


class MeetingDialog(QDialog):
    """Edit meeting ``number``, or create a new meeting when it is None (``prefill`` may give values:
    start, end, host, city, venue, window)."""

    def __init__(
        self,
        app,
        number: int | None = None,
        parent: QWidget | None = None,
        *,
        prefill: dict | None = None,
        data: EditorData | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.app = app
        self.number = number
        self.saved: MeetingRecord | None = None
        self.today = date.today()
        self.exec_conflict_dialog = None  # runs the conflict dialog; None: exec() (tests pick a choice)
        # What it edits, read beforehand on the operations thread (SchedulePage), or here when not given.
        data = data if data is not None else editor_data(app.ctx, number)
        self.dialogue, self.meeting, self.blackouts = data.dialogue, data.meeting, data.blackouts
        self._zone_follows_host = True

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Meeting"))
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._build_meeting_tab(), self.tr("Meeting"))
        self.tabs.addTab(self._build_texts_tab(), self.tr("Venue and logistics"))
        # Built, and its members and the roster's delegates loaded, when the user turns to it.
        self.delegation = LazyTab(lambda: DelegationTab(app, number))
        self.add_tab(self.delegation, DelegationTab.tab_title())
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #c92a2a;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load(prefill or {})
        self._loaded = (
            self.values()
        )  # what the user started from: only fields changed since travel on a conflict
        for signal in (
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.start_time.timeChanged,
            self.end_time.timeChanged,
            self.times_box.toggled,
            self.zone_combo.currentTextChanged,
        ):
            signal.connect(self.update_preview)
        self.host_combo.currentIndexChanged.connect(self._host_changed)
        self.zone_combo.activated.connect(self._zone_chosen)
        self.start_edit.dateChanged.connect(self._start_changed)
        self.update_preview()
        self.resize(620, 520)

    # -- layout --------------------------------------------------------------------------------------
    def _build_meeting_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.held_note = QLabel()
        self.held_note.setWordWrap(True)
        give_look(self.held_note, "muted")
        form.addRow(self.held_note)
        self.status_combo = QComboBox()
        for status in MeetingStatus:
            self.status_combo.addItem(word(status.value), status.value)
        form.addRow(self.tr("Status"), self.status_combo)

        self.start_edit = QDateEdit()
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit = QDateEdit()
        self.end_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form.addRow(self.tr("Dates (local)"), dates)

        self.times_box = QCheckBox(self.tr("Set times"))
        self.start_time = QTimeEdit()
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time = QTimeEdit()
        self.end_time.setAccessibleName(self.tr("End time"))
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.times_box)
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end_time)
        times.addStretch(1)
        form.addRow(self.tr("Times (local)"), times)
        self.times_box.toggled.connect(self.start_time.setEnabled)
        self.times_box.toggled.connect(self.end_time.setEnabled)

        self.host_combo = QComboBox()
        for side in self.dialogue.sides:
            self.host_combo.addItem(f"{side.code} — {side.name_en}", side.code)
        form.addRow(self.tr("Host"), self.host_combo)
        # The cover prints the city: English and Chinese side by side, with the completeness mark.
        self.city_texts = BilingualTexts((TextRow("city", self.tr("City")),))
        self.city_texts.setObjectName("meetingCity")
        self.city_edit = self.city_texts.edits["city"]
        self.city_zh_edit = self.city_texts.edits["city_zh"]
        for key, edit in self.city_texts.edits.items():
            edit.setObjectName(f"meeting-{key}")
        assert isinstance(self.city_edit, QLineEdit) and isinstance(self.city_zh_edit, QLineEdit)  # one line
        self.city_edit.setPlaceholderText(self.tr("e.g. Washington"))
        self.city_zh_edit.setPlaceholderText(self.tr("e.g. 华盛顿"))
        form.addRow(self.city_texts)
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(list(known_zones()))
        form.addRow(self.tr("Time zone"), self.zone_combo)
        self.window_combo = QComboBox()
        form.addRow(self.tr("Window"), self.window_combo)

        self.day_check = QLabel()
        self.day_check.setObjectName("dayCheck")
        self.day_check.setWordWrap(True)
        form.addRow(self.tr("Working days"), self.day_check)

        self.preview = QLabel()
        self.preview.setObjectName("localTimes")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Local times"), self.preview)
        return tab

    def _build_texts_tab(self) -> QWidget:
        """Venue, address, logistics and notes as the briefing pack prints them: English and Chinese side by
        side, each with its completeness mark."""
        self.texts = BilingualTexts(
            (
                TextRow("venue", self.tr("Venue")),
                TextRow("address", self.tr("Address"), multiline=True),
                TextRow("logistics", self.tr("Logistics"), multiline=True),
                TextRow("notes", self.tr("Notes"), multiline=True),
            )
        )
        self.texts.setObjectName("meetingTexts")
        for key, edit in self.texts.edits.items():
            edit.setObjectName(f"meeting-{key}")
        self.text_edits = self.texts.edits
        self.venue_edit = self.text_edits["venue"]
        return self.texts

    def text_values(self) -> dict[str, str]:
        """The pack's texts as typed."""
        return self.texts.values()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Another area's page of the meeting (e.g. its delegation); returns the tab's index."""
        return self.tabs.addTab(widget, title)

    # -- loading -------------------------------------------------------------------------------------
    def _load(self, prefill: dict) -> None:
        m = self.meeting
        if m is None:
            self.setWindowTitle(self.tr("New meeting"))
            start = prefill.get("start") or date.today()
            host = prefill.get("host") or self.dialogue.sides[0].code
            values = dict(
                start=start,
                end=prefill.get("end") or start,
                host=host,
                city=prefill.get("city", ""),
                city_zh=prefill.get("city_zh", ""),
                venue=prefill.get("venue", ""),
                zone=self.dialogue.side(host).time_zone,
                status="planned",
                window=prefill.get("window"),
                start_time=None,
                end_time=None,
            )
            self.held_note.hide()
        else:
            self.setWindowTitle(self.tr("{0} ({1})").format(ordinal_label(m.number), word(m.status)))
            values = dict(
                start=m.start,
                end=m.end,
                host=m.host,
                city=m.city,
                city_zh=m.city_zh,
                venue=m.venue,
                zone=m.time_zone,
                status=m.status,
                window=m.window if m.window_explicit else None,
                start_time=m.start_time,
                end_time=m.end_time,
            )
            if m.status == MeetingStatus.HELD:
                self.held_note.setText(
                    self.tr(
                        "This meeting was held: changes are saved as its actual dates, host "
                        "and city. Planned: {0}, {1} ({2})."
                    ).format(m.planned_start.isoformat(), m.planned_city, m.planned_host)
                )
            else:
                self.held_note.hide()
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(values["status"]), 0))
        self.start_edit.setDate(to_qdate(values["start"]))
        self.end_edit.setDate(to_qdate(values["end"]))
        self._last_start = values["start"]
        has_times = values["start_time"] is not None
        self.times_box.setChecked(has_times)
        self.start_time.setTime(to_qtime(values["start_time"] or time(9, 30)))
        self.end_time.setTime(to_qtime(values["end_time"] or time(17, 0)))
        self.start_time.setEnabled(has_times)
        self.end_time.setEnabled(has_times)
        self.host_combo.setCurrentIndex(max(self.host_combo.findData(values["host"]), 0))
        self.city_edit.setText(values["city"])
        self.city_zh_edit.setText(values["city_zh"])
        self.venue_edit.setText(values["venue"])
        if m is not None:
            self.texts.set_values({key: getattr(m, key) or "" for key in TEXT_FIELDS if key != "venue"})
        self.zone_combo.setCurrentText(values["zone"])
        self._zone_follows_host = values["zone"] == self.dialogue.side(values["host"]).time_zone
        self._fill_windows(values["start"], values["window"])

    def _fill_windows(self, start: date, chosen: str | None) -> None:
        per_year = self.dialogue.meetings_per_year
        self.window_combo.blockSignals(True)
        self.window_combo.clear()
        self.window_combo.addItem(self.tr("Automatic ({0})").format(window_of(start, per_year).label), None)
        first = max(self.dialogue.established_on, date(start.year - 1, 1, 1))
        for window in windows_between(first, date(start.year + 1, 12, 31), per_year):
            self.window_combo.addItem(window.label, window.label)
        if chosen and self.window_combo.findData(chosen) < 0:
            self.window_combo.addItem(chosen, chosen)
        self.window_combo.setCurrentIndex(max(self.window_combo.findData(chosen), 0) if chosen else 0)
        self.window_combo.blockSignals(False)

    # -- reactions -----------------------------------------------------------------------------------
    @Slot()
    def _host_changed(self) -> None:
        if self._zone_follows_host:
            self.zone_combo.setCurrentText(self.dialogue.side(self.host_combo.currentData()).time_zone)

    @Slot()
    def _zone_chosen(self) -> None:
        self._zone_follows_host = False

    @Slot()
    def _start_changed(self) -> None:
        """Moving the first day moves the last one with it, so the meeting keeps its length."""
        start = from_qdate(self.start_edit.date())
        length = from_qdate(self.end_edit.date()) - self._last_start
        self._last_start = start
        self.end_edit.setDate(to_qdate(start + max(length, timedelta(0))))
        self._fill_windows(start, self.window_combo.currentData())

    @Slot()
    def update_preview(self) -> None:
        """Both sides' wall-clock times of the meeting, or why they cannot be computed."""
        self.update_day_check()
        if not self.times_box.isChecked():
            self.preview.setText(self.tr("Set times to see them in both sides' time zones."))
            return
        zones = [s.time_zone for s in self.dialogue.sides]
        codes = {s.time_zone: s.code for s in self.dialogue.sides}
        try:
            spans = spans_for_sides(
                from_qdate(self.start_edit.date()),
                from_qdate(self.end_edit.date()),
                from_qtime(self.start_time.time()),
                from_qtime(self.end_time.time()),
                self.zone_combo.currentText().strip(),
                zones,
            )
        except DialogueError as exc:
            self.preview.setText(exc.message)
            return
        self.preview.setText(
            "\n".join(f"{codes.get(s.zone_name, s.zone_name)}: {s.describe()}" for s in spans)
        )

    def _sides(self) -> tuple[SideCalendar, ...]:
        return tuple(SideCalendar(s.code, s.holiday_country or s.code) for s in self.dialogue.sides)

    def day_conflicts(self, start: date, end: date) -> list[DayConflict]:
        """Days of the meeting that are a day off of a side, or in a blackout (none for impossible dates)."""
        if end < start or (end - start).days > 31:
            return []
        return day_conflicts(start, end, self._sides(), self.blackouts)

    def update_day_check(self) -> None:
        """Holidays, weekends and blackouts on the meeting days, and whether the holidays are estimates."""
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        if end < start or (end - start).days > 31:
            self.day_check.setText("")
            return
        sides = self._sides()
        lines = []
        for conflict in self.day_conflicts(start, end):
            reason = self.tr("weekend") if conflict.kind == "weekend" else conflict.reason
            if conflict.kind == "blackout":
                lines.append(self.tr("{0}: blackout, {1}").format(conflict.day.isoformat(), reason))
            else:
                lines.append(
                    self.tr("{0}: {1} ({2})").format(conflict.day.isoformat(), reason, conflict.side)
                )
        ok = not lines
        if ok:
            lines.append(self.tr("Every day is a working day on both sides."))
        for side in sides:
            for year in sorted({start.year, end.year}):
                if is_estimated_year(side.country, year):
                    lines.append(
                        self.tr("{0} holidays for {1} are estimates: not announced yet.").format(
                            side.code, year
                        )
                    )
        self.day_check.setStyleSheet("color: #2b8a3e;" if ok else "color: #c92a2a;")
        self.day_check.setText("\n".join(lines))

    # -- saving --------------------------------------------------------------------------------------
    def values(self) -> dict:
        with_times = self.times_box.isChecked()
        return dict(
            start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()),
            host=self.host_combo.currentData(),
            city=self.city_edit.text(),
            city_zh=self.city_zh_edit.text(),
            status=self.status_combo.currentData(),
            window=self.window_combo.currentData() or "auto",
            time_zone=self.zone_combo.currentText().strip(),
            start_time=from_qtime(self.start_time.time()) if with_times else None,
            end_time=from_qtime(self.end_time.time()) if with_times else None,
            **self.text_values(),
        )

    def _dates_asked(self, values: dict) -> bool:
        """Refuse a date the service will refuse before any question about it; ask before saving new dates on
        a day off of either side (the schedule check will call the meeting at risk)."""
        m = self.meeting
        try:  # the domain's checks of the dates typed, no service call
            check_day(values["start"], "meeting date")
            check_optional_day(values["end"], "end date")
        except DialogueError as exc:
            self.show_problem(exc.message)
            return False
        new_dates = m is None or (values["start"], values["end"]) != (
            self._loaded["start"],
            self._loaded["end"],
        )
        conflicts = self.day_conflicts(values["start"], values["end"])
        return not (
            new_dates
            and conflicts
            and values["status"] in SCHEDULING_STATUSES
            and not confirm(
                self,
                self.tr("Not a working day"),
                self.tr(
                    "The meeting would fall on a day that is not a working day:\n\n{0}\n\nThe schedule check "
                    "will show it at risk until it moves. Save it on these dates anyway?"
                ).format("\n".join(day_reason(c) for c in conflicts)),
                self.tr("Save anyway"),
                keep=self.tr("Change the dates"),
            )
        )

    @Slot()
    def save(self) -> None:
        """Ask what must be asked, then save off the GUI thread; a refusal is shown in the dialog, which stays
        open; a status change that moves the agenda first shows the Schedule page's preview."""
        values = self.values()
        if not self._dates_asked(values):
            return
        m = self.meeting
        if (
            m is None
            or values["status"] == m.status
            or values["status"] not in (MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)
        ):
            self._store(values)
            return
        self.app.ops.run(
            preview_status,
            self.app.ctx,
            m.number,
            values["status"],
            today=self.today,
            on_done=lambda preview: self._confirm_preview(values, preview),
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _confirm_preview(self, values: dict, preview) -> None:
        dialog = CarryOverDialog(values["status"], preview, self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            self._store(values)

    def _store(self, values: dict) -> None:
        if self.meeting is None:
            if values["window"] == "auto":
                values["window"] = None
            texts = {key: values.pop(key) for key in TEXT_FIELDS if key not in ("venue", "notes")}
            self.app.ops.run(
                add_meeting_with_texts,
                self.app.ctx,
                values,
                texts,
                self.today,
                on_done=self._saved,
                on_error=self._refused,
                busy_widget=self.save_button,
            )
        else:
            self._update(values)

    def _saved(self, record: MeetingRecord) -> None:
        self.saved = record
        self.app.changed("meeting", "agenda_item")
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is shown in the dialog; a bug goes to the one error path. The dialog stays."""
        if not isinstance(exc, DialogueError):
            return False
        self.show_problem(exc.message)
        return True

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- conflicts -----------------------------------------------------------------------------------
    def _update(self, values: dict) -> None:
        """Save against the version loaded; when someone saved first, show theirs beside mine and ask."""
        m = self.meeting
        side_ids = {side.code: side.id for side in self.dialogue.sides}
        codes = {side.id: side.code for side in self.dialogue.sides}
        self._edits = self.stored_edits(values)

        def settled(outcome) -> None:
            if outcome.decided_later:
                self.show_problem(
                    self.tr(
                        "Not saved: someone else changed this meeting meanwhile. Save again to "
                        "compare and choose."
                    )
                )
            elif outcome.record is not None:
                self._saved(outcome.record)
            else:  # keeping theirs saves nothing; the page then shows their version
                self.app.ops.run(get_meeting, self.app.ctx, m.number, on_done=self._saved)

        save_in_background(
            self,
            self.app,
            record=m,
            entity="meeting",
            edits=self._edits,
            attempt=lambda: update_meeting(
                self.app.ctx, m.number, expected_version=m.version, today=self.today, **values
            ),
            save=self._save_stored,
            what=self.tr("The {0}").format(ordinal_label(m.number)),
            labels=self.conflict_labels(),
            value_names={"planned_host_side_id": codes, "actual_host_side_id": codes},
            derived={
                "planned_host_side_id": side_ids.get(m.planned_host),
                "actual_host_side_id": side_ids.get(m.actual_host) if m.actual_host else None,
            },
            exec_dialog=self.exec_conflict_dialog,
            on_outcome=settled,
            on_refused=self._refused,
            busy_widget=self.save_button,
        )

    def stored_edits(self, values: dict) -> dict:
        """The fields changed since loading, under their stored names (a held meeting keeps actual values)."""
        prefix = "actual" if values["status"] == MeetingStatus.HELD else "planned"
        side_ids = {side.code: side.id for side in self.dialogue.sides}
        edits: dict = {}
        for key, value in values.items():
            if value == self._loaded.get(key):
                continue
            if key in ("start", "end", "city", "city_zh"):
                edits[f"{prefix}_{key}"] = value
            elif key == "host":
                edits[f"{prefix}_host_side_id"] = side_ids.get(value)
            elif key == "window":
                edits["window_explicit"] = value != "auto"
                if value != "auto":
                    edits["window"] = value
            else:
                edits[key] = value
        return edits

    def _save_stored(self, stored: dict, expected_version: int | None) -> MeetingRecord:
        """Save a resolved conflict: stored names back to the service's fields."""
        codes = {side.id: side.code for side in self.dialogue.sides}
        changes: dict = {}
        for key, value in stored.items():
            name = key.removeprefix("planned_").removeprefix("actual_")
            if name in ("start", "end"):
                changes[name] = date.fromisoformat(value) if value else None
            elif name in ("start_time", "end_time"):
                changes[name] = time.fromisoformat(value) if value else None
            elif name == "host_side_id":
                changes["host"] = codes.get(value)
            elif name == "window_explicit":
                changes.setdefault("window", self._edits.get("window", "auto") if value else "auto")
            else:
                changes[name] = value
        if "start" in changes and "end" not in changes:
            changes["end"] = get_meeting(self.app.ctx, self.meeting.number).end  # theirs, not moved with mine
        return update_meeting(
            self.app.ctx, self.meeting.number, expected_version=expected_version, today=self.today, **changes
        )

    def conflict_labels(self) -> dict[str, str]:
        return {
            "status": self.tr("Status"),
            "planned_start": self.tr("First day (planned)"),
            "planned_end": self.tr("Last day (planned)"),
            "actual_start": self.tr("First day (held)"),
            "actual_end": self.tr("Last day (held)"),
            "planned_host_side_id": self.tr("Host (planned)"),
            "actual_host_side_id": self.tr("Host (held)"),
            "planned_city": self.tr("City (planned)"),
            "actual_city": self.tr("City (held)"),
            "planned_city_zh": self.tr("City in Chinese (planned)"),
            "actual_city_zh": self.tr("City in Chinese (held)"),
            "venue": self.tr("Venue"),
            "time_zone": self.tr("Time zone"),
            "start_time": self.tr("Start time"),
            "end_time": self.tr("End time"),
            "window": self.tr("Window"),
            "window_explicit": self.tr("Window chosen by hand"),
            "notes": self.tr("Notes"),
            "logistics": self.tr("Logistics"),
            "venue_zh": self.tr("Venue (Chinese)"),
            "address": self.tr("Address"),
            "address_zh": self.tr("Address (Chinese)"),
            "notes_zh": self.tr("Notes (Chinese)"),
            "logistics_zh": self.tr("Logistics (Chinese)"),
        }
