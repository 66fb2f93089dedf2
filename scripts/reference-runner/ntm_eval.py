"""Sets, evaluation, districts, columns and recognition (docs/spec.md §2-§4, §7), with their
validation steps and error paths (§1.1). Written from the spec and the published data alone."""
import os
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext

from ntm_common import DATA, Issues, NtmError, check_options, fail, is_day, is_number, is_whole, load, schema, validate, whole_in

NATIONAL_KINDS = ("commune", "advanced-commune", "model-commune", "district", "advanced-district", "special-district", "town")
PROVINCIAL_KINDS = ("village", "modern-commune")
REGIONS = ("TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL")
GROUP_COLUMNS = ("G1", "G2", "G3")


# --- Sets (§2) -----------------------------------------------------------------------------------


def set_versions(kind):
    return [s for s in DATA["sets"]["sets"] if s["kind"] == kind]


def set_file(entry):
    key = "set:" + entry["id"]
    if key not in DATA:
        DATA[key] = load(DATA["dir"], os.path.join("data", entry["file"]))
    return DATA[key]


def version_on(kind, day):
    """SEL-VERSION-BY-DAY."""
    for s in set_versions(kind):
        if s["validFrom"] <= day and (s.get("validUntil") is None or day <= s["validUntil"]):
            return set_file(s)
    return None


def set_columns(s):
    if "columns" in s:
        return s["columns"]
    return "region" if s.get("regional") else "none"


def check_kind(kind, path):
    """SEL-KINDS, SEL-PROVINCIAL."""
    if kind not in NATIONAL_KINDS + PROVINCIAL_KINDS:
        fail("unknown-reference", *path)
    if kind in PROVINCIAL_KINDS:
        fail("no-set-in-force", "options", "province")


def get_criteria_set(inp, options):
    """SEL-OPTIONS, SEL-NEWEST."""
    options = check_options(options, ("asOf", "province"))
    kind = inp["kind"]
    check_kind(kind, ["kind"])
    if "asOf" in options:
        if not is_day(options["asOf"]):
            fail("invalid-input", "options", "asOf")
        s = version_on(kind, options["asOf"])
        if s is None:
            fail("no-set-in-force", "options", "asOf")
    else:
        s = set_file(set_versions(kind)[-1])
    return {"id": s["id"], "kind": s["kind"], "province": s.get("province"), "validFrom": s["validFrom"], "validUntil": s.get("validUntil"), "period": s["period"], "columns": set_columns(s), "criteriaCount": len(s["criteria"]), "conditionCount": len(s.get("conditions", []))}


# --- Columns (§3.3, §4) ---------------------------------------------------------------------------


def special_column(inp):
    """COL-SPECIAL-TDMNPB."""
    region = inp.get("region")
    if region != "TDMNPB" and (inp.get("especiallyDifficult") is True or inp.get("safeZone") is True):
        return "TDMNPB"
    return region


def effective_region(inp, _options):
    """COL-EFFECTIVE-REGION."""
    if not isinstance(inp, dict):
        fail("invalid-input")
    issues = Issues()
    if inp.get("region") not in REGIONS:
        issues.add("region")
    for k in ("especiallyDifficult", "safeZone"):
        if k in inp and not isinstance(inp[k], bool):
            issues.add(k)
    issues.raise_if()
    return {"region": special_column(inp), "adjusted": special_column(inp) != inp.get("region")}


GROUP_FACT_KEYS = ("adjacentToUrbanArea", "urbanOriented", "plannedNewUrbanArea", "agricultureSharePercent", "ethnicMinorityArea")


def group_fact_issues(facts, path):
    """GROUP-FACTS."""
    if not isinstance(facts, dict):
        return [list(path)]
    out = []
    for k, v in facts.items():
        if k not in GROUP_FACT_KEYS:
            ok = False
        elif k == "agricultureSharePercent":
            ok = is_number(v) and 0 <= v <= 100
        elif k == "ethnicMinorityArea":
            ok = v in ("I", "II", "III", "none")
        else:
            ok = isinstance(v, bool)
        if not ok:
            out.append(list(path) + [k])
    return out


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


