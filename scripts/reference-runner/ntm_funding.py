"""Funding (docs/spec.md §6): exact sums over the source tree, units, shares, reconciliation,
conversion and formatting, with their validation and error paths. Written from the spec and the
published data alone."""
from fractions import Fraction

from ntm_common import DATA, Issues, check_options, fail, fixed_half_up, is_whole, parse_amount, plain, read_amount, whole_in

LINE_KEYS = ("source", "amount", "unit", "label", "year", "component")


def exponent(unit):
    return DATA["funding"]["unitNames"][unit]["exponent"]


def units():
    return DATA["funding"]["unitNames"]


def version_ids(version):
    return {x["id"] for v in DATA["funding"]["versions"] if v["id"] == version for x in v["sources"]}


def version_of_year(year):
    return "2026-2035" if year >= 2026 else "2021-2025"


def tree(version):
    """The version's nodes (id, parent), in the order of the 2021-2025 tree."""
    ids = version_ids(version)
    return [(x["id"], x["parent"]) for x in DATA["funding"]["sources"] if x["id"] in ids]


def components(version):
    return [c["id"] for v in DATA["funding"]["versions"] if v["id"] == version for c in v["components"]]


def check_lines(lines, unit_option, allow_negative, taxonomy_option, path=("lines",)):
    """FUND-LINES, FUND-UNITS, FUND-TAXONOMY, FUND-COMPONENTS: (lines, unit, version) or an error."""
    if not isinstance(lines, list):
        fail("invalid-input", *path)
    issues = Issues()
    all_ids = {x["id"] for x in DATA["funding"]["sources"]}
    version = taxonomy_option
    version_line = None
    if version is None:
        for i, l in enumerate(lines):
            if isinstance(l, dict) and is_whole(l.get("year")):
                version, version_line = version_of_year(l["year"]), i
                break
        version = version or "2021-2025"
    ids = version_ids(version)
    first_unit = None
    other_version_reported = False
    for i, l in enumerate(lines):
        at = list(path) + [i]
        if not isinstance(l, dict):
            issues.add(*at)
            continue
        if "source" not in l or l["source"] not in all_ids or l["source"] not in ids:
            issues.add(*at, "source")
        unit = l.get("unit", "million-vnd")
        if unit not in units():
            issues.add(*at, "unit")
            continue
        if unit_option is None:
            if first_unit is None:
                first_unit = unit
            elif unit != first_unit:
                issues.add(*at, "unit")
                continue
        if "label" in l and not isinstance(l["label"], str):
            issues.add(*at, "label")
        if "year" in l:
            if not is_whole(l["year"]):
                issues.add(*at, "year")
            elif taxonomy_option is None and version_line is not None and version_of_year(l["year"]) != version and not other_version_reported:
                issues.add(*at, "year")
                other_version_reported = True
        if "component" in l and (l["component"] not in components(version)):
            issues.add(*at, "component")
        for k in l:
            if k not in LINE_KEYS:
                issues.add(*at, k)
        if "amount" not in l or parse_amount(l["amount"], allow_negative)[1]:
            issues.add(*at, "amount")
        if len(issues.paths) >= 100:
            break
    issues.raise_if()
    unit = unit_option or (lines[0].get("unit", "million-vnd") if lines else "million-vnd")
    return unit, version



def roll_up(own, nodes):
    """FUND-TREE: a node with its own lines has their sum; without, the sum of its parts (nodes listed parents
    first). Returns the amounts and the sums of each node's parts."""
    amount, parts = {}, {}
    for node, parent in reversed(nodes):
        if node not in own and node not in parts:
            continue
        amount[node] = own[node] if node in own else parts[node]
        if parent is not None:
            parts[parent] = parts.get(parent, 0) + amount[node]
    return amount, parts


def tree_sums(lines, nodes, unit, whole, places):
    """FUND-TREE, FUND-SHARES over some lines."""
    own = {}
    for l in lines:
        own[l["source"]] = own.get(l["source"], 0) + read_amount(l["amount"]) * Fraction(10) ** (exponent(l.get("unit", "million-vnd")) - exponent(unit))
    amount, parts = roll_up(own, nodes)
    total = sum((amount[n] for n, p in nodes if p is None and n in amount), Fraction(0))
    whole = total if whole is None else whole
    share = lambda x: None if whole == 0 else fixed_half_up(x / whole, places)  # noqa: E731
    by = [{"source": n, "amount": plain(amount[n]), "share": share(amount[n]), "unallocated": plain(own[n] - parts[n]) if n in own and n in parts else None} for n, _ in nodes if n in amount]
    return total, share(total), by, own, amount, parts


