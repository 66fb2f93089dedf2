"""Plans (docs/spec.md §8): parsePlan's checks (PLAN-PARSE, PLAN-SET, PLAN-SET-FIGURES, PLAN-SCHEME,
PLAN-FUNDING-TAXONOMY, PLAN-OPTIONS) and checkPlan's findings (§8.1, §8.2, PLAN-ORDER). Written
from the spec and the published data alone."""
import json
import math
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

from ntm_common import DATA, Issues, check_options, fail, fixed_half_up, is_day, is_number, plain, schema, validate, whole_in
from ntm_eval import set_file, set_versions, version_on
from ntm_funding import roll_up, tree, version_ids
from ntm_scoring import national_scheme, read_scheme

BLOCKS = ("baseline", "target")
FIGURES = ("meetingStandard", "averageCriteria", "buckets", "criteria", "advanced", "model", "modern")
SEVERITY = {"error": 0, "warning": 1, "info": 2}
CHECKS = ("funding", "buckets", "averages against buckets", "averages against criteria", "criterion bounds", "recognition arithmetic", "recognised target", "named lists", "completion", "year over year", "label years", "floor target", "period")
DEFAULTS = {"averageRoundingUnits": 0.5, "fundingTolerance": "0", "maxCriterionIncreaseShare": 0.2, "maxCriterionIncrease": 20, "floorTarget": {"criteria": 15, "byYear": 2025, "fromYear": 2021}}


# --- Reading the plan (PLAN-PARSE) ----------------------------------------------------------------


def normalise(v):
    """PLAN-PARSE: texts NFC-normalised and trimmed."""
    if isinstance(v, str):
        return unicodedata.normalize("NFC", v).strip()
    if isinstance(v, list):
        return [normalise(x) for x in v]
    if isinstance(v, dict):
        return {k: normalise(x) for k, x in v.items()}
    return v


def ancestors(source):
    parents = {x["id"]: x["parent"] for x in DATA["funding"]["sources"]}
    out = []
    while parents.get(source) is not None:
        source = parents[source]
        out.append(source)
    return out


def walk_lines(lines, path):
    """Funding lines depth first, parents before parts: (line, path, parent line or None)."""
    for i, l in enumerate(lines):
        at = list(path) + [i]
        yield l, at, None
        for sub in walk_parts(l, at):
            yield sub


def walk_parts(line, at):
    for j, p in enumerate(line.get("parts", [])):
        pat = at + ["parts", j]
        yield p, pat, line
        for sub in walk_parts(p, pat):
            yield sub


def parse(plan):
    """PLAN-PARSE: the plan's shape (data/schemas/plan.json), days, parts under their line."""
    if isinstance(plan, str):
        try:
            plan = json.loads(plan)
        except ValueError:
            fail("invalid-input")
    if not isinstance(plan, dict):
        fail("invalid-input")
    plan = normalise(plan)
    issues = Issues()
    issues.extend(validate(schema("plan"), plan))
    if isinstance(plan.get("document"), dict) and isinstance(plan["document"].get("date"), str) and not is_day(plan["document"]["date"]):
        issues.add("document", "date")
    if issues:
        issues.raise_if()
    for b in BLOCKS:
        seen = set()
        for i, c in enumerate(plan.get(b, {}).get("criteria", [])):
            if c["criterion"] in seen:
                issues.add(b, "criteria", i, "criterion")
            seen.add(c["criterion"])
    for line, at, parent in walk_lines(plan.get("funding", {}).get("lines", []), ["funding", "lines"]):
        if parent is not None and parent["source"] not in ancestors(line["source"]):
            issues.add(*at, "source")
        if parent is not None and "component" in parent and "component" in line and line["component"] != parent["component"]:
            issues.add(*at, "component")
    issues.raise_if()
    return plan


# --- Options (PLAN-OPTIONS) -------------------------------------------------------------------------