def classify_commune_group(inp, options):
    """GROUP-CLASSIFY with its option resolveConflict (GROUP-CONFLICT)."""
    options = check_options(options, ("resolveConflict",))
    r = options.get("resolveConflict")
    if r is not None:
        ok = isinstance(r, dict) and set(r) <= {"group", "basis"} and r.get("group") in (1, 3) and not isinstance(r.get("group"), bool)
        if not ok or not isinstance(r.get("basis"), str) or not r["basis"].strip():
            fail("invalid-input", "options", "resolveConflict")
    issues = Issues()
    issues.extend(group_fact_issues(inp, ()))
    issues.raise_if()
    return dict(zip(("group", "conflict"), classify_group(inp, r)))


# --- Set definitions and overlays (DEF-SET, EVAL-OVERLAY-*) ----------------------------------------


def value_columns(t):
    return t.get("columns", t.get("regions", "all"))


def set_column_codes(s):
    c = set_columns(s)
    return REGIONS if c == "region" else GROUP_COLUMNS if c == "commune-group" else ()


def fields_of(rule):
    """The field names a compound condition reads."""
    out = []
    if isinstance(rule, dict):
        if "field" in rule:
            out.append(rule["field"])
        if "percentOf" in rule:
            out += [f for f in rule["percentOf"] if isinstance(f, str)]
        for k, v in rule.items():
            if isinstance(v, (list, dict)) and k not in ("percentOf",):
                out += fields_of(v)
    elif isinstance(rule, list):
        for x in rule:
            out += fields_of(x)
    return out


def threshold_issues(values, ind, s, path, indexed):
    """One list of threshold values against the indicator (DEF-SET, EVAL-OVERLAY-VALIDATION,
    EVAL-THRESHOLD-TIES-REFUSED). `values` are completed (EVAL-OVERLAY-DEFAULTS)."""
    out = []
    allowed = set_column_codes(s)
    declared = [f["key"] for f in ind.get("fields", [])] if isinstance(ind.get("fields"), list) else []
    for k, t in enumerate(values):
        at = list(path) + ([k] if indexed else [])
        rule = t.get("rule", {})
        if rule.get("kind") != ind.get("kind"):
            out.append(at + ["rule", "kind"])
        cols = value_columns(t)
        if cols != "all" and any(c not in allowed for c in cols):
            out.append(at + ["columns"])
        if rule.get("kind") == "compound" and any(f not in declared for f in fields_of(rule.get("rule"))):
            out.append(at + ["rule", "rule"])
        if t.get("validUntil") is not None and t["validUntil"] < t["validFrom"]:
            out.append(at + ["validUntil"])
        for j in range(k):
            u = values[j]
            a, b = value_columns(t), value_columns(u)
            if (a == "all") != (b == "all") or t["validFrom"] != u["validFrom"]:
                continue
            if a != "all" and not set(a) & set(b):
                continue
            if "years" in t and "years" in u and not set(t["years"]) & set(u["years"]):
                continue
            out.append(at)
            break
    return out


def day_fields(v, path):
    """Days written in a set or overlay must exist (CONV-DAY)."""
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if k in ("validFrom", "validUntil") and isinstance(x, str) and not is_day(x):
                out.append(list(path) + [k])
            elif isinstance(x, (dict, list)) and k != "rule":
                out += day_fields(x, list(path) + [k])
    elif isinstance(v, list):
        for i, x in enumerate(v):
            out += day_fields(x, list(path) + [i])
    return out


def check_definition(s, root):
    """DEF-SET: raises invalid-definition with paths under `root`."""
    shape = validate(schema("criteria-set"), s) if isinstance(s, dict) else [[]]
    shape += day_fields(s, []) if isinstance(s, dict) else []
    if shape:
        raise NtmError("invalid-definition", [list(root) + p for p in shape])
    out = []
    if not s["criteria"] and not s.get("conditions"):
        out.append(["criteria"])
    if s.get("validUntil") is not None and s["validUntil"] < s["validFrom"]:
        out.append(["validUntil"])
    seen_c, seen_i = set(), set()
    for i, c in enumerate(s["criteria"]):
        if c["code"] in seen_c:
            out.append(["criteria", i, "code"])
        seen_c.add(c["code"])
        if not c.get("indicators") and "missingIndicators" not in c:
            out.append(["criteria", i, "indicators"])
    inds = [(["criteria", i, "indicators", j], ind) for i, c in enumerate(s["criteria"]) for j, ind in enumerate(c.get("indicators", []))]
    inds += [(["conditions", j], ind) for j, ind in enumerate(s.get("conditions", []))]
    for path, ind in inds:
        if ind["code"] in seen_i:
            out.append(path + ["code"])
        seen_i.add(ind["code"])
        has_fields = bool(ind.get("fields"))
        if (ind["kind"] == "compound") != has_fields:
            out.append(path + ["fields"])
        vals = [dict(t, validFrom=t["validFrom"]) for t in ind.get("thresholds", [])]
        out += threshold_issues(vals, ind, s, path + ["thresholds"], True)
    if out:
        raise NtmError("invalid-definition", [list(root) + p for p in out])


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


