"""The Reconciliation page: this secretariat's key and the keys it trusts, the packages to the other side
and from it, and the differences between the two sides' records, settled one at a time (issue 20)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from dialogue_planner.domain.exchange import TOLD_KINDS
from dialogue_planner.gui.kit.confirm import ReasonDialog, confirm
from dialogue_planner.gui.kit.file_dialogs import get_open_file_name, get_save_file_name
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.page_parts import configure_table, page_header, page_layout
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services.exchange import (
    exchange_state,
    export_package,
    import_package,
    init_keys,
    resolve_difference,
    trust_key,
)

from .table_model import COL, DifferenceTableModel, field_words, record_words, value_words
from .trust_dialog import TrustKeyDialog


class ExchangePage(Page):
    page_id = "exchange"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.state = None
        outer = page_layout(self)
        _heading, self.summary = page_header(outer, self.tr("Reconciliation with the other side"), " ")
        self.keys = QLabel()
        self.keys.setObjectName("exchangeKeys")
        self.keys.setWordWrap(True)
        self.keys.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.keys)
        outer.addLayout(self._build_toolbar())
        self.message = QLabel()
        self.message.setObjectName("exchangeMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.model = DifferenceTableModel(self)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="differenceTable",
            accessible=self.tr("Differences between the two sides' records"),
            empty=self.tr("No differences: both sides hold the same values."),
            stretch=COL["theirs"],
            widths={COL["record"]: 200, COL["field"]: 140, COL["ours"]: 220, COL["said"]: 90},
        )
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        outer.addLayout(self.settle_bar)
        outer.addWidget(self.table, 1)
        self._update_buttons()

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.import_button = QPushButton(icon("roster-import"), self.tr("Import package…"))
        self.import_button.setObjectName("importPackage")
        self.import_button.clicked.connect(self.import_clicked)
        self.export_button = QPushButton(icon("roster-export"), self.tr("Export package…"))
        self.export_button.setObjectName("exportPackage")
        self.export_button.clicked.connect(self.export_clicked)
        self.accept_button = QPushButton(self.tr("Accept theirs"))
        self.accept_button.setObjectName("acceptTheirs")
        self.accept_button.clicked.connect(self.accept_theirs)
        self.keep_button = QPushButton(self.tr("Keep ours"))
        self.keep_button.setObjectName("keepOurs")
        self.keep_button.clicked.connect(self.keep_ours)
        self.agreed_button = QPushButton(self.tr("Agreed as…"))
        self.agreed_button.setObjectName("agreedAs")
        self.agreed_button.clicked.connect(self.agreed_as)
        self.make_key_button = QPushButton(self.tr("Make signing key"))
        self.make_key_button.setObjectName("makeSigningKey")
        self.make_key_button.clicked.connect(self.make_key)
        self.trust_button = QPushButton(self.tr("Trust their key…"))
        self.trust_button.setObjectName("trustKey")
        self.trust_button.clicked.connect(self.trust_clicked)
        for w in (self.import_button, self.export_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.make_key_button, self.trust_button):
            bar.addWidget(w)
        self.settle_bar = QHBoxLayout()
        for w in (self.accept_button, self.keep_button, self.agreed_button):
            self.settle_bar.addWidget(w)
        self.settle_bar.addStretch(1)
        return bar

    def list_view(self):
        return self.table

    # Loading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.app.ctx
        self.app.ops.run(
            lambda: exchange_state(ctx) if ctx.dialogue_id is not None else None, on_done=self._loaded
        )

    def _loaded(self, state) -> None:
        self.state = state
        selected = self.selected()
        self.model.set_rows(state.differences if state is not None else ())
        empty = self.table.findChild(EmptyText)
        if state is None or state.side == "both":
            # Not "no differences": a database of both sides has nothing to reconcile with anyone.
            empty.nothing_yet = self.tr("Nothing to reconcile: no package can come into this database.")
            self.summary.setText(
                self.tr("This database holds both sides' records: it exchanges no packages.")
            )
            self.keys.setText(
                self.tr(
                    "To exchange packages with the other side's secretariat, the database must be kept by one side."
                )
            )
        else:
            empty.nothing_yet = self.tr("No differences: both sides hold the same values.")
            self.summary.setText(
                self.tr(
                    "Kept by the secretariat of side {0} · packages exchanged: {1} · differences to settle: {2}"
                ).format(state.side, state.packages, len(state.differences))
            )
            lines = [
                self.tr("This side's key ({0}): fingerprint {1}").format(state.side, state.key.fingerprint)
                if state.key is not None
                else self.tr("This side has no signing key on this workstation yet.")
            ]
            lines += [
                self.tr("Trusted key of side {0}: fingerprint {1}").format(k.side, k.fingerprint)
                for k in state.trusted
            ] or [self.tr("No key of the other side is trusted yet.")]
            self.keys.setText("\n".join(lines))
        if selected is not None:
            row = self.model.row_where(lambda d: d.id == selected.id)
            if row >= 0:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self):
        index = self.table.currentIndex() if hasattr(self, "table") else None
        if index is None or not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.record(index.row())

    @Slot()
    def _current_changed(self, *_args) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        # A viewer reads the keys and the differences; packages, keys and settling are the secretariat's.
        writer = self.app.ctx.can("secretariat")
        d = self.selected()
        chosen = writer and d is not None
        # A delegate, an agenda proposal or a commitment changes on its own page, by its own rules: here
        # its difference can only be kept (the services refuse the other two).
        told = chosen and d.kind in TOLD_KINDS
        self.keep_button.setEnabled(chosen)
        for button in (self.accept_button, self.agreed_button):
            button.setEnabled(chosen and not told)
        exchanging = writer and self.state is not None and self.state.side != "both"
        # Import stays open in every mode: a database of both sides is told why it takes no package.
        self.import_button.setEnabled(writer)
        self.export_button.setEnabled(exchanging and self.state.key is not None)
        self.make_key_button.setEnabled(exchanging and self.state.key is None)
        self.trust_button.setEnabled(exchanging)
        for button in self.findChildren(QPushButton):
            button.setToolTip("" if writer else self.tr("Your role may only read the reconciliation."))
        if told:
            where = {
                "delegation": self.tr("A delegate"),
                "agenda": self.tr("An agenda proposal"),
                "commitment": self.tr("A commitment"),
            }.get(d.kind, d.kind)
            for button in (self.accept_button, self.agreed_button):
                button.setToolTip(
                    self.tr("{0} is changed on its own page; here the difference can only be kept.").format(
                        where
                    )
                )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # Settling --------------------------------------------------------------------------------------
    def _resolve(self, **how) -> None:
        d = self.selected()
        if d is None:
            return
        ctx = self.app.ctx
        self.app.ops.run(lambda: resolve_difference(ctx, d.id, **how), on_done=self._resolved)

    def _resolved(self, d) -> None:
        self._say(
            self.tr("Settled: {0}, {1} is now {2}.").format(
                record_words(d), field_words(d), value_words(d, d.ours) or "—"
            )
        )
        self.refresh()

    @Slot()
    def accept_theirs(self) -> None:
        self._resolve(accept_theirs=True)

    @Slot()
    def keep_ours(self) -> None:
        self._resolve(keep_ours=True)

    @Slot()
    def agreed_as(self) -> None:
        d = self.selected()
        if d is None:
            return
        dialog = ReasonDialog(
            self.tr("Agreed as"),
            self.tr("{0}, {1}: ours {2}, theirs {3}. Write the value both sides agreed.").format(
                record_words(d),
                field_words(d),
                value_words(d, d.ours) or "—",
                value_words(d, d.theirs) or "—",
            ),
            self.tr("Agreed value"),
            self.tr("Set"),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._resolve(agreed_as=dialog.text())

    # Packages --------------------------------------------------------------------------------------
    @Slot()
    def import_clicked(self) -> None:
        path, _ = get_open_file_name(
            self,
            self.app.settings,
            "exchange",
            self.tr("Import a package from the other side"),
            self.tr("Exchange packages (*.zip);;All files (*)"),
        )
        if not path:
            return
        ctx = self.app.ctx
        self.app.ops.run(
            lambda: import_package(ctx, path), on_done=self._imported, busy_widget=self.import_button
        )

    def _imported(self, r) -> None:
        text = self.tr(
            "Package {0} of side {1} imported: {2} records created, {3} events added, {4} agreements; "
            "{5} differences to settle."
        ).format(r.sequence, r.sender, r.created, r.added_events, r.agreements, r.differences)
        self._say(" ".join([text, *r.notes]))
        self.refresh()

    @Slot()
    def export_clicked(self) -> None:
        side = self.state.side if self.state is not None else ""
        path, _ = get_save_file_name(
            self,
            self.app.settings,
            "exchange",
            self.tr("Export a package for the other side"),
            f"package-{side}.zip",
            self.tr("Exchange packages (*.zip)"),
        )
        if not path:
            return
        ctx = self.app.ctx
        self.app.ops.run(
            lambda: export_package(ctx, path), on_done=self._exported, busy_widget=self.export_button
        )

    def _exported(self, r) -> None:
        self._say(self.tr("Package {0} of side {1} written to {2}.").format(r.sequence, r.side, r.path))
        self.refresh()

    # Keys ------------------------------------------------------------------------------------------
    @Slot()
    def make_key(self) -> None:
        if self.state is None or not confirm(
            self,
            self.tr("Make the signing key"),
            self.tr(
                "A signing key for side {0} is made and kept in a protected file on this workstation. "
                "Send its public key to the other side and read its fingerprint out to them."
            ).format(self.state.side),
            self.tr("Make key"),
        ):
            return
        ctx = self.app.ctx
        self.app.ops.run(lambda: init_keys(ctx), on_done=self._key_made, busy_widget=self.make_key_button)

    def _key_made(self, info) -> None:
        self._say(self.tr("Signing key made. Public key: {0}").format(info.public_key))
        self.refresh()

    @Slot()
    def trust_clicked(self) -> None:
        if self.state is None:
            return
        sides = [s for s in self.state.dialogue_sides if s != self.state.side]
        dialog = TrustKeyDialog(sides, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        side, key, fingerprint = dialog.values()
        ctx = self.app.ctx
        self.app.ops.run(
            lambda: trust_key(ctx, side, key, fingerprint),
            on_done=self._trusted,
            busy_widget=self.trust_button,
        )

    def _trusted(self, record) -> None:
        self._say(self.tr("Key of side {0} trusted.").format(record.side))
        self.refresh()
