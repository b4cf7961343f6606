"""Use cases: one transaction each, a permission check, an audit entry, records out."""
