"""Responses: the young person's journey, drafts for save and resume, and stored answers."""
