"""The application shell: main window, page registry, task runner, error path, icons and fonts."""