def overlaps_version(o, s):
    """An overlay whose own validity misses the set version's days is neither applied nor checked
    against the set (EVAL-OVERLAY-KIND, EVAL-OVERLAY-VALIDITY where the spec has it)."""
    starts, ends = o.get("validFrom"), o.get("validUntil")
    return (starts is None or s.get("validUntil") is None or starts <= s["validUntil"]) and (ends is None or ends >= s["validFrom"])


def applies(o, s):
    return o["setKind"] == s["kind"] and overlaps_version(o, s)


def check_overlays(overlays, s):
    """EVAL-OVERLAY-VALIDATION, EVAL-OVERLAY-KIND."""
    base = ["options", "overlays"]
    if not isinstance(overlays, list) or len(overlays) > 50:
        fail("invalid-input", *base)
    issues = Issues()
    ids = set()
    for n, o in enumerate(overlays):
        at = base + [n]
        shape = validate(schema("overlay"), o)
        shape += day_fields(o, [])
        issues.extend(at + p for p in shape)
        if shape:
            continue
        if o.get("validUntil") is not None and "validFrom" in o and o["validUntil"] < o["validFrom"]:
            issues.add(*at, "validUntil")
        if o["id"] in ids:
            issues.add(*at, "id")
        ids.add(o["id"])
    issues.raise_if()
    codes = {ind["code"]: ind for c in s["criteria"] for ind in c.get("indicators", [])}
    codes.update({ind["code"]: ind for ind in s.get("conditions", [])})
    for n, o in enumerate(overlays):
        if not applies(o, s):
            continue
        for code, raw in o["thresholds"].items():
            at = base + [n, "thresholds", code]
            if code not in codes:
                issues.add(*at)
                continue
            listed = isinstance(raw, list)
            vals = [complete_overlay_value(o, v, s) for v in (raw if listed else [raw])]
            issues.extend(threshold_issues(vals, codes[code], s, at, listed))
    issues.raise_if()


# --- The input (EVAL-INPUT-*) ------------------------------------------------------------------------

INPUT_KEYS = ("year", "name", "province", "region", "especiallyDifficult", "safeZone", "group", "groupFacts", "indicators", "conditions", "criteria", "assessment")


def field_type_ok(f, v):
    t = f.get("type")
    if t == "count":
        return is_whole(v) and v >= 0
    if t == "percent":
        return is_number(v) and 0 <= v <= 100
    if t == "number":
        return is_number(v) and v >= 0
    if t == "boolean":
        return isinstance(v, bool)
    return False


def compound_issue(ind, v):
    """EVAL-INPUT-COMPOUND: the key of the first problem, or None."""
    fields = ind.get("fields", [])
    keys = [f["key"] for f in fields]
    for k in v:
        if k not in keys:
            return k
    for f in fields:
        if f["key"] not in v or not field_type_ok(f, v[f["key"]]) or ("min" in f and v[f["key"]] < f["min"]):
            return f["key"]
    for f in fields:
        other = f.get("notGreaterThan")
        if other is not None and v[f["key"]] > v[other]:
            return f["key"]
    return None


def value_issue(ind, v):
    """EVAL-INPUT-VALUES, EVAL-INPUT-NOT-APPLICABLE: None, or a key inside the value, or ()."""
    if v is None:
        return None
    if v == "not-applicable":
        return None if ind.get("ifAny") else ()
    kind = ind["kind"]
    if kind == "boolean":
        ok = isinstance(v, bool)
    elif kind in ("none-allowed", "min-count"):
        ok = is_whole(v) and v >= 0
    elif kind in ("min-percent", "max-percent"):
        ok = is_number(v) and 0 <= v <= 100
    elif kind in ("min-value", "max-value"):
        ok = is_number(v) and v >= 0
    else:
        if not isinstance(v, dict):
            return ()
        k = compound_issue(ind, v)
        return None if k is None else (k,)
    return None if ok else ()


