"""Scoring (docs/spec.md §5: buckets, summaries, roundHalfUp) and programme targets (§7a), with their
validation and error paths. Written from the spec and the published data alone."""
import re
from decimal import Decimal
from fractions import Fraction

from ntm_common import DATA, Issues, NtmError, check_options, fail, fixed_half_up, is_whole, plain, whole_in

SAFE = 2**53 - 1


def national_scheme():
    return next(x for x in DATA["schemes"]["schemes"] if x["id"] == "national-19")


def is_text(v):
    return isinstance(v, dict) and isinstance(v.get("vi"), str) and isinstance(v.get("en"), str)


def scheme_issues(sch):
    """SCORE-SCHEME: the paths (below the scheme) of a scheme that does not partition 0…criteriaTotal."""
    if not isinstance(sch, dict):
        return [[]]
    out = []
    total = sch.get("criteriaTotal")
    total_ok = is_whole(total) and total > 0
    if not isinstance(sch.get("id"), str) or not sch["id"].strip():
        out.append(["id"])
    if not is_text(sch.get("title")):
        out.append(["title"])
    if not total_ok:
        out.append(["criteriaTotal"])
    if "citation" in sch and not (isinstance(sch["citation"], dict) and isinstance(sch["citation"].get("instrument"), str)):
        out.append(["citation"])
    buckets = sch.get("buckets")
    if not isinstance(buckets, list) or not buckets:
        return out + [["buckets"]]
    ids, ranges = set(), []
    for i, b in enumerate(buckets):
        if not isinstance(b, dict):
            out.append(["buckets", i])
            continue
        if not isinstance(b.get("id"), str) or not b["id"].strip() or b["id"] in ids:
            out.append(["buckets", i, "id"])
        ids.add(b.get("id"))
        if not is_text(b.get("label")):
            out.append(["buckets", i, "label"])
        if "basis" in b and b["basis"] not in ("stated", "completes-partition"):
            out.append(["buckets", i, "basis"])
        ok = True
        for k in ("min", "max"):
            if not is_whole(b.get(k)) or b[k] < 0 or (total_ok and b[k] > total):
                out.append(["buckets", i, k])
                ok = False
        if ok and b["min"] > b["max"]:
            out.append(["buckets", i])
            ok = False
        if ok:
            ranges.append((i, b["min"], b["max"]))
    if not total_ok or out:
        return out
    # Sorted by min (stable), each bucket must start right after the highest bucket so far ends.
    nxt, prev_max = 0, None
    for i, lo, hi in sorted(ranges, key=lambda r: r[1]):
        if lo > nxt:
            out.append(["buckets"])
        elif lo < nxt and prev_max is not None:
            out.append(["buckets", i])
        prev_max = hi if prev_max is None else max(prev_max, hi)
        nxt = max(nxt, hi + 1)
    if nxt <= total:
        out.append(["buckets"])
    return out


def read_scheme(sch, path):
    """A scheme given by id (data/bucket-schemes.json) or as a definition (SCORE-SCHEME)."""
    if isinstance(sch, str):
        found = next((x for x in DATA["schemes"]["schemes"] if x["id"] == sch), None)
        if found is None:
            fail("invalid-input", *path)
        return found
    bad = scheme_issues(sch)
    if bad:
        raise NtmError("invalid-definition", [list(path) + p for p in bad])
    return sch


def classify_count(inp, options):
    """SCORE-BUCKET."""
    sch = read_scheme(options["scheme"], ["scheme"]) if options.get("scheme") is not None else national_scheme()
    n = inp.get("n")
    if not whole_in(n, 0, sch["criteriaTotal"]):
        fail("invalid-input", "n")
    b = next(b for b in sch["buckets"] if b["min"] <= n <= b["max"])
    return {"id": b["id"], "min": b["min"], "max": b["max"], "basis": b.get("basis")}


def figure(num, den, precision, decimals):
    """SUM-AVERAGE."""
    x = Fraction(num, den)
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    exact = d == 1
    return {
        "fraction": {"numerator": num, "denominator": den},
        "exact": exact,
        "decimal": plain(x) if exact else plain(Fraction(Decimal(fixed_half_up(x, precision)))),
        "places": None if exact else precision,
        "rounded": fixed_half_up(x, decimals),
        "roundedDecimals": decimals,
        "roundingRule": "half-up",
    }


def natural_key(code):
    return [int(p) if p.isdigit() else p for p in code.replace(".", " . ").split()]


def is_evaluation(r):
    return isinstance(r.get("set"), dict) or ("status" in r and isinstance(r.get("criteria"), list))


PLAIN_KEYS = ("name", "criteriaMet", "recognition", "criteria")