def aggregate(lines, options):
    """FUND-OPTIONS, FUND-RESULT."""
    options = check_options(options, ("unit", "allowNegative", "shareDecimals", "taxonomy"))
    issues = Issues()
    if "unit" in options and options["unit"] not in units():
        issues.add("options", "unit")
    if "allowNegative" in options and not isinstance(options["allowNegative"], bool):
        issues.add("options", "allowNegative")
    if "taxonomy" in options and options["taxonomy"] not in [v["id"] for v in DATA["funding"]["versions"]]:
        issues.add("options", "taxonomy")
    issues.raise_if()
    places = options.get("shareDecimals", 4)
    if not whole_in(places, 0, 20):
        fail("invalid-input", "options", "shareDecimals")
    places = int(places)
    unit, version = check_lines(lines, options.get("unit"), options.get("allowNegative", False), options.get("taxonomy"))
    nodes = tree(version)
    total, _, by, _, _, _ = tree_sums(lines, nodes, unit, None, places)
    uses = any("component" in l for l in lines)

    def group(ls):
        t, s, b, _, _, _ = tree_sums(ls, nodes, unit, total, places)
        return {"amount": plain(t), "share": s, "bySource": b}

    without = [l for l in lines if "component" not in l]
    return {
        "unit": unit,
        "total": plain(total),
        "lineCount": len(lines),
        "taxonomy": version,
        "bySource": by,
        "byComponent": [{"component": c, **group([l for l in lines if l.get("component") == c])} for c in components(version) if any(l.get("component") == c for l in lines)] if uses else None,
        "withoutComponent": group(without) if uses and without else None,
    }


def reconcile(inp, _options):
    """FUND-RECONCILE-INPUT, FUND-RECONCILE."""
    if not isinstance(inp, dict):
        fail("invalid-input")
    issues = Issues()
    for k in inp:
        if k not in ("lines", "declared", "unit", "allowNegative"):
            issues.add(k)
    for k in ("lines", "declared"):
        if k not in inp:
            issues.add(k)
    if "unit" in inp and inp["unit"] not in units():
        issues.add("unit")
    if "allowNegative" in inp and not isinstance(inp["allowNegative"], bool):
        issues.add("allowNegative")
    allow = inp.get("allowNegative") is True
    declared = inp.get("declared", {})
    ids = {x["id"] for x in DATA["funding"]["sources"]}
    if not isinstance(declared, dict):
        issues.add("declared")
    else:
        for k, v in declared.items():
            if (k != "total" and k not in ids) or parse_amount(v, allow)[1]:
                issues.add("declared", k)
    issues.raise_if()
    lines = inp["lines"]
    unit, version = check_lines(lines, inp.get("unit"), allow, None)
    nodes = tree(version)
    total, _, by, own, amount, parts = tree_sums(lines, nodes, unit, None, 4)
    out = []
    for n, _ in nodes:
        if n in own and n in parts and own[n] != parts[n]:
            out.append({"source": n, "check": "parts", "declared": plain(own[n]), "computed": plain(parts[n]), "difference": plain(own[n] - parts[n])})
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
    issues = Issues()
    x, err = parse_amount(inp.get("amount"), True)
    if err:
        issues.add("amount")
    for k in ("from", "to"):
        if inp.get(k) not in units():
            issues.add(k)
    issues.raise_if()
    return {"amount": plain(x * Fraction(10) ** (exponent(inp["from"]) - exponent(inp["to"])))}


def format_amount(inp, options):
    """FUND-FORMAT."""
    options = check_options(options, ("lang", "locale", "unit", "decimals"))
    issues = Issues()
    x, err = parse_amount(inp.get("amount"), True)
    if err:
        issues.add("amount")
    key = "lang" if "lang" in options else "locale"
    lang = options.get(key, "vi")
    if lang not in ("vi", "en"):
        issues.add("options", key)
    elif "lang" in options and "locale" in options and options["locale"] != options["lang"]:
        issues.add("options", "locale")
    if "unit" in options and options["unit"] not in units():
        issues.add("options", "unit")
    if "decimals" in options and not whole_in(options["decimals"], 0, 20):
        issues.add("options", "decimals")
    issues.raise_if()
    s = fixed_half_up(x, int(options["decimals"])) if "decimals" in options else plain(x)
    sign = "-" if s.startswith("-") else ""
    int_part, _, frac = s.lstrip("-").partition(".")
    group, point = (".", ",") if lang == "vi" else (",", ".")
    grouped = ""
    while len(int_part) > 3:
        grouped = group + int_part[-3:] + grouped
        int_part = int_part[:-3]
    text = sign + int_part + grouped + (point + frac if frac else "")
    if "unit" in options:
        text += " " + units()[options["unit"]][lang]
    return {"text": text}