def check_input(s, inp):
    """EVAL-INPUT-*: every problem of the input, one step."""
    if not isinstance(inp, dict):
        fail("invalid-input")
    issues = Issues()
    for k in inp:
        if k not in INPUT_KEYS:
            issues.add(k)
    if not is_whole(inp.get("year")):
        issues.add("year")
    for k in ("name", "province"):
        if k in inp and not isinstance(inp[k], str):
            issues.add(k)
    for k in ("especiallyDifficult", "safeZone"):
        if k in inp and not isinstance(inp[k], bool):
            issues.add(k)
    if "assessment" in inp:
        a = inp["assessment"]
        if not isinstance(a, dict):
            issues.add("assessment")
        else:
            for k, v in a.items():
                if k not in ("by", "decision", "date", "note") or not isinstance(v, str) or not v.strip() or (k == "date" and not is_day(v)):
                    issues.add("assessment", k)
    inds = {i["code"]: i for c in s["criteria"] for i in c.get("indicators", [])}
    conds = {i["code"]: i for i in s.get("conditions", [])}
    for field, defs in (("indicators", inds), ("conditions", conds)):
        if field not in inp:
            continue
        given = inp[field]
        if not isinstance(given, dict):
            issues.add(field)
            continue
        for code, v in given.items():
            if code not in defs:
                issues.add(field, code)
                continue
            bad = value_issue(defs[code], v)
            if bad is not None:
                issues.add(field, code, *bad)
    if "criteria" in inp:
        given = inp["criteria"]
        codes = {c["code"] for c in s["criteria"]}
        if not isinstance(given, dict):
            issues.add("criteria")
        else:
            for code, v in given.items():
                if code not in codes or v not in ("met", "not-met", "unknown"):
                    issues.add("criteria", code)
    columns = set_columns(s)
    if columns == "commune-group":
        for k in ("region", "especiallyDifficult", "safeZone"):
            if k in inp:
                issues.add(k)
        if "group" in inp and (inp["group"] not in (1, 2, 3, None) or isinstance(inp["group"], bool)):
            issues.add("group")
        if "groupFacts" in inp:
            issues.extend(group_fact_issues(inp["groupFacts"], ("groupFacts",)))
            if "group" in inp:
                issues.add("groupFacts")
    else:
        if columns == "region" and "region" not in inp:
            issues.add("region")
        elif "region" in inp and inp["region"] not in REGIONS:
            issues.add("region")
        if "group" in inp:
            issues.add("group")
        elif "groupFacts" in inp:
            issues.add("groupFacts")
    issues.raise_if()


# --- Judging (§3.4-§3.7) --------------------------------------------------------------------------


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


def resolve_threshold(s, ind, k, overlays):
    """EVAL-THRESHOLD-SOURCES, EVAL-THRESHOLD-FALL-THROUGH."""
    for o in reversed(overlays):
        if not applies(o, s) or ind["code"] not in o["thresholds"]:
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
        ok = {">=": lambda: x >= y, ">": lambda: x > y, "<=": lambda: x <= y, "<": lambda: x < y, "==": lambda: x == y}[op]()
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


def strip_labels(v):
    if isinstance(v, list):
        return [strip_labels(x) for x in v]
    if isinstance(v, dict):
        return {k: strip_labels(x) for k, x in v.items() if k != "label"}
    return v