def record_issues(i, r, total, fixed):
    """SUM-RECORDS, SUM-PLAIN-CONSISTENT, SUM-EVALUATION-RECORD, SUM-CRITERIA-TOTAL."""
    at = ["records", i]
    if not isinstance(r, dict):
        return [at]
    out = []
    if is_evaluation(r):
        crit = r.get("criteria")
        if not isinstance(crit, list) or any(not isinstance(c, dict) or c.get("outcome") not in ("met", "not-met", "unknown") or not isinstance(c.get("code"), str) for c in crit) or len({c["code"] for c in crit}) != len(crit):
            return [at + ["criteria"]]
        if fixed and r.get("criteriaTotal") != total:
            out.append(at + ["criteriaTotal"])
        elif len(crit) != total:
            out.append(at + ["criteria"])
        if r.get("criteriaMet") != sum(1 for c in crit if c["outcome"] == "met"):
            out.append(at + ["criteriaMet"])
        return out
    for k in r:
        if k not in PLAIN_KEYS:
            out.append(at + [k])
    if "name" in r and not isinstance(r["name"], str):
        out.append(at + ["name"])
    met = r.get("criteriaMet")
    met_ok = whole_in(met, 0, total)
    if not met_ok:
        out.append(at + ["criteriaMet"])
    if "recognition" in r and r["recognition"] not in ("ntm", "advanced", "model", "none"):
        out.append(at + ["recognition"])
    if "criteria" in r:
        c = r["criteria"]
        if not isinstance(c, dict) or len(c) > total:
            out.append(at + ["criteria"])
        else:
            bad = [k for k, v in c.items() if not isinstance(v, bool)]
            out += [at + ["criteria", k] for k in bad]
            if not bad and met_ok:
                yes = sum(1 for v in c.values() if v)
                no = sum(1 for v in c.values() if not v)
                if yes > met or no > total - met:
                    out.append(at + ["criteriaMet"])
    return out


def summarize(records, options):
    """SUM-*."""
    options = check_options(options, ("scheme", "criteriaTotal", "decimals", "precision", "floor"))
    issues = Issues()
    for k in ("decimals", "precision"):
        if k in options and not whole_in(options[k], 0, 40):
            issues.add("options", k)
    if "criteriaTotal" in options and not whole_in(options["criteriaTotal"], 1, 1000):
        issues.add("options", "criteriaTotal")
    issues.raise_if()
    given = read_scheme(options["scheme"], ["options", "scheme"]) if options.get("scheme") is not None else None
    if given and "criteriaTotal" in options and options["criteriaTotal"] != given["criteriaTotal"]:
        fail("invalid-input", "options", "criteriaTotal")
    if not isinstance(records, list):
        fail("invalid-input", "records")
    first = next((r for r in records if isinstance(r, dict) and is_evaluation(r)), None)
    fixed = given is not None or "criteriaTotal" in options
    if given:
        total = given["criteriaTotal"]
    elif "criteriaTotal" in options:
        total = options["criteriaTotal"]
    elif first is not None and is_whole(first.get("criteriaTotal")) and first["criteriaTotal"] > 0:
        total = first["criteriaTotal"]
    else:
        total = 19
    if "floor" in options and not whole_in(options["floor"], 0, total):
        fail("invalid-input", "options", "floor")
    for i, r in enumerate(records):
        issues.extend(record_issues(i, r, total, fixed))
    issues.raise_if()
    sch = given or (national_scheme() if total == 19 else None)
    precision, decimals, floor = options.get("precision", 20), options.get("decimals", 1), options.get("floor")
    rs = []
    for i, r in enumerate(records):
        if is_evaluation(r):
            crit = {c["code"]: c["outcome"] for c in r["criteria"]}
            met = sum(1 for o in crit.values() if o == "met")
            unknown = sum(1 for o in crit.values() if o == "unknown")
        else:
            crit = {k: ("met" if v else "not-met") for k, v in r.get("criteria", {}).items()}
            met, unknown = int(r["criteriaMet"]), 0
        rs.append({"index": i, "name": r.get("name"), "set": r["set"]["id"] if is_evaluation(r) and isinstance(r.get("set"), dict) else None, "met": met, "unknown": unknown, "recognition": None if is_evaluation(r) else r.get("recognition"), "criteria": crit})
    n = len(rs)
    total_met = sum(r["met"] for r in rs)
    unknown = sum(r["unknown"] for r in rs)
    codes = sorted({c for r in rs for c in r["criteria"]}, key=natural_key)
    recognised = [r for r in rs if r["recognition"] not in (None, "none")]
    ref = lambda r: {"index": r["index"], "name": r["name"]}  # noqa: E731
    sets = []
    for r in rs:
        if r["set"] is not None and r["set"] not in sets:
            sets.append(r["set"])
    tallies = []
    for code in codes:
        met = sum(1 for r in rs if r["criteria"].get(code) == "met")
        not_met = sum(1 for r in rs if r["criteria"].get(code) == "not-met")
        tallies.append({"code": code, "met": met, "notMet": not_met, "unknown": n - met - not_met, "of": n, "ratio": f"{met}/{n}"})
    below = [r for r in rs if floor is not None and r["met"] < floor]
    return {
        "scheme": {"id": sch["id"], "criteriaTotal": total} if sch else None,
        "criteriaTotal": total,
        "sets": sets,
        "count": n,
        "meetingStandard": sum(1 for r in rs if r["met"] == total),
        "recognised": {"count": len(recognised), "belowStandard": [ref(r) for r in recognised if r["met"] < total]},
        "totalCriteriaMet": total_met,
        "average": None if n == 0 else figure(total_met, n, precision, decimals),
        "minimum": min((r["met"] for r in rs), default=None),
        "maximum": max((r["met"] for r in rs), default=None),
        "buckets": [{"id": b["id"], "min": b["min"], "max": b["max"], "count": sum(1 for r in rs if b["min"] <= r["met"] <= b["max"])} for b in (sch["buckets"] if sch else [])],
        "criteria": tallies,
        "belowFloor": None if floor is None else {"floor": floor, "count": len(below), "communes": [ref(r) for r in below]},
        "undetermined": {"communes": sum(1 for r in rs if r["unknown"] > 0), "criteria": unknown, "averageIfMet": None if n == 0 or unknown == 0 else figure(total_met + unknown, n, precision, decimals)},
    }


