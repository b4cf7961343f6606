"""Commitments each meeting left the sides, tracked to done, and the activities between meetings (issue 15)."""