def evaluate_set(s, inp, options):
    """Steps 4-7 of EVAL-STEPS on a known set: the normative projection of the result."""
    check_input(s, inp)
    year = inp["year"]
    period = s["period"]
    if not period["fromYear"] <= year <= period["toYear"]:
        fail("no-set-in-force", "year")
    day = options.get("asOf")
    if day is None:
        day = f"{year:04d}-12-31"
        if s.get("validUntil") and day > s["validUntil"]:
            day = s["validUntil"]
    if day < s["validFrom"] or (s.get("validUntil") and day > s["validUntil"]):
        fail("no-set-in-force", "options", "asOf")
    overlays = options.get("overlays", [])
    check_overlays(overlays, s)
    year = int(year)
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
            group = int(group)
            column = f"G{group}"
    k = {"day": day, "year": year, "column": column, "columnKnown": known}
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
    contradictions = Issues()
    for c in s["criteria"]:
        inds = [one(i, given.get(i["code"]), i["code"] in given) for i in c.get("indicators", [])]
        outs = [i["outcome"] for i in inds]
        outcome = "not-met" if "not-met" in outs else ("unknown" if not inds or "unknown" in outs else "met")
        basis = "indicators"
        a = assessed.get(c["code"])
        if a is not None and outcome == "unknown":
            outcome, basis = a, "assessment"
        elif a is not None and a != outcome:
            contradictions.add("criteria", c["code"])
        counts[outcome] += 1
        reason = "indicators-not-encoded" if basis == "indicators" and outcome == "unknown" and not inds else None
        criteria.append({"code": c["code"], "group": c.get("group"), "outcome": outcome, "basis": basis, "reason": reason, "indicators": inds})
    contradictions.raise_if()
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


def evaluate(subject, inp, options):
    """EVAL-STEPS."""
    options = check_options(options, ("asOf", "overlays"))
    if "asOf" in options and not is_day(options["asOf"]):
        fail("invalid-input", "options", "asOf")
    if isinstance(subject, dict) and set(subject) <= {"kind", "province"} and "kind" in subject:
        if subject["kind"] not in NATIONAL_KINDS + PROVINCIAL_KINDS:
            fail("unknown-reference", "subject", "kind")
        if "province" in subject and not isinstance(subject["province"], str):
            fail("invalid-input", "subject", "province")
        check_kind(subject["kind"], ["subject", "kind"])
        if "asOf" in options:
            s = version_on(subject["kind"], options["asOf"])
            if s is None:
                fail("no-set-in-force", "options", "asOf")
        else:
            year = inp.get("year") if isinstance(inp, dict) else None
            if not whole_in(year, 1000, 9999):
                fail("invalid-input", "year")
            s = version_on(subject["kind"], f"{int(year):04d}-12-31")
            if s is None:
                fail("no-set-in-force", "year")
    else:
        check_definition(subject, ["set"])
        s = subject
    return evaluate_set(s, inp, options)


# --- Districts (§3.10) ----------------------------------------------------------------------------


def share(p, w):
    """DIST-CONDITIONS: the double nearest (100 × p) / w."""
    return (100 * p) / w


def evaluate_district(inp, options):
    """DIST-STEPS, DIST-COUNTS, DIST-CONDITIONS, DIST-RESULT."""
    if not isinstance(inp, dict):
        fail("invalid-input")
    own = dict(schema("district-input"))
    own["properties"] = {k: v for k, v in own["properties"].items() if k != "indicators"}
    own["required"] = [k for k in own.get("required", []) if k != "indicators"]
    issues = Issues()
    issues.extend(validate(own, {k: v for k, v in inp.items() if k != "indicators"}))
    issues.raise_if()
    communes = inp["communes"]
    rec = [c["recognition"] for c in communes]
    counts = {"total": len(rec), "ntm": sum(r in ("ntm", "advanced", "model") for r in rec), "advanced": sum(r in ("advanced", "model") for r in rec), "model": rec.count("model")}
    conditions = {"communes-ntm": share(counts["ntm"], counts["total"]), "communes-advanced": share(counts["advanced"], counts["total"])}
    towns = None
    if "towns" in inp:
        civilised = sum(1 for t in inp["towns"] if t["civilised"] is True)
        towns = {"total": len(inp["towns"]), "civilised": civilised}
        conditions["towns-civilised"] = share(civilised, len(inp["towns"])) if inp["towns"] else "not-applicable"
    if "satisfaction" in inp:
        sat = inp["satisfaction"]
        both = "district" in sat and "lowestCommuneContent" in sat
        conditions["satisfaction"] = {"district": sat["district"], "lowestCommuneContent": sat["lowestCommuneContent"]} if both else None
    ev_input = {"year": inp["year"], "region": inp["region"], "indicators": inp.get("indicators", {}), "conditions": conditions}
    for k in ("name", "province"):
        if k in inp:
            ev_input[k] = inp[k]
    result = evaluate({"kind": "district"}, ev_input, options)
    return {**result, "communes": counts, "towns": towns}


# --- Recognition (§7) -----------------------------------------------------------------------------

