"""The main window: a navigation sidebar, the pages, and a status bar with the database and your role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.gui.kit.icons import icon, sidebar_icon
from dialogue_planner.gui.kit.looks import give_look

from .database_name import describe_database
from .navigation_delegate import NavigationDelegate
from .page import Page
from .page_warmup import PageWarmUp
from .pages import PAGES, load_class
from .window_geometry import fit_on_screen, restore_geometry

if TYPE_CHECKING:
    from .shortcuts import PageCommands

SIDEBAR_MIN_WIDTH = 150
SIDEBAR_ICON = 20  # the pages' icons, in pixels


class MainWindow(QMainWindow):
    """The window paints first, its whole sidebar included, and is attached to the database after
    (``attach``). A page is built (its area imported) and loads its data when first shown, so start-up pays
    only for the Overview; at the application's start the others are made ready meanwhile (``warm_up``)."""

    first_painted = Signal()
    attached = Signal()
    restart_requested = Signal(str)  # the language to start again in

    def __init__(self, app_context=None, *, settings=None) -> None:
        super().__init__()
        self.app = None
        self._built: dict[str, Page] = {}  # page id -> the page, once first shown
        self.dialogues: tuple = ()  # every dialogue (DialogueSummary), for the switcher
        self.current_dialogue = None  # the one this session works on
        self.settings = settings if settings is not None else app_context.settings
        give_look(self, "mainWindow")
        self.setWindowTitle(self.tr("Dialogue Planner"))
        self.setWindowIcon(icon("app"))
        self._painted = False

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        self.stack = QStackedWidget()
        give_look(self.stack, "pageHost")
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.opening = QLabel(self.tr("Opening the database…"))
        give_look(self.opening, "muted")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        give_look(self.statusBar(), "statusBar")
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self._build_menus()
        self._restore_geometry()
        self.first_painted.connect(self._fit_on_screen)
        if app_context is not None:
            self.attach(app_context)

    def _build_sidebar(self) -> QWidget:
        """The application's name over the list of pages."""
        side = QWidget()
        side.setObjectName("sidebar")
        side.setFixedWidth(SIDEBAR_MIN_WIDTH)
        self.sidebar = side
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel(self.tr("Dialogue Planner"))
        give_look(title, "appTitle")
        title.setWordWrap(True)
        side_layout.addWidget(title)
        self.navigation = QListWidget()
        give_look(self.navigation, "navigation")
        self.entries = NavigationDelegate(self.navigation)
        self.navigation.setItemDelegate(self.entries)
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(SIDEBAR_ICON, SIDEBAR_ICON))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in PAGES:
            item = QListWidgetItem(sidebar_icon(entry.icon_name), entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.page_id)
            self.navigation.addItem(item)
        ids = self.page_ids()
        wanted = self.settings.value("window/page", "overview")
        self.navigation.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        side.setFixedWidth(self._sidebar_width())
        side_layout.addWidget(self.navigation)
        return side

    def attach(self, app_context) -> None:
        """Build the pages and the status bar on an open database, and show the remembered page."""
        self.app = app_context
        for page in self._built.values():  # the Overview, when it showed the first look
            page.attach(app_context)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.statusBar().clearMessage()
        self.navigation.currentRowChanged.connect(self.show_page)
        # The entries light up under the pointer once they open pages. (The first viewport() asked for makes
        # PySide6 create every class of QtWidgets, 9 ms: not before the first paint; a page's build asks.)
        self.entries.follow_pointer()

        self._build_status_bar()
        self.app.tasks.started.connect(self._task_started)
        self.app.tasks.progressed.connect(self._task_progress)
        self.app.tasks.ended.connect(self._task_ended)
        self.app.data_changed.connect(self._data_changed)
        self.app.page_requested.connect(self.open_page)
        self._attach_commands()
        self.show_page(max(self.navigation.currentRow(), 0))  # the remembered page, or one clicked meanwhile
        self.load_dialogues()  # after the first page's own load: what the user came for comes first
        self.attached.emit()

    def show_first_look(self, look, language: str) -> None:
        """Before the database is attached: the Overview with what the first look read
        (``services.first_look``), when the Overview is the page the window opens on."""
        if self.app is not None or PAGES[max(self.navigation.currentRow(), 0)].page_id != "overview":
            return
        page = self._page("overview")
        page.show_first_look(look, language)
        self.stack.setCurrentWidget(page)
        self.statusBar().showMessage(self.tr("Opening the database…"))

    # -- pages -------------------------------------------------------------------------------------
    def page(self, page_id: str):
        """Show the page with that id and return it (tests and screenshots use this)."""
        self.navigation.setCurrentRow(self.page_ids().index(page_id))
        return self._built[page_id]

    def build_pages(self) -> list[Page]:
        """Every page, built now where it was not yet (the shortcuts list, tests)."""
        return [self._page(entry.page_id) for entry in PAGES]

    pages = property(build_pages)

    def built_pages(self) -> list[Page]:
        return list(self._built.values())

    def is_built(self, page_id: str) -> bool:
        return page_id in self._built

    def build_page(self, page_id: str) -> None:
        """Build a page ahead of its first showing (``PageWarmUp``); it loads its data when shown."""
        self._page(page_id)

    def warm_up(self) -> None:
        """At the application's start: the other pages imported and built while the user reads the first."""
        PageWarmUp(self).start()

    def _page(self, page_id: str) -> Page:
        """The page with that id, built on first use: its area imported, its widgets made, its list keys
        added; it loads its data when shown."""
        page = self._built.get(page_id)
        if page is None:
            entry = next(entry for entry in PAGES if entry.page_id == page_id)
            page = load_class(entry.spec)(self.app)
            page.setProperty("stale", True)
            self._built[page_id] = page
            self.stack.addWidget(page)
            self._commands().add_page(page)
        return page

    @Slot(str, object)
    def open_page(self, page_id: str, target: dict) -> None:
        """Show a page another page pointed at, and on it what it pointed at."""
        page = self.page(page_id)
        if target:
            # After the page's refresh, which runs on app.ops and may just have been started: calls run
            # and deliver in order, so the target is looked for among the rows the page now shows.
            self.app.ops.after_calls(lambda: page.show_target(target))

    def page_ids(self) -> list[str]:
        return [entry.page_id for entry in PAGES]

    @Slot(int)
    def show_page(self, index: int) -> None:
        """Pages load their data when first shown, and again when other pages changed data meanwhile."""
        if index < 0 or self.app is None:
            return
        page = self._page(PAGES[index].page_id)
        self.stack.setCurrentWidget(page)
        if page.property("stale"):
            page.setProperty("stale", False)
            self._refresh_page(page)
        self.app.settings.setValue("window/page", page.page_id)
        self._update_title()

    def _update_title(self) -> None:
        """The page, the dialogue worked on (its code) and the application's name."""
        page = self.stack.currentWidget()
        parts = [page.title()] if isinstance(page, Page) else []
        if self.current_dialogue is not None:
            parts.append(self.current_dialogue.code)
        parts.append(self.tr("Dialogue Planner"))
        self.setWindowTitle(" — ".join(parts))

    def _sidebar_width(self) -> int:
        """As wide as the longest page title's entry needs, and no wider: every pixel goes to the pages."""
        return max(SIDEBAR_MIN_WIDTH, self.entries.widest_entry() + 2 * self.navigation.frameWidth())

    def _refresh_page(self, page) -> None:
        try:
            page.refresh()
        except Exception as exc:  # noqa: BLE001 - one error path for everything a page meets
            self.app.report_error(exc)

    @Slot(object)
    def _data_changed(self, areas) -> None:
        if areas and "dialogue" in areas:
            self.load_dialogues()
        current = self.stack.currentWidget()
        for page in self._built.values():
            if page is not current:
                page.setProperty("stale", True)
        if current is not None:
            self._refresh_page(current)

    # -- status bar, menus ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        # Imported once attached: making these classes cost 2 ms before the first paint (issue 19).
        from PySide6.QtWidgets import QComboBox, QProgressBar, QPushButton, QToolButton

        from dialogue_planner.gui.kit.widgets import ElidedLabel

        bar = self.statusBar()
        ctx = self.app.ctx
        self.database_label = ElidedLabel(self.tr("Database: {0}").format(describe_database(ctx.db)))
        self.database_label.setObjectName("databaseLabel")
        self.role_label = QLabel(
            self.tr("{0} · role: {1}").format(ctx.user.login, self._role_word(ctx.user.role))
        )
        self.role_label.setObjectName("roleLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelTasks")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel_tasks)
        self.dialogue_label = QLabel(self.tr("&Dialogue:"))
        self.dialogue_label.setObjectName("dialogueLabel")
        self.dialogue_switcher = QComboBox()
        self.dialogue_switcher.setObjectName("dialogueSwitcher")
        self.dialogue_switcher.setAccessibleName(self.tr("Dialogue worked on"))
        self.dialogue_switcher.setToolTip(
            self.tr("The dialogue (mechanism) every page shows; choose another to work on it")
        )
        # The dialogues' long names must not widen the window past a small screen: the field shows a code
        # and the start of the name, the list shows them whole.
        self.dialogue_switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dialogue_switcher.setMinimumContentsLength(10)
        self.dialogue_switcher.setMaximumWidth(320)
        self.dialogue_label.setBuddy(self.dialogue_switcher)
        self.dialogue_switcher.activated.connect(self._dialogue_activated)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.dialogue_label)
        bar.addPermanentWidget(self.dialogue_switcher)
        self.manage_dialogues_button = QToolButton()
        self.manage_dialogues_button.setObjectName("manageDialogues")
        self.manage_dialogues_button.setText("…")
        self.manage_dialogues_button.setToolTip(self.tr("Manage the dialogues: add, end, cadence, hand over"))
        self.manage_dialogues_button.setAccessibleName(self.tr("Manage the dialogues"))
        self.manage_dialogues_button.clicked.connect(self.show_dialogues)
        bar.addPermanentWidget(self.manage_dialogues_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.role_label)

    # -- the dialogue worked on ------------------------------------------------------------------------
    def load_dialogues(self) -> None:
        """Fill the switcher with every dialogue and show the current one (title and status bar)."""
        from dialogue_planner.services.dialogues import list_dialogues  # imported after the first paint

        self.app.ops.run(list_dialogues, self.app.ctx, on_done=self._show_dialogues)

    def _dialogue_text(self, summary) -> str:
        name = summary.name_zh if self.app.language == "zh_CN" and summary.name_zh else summary.name_en
        text = f"{summary.code} — {name}"
        if summary.ended_on is not None:
            text += " " + self.tr("(ended {0})").format(summary.ended_on.isoformat())
        return text

    def _show_dialogues(self, dialogues) -> None:
        self.dialogues = tuple(dialogues)
        self.current_dialogue = next((d for d in self.dialogues if d.current), None)
        switcher = self.dialogue_switcher
        switcher.blockSignals(True)
        switcher.clear()
        for summary in self.dialogues:
            switcher.addItem(self._dialogue_text(summary), summary.code)
            switcher.setItemData(
                switcher.count() - 1, self._dialogue_text(summary), Qt.ItemDataRole.ToolTipRole
            )
        if self.current_dialogue is not None:
            switcher.setCurrentIndex(switcher.findData(self.current_dialogue.code))
        switcher.blockSignals(False)
        # One dialogue needs no switcher, but the status bar still says which it is.
        switcher.setEnabled(len(self.dialogues) > 1)
        self._update_title()

    @Slot()
    def show_dialogues(self) -> None:
        """The dialogues' life: list, add, end, cadence, hand over, and the one to work on."""
        if self.app is None:
            return  # not attached to a database yet
        from .dialogues_dialog import DialoguesDialog

        dialog = DialoguesDialog(self.app, self.switch_dialogue, self)
        dialog.exec()
        dialog.deleteLater()

    @Slot(int)
    def _dialogue_activated(self, index: int) -> None:
        code = self.dialogue_switcher.itemData(index)
        if code is None or (self.current_dialogue is not None and code == self.current_dialogue.code):
            return
        self.switch_dialogue(code)

    def switch_dialogue(self, code: str) -> None:
        """Work on the dialogue ``code``: every page shows it from now on."""
        from dialogue_planner.services.dialogues import choose_dialogue

        def chosen(summary) -> None:
            self.statusBar().showMessage(
                self.tr("Now working on {0}.").format(self._dialogue_text(summary)), 6000
            )
            self.app.changed("dialogue")  # the switcher reloads, every page redraws

        def failed(_exc: BaseException) -> bool:
            self.load_dialogues()  # the switcher shows the dialogue still worked on
            return False

        self.app.ops.run(
            choose_dialogue,
            self.app.ctx,
            code,
            on_done=chosen,
            on_error=failed,
            busy_widget=self.dialogue_switcher,
        )

    def _role_word(self, role: str) -> str:
        return {
            "admin": self.tr("admin"),
            "secretariat": self.tr("secretariat"),
            "viewer": self.tr("viewer"),
        }.get(role, role)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(icon("refresh"), self.tr("&Refresh"), self)
        refresh.setObjectName("refreshAction")
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        file_menu.addAction(refresh)
        self.dialogues_action = QAction(self.tr("&Dialogues…"), self)
        self.dialogues_action.setObjectName("dialoguesAction")
        self.dialogues_action.triggered.connect(self.show_dialogues)
        file_menu.addAction(self.dialogues_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_edit_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        current = self.settings.value("language", "system")
        for code, label in (
            ("system", self.tr("As the system")),
            ("en", "English"),
            ("zh_CN", "中文（简体）"),
        ):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"language-{code}")
            action.setData(code)
            action.setChecked(code == current)
            self.language_actions.addAction(action)
            language_menu.addAction(action)
        self.language_actions.triggered.connect(self.choose_language)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))  # one entry per page once attached
        self._build_help_menu()

    def _build_edit_menu(self) -> None:
        """Undo and Redo of this workstation's changes, New and Find on the page shown (enabled once attached)."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIconText(self.tr("Undo"))  # the shortcut list's name; the menu names the change
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setIconText(self.tr("Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.setObjectName("newAction")
        self.new_action.setShortcuts(QKeySequence.StandardKey.New)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_action, self.find_action])
        for action in (self.undo_action, self.redo_action, self.new_action, self.find_action):
            action.setEnabled(False)
        self.undo_history = None
        self.commands: PageCommands | None = None  # made when a page is first built (``_commands``)

    def _commands(self) -> PageCommands:
        """New and Find on the page shown, the Go entries and the lists' keys (``shell.shortcuts``). Made
        when first needed, after the first paint: their module's dialog classes cost 2 ms before it."""
        if self.commands is None:
            from .shortcuts import PageCommands

            self.commands = PageCommands(self, self.new_action, self.find_action)
        return self.commands

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setObjectName("shortcutsAction")
        shortcuts.setShortcuts(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Dialogue Planner"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _attach_commands(self) -> None:
        """Once attached: the Go entries of the pages, and the undo list of this workstation."""
        from .undo_stack import UndoHistory  # services: imported after the first paint

        commands = self._commands()
        commands.build(self.go_menu, PAGES)
        self.stack.currentChanged.connect(commands.update)
        self.undo_history = UndoHistory(self.app, self)
        self.undo_history.changed.connect(self._undo_changed)
        self.undo_history.done.connect(self._undo_done)
        self.undo_action.triggered.connect(self.undo_history.undo)
        self.redo_action.triggered.connect(self.undo_history.redo)
        self._undo_changed()

    @Slot()
    def _undo_changed(self) -> None:
        undo, redo = self.undo_history.undo_text(), self.undo_history.redo_text()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setEnabled(bool(redo))

    @Slot(str)
    def _undo_done(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    @Slot()
    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog

        self.build_pages()  # so that every page's list keys are listed
        ShortcutsDialog(self).exec()

    @Slot(QAction)
    def choose_language(self, action: QAction) -> None:
        """Keep the choice, and when it changes the language on screen offer to start again in it now: every
        page is built in one language (a window half in each would be worse than a restart)."""
        from PySide6.QtWidgets import QMessageBox

        from ..i18n import resolve_language

        self.settings.setValue("language", action.data())
        wanted = resolve_language(action.data())
        if self.app is None or wanted == self.app.language:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language"),
            self.tr(
                "Dialogue Planner shows the new language when it starts again. Start again now? Nothing is lost: "
                "every change is already saved."
            ),
            parent=self,
        )
        box.setObjectName("languageRestart")
        now = box.addButton(self.tr("Start again now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is now:
            self.restart_requested.emit(wanted)
            self.close()

    @Slot()
    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if page is not None:
            self._refresh_page(page)

    @Slot()
    def show_about(self) -> None:
        if self.app is not None:
            from .about_dialog import AboutDialog

            AboutDialog(self.app.ctx, self._role_word(self.app.ctx.user.role), self).exec()

    # -- background tasks ----------------------------------------------------------------------------
    @Slot(object)
    def _task_started(self, task) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(task.title)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.statusBar().showMessage(task.title)

    @Slot(object, int, int, str)
    def _task_progress(self, _task, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if text:
            self.statusBar().showMessage(text)

    @Slot(object)
    def _task_ended(self, _task) -> None:
        if not self.app.tasks.active():
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            self.statusBar().clearMessage()

    @Slot()
    def _cancel_tasks(self) -> None:
        for task in self.app.tasks.active():
            task.cancel()

    # -- state ---------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        restore_geometry(self, self.settings.value("window/geometry"))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    @Slot()
    def _fit_on_screen(self) -> None:
        """Fitted again once shown: the window manager's frame is measured now, it was estimated before."""
        fit_on_screen(self)

    def closeEvent(self, event) -> None:
        """Save the layout and vanish at once; background work is cancelled and waited for out of sight
        (a write in progress finishes: it is one transaction, all or nothing)."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.hide()
        if self.app is not None:
            for task in self.app.tasks.active():
                task.cancel()
            self.app.tasks.wait(10_000)
            self.app.ops.wait_idle(10_000)  # a save in flight finishes before the database is closed
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
