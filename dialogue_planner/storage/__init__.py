"""The database: models, engine and session factories, migrations and upgrade-on-open."""
