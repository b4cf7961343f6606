"""The Roster area: agencies and delegates of both sides, the delegate editor and the import wizard."""
