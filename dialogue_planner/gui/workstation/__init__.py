"""Several workstations: connection settings, conflicts, live refresh, backups and roles."""
