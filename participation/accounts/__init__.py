"""Staff accounts: sign-in with a second factor, roles per organisation, invitations, server-side sessions."""
