"""The desktop application; the only package that imports PySide6."""

from .qt_compat import keep_singletons_alive

keep_singletons_alive()
