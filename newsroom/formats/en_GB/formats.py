# The admin shows every recorded time (revisions, workflow steps, rulings, scans) with this format.
# British English leaves the zone out, and a time without its zone is hours wrong to anyone reading
# the record from another bureau, or later to settle a complaint: say which zone it is in.
DATETIME_FORMAT = "j M Y, H:i T"
