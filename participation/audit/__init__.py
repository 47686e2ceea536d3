"""The audit log: who did what, when, to what. Read by organisation admins."""
