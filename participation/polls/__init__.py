"""Live polls in the room: a worker opens a poll, young people answer on their phones (or on a tablet passed round),
and the results show on the projector as they come in, suppressed like every other figure."""
