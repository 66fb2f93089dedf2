#!/usr/bin/env python3
"""A second implementation of part of ntm-rules, in Python (standard library only), written from
docs/spec.md and the published data (dist/data/*.json) alone: it runs the conformance vectors
(conformance/*.json) and compares its projections with their `expected` as docs/conformance.md
says. It reads no TypeScript and calls no JavaScript: it is the test that the spec and the data are
enough.

Covered: evaluateCommune and evaluate (results, not errors), getCriteriaSet, effectiveRegion,
classifyCommuneGroup, classifyCriteriaCount, summarizeCommunes, roundHalfUp, aggregateFunding,
reconcileFunding, convertAmount, formatAmount, getProgrammeTarget, targetCommuneCount,
programmeSummaryTarget. Vectors expecting an error, and the other functions (evaluateDistrict,
checkRecognition, checkPlan), are counted as not covered.

Usage: python3 ntm_reference.py <data dir> <conformance dir>  (prints a JSON report; exit 1 on a mismatch)
"""
import json
import os
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

DATA = {}


def load(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8") as f:
        return json.load(f)


# --- Decimals (CONV-DECIMAL, CONV-HALF-UP) ---------------------------------------------------------


def plain(x):
    """A Fraction with a terminating expansion as a plain decimal string."""
    x = Fraction(x)
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    x = abs(x)
    places = 0
    while (x * 10**places).denominator != 1:
        places += 1
        if places > 400:
            raise ValueError("not terminating")
    n = int(x * 10**places)
    s = str(n).rjust(places + 1, "0")
    s = s[: len(s) - places] + ("." + s[len(s) - places:] if places else "")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return sign + s


def fixed_half_up(x, places):
    """A Fraction rounded half-up (away from zero) to `places` decimals, as a fixed decimal string."""
    x = Fraction(x)
    scaled = abs(x) * 10**places
    n = int(scaled)
    if scaled - n >= Fraction(1, 2):
        n += 1
    sign = "-" if x < 0 and n != 0 else ""
    s = str(n).rjust(places + 1, "0")
    return sign + (s[: len(s) - places] + "." + s[len(s) - places:] if places else s)


def read_amount(v):
    """FUND-AMOUNT: a decimal string (exponent allowed) or a JSON number through its shortest form."""
    if isinstance(v, bool):
        raise ValueError("boolean")
    if isinstance(v, (int, float)):
        v = repr(v)
    return Fraction(Decimal(v))


# --- Sets and evaluation (§2, §3) ----------------------------------------------------------------


def set_versions(kind):
    return [s for s in DATA["sets"]["sets"] if s["kind"] == kind]


def set_file(entry):
    return load(DATA["dir"], os.path.join("data", entry["file"]))


def version_on(kind, day):
    for s in set_versions(kind):
        if s["validFrom"] <= day and (s["validUntil"] is None or day <= s["validUntil"]):
            return set_file(s)
    return None


def set_columns(s):
    if "columns" in s:
        return s["columns"]
    return "region" if s.get("regional") else "none"


def special_column(inp):
    """COL-SPECIAL-TDMNPB."""
    region = inp.get("region")
    if region != "TDMNPB" and (inp.get("especiallyDifficult") is True or inp.get("safeZone") is True):
        return "TDMNPB"
    return region


def classify_group(facts, resolve=None):
    """GROUP-CLASSIFY, GROUP-CONFLICT: (group, conflict)."""
    adjacent, oriented = facts.get("adjacentToUrbanArea"), facts.get("urbanOriented")
    if adjacent is True and oriented is True:
        t1 = True
    elif adjacent is False or oriented is False:
        t1 = False
    else:
        t1 = None
    share = facts.get("agricultureSharePercent")
    t2 = None if share is None else share < 10
    t3 = facts.get("plannedNewUrbanArea")
    tests = [t1, t2, t3]
    g1 = True if True in tests else (False if all(t is False for t in tests) else None)
    area = facts.get("ethnicMinorityArea")
    g3 = None if area is None else area in ("II", "III")
    if g1 is True and g3 is True:
        if resolve:
            return resolve["group"], {"groups": [1, 3], "resolvedBy": resolve["basis"]}
        return None, {"groups": [1, 3], "resolvedBy": None}
    if g1 is True and g3 is False:
        return 1, None
    if g1 is False and g3 is not None:
        return (3 if g3 else 2), None
    return None, None


def strip_labels(v):
    if isinstance(v, list):
        return [strip_labels(x) for x in v]
    if isinstance(v, dict):
        return {k: strip_labels(x) for k, x in v.items() if k != "label"}
    return v


def value_columns(t):
    return t.get("columns", t.get("regions", "all"))


def pick(values, k):
    """EVAL-THRESHOLD-IN-FORCE/-YEARS/-COLUMN/-SPECIFIC-OVER-ALL/-LATEST/-COLUMN-UNKNOWN, one source."""
    best = None
    for t in values:
        if not (t["validFrom"] <= k["day"] and (t.get("validUntil") is None or k["day"] <= t["validUntil"])):
            continue
        if "years" in t and k["year"] not in t["years"]:
            continue
        cols = value_columns(t)
        specific = cols != "all"
        if specific:
            if not k["columnKnown"]:
                return "column-unknown"
            if k["column"] is None or k["column"] not in cols:
                continue
        if best is None:
            best = t
        else:
            bs = value_columns(best) != "all"
            if (specific and not bs) or (specific == bs and t["validFrom"] > best["validFrom"]):
                best = t
    return best


def complete_overlay_value(o, v, s):
    """EVAL-OVERLAY-DEFAULTS."""
    until = v.get("validUntil", o.get("validUntil", s.get("validUntil")))
    out = {"columns": value_columns(v), "validFrom": v.get("validFrom", o.get("validFrom", s["validFrom"])), "rule": v["rule"], "provenance": v.get("provenance", o["provenance"])}
    if until is not None:
        out["validUntil"] = until
    if "years" in v:
        out["years"] = v["years"]
    if "conflict" in v:
        out["conflict"] = v["conflict"]
    return out


def resolve_threshold(s, ind, k, overlays):
    """EVAL-THRESHOLD-SOURCES, EVAL-THRESHOLD-FALL-THROUGH."""
    for o in reversed(overlays):
        if o["setKind"] != s["kind"] or ind["code"] not in o["thresholds"]:
            continue
        raw = o["thresholds"][ind["code"]]
        chosen = pick([complete_overlay_value(o, v, s) for v in (raw if isinstance(raw, list) else [raw])], k)
        if chosen == "column-unknown":
            return chosen
        if chosen is not None:
            return (chosen, o["id"])
    national = pick(ind.get("thresholds", []), k)
    if national == "column-unknown":
        return national
    return (national, "national") if national is not None else None


def sig12(d):
    """EVAL-SHORTFALL-ROUNDING: the double nearest d rounded half-up to 12 significant digits."""
    if d == 0:
        return 0.0
    x = Decimal(d)
    with localcontext() as ctx:
        ctx.prec = 60
        return float(x.quantize(Decimal(1).scaleb(x.adjusted() - 11), rounding=ROUND_HALF_UP))


def operand(op, value):
    """EVAL-COMPOUND-OPERANDS: a value, or None when it has none."""
    if "field" in op:
        return value.get(op["field"])
    if "const" in op:
        return op["const"]
    n, d = (value.get(f) for f in op["percentOf"])
    if n is None or d is None or d == 0:
        return None
    return (n * 100) / d


def condition(c, value):
    """EVAL-JUDGE-COMPOUND: (holds, number of failed comparisons reported)."""
    if "compare" in c:
        a, op, b = c["compare"]
        x, y = operand(a, value), operand(b, value)
        if x is None or y is None:
            return False, 1
        ok = {">=": x >= y, ">": x > y, "<=": x <= y, "<": x < y, "==": x == y}[op]
        return (True, 0) if ok else (False, 1)
    if "all" in c:
        parts = [condition(p, value) for p in c["all"]]
        failed = sum(f for _, f in parts)
        return (failed == 0 and all(h for h, _ in parts)), failed
    if "any" in c:
        failed = 0
        for p in c["any"]:
            h, f = condition(p, value)
            if h:
                return True, 0
            failed += f
        return False, failed
    holds, _ = condition(c["if"], value)
    return condition(c["then"] if holds else c["else"], value)


def judge(rule, value):
    """EVAL-JUDGE-*: (outcome, shortfall, failed)."""
    kind = rule["kind"]
    if kind == "boolean":
        return ("met" if value is True else "not-met"), None, None
    if kind == "none-allowed":
        return ("met", None, None) if value == 0 else ("not-met", value, None)
    if kind in ("min-percent", "min-value"):
        return ("met", None, None) if value >= rule["min"] else ("not-met", sig12(rule["min"] - value), None)
    if kind in ("max-percent", "max-value"):
        return ("met", None, None) if value <= rule["max"] else ("not-met", sig12(value - rule["max"]), None)
    if kind == "min-count":
        return ("met", None, None) if value >= rule["min"] else ("not-met", rule["min"] - value, None)
    holds, failed = condition(rule["rule"], value)
    return ("met", None, None) if holds else ("not-met", None, failed)


def evaluate(s, inp, options):
    """§3: the normative projection of an evaluation result."""
    year = inp["year"]
    day = options.get("asOf")
    if day is None:
        day = f"{year}-12-31"
        if s.get("validUntil") and day > s["validUntil"]:
            day = s["validUntil"]
    columns = set_columns(s)
    column, known, effective, group = None, True, None, None
    if columns == "region":
        effective = special_column(inp)
        column = effective
    elif columns == "commune-group":
        group = inp.get("group")
        if group is None and "groupFacts" in inp:
            group, _ = classify_group(inp["groupFacts"])
        if group is None:
            known = False
        else:
            column = f"G{group}"
    k = {"day": day, "year": year, "column": column, "columnKnown": known}
    overlays = options.get("overlays", [])
    tally = {"confirmed": 0, "secondary": 0, "notEncoded": 0, "fromOverlay": 0}
    cited = []

    def one(ind, value, present):
        r = resolve_threshold(s, ind, k, overlays)
        threshold = None
        if r is None or r == "column-unknown":
            tally["notEncoded"] += 1
        else:
            t, source = r
            tally[t["provenance"]] += 1
            if source != "national":
                tally["fromOverlay"] += 1
                if source not in cited:
                    cited.append(source)
            conflict = t.get("conflict")
            threshold = {
                "source": source,
                "column": "all" if value_columns(t) == "all" else column,
                "validFrom": t["validFrom"],
                "validUntil": t.get("validUntil"),
                "year": year if "years" in t else None,
                "provenance": t["provenance"],
                "rule": strip_labels(t["rule"]),
                "conflict": (conflict["code"] if isinstance(conflict, dict) else conflict) if conflict else None,
            }
        base = {"code": ind["code"], "outcome": "unknown", "reason": None, "shortfall": None, "failed": None, "threshold": threshold}
        if not present:
            return {**base, "reason": "missing-input"}
        if value is None:
            return {**base, "reason": "explicitly-unknown"}
        if value == "not-applicable":
            return {**base, "outcome": "not-applicable", "reason": "not-applicable"}
        if threshold is None:
            return {**base, "reason": "column-unknown" if r == "column-unknown" else "threshold-not-encoded"}
        outcome, shortfall, failed = judge(t["rule"], value)
        return {**base, "outcome": outcome, "shortfall": shortfall, "failed": failed}

    given = inp.get("indicators", {})
    assessed = inp.get("criteria", {})
    counts = {"met": 0, "not-met": 0, "unknown": 0}
    criteria = []
    for c in s["criteria"]:
        inds = [one(i, given.get(i["code"]), i["code"] in given) for i in c["indicators"]]
        outs = [i["outcome"] for i in inds]
        outcome = "not-met" if "not-met" in outs else ("unknown" if not inds or "unknown" in outs else "met")
        basis = "indicators"
        a = assessed.get(c["code"])
        if a is not None and outcome == "unknown":
            outcome, basis = a, "assessment"
        counts[outcome] += 1
        reason = "indicators-not-encoded" if basis == "indicators" and outcome == "unknown" and not inds else None
        criteria.append({"code": c["code"], "group": c.get("group"), "outcome": outcome, "basis": basis, "reason": reason, "indicators": inds})
    cvalues = inp.get("conditions", {})
    conds = [one(i, cvalues.get(i["code"]), i["code"] in cvalues) for i in s.get("conditions", [])]
    couts = [i["outcome"] for i in conds]
    if counts["not-met"] or "not-met" in couts:
        status = "not-met"
    elif counts["unknown"] or "unknown" in couts:
        status = "undetermined"
    else:
        status = "meets-standard"
    assessment = inp.get("assessment")
    return {
        "set": {"id": s["id"], "kind": s["kind"], "validFrom": s["validFrom"], "validUntil": s.get("validUntil")},
        "year": year,
        "asOf": day,
        "region": inp.get("region"),
        "effectiveRegion": effective,
        "group": group,
        "status": status,
        "criteriaMet": counts["met"],
        "criteriaNotMet": counts["not-met"],
        "criteriaUnknown": counts["unknown"],
        "criteriaTotal": len(s["criteria"]),
        "criteria": criteria,
        "conditions": conds,
        "provenance": tally,
        "overlays": cited,
        "assessment": None if assessment is None else {k: unicodedata.normalize("NFC", v) for k, v in assessment.items()},
    }


def evaluate_kind(kind, inp, options):
    day = options.get("asOf", f"{inp['year']}-12-31")
    s = version_on(kind, day)
    if s is None:
        raise NotCovered("no version in force: an error")
    return evaluate(s, inp, options)


def get_criteria_set(inp, options):
    """SEL-VERSION-BY-DAY, SEL-NEWEST."""
    kind = inp["kind"]
    if "asOf" in options:
        s = version_on(kind, options["asOf"])
        if s is None:
            raise NotCovered("no version in force: an error")
    else:
        versions = set_versions(kind)
        if not versions:
            raise NotCovered("no version: an error")
        s = set_file(versions[-1])
    return {"id": s["id"], "kind": s["kind"], "province": s.get("province"), "validFrom": s["validFrom"], "validUntil": s.get("validUntil"), "period": s["period"], "columns": set_columns(s), "criteriaCount": len(s["criteria"]), "conditionCount": len(s.get("conditions", []))}


# --- Scoring (§5) --------------------------------------------------------------------------------


def scheme_of(options):
    sch = options.get("scheme")
    if isinstance(sch, str):
        return next(x for x in DATA["schemes"]["schemes"] if x["id"] == sch)
    return sch


def classify_count(inp, options):
    """SCORE-BUCKET."""
    sch = scheme_of(options) or next(x for x in DATA["schemes"]["schemes"] if x["criteriaTotal"] == 19)
    b = next(b for b in sch["buckets"] if b["min"] <= inp["n"] <= b["max"])
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


def summarize(records, options):
    """SUM-*."""
    given = scheme_of(options)
    first = next((r for r in records if isinstance(r.get("set"), dict) or ("status" in r and isinstance(r.get("criteria"), list))), None)
    total = given["criteriaTotal"] if given else options.get("criteriaTotal", first["criteriaTotal"] if first else 19)
    sch = given or (next(x for x in DATA["schemes"]["schemes"] if x["criteriaTotal"] == 19) if total == 19 else None)
    precision, decimals, floor = options.get("precision", 20), options.get("decimals", 1), options.get("floor")
    rs = []
    for i, r in enumerate(records):
        is_eval = isinstance(r.get("set"), dict) or ("status" in r and isinstance(r.get("criteria"), list))
        if is_eval:
            crit = {c["code"]: c["outcome"] for c in r["criteria"]}
            met = sum(1 for o in crit.values() if o == "met")
            unknown = sum(1 for o in crit.values() if o == "unknown")
        else:
            crit = {k: ("met" if v else "not-met") for k, v in r.get("criteria", {}).items()}
            met, unknown = r["criteriaMet"], 0
        rs.append({"index": i, "name": r.get("name"), "set": r["set"]["id"] if is_eval else None, "met": met, "unknown": unknown, "recognition": None if is_eval else r.get("recognition"), "criteria": crit})
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
    v = inp["value"]
    x = Fraction(v["numerator"], v["denominator"]) if isinstance(v, dict) else Fraction(Decimal(v))
    return {"text": fixed_half_up(x, inp.get("decimals", 1))}


# --- Funding (§6) --------------------------------------------------------------------------------


def exponent(unit):
    return DATA["funding"]["unitNames"][unit]["exponent"]


def taxonomy_of(lines, option):
    """FUND-TAXONOMY."""
    if option is not None:
        return option
    year = next((l["year"] for l in lines if "year" in l), None)
    return "2026-2035" if year is not None and year >= 2026 else "2021-2025"


def tree(version):
    """The version's nodes (id, parent), in the order of the 2021-2025 tree."""
    ids = {x["id"] for v in DATA["funding"]["versions"] if v["id"] == version for x in v["sources"]}
    return [(x["id"], x["parent"]) for x in DATA["funding"]["sources"] if x["id"] in ids]


def tree_sums(lines, nodes, unit, whole, places):
    """FUND-TREE, FUND-SHARES over some lines."""
    own = {}
    for l in lines:
        own[l["source"]] = own.get(l["source"], 0) + read_amount(l["amount"]) * Fraction(10) ** (exponent(l.get("unit", "million-vnd")) - exponent(unit))
    amount, parts = {}, {}
    for node, parent in reversed(nodes):
        if node not in own and node not in parts:
            continue
        amount[node] = own[node] if node in own else parts[node]
        if parent is not None:
            parts[parent] = parts.get(parent, 0) + amount[node]
    total = sum((amount[n] for n, p in nodes if p is None and n in amount), Fraction(0))
    whole = total if whole is None else whole
    share = lambda x: None if whole == 0 else fixed_half_up(x / whole, places)  # noqa: E731
    by = [{"source": n, "amount": plain(amount[n]), "share": share(amount[n]), "unallocated": plain(own[n] - parts[n]) if n in own and n in parts else None} for n, _ in nodes if n in amount]
    return total, share(total), by, own, amount


def aggregate(lines, options):
    unit = options.get("unit") or (lines[0].get("unit", "million-vnd") if lines else "million-vnd")
    version = taxonomy_of(lines, options.get("taxonomy"))
    nodes = tree(version)
    places = options.get("shareDecimals", 4)
    total, _, by, _, _ = tree_sums(lines, nodes, unit, None, places)
    uses = any("component" in l for l in lines)

    def group(ls):
        t, s, b, _, _ = tree_sums(ls, nodes, unit, total, places)
        return {"amount": plain(t), "share": s, "bySource": b}

    components = [c["id"] for v in DATA["funding"]["versions"] if v["id"] == version for c in v["components"]]
    without = [l for l in lines if "component" not in l]
    return {
        "unit": unit,
        "total": plain(total),
        "lineCount": len(lines),
        "taxonomy": version,
        "bySource": by,
        "byComponent": [{"component": c, **group([l for l in lines if l.get("component") == c])} for c in components if any(l.get("component") == c for l in lines)] if uses else None,
        "withoutComponent": group(without) if uses and without else None,
    }


def reconcile(inp, _options):
    """FUND-RECONCILE."""
    lines, declared = inp["lines"], inp["declared"]
    unit = inp.get("unit") or (lines[0].get("unit", "million-vnd") if lines else "million-vnd")
    nodes = tree(taxonomy_of(lines, inp.get("taxonomy")))
    total, _, by, own, amount = tree_sums(lines, nodes, unit, None, 4)
    out = []
    for n, _ in nodes:
        node = next((x for x in by if x["source"] == n), None)
        if node and node["unallocated"] not in (None, "0"):
            out.append({"source": n, "check": "parts", "declared": plain(own[n]), "computed": plain(own[n] - Fraction(Decimal(node["unallocated"]))), "difference": node["unallocated"]})
        if n in declared:
            computed = amount.get(n, Fraction(0))
            stated = read_amount(declared[n])
            if stated != computed:
                out.append({"source": n, "check": "declared", "declared": plain(stated), "computed": plain(computed), "difference": plain(stated - computed)})
    if "total" in declared:
        stated = read_amount(declared["total"])
        if stated != total:
            out.append({"source": "total", "check": "declared", "declared": plain(stated), "computed": plain(total), "difference": plain(stated - total)})
    return {"discrepancies": out}


def convert(inp, _options):
    """FUND-CONVERT."""
    return {"amount": plain(read_amount(inp["amount"]) * Fraction(10) ** (exponent(inp["from"]) - exponent(inp["to"])))}


def format_amount(inp, options):
    """FUND-FORMAT."""
    lang = options.get("lang", options.get("locale"))
    x = read_amount(inp["amount"])
    s = fixed_half_up(x, options["decimals"]) if "decimals" in options else plain(x)
    sign = "-" if s.startswith("-") else ""
    int_part, _, frac = s.lstrip("-").partition(".")
    group, point = (".", ",") if lang == "vi" else (",", ".")
    grouped = ""
    while len(int_part) > 3:
        grouped = group + int_part[-3:] + grouped
        int_part = int_part[:-3]
    text = sign + int_part + grouped + (point + frac if frac else "")
    if "unit" in options:
        text += " " + DATA["funding"]["unitNames"][options["unit"]][lang]
    return {"text": text}


# --- Programme targets (§7a) ---------------------------------------------------------------------


def target(id_):
    t = next((t for t in DATA["targets"]["targets"] if t["id"] == id_), None)
    if t is None:
        raise NotCovered("unknown target: an error")
    return t


def target_count(inp, options):
    """PROG-COUNT, PROG-BASE."""
    t = target(inp["target"])
    v, of = t["value"], inp["of"]
    base = options.get("base") if v["base"] == "unclear" else v["base"]
    x = Fraction(Decimal(v["percent"])) * of / 100
    count = -((-x.numerator) // x.denominator)
    return {"target": t["id"], "percent": v["percent"], "base": base, "of": of, "exact": plain(x), "count": count, "approximate": t["qualifier"] == "about", "qualifier": t["qualifier"]}


def summary_target(inp, options):
    """PROG-SUMMARY-TARGET."""
    t = target(inp["target"])
    if t["measure"] == "communes-meeting-standard":
        return {"meetingStandard": target_count({"target": t["id"], "of": options["communes"]}, {})["count"]}
    return {"minimum": t["value"]["criteria"]}


class NotCovered(Exception):
    pass


FUNCTIONS = {
    "evaluateCommune": lambda i, o: evaluate_kind("commune", i, o),
    "evaluate": lambda i, o: evaluate_kind(i["subject"]["kind"], i["input"], o) if set(i["subject"]) <= {"kind", "province"} else evaluate(i["subject"], i["input"], o),
    "getCriteriaSet": get_criteria_set,
    "effectiveRegion": lambda i, o: {"region": special_column(i), "adjusted": special_column(i) != i.get("region")},
    "classifyCommuneGroup": lambda i, o: dict(zip(("group", "conflict"), classify_group(i, o.get("resolveConflict")))),
    "classifyCriteriaCount": classify_count,
    "summarizeCommunes": summarize,
    "roundHalfUp": round_half_up,
    "aggregateFunding": aggregate,
    "reconcileFunding": reconcile,
    "convertAmount": convert,
    "formatAmount": format_amount,
    "getProgrammeTarget": lambda i, o: {k: target(i["id"])[k] for k in ("id", "year", "measure", "value", "qualifier")},
    "targetCommuneCount": target_count,
    "programmeSummaryTarget": summary_target,
}


def mismatches(expected, actual, path="$"):
    """docs/conformance.md §Comparison."""
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {json.dumps(expected)[:200]}, got {json.dumps(actual)[:200]}"]
        return [m for i, (e, a) in enumerate(zip(expected, actual)) for m in mismatches(e, a, f"{path}[{i}]")]
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {json.dumps(actual)[:200]}"]
        out = [f"{path}.{k}: not expected" for k in actual if k not in expected]
        for k, v in expected.items():
            out += [f"{path}.{k}: missing"] if k not in actual else mismatches(v, actual[k], f"{path}.{k}")
        return out
    same = expected == actual and type(expected) is type(actual) if isinstance(expected, bool) or isinstance(actual, bool) else expected == actual
    return [] if same else [f"{path}: expected {json.dumps(expected)}, got {json.dumps(actual)}"]


def main(data_dir, conformance_dir):
    DATA["dir"] = data_dir
    DATA["sets"] = load(data_dir, "data/sets.json")
    DATA["schemes"] = load(data_dir, "data/bucket-schemes.json")
    DATA["funding"] = load(data_dir, "data/funding-taxonomy.json")
    DATA["targets"] = load(data_dir, "data/programme-targets.json")
    report = {"passed": 0, "failed": [], "notCovered": {}}
    for name in sorted(f for f in os.listdir(conformance_dir) if f.endswith(".json")):
        with open(os.path.join(conformance_dir, name), encoding="utf-8") as f:
            cases = json.load(f)["cases"]
        for c in cases:
            fn = FUNCTIONS.get(c["function"])
            why = None
            if fn is None:
                why = f"function {c['function']}"
            elif isinstance(c["expected"], dict) and "error" in c["expected"]:
                why = "error vectors"
            if why is None:
                try:
                    actual = json.loads(json.dumps(fn(c["input"], c["options"])))
                except NotCovered as e:
                    why = str(e)
            if why is not None:
                report["notCovered"][why] = report["notCovered"].get(why, 0) + 1
                continue
            diff = mismatches(c["expected"], actual)
            if diff:
                report["failed"].append({"name": c["name"], "mismatches": diff[:5]})
            else:
                report["passed"] += 1
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if report["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