def read_options(options):
    options = check_options(options, ("scheme",) + tuple(DEFAULTS))
    issues = Issues()
    out = dict(DEFAULTS)
    for k, v in options.items():
        if k == "scheme":
            continue
        if k == "averageRoundingUnits":
            ok = is_number(v) and 0 <= v <= 1000
        elif k == "fundingTolerance":
            ok = isinstance(v, str) and len(v) <= 200 and re.match(r"^\d+(\.\d+)?$", v) is not None
        elif k == "maxCriterionIncreaseShare":
            ok = is_number(v) and 0 <= v <= 100
        elif k == "maxCriterionIncrease":
            ok = is_number(v) and 0 <= v <= 1000000
        else:
            ok = v is False or (isinstance(v, dict) and set(v) <= {"criteria", "byYear", "fromYear"} and whole_in(v.get("criteria"), 0, 1000) and whole_in(v.get("byYear"), 1900, 2100) and whole_in(v.get("fromYear"), 1900, 2100) and v["fromYear"] <= v["byYear"])
        if ok:
            out[k] = v
        else:
            issues.add("options", k)
    issues.raise_if()
    out["scheme"] = read_scheme(options["scheme"], ["options", "scheme"]) if options.get("scheme") is not None else None
    out["fundingTolerance"] = Fraction(Decimal(out["fundingTolerance"]))
    return out


# --- Sets and schemes (PLAN-SET, PLAN-SET-FIGURES, PLAN-SCHEME, PLAN-FUNDING-TAXONOMY) ---------------


def period_of(year):
    return next((p["id"] for p in DATA["periods"]["periods"] if "fromYear" in p and p["fromYear"] <= year <= p["toYear"]), None)


def set_of_year(year):
    """The commune set governing a plan year (PLAN-SET)."""
    s = version_on("commune", f"{year:04d}-12-31")
    if s is not None:
        return s
    for p in DATA["periods"]["periods"]:
        if p.get("encoded") and "fromYear" in p and p["fromYear"] <= year <= p["toYear"]:
            firsts = [e for e in set_versions("commune") if e["period"]["fromYear"] == p["fromYear"] and e["period"]["toYear"] == p["toYear"]]
            return set_file(firsts[0]) if firsts else None
    return None


def block_year(plan, b):
    """PLAN-BLOCK-YEAR."""
    block = plan.get(b, {})
    if "year" in block:
        return block["year"]
    return plan["year"] if b == "target" else plan["year"] - 1


def sets_and_schemes(plan, opts):  # noqa: C901
    """Each stated block's set and scheme, or the issues that refuse the plan."""
    issues = Issues()
    info = {}
    plan_set = set_of_year(plan["year"])
    for b in BLOCKS:
        if b not in plan:
            continue
        block = plan[b]
        figures = any(k in block for k in FIGURES)
        s = None
        if "criteriaSet" in block:
            entry = next((e for e in set_versions("commune") if e["id"] == block["criteriaSet"]), None)
            if entry is None:
                issues.add(b, "criteriaSet")
                continue
            s = set_file(entry)
        elif figures and period_of(block_year(plan, b)) != period_of(plan["year"]):
            issues.add(b, "criteriaSet")
            continue
        else:
            s = plan_set
            if s is None and figures:
                issues.add("year")
        if s is not None:
            codes = {c["code"] for c in s["criteria"]}
            for i, c in enumerate(block.get("criteria", [])):
                if c["criterion"] not in codes:
                    issues.add(b, "criteria", i, "criterion")
            if "averageCriteria" in block and Fraction(Decimal(block["averageCriteria"])) > len(s["criteria"]):
                issues.add(b, "averageCriteria")
            info[b] = {"set": s, "year": block_year(plan, b)}
    if "funding" in plan:
        year = plan["year"]
        if year > 2035:
            issues.add("funding")
        else:
            version = "2026-2035" if year >= 2026 else "2021-2025"
            ids = version_ids(version)
            comps = [c["id"] for v in DATA["funding"]["versions"] if v["id"] == version for c in v["components"]]
            for line, at, parent in walk_lines(plan["funding"]["lines"], ["funding", "lines"]):
                if line["source"] not in ids:
                    issues.add(*at, "source")
                if "component" in line and not comps:
                    issues.add(*at, "component")
    issues.raise_if()
    # A block without a set of its own (no figures, or absent) takes the other block's, else the
    # newest 2021-2025 set: nothing is counted on it.
    fallback = info.get("target") or info.get("baseline")
    if fallback is None or fallback["set"] is None:
        fallback = {"set": set_of_year(2025)}
    for b in BLOCKS:
        if b not in info or info[b]["set"] is None:
            info[b] = {"set": fallback["set"], "year": block_year(plan, b)}
        s = info[b]["set"]
        total = len(s["criteria"])
        scheme = None
        if opts["scheme"] is not None and opts["scheme"]["criteriaTotal"] == total:
            scheme = opts["scheme"]
        elif total == 19:
            scheme = national_scheme()
        info[b].update(total=total, scheme=scheme)
    return info


