"""Operations: commands for the people who run Heard (backups), not for the people who use it."""