COMMUNE_KINDS = ("commune", "advanced-commune", "model-commune")
DISTRICT_KINDS = ("district", "advanced-district", "special-district", "town")
FACT_KEYS = ("decisionDate", "outstandingConstructionDebt", "satisfactionPercent", "requiredSatisfaction", "securityNotComplicated", "securityStandardMet", "securityStandardInForce")


def check_recognition_input(ev, facts):
    """REC-INPUT."""
    issues = Issues()
    if not isinstance(ev, dict):
        fail("invalid-input", "evaluation")
    st = ev.get("set")
    if not isinstance(st, dict) or not isinstance(st.get("id"), str) or not isinstance(st.get("kind"), str):
        issues.add("evaluation", "set")
    if ev.get("status") not in ("meets-standard", "not-met", "undetermined"):
        issues.add("evaluation", "status")
    for k in ("criteriaNotMet", "criteriaUnknown"):
        if not (is_whole(ev.get(k)) and ev[k] >= 0):
            issues.add("evaluation", k)
    if not is_day(ev.get("asOf")):
        issues.add("evaluation", "asOf")
    if facts is not None:
        if not isinstance(facts, dict):
            issues.add("facts")
        else:
            for k, v in facts.items():
                if k not in FACT_KEYS:
                    ok = False
                elif k == "decisionDate":
                    ok = is_day(v)
                elif k == "satisfactionPercent":
                    ok = is_number(v) and 0 <= v <= 100
                elif k == "requiredSatisfaction":
                    ok = isinstance(v, dict) and set(v) <= {"percent", "citation"} and is_number(v.get("percent")) and 0 <= v["percent"] <= 100 and "citation" in v
                else:
                    ok = isinstance(v, bool)
                if not ok:
                    issues.add("facts", k)
    issues.raise_if()


def check_recognition(inp, _options):
    """REC-*."""
    ev, facts = inp.get("evaluation"), inp.get("facts")
    check_recognition_input(ev, facts)
    facts = facts or {}
    kind = ev["set"]["kind"]
    if kind not in COMMUNE_KINDS + DISTRICT_KINDS:
        fail("not-available", "evaluation", "set", "kind")
    day = facts.get("decisionDate", ev["asOf"])
    meets = {"meets-standard": "met", "not-met": "not-met", "undetermined": "unknown"}[ev["status"]]
    conds = []
    if kind in COMMUNE_KINDS:
        starts = ev["set"].get("validFrom")
        modern = (isinstance(starts, str) and starts >= "2026-01-01") or day >= "2026-01-01"
        if modern:
            conds = [("meets-set", meets, "secondary"), ("rules-not-found", "unknown", "unverified")]
        else:
            conds.append(("meets-set", meets, "confirmed"))
            debt = facts.get("outstandingConstructionDebt")
            conds.append(("no-construction-debt", "unknown" if debt is None else ("not-met" if debt else "met"), "confirmed"))
            pct, req = facts.get("satisfactionPercent"), facts.get("requiredSatisfaction")
            conds.append(("satisfaction", "unknown" if pct is None or req is None else ("met" if pct >= req["percent"] else "not-met"), "confirmed"))
            conds.append(("security-standard", security(facts, day), "secondary"))
    else:
        conds.append(("meets-set", meets, "secondary"))
        debt = facts.get("outstandingConstructionDebt")
        conds.append(("no-construction-debt", "unknown" if debt is None else ("unknown" if debt else "met"), "unverified"))
        conds.append(("conditions-not-read", "unknown", "unverified"))
    outs = [o for _, o, _ in conds]
    grantable = False if "not-met" in outs else ("undetermined" if "unknown" in outs else True)
    return {"grantable": grantable, "kind": kind, "decisionDate": day, "conditions": [{"code": c, "outcome": o, "basis": b} for c, o, b in conds]}


def security(facts, day):
    """REC-SECURITY."""
    in_force = facts.get("securityStandardInForce")
    issued, replaced = facts.get("securityNotComplicated"), facts.get("securityStandardMet")
    tri = lambda v: "unknown" if v is None else ("met" if v else "not-met")  # noqa: E731
    if in_force is False or (in_force is None and day < "2024-01-01"):
        return tri(issued)
    if in_force is True:
        return tri(replaced)
    if issued is True and replaced is True:
        return "met"
    if issued is False and replaced is False:
        return "not-met"
    return "unknown"
