"""``screenshots DIR``: every page of the application, offscreen, as PNG files."""

from __future__ import annotations

from pathlib import Path


def save_screenshots(db_url: str, folder: Path, *, language: str = "en", size=(1280, 860)) -> list[Path]:
    import tempfile

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from .app import build_main_window, create_application

    folder.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "screens.ini"), QSettings.Format.IniFormat)
        window = build_main_window(
            db_url,
            settings,
            interactive=False,
            language="zh_CN" if language.lower().startswith("zh") else "en",
        )
        # The window opens fitted to the screen (after its first paint); a screenshot may be larger.
        painted = QEventLoop()
        window.first_painted.connect(painted.quit)
        QTimer.singleShot(30_000, painted.quit)
        window.show()
        painted.exec()
        window.resize(*size)
        saved = []
        suffix = "" if language == "en" else f"-{language}"
        for page_id in window.page_ids():
            page = window.page(page_id)
            for _ in range(3):
                app.processEvents()
            window.app.tasks.wait()
            window.app.ops.wait_idle()
            app.processEvents()
            page.prepare_screenshot()
            window.app.tasks.wait()
            window.app.ops.wait_idle()  # what the page loads through the operations path, and its results
            for _ in range(3):  # deliver the tasks' results, then let views lay them out and paint
                app.processEvents()
            path = folder / f"{page_id}{suffix}.png"
            window.grab().save(str(path))
            saved.append(path)
        window.close()
        window.app.ctx.db.dispose()
        window.deleteLater()
        app.processEvents()
    return saved