def round_half_up(inp, _options):
    """ROUND-HALF-UP."""
    issues = Issues()
    v = inp.get("value")
    x = None
    if isinstance(v, dict):
        num, den = v.get("numerator"), v.get("denominator")
        if set(v) == {"numerator", "denominator"} and whole_in(num, -SAFE, SAFE) and whole_in(den, -SAFE, SAFE) and den != 0:
            x = Fraction(int(num), int(den))
    elif isinstance(v, str) and re.match(r"^-?\d+(\.\d+)?$", v):
        x = Fraction(Decimal(v))
    if x is None:
        issues.add("value")
    decimals = inp.get("decimals", 1)
    if not whole_in(decimals, 0, 40):
        issues.add("decimals")
    issues.raise_if()
    return {"text": fixed_half_up(x, int(decimals))}


# --- Programme targets (§7a) ---------------------------------------------------------------------


def target(id_):
    """PROG-TARGETS."""
    t = next((t for t in DATA["targets"]["targets"] if isinstance(id_, str) and t["id"] == id_), None)
    if t is None:
        fail("unknown-reference", "id")
    return t


def get_target(inp, _options):
    t = target(inp.get("id"))
    return {k: t[k] for k in ("id", "year", "measure", "value", "qualifier")}


def target_count(inp, options):
    """PROG-COUNT, PROG-BASE."""
    options = check_options(options, ("base",))
    t = target(inp.get("target"))
    v, of = t["value"], inp.get("of")
    issues = Issues()
    if v.get("kind") != "share":
        issues.add("target")
    if not (is_whole(of) and of >= 0):
        issues.add("of")
    base = options.get("base")
    if "base" in options and base not in ("all-communes", "ntm-communes"):
        issues.add("options", "base")
    elif v.get("kind") == "share":
        if v["base"] == "unclear" and base is None:
            issues.add("options", "base")
        elif v["base"] != "unclear" and base is not None and base != v["base"]:
            issues.add("options", "base")
    issues.raise_if()
    base = base if v["base"] == "unclear" else v["base"]
    x = Fraction(Decimal(v["percent"])) * int(of) / 100
    count = -((-x.numerator) // x.denominator)
    return {"target": t["id"], "percent": v["percent"], "base": base, "of": of, "exact": plain(x), "count": count, "approximate": t["qualifier"] == "about", "qualifier": t["qualifier"]}


def summary_target(inp, options):
    """PROG-SUMMARY-TARGET."""
    options = check_options(options, ("communes",))
    t = target(inp.get("target"))
    communes = options.get("communes")
    if ("communes" in options or t["measure"] == "communes-meeting-standard") and not (is_whole(communes) and communes >= 0):
        fail("invalid-input", "options", "communes")
    if t["measure"] == "communes-meeting-standard":
        return {"meetingStandard": target_count({"target": t["id"], "of": communes}, {})["count"]}
    if t["value"].get("kind") == "floor-criteria":
        return {"minimum": t["value"]["criteria"]}
    fail("not-available", "target")