def check_scheme_fits(plan, info, opts):
    """PLAN-SCHEME: a scheme given that fits no block stating buckets."""
    if opts["scheme"] is not None:
        stating = [b for b in BLOCKS if "buckets" in plan.get(b, {})]
        if stating and not any(info[b]["total"] == opts["scheme"]["criteriaTotal"] for b in stating):
            fail("invalid-input", "options", "scheme")


# --- What a block's figures imply (§8.1) ----------------------------------------------------------


def named_count(x):
    """A stated count, else the number of names, else None."""
    if not isinstance(x, dict):
        return None
    if "count" in x:
        return x["count"]
    if "communes" in x:
        return len(x["communes"])
    if "names" in x:
        return len(x["names"])
    return None


def figures(plan, b, bi, opts):
    block = plan[b]
    n = plan.get("communes")
    scheme = bi["scheme"]
    ms = block.get("meetingStandard", {})
    f = {"n": n, "rec": None, "buckets": None, "criteria": None, "rows": None, "statedSum": None, "remainder": None, "unknown": [], "top": None}
    buckets = block.get("buckets")
    top = None
    if scheme:
        top = next(x for x in scheme["buckets"] if x["min"] == scheme["criteriaTotal"])
        f["top"] = top
    if buckets is not None and top is not None and top["id"] in buckets:
        f["rec"] = buckets[top["id"]]
    elif "total" in ms:
        f["rec"] = ms["total"]
    rec = f["rec"]
    if scheme and buckets is not None:
        rows = []
        for x in scheme["buckets"]:
            if x["id"] in buckets:
                rows.append((x, buckets[x["id"]], "stated"))
            elif x is top and rec is not None:
                rows.append((x, rec, "recognised"))
            else:
                rows.append((x, None, "unknown"))
        stated = sum(c for _, c, how in rows if how != "unknown")
        remainder = None if n is None else n - stated
        unknown = [x for x, _, how in rows if how == "unknown"]
        if remainder is not None and remainder >= 0 and len(unknown) == 1:
            rows = [(x, remainder, "implied") if how == "unknown" else (x, c, how) for x, c, how in rows]
        elif remainder == 0:
            rows = [(x, 0, "implied") if how == "unknown" else (x, c, how) for x, c, how in rows]
        f.update(rows=rows, statedSum=stated, remainder=remainder, unknown=unknown)
        ids = {x["id"] for x in scheme["buckets"]}
        if all(k in ids for k in buckets) and ((remainder is not None and remainder >= 0) or not unknown):
            known = [(x, c) for x, c, how in rows if how != "unknown"]
            lo = sum(c * x["min"] for x, c in known)
            hi = sum(c * x["max"] for x, c in known)
            still = [x for x, _, how in rows if how == "unknown"]
            if still:
                lo += remainder * min(x["min"] for x in still)
                hi += remainder * max(x["max"] for x in still)
            f["buckets"] = (lo, hi)
    total = bi["total"]
    crit = block.get("criteria")
    if crit and total is not None:
        stated_codes = {c["criterion"] for c in crit}
        csum = sum(c["communes"] for c in crit)
        unstated = sum(1 for c in bi["set"]["criteria"] if c["code"] not in stated_codes)
        if unstated == 0 or n is not None:
            f["criteria"] = (csum + unstated * min(rec or 0, n or 0), csum + unstated * (n or 0))
    avg = block.get("averageCriteria")
    f["average"] = None
    if avg is not None and n is not None and n > 0:
        k = len(avg.split(".")[1]) if "." in avg else 0
        a = Fraction(Decimal(avg))
        u = Fraction(Decimal(repr(opts["averageRoundingUnits"]))) * Fraction(1, 10**k)
        lo = max(0, math.ceil((a - u) * n))
        hi = math.floor((a + u) * n)
        f["average"] = (lo, hi)
    return f


