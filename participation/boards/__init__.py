"""Boards: "you said, we did", the pledge tracker and the board pack."""
