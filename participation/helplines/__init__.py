"""Helplines that fit the reader: national lines per audience, plus each council's own numbers."""