def as_averages(r, n):
    return f"{fixed2(Fraction(r[0], n))}–{fixed2(Fraction(r[1], n))}"


def fixed2(x):
    return fixed_half_up(x, 2)


def gap(allowed, other):
    """The signed gap between two disjoint ranges, or None when they meet."""
    if allowed[0] > other[1]:
        return allowed[0] - other[1]
    if allowed[1] < other[0]:
        return allowed[1] - other[0]
    return None


# --- Findings (§8.2) -----------------------------------------------------------------------------


TONES = "\u0300\u0301\u0303\u0309\u0323"


def fold(s):
    """PLAN-ADVANCED-NEWLY-RECOGNISED: NFD, lower case, words split on white space, each word's tone
    marks moved (sorted) to its end, NFC: "Thuỷ" and "Thủy" compare equal, "Pha" and "Phà" do not."""
    words = unicodedata.normalize("NFD", s).lower().split()
    out = []
    for w in words:
        tones = sorted(ch for ch in w if ch in TONES)
        out.append(unicodedata.normalize("NFC", "".join(ch for ch in w if ch not in TONES) + "".join(tones)))
    return " ".join(out)


YEAR_LABEL = re.compile(r"năm\s+(\d{4})(?!\s*[-–]\s*\d)", re.IGNORECASE)


