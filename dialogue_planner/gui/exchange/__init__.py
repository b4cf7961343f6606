"""The Reconciliation page: packages with the other side's secretariat and the differences to settle."""
