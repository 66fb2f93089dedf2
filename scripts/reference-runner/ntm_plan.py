"""Plans (docs/spec.md §8): parsePlan's checks and checkPlan's findings."""
from ntm_common import NtmError


def check_plan(inp, options):
    raise NtmError("not-implemented", [])