def check_plan(inp, options):
    plan = parse(inp)
    sets_and_schemes(plan, {"scheme": None})
    opts = read_options(options)
    info = sets_and_schemes(plan, opts)
    check_scheme_fits(plan, info, opts)
    found = {c: [] for c in CHECKS}

    def add(check, code, severity, path, expected=None, actual=None, difference=None):
        found[check].append({"code": code, "severity": severity, "path": list(path), "expected": expected, "actual": actual, "difference": difference})

    tol = opts["fundingTolerance"]
    n = plan.get("communes")
    # funding
    if "funding" in plan:
        fund = plan["funding"]
        nodes = tree("2026-2035" if plan["year"] >= 2026 else "2021-2025")
        for line, at, _ in walk_lines(fund["lines"], ["funding", "lines"]):
            if "parts" not in line:
                continue
            flat = [(p["source"], p["amount"]) for p, _, _ in walk_parts(line, at)]
            parts = tree_amount(flat, nodes).get(line["source"], Fraction(0))
            amount = Fraction(Decimal(line["amount"]))
            if line.get("partsComplete") is False:
                if parts - amount > tol:
                    add("funding", "funding-parts-exceed", "error", at + ["amount"], plain(parts), plain(amount), plain(amount - parts))
            elif abs(amount - parts) > tol:
                add("funding", "funding-subtotal-mismatch", "error", at + ["amount"], plain(parts), plain(amount), plain(amount - parts))
        if "total" in fund:
            amounts = tree_amount([(l["source"], l["amount"]) for l in fund["lines"]], nodes)
            lines_total = sum((amounts[x] for x, p in nodes if p is None and x in amounts), Fraction(0))
            total = Fraction(Decimal(fund["total"]["amount"]))
            if abs(total - lines_total) > tol:
                add("funding", "funding-total-mismatch", "error", ["funding", "total", "amount"], plain(lines_total), plain(total), plain(total - lines_total))
    figs = {b: figures(plan, b, info[b], opts) for b in BLOCKS if b in plan}
    for b in BLOCKS:
        if b not in figs:
            continue
        block, f, bi = plan[b], figs[b], info[b]
        scheme = bi["scheme"]
        # buckets
        if scheme and "buckets" in block:
            ids = {x["id"] for x in scheme["buckets"]}
            for k in block["buckets"]:
                if k not in ids:
                    add("buckets", "bucket-unknown", "error", [b, "buckets", k], None, k, None)
            ms = block.get("meetingStandard", {})
            top = f["top"]
            if top["id"] in block["buckets"] and "total" in ms and block["buckets"][top["id"]] != ms["total"]:
                add("buckets", "bucket-top-mismatch", "error", [b, "buckets", top["id"]], ms["total"], block["buckets"][top["id"]], block["buckets"][top["id"]] - ms["total"])
            if n is not None:
                r = f["remainder"]
                if r < 0:
                    add("buckets", "buckets-exceed-communes", "error", [b, "buckets"], n, f["statedSum"], -r)
                elif r > 0 and not f["unknown"]:
                    add("buckets", "buckets-sum-mismatch", "error", [b, "buckets"], n, f["statedSum"], -r)
                elif r > 0:
                    add("buckets", "bucket-implied", "info", [b, "buckets"], None, r, None)
        # averages
        allowed = f["average"]
        if allowed is not None:
            avg = block["averageCriteria"]
            if allowed[0] > allowed[1]:
                add("averages against buckets", "average-unattainable", "error", [b, "averageCriteria"], None, avg, None)
            else:
                if f["buckets"] is not None:
                    g = gap(allowed, f["buckets"])
                    if g is not None:
                        add("averages against buckets", "average-outside-buckets", "error", [b, "averageCriteria"], as_averages(f["buckets"], n), avg, g)
                if f["criteria"] is not None:
                    g = gap(allowed, f["criteria"])
                    if g is not None:
                        add("averages against criteria", "average-vs-criteria", "error", [b, "averageCriteria"], as_averages(f["criteria"], n), avg, g)
        if n is not None and n > 0 and f["criteria"] is not None and f["buckets"] is not None:
            g = gap(f["criteria"], f["buckets"])
            if g is not None:
                add("averages against criteria", "criteria-vs-buckets", "error", [b, "criteria"], "%d–%d" % f["buckets"], "%d–%d" % f["criteria"], g)
        # criterion bounds
        rec = f["rec"]
        for i, c in enumerate(block.get("criteria", [])):
            at = [b, "criteria", i]
            count = c["communes"]
            if "outOf" in c and n is not None and c["outOf"] != n:
                add("criterion bounds", "criterion-denominator", "error", at + ["outOf"], n, c["outOf"], c["outOf"] - n)
            if n is not None and count > n:
                add("criterion bounds", "criterion-above-communes", "error", at + ["communes"], n, count, count - n)
            if rec is not None and count < rec:
                add("criterion bounds", "criterion-below-recognised", "error", at + ["communes"], rec, count, count - rec)
            for j, a in enumerate(c.get("advanced", [])):
                ap = at + ["advanced", j, "communes"]
                if a["communes"] > count:
                    add("criterion bounds", "advanced-above-criterion", "error", ap, count, a["communes"], a["communes"] - count)
                elif rec is not None and a["communes"] > rec:
                    add("criterion bounds", "advanced-above-recognised", "warning", ap, rec, a["communes"], a["communes"] - rec)
    # recognition arithmetic, recognised target (PLAN-CROSS-YEAR)
    comparable = info["baseline"]["total"] == info["target"]["total"]
    if "target" in figs:
        t = plan["target"]
        ms = t.get("meetingStandard", {})
        base = plan.get("baseline", {}).get("meetingStandard", {}).get("total")
        new = named_count(ms.get("newlyRecognised"))
        if comparable:
            if "total" in ms and "maintained" in ms and new is not None and ms["maintained"] + new != ms["total"]:
                s = ms["maintained"] + new
                add("recognition arithmetic", "recognised-sum-mismatch", "error", ["target", "meetingStandard", "total"], s, ms["total"], ms["total"] - s)
            if "maintained" in ms and base is not None:
                m = ms["maintained"]
                if m > base:
                    add("recognition arithmetic", "maintained-above-baseline", "error", ["target", "meetingStandard", "maintained"], base, m, m - base)
                elif m < base:
                    add("recognition arithmetic", "maintained-below-baseline", "info", ["target", "meetingStandard", "maintained"], base, m, m - base)
            if "total" in ms and base is not None and "maintained" not in ms and new is None and ms["total"] < base:
                add("recognition arithmetic", "recognised-decrease", "warning", ["target", "meetingStandard", "total"], base, ms["total"], ms["total"] - base)
        names = {fold(x["name"]) for x in ms.get("newlyRecognised", {}).get("communes", [])}
        if names:
            for i, x in enumerate(t.get("advanced", {}).get("communes", [])):
                if fold(x["name"]) in names:
                    add("recognition arithmetic", "advanced-newly-recognised", "info", ["target", "advanced", "communes", i], None, x["name"], None)
        if comparable and "total" in ms and new is not None and "maintained" not in ms and base is not None:
            s = base + new
            if ms["total"] > s:
                add("recognised target", "recognised-target-above-sum", "error", ["target", "meetingStandard", "total"], s, ms["total"], ms["total"] - s)
            elif ms["total"] < s:
                add("recognised target", "recognised-target-below-sum", "warning", ["target", "meetingStandard", "total"], s, ms["total"], ms["total"] - s)
    for b in BLOCKS:
        if b not in figs:
            continue
        block = plan[b]
        # named lists
        lists = [(block.get("meetingStandard", {}).get("newlyRecognised"), ["meetingStandard", "newlyRecognised"], "communes"), (block.get("advanced"), ["advanced"], "communes"), (block.get("model"), ["model"], "communes"), (block.get("districtsCompleting"), ["districtsCompleting"], "names")]
        for x, at, key in lists:
            if isinstance(x, dict) and "count" in x and key in x and len(x[key]) != x["count"]:
                add("named lists", "list-length-mismatch", "error", [b] + at + [key], x["count"], len(x[key]), len(x[key]) - x["count"])
        v = block.get("villages", {})
        if "total" in v and "byDistrict" in v:
            s = sum(d["count"] for d in v["byDistrict"])
            if s != v["total"]:
                add("named lists", "villages-sum-mismatch", "error", [b, "villages", "total"], s, v["total"], v["total"] - s)
        # completion
        crit = block.get("criteria")
        if crit:
            planned = named_count(block.get("advanced"))
            counts = [a["communes"] for c in crit for a in c.get("advanced", [])]
            if planned is not None and counts and min(counts) < planned:
                add("completion", "completion-exceeds-criterion", "warning", [b, "advanced", "count"], "≤ %d" % min(counts), planned, planned - min(counts))
            planned = named_count(block.get("districtsCompleting"))
            counts = [c["district"]["districts"] for c in crit if "district" in c]
            if planned is not None and counts and min(counts) < planned:
                add("completion", "completion-exceeds-criterion", "warning", [b, "districtsCompleting", "count"], "≤ %d" % min(counts), planned, planned - min(counts))
    # year over year
    if comparable and "baseline" in plan and "target" in plan:
        before = {}
        for c in plan["baseline"].get("criteria", []):
            before.setdefault(c["criterion"], c["communes"])
        for i, c in enumerate(plan["target"].get("criteria", [])):
            if c["criterion"] not in before:
                continue
            was, now = before[c["criterion"]], c["communes"]
            at = ["target", "criteria", i, "communes"]
            if c.get("maintained") is True and now != was:
                add("year over year", "maintained-count-changed", "warning", at, was, now, now - was)
            limit = opts["maxCriterionIncreaseShare"] * n if n is not None else opts["maxCriterionIncrease"]
            if now - was > limit:
                add("year over year", "criterion-jump", "warning", at, "≤ %d" % (was + math.floor(limit)), now, now - was)
            elif now < was:
                add("year over year", "criterion-decrease", "info", at, "≥ %d" % was, now, now - was)
    # label years
    for text, path, year in labels(plan):
        for m in YEAR_LABEL.finditer(text):
            y = int(m.group(1))
            if y != year:
                add("label years", "label-year-mismatch", "warning", path, year, y, y - year)
    # floor target
    floor = opts["floorTarget"]
    if floor is not False and "target" in figs and info["target"]["scheme"] and "buckets" in plan["target"]:
        ti = info["target"]
        period = ti["set"]["period"]
        if floor["fromYear"] <= ti["year"] <= floor["byYear"] and period["fromYear"] <= floor["byYear"] and period["toYear"] >= floor["fromYear"] and ti["total"] >= floor["criteria"]:
            below = sum(c for x, c, how in figs["target"]["rows"] if x["max"] < floor["criteria"] and how != "unknown")
            if below > 0:
                add("floor target", "below-floor-target", "info", ["target", "buckets"], 0, below, below)
    # period
    for b in BLOCKS:
        if b not in figs:
            continue
        block, bi, f = plan[b], info[b], figs[b]
        if "buckets" in block and bi["scheme"] is None:
            add("period", "bucket-scheme-missing", "warning", [b, "buckets"], None, ", ".join(block["buckets"]), None)
        modern_period = bi["set"] is not None and bi["set"]["period"]["fromYear"] >= 2026
        if modern_period:
            if "advanced" in block:
                add("period", "tier-not-in-period", "warning", [b, "advanced"])
            if "model" in block:
                add("period", "tier-not-in-period", "warning", [b, "model"])
            for i, c in enumerate(block.get("criteria", [])):
                if "advanced" in c:
                    add("period", "tier-not-in-period", "warning", [b, "criteria", i, "advanced"])
        modern = named_count(block.get("modern"))
        if modern is not None:
            if bi["set"] is not None and not modern_period:
                add("period", "modern-not-in-period", "warning", [b, "modern"], None, modern, None)
            if f["rec"] is not None and modern > f["rec"]:
                add("period", "modern-above-recognised", "error", [b, "modern"], "≤ %d" % f["rec"], modern, modern - f["rec"])
        if bi["year"] >= 2026:
            if "districtsCompleting" in block:
                add("period", "no-district-level", "error", [b, "districtsCompleting"])
            for i, c in enumerate(block.get("criteria", [])):
                if "district" in c:
                    add("period", "no-district-level", "error", [b, "criteria", i, "district"])
    if "baseline" in plan and "target" in plan:
        sb, st = info["baseline"]["set"], info["target"]["set"]
        if sb is not None and st is not None and sb["id"] != st["id"] and len(sb["criteria"]) != len(st["criteria"]):
            add("period", "criteria-set-changed", "info", ["baseline", "criteriaSet"], st["id"], sb["id"], None)
    ordered = [x for c in CHECKS for x in found[c]]
    ordered.sort(key=lambda x: SEVERITY[x["severity"]])
    return {"findings": ordered}


