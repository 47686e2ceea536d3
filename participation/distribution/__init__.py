"""Reaching young people: groups with cohort sizes, QR posters, printed single-use invite codes."""
