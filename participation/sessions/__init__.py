"""Sessions of a group (a children in care council, a care leavers forum, a home, a school): who came, by age band,
the topics the young people chose and what they said; and participation activity for the board (interview panels,
takeovers, inspections), summed per period through the same suppression as every other figure."""