def tree_amount(pairs, nodes):
    """FUND-TREE amounts of (source, amount) lines: own lines win over their parts."""
    own = {}
    for source, amount in pairs:
        own[source] = own.get(source, 0) + Fraction(Decimal(amount))
    return roll_up(own, nodes)[0]


def labels(plan):
    """PLAN-LABEL-YEAR-MISMATCH: (text, path, the year its figure belongs to), in scan order."""
    year = plan["year"]
    out = []
    if "title" in plan:
        out.append((plan["title"], ["title"], year))
    for b in BLOCKS:
        if b not in plan:
            continue
        block = plan[b]
        by = block_year(plan, b)
        ms = block.get("meetingStandard", {})
        for x, at in ((ms, ["meetingStandard"]), (ms.get("newlyRecognised", {}), ["meetingStandard", "newlyRecognised"]), (block.get("advanced", {}), ["advanced"]), (block.get("model", {}), ["model"]), (block.get("villages", {}), ["villages"]), (block.get("districtsCompleting", {}), ["districtsCompleting"])):
            if "label" in x:
                out.append((x["label"], [b] + at + ["label"], by))
        for i, c in enumerate(block.get("criteria", [])):
            if "label" in c:
                out.append((c["label"], [b, "criteria", i, "label"], by))
    fund = plan.get("funding", {})
    if "label" in fund.get("total", {}):
        out.append((fund["total"]["label"], ["funding", "total", "label"], year))
    for line, at, _ in walk_lines(fund.get("lines", []), ["funding", "lines"]):
        if "label" in line:
            out.append((line["label"], at + ["label"], year))
    if "label" in plan.get("projects", {}):
        out.append((plan["projects"]["label"], ["projects", "label"], year))
    return out
