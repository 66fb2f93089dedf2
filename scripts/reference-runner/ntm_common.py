"""Shared pieces of the reference runner: the published data, exact decimals (CONV-DECIMAL,
CONV-HALF-UP), days (CONV-DAY), errors (ERR-SHAPE) and options (OPT-UNKNOWN-KEYS), and a small
JSON Schema reader for the published input schemas (dist/schemas). Standard library only."""
import json
import math
import os
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

DATA = {}


def load(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8") as f:
        return json.load(f)


def schema(name):
    """A published JSON Schema (data dir/schemas/<name>.json), loaded once."""
    key = "schema:" + name
    if key not in DATA:
        DATA[key] = load(DATA["dir"], os.path.join("schemas", name + ".json"))
    return DATA[key]


# --- Errors (ERR-SHAPE, ERR-STEPS) ----------------------------------------------------------------


class NtmError(Exception):
    """A refused input: an error code and the issue paths (ERR-SHAPE)."""

    def __init__(self, code, paths):
        super().__init__(f"{code}: {paths}")
        self.code = code
        self.paths = [list(p) for p in paths]


class Issues:
    """The issues of one step (ERR-STEPS): collected, then raised together."""

    def __init__(self):
        self.paths = []

    def add(self, *path):
        self.paths.append(list(path))

    def extend(self, paths):
        self.paths.extend(list(p) for p in paths)

    def __bool__(self):
        return bool(self.paths)

    def raise_if(self, code="invalid-input"):
        if self.paths:
            raise NtmError(code, self.paths)


def fail(code, *path):
    raise NtmError(code, [list(path)])


def check_options(options, allowed, extra=()):
    """OPT-UNKNOWN-KEYS: options are an object (or absent), every key one of `allowed`."""
    if options is None:
        return {}
    if not isinstance(options, dict):
        fail("invalid-input", "options")
    issues = Issues()
    for k in options:
        if k not in allowed:
            issues.add("options", k)
    issues.raise_if()
    return options


# --- Values ---------------------------------------------------------------------------------------


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def is_whole(v):
    """CONV-JSON: a number whose value is an integer (never a boolean)."""
    return is_number(v) and float(v).is_integer()


def whole_in(v, lo, hi):
    return is_whole(v) and lo <= v <= hi


DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def is_day(v):
    """CONV-DAY: an ISO day that exists, year 0100-9999."""
    if not isinstance(v, str):
        return False
    m = DAY.match(v)
    if not m:
        return False
    y, mo, d = (int(x) for x in m.groups())
    if y < 100 or not 1 <= mo <= 12:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return 1 <= d <= days


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
        if places > 800:
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


AMOUNT = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")


def parse_amount(v, allow_negative=False):
    """FUND-AMOUNT: (Fraction, None) or (None, issue code)."""
    if isinstance(v, bool):
        return None, "expected-decimal"
    if isinstance(v, (int, float)):
        if not math.isfinite(v):
            return None, "expected-decimal"
        v = repr(float(v)) if isinstance(v, float) else str(v)
        v = v[:-2] if v.endswith(".0") else v
    if not isinstance(v, str) or len(v) > 200 or not AMOUNT.match(v):
        return None, "expected-decimal"
    m = re.search(r"[eE]([+-]?\d+)$", v)
    if m and abs(int(m.group(1))) > 200:
        return None, "expected-decimal"
    try:
        x = Fraction(Decimal(v))
    except InvalidOperation:
        return None, "expected-decimal"
    if x < 0 and not allow_negative:
        return None, "negative-amount"
    return x, None


def read_amount(v):
    x, err = parse_amount(v, True)
    if err:
        raise ValueError(err)
    return x


# --- JSON Schema (the subset the published input schemas use) ---------------------------------------


def _type_ok(t, v):
    if t == "object":
        return isinstance(v, dict)
    if t == "array":
        return isinstance(v, list)
    if t == "string":
        return isinstance(v, str)
    if t == "boolean":
        return isinstance(v, bool)
    if t == "integer":
        return is_whole(v)
    if t == "number":
        return is_number(v)
    if t == "null":
        return v is None
    return False


def validate(s, v, path=(), root=None):
    """The issue paths of `v` against schema `s`: a missing required key and an unknown key at the
    key's own path, a union with no branch at the value's path (or the branch its `kind`/`type`
    discriminator selects), anything else at the value's path."""
    root = root if root is not None else s
    if s is True or s == {}:
        return []
    if "$ref" in s:
        ref = s["$ref"]
        target = root
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        return validate(target, v, path, root)
    for union in ("anyOf", "oneOf"):
        if union in s:
            branches = [validate(b, v, path, root) for b in s[union]]
            if any(not b for b in branches):
                return []
            deep = [b for b in branches if all(len(p) > len(path) for p in b)]
            if len(deep) == 1:
                return deep[0]
            return [list(path)]
    here = [list(path)]
    if "type" in s:
        types = s["type"] if isinstance(s["type"], list) else [s["type"]]
        if not any(_type_ok(t, v) for t in types):
            return here
    if "const" in s and v != s["const"]:
        return here
    if "enum" in s and v not in s["enum"]:
        return here
    if isinstance(v, str):
        if len(v) < s.get("minLength", 0) or len(v) > s.get("maxLength", 1 << 60):
            return here
        if "pattern" in s and not re.search(s["pattern"], v):
            return here
    if is_number(v):
        if "minimum" in s and v < s["minimum"]:
            return here
        if "maximum" in s and v > s["maximum"]:
            return here
        if "exclusiveMinimum" in s and v <= s["exclusiveMinimum"]:
            return here
        if "exclusiveMaximum" in s and v >= s["exclusiveMaximum"]:
            return here
    out = []
    if isinstance(v, list):
        if len(v) < s.get("minItems", 0) or len(v) > s.get("maxItems", 1 << 60):
            return here
        prefix = s.get("prefixItems", [])
        for i, x in enumerate(v):
            sub = prefix[i] if i < len(prefix) else s.get("items")
            if sub is not None:
                out += validate(sub, x, path + (i,), root)
    if isinstance(v, dict):
        props = s.get("properties", {})
        for k in s.get("required", []):
            if k not in v:
                out.append(list(path) + [k])
        for k, x in v.items():
            if k in props:
                out += validate(props[k], x, path + (k,), root)
            else:
                if "propertyNames" in s and validate(s["propertyNames"], k, (), root):
                    out.append(list(path) + [k])
                    continue
                extra = s.get("additionalProperties", True)
                if extra is False:
                    out.append(list(path) + [k])
                elif isinstance(extra, dict):
                    out += validate(extra, x, path + (k,), root)
    return out
