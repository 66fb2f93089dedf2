#!/usr/bin/env python3
"""A second implementation of ntm-rules, in Python (standard library only), written from
docs/spec.md, docs/conformance.md and the published data (dist/data/*.json, dist/schemas/*.json)
alone: it runs the conformance vectors (conformance/*.json) and compares its projections, or its
errors, with their `expected` as docs/conformance.md says. It reads no TypeScript and calls no
JavaScript: it is the test that the spec and the data are enough.

Covered: every function of docs/conformance.md's table (evaluateCommune, evaluate, evaluateDistrict,
getCriteriaSet, effectiveRegion, classifyCommuneGroup, classifyCriteriaCount, summarizeCommunes,
roundHalfUp, aggregateFunding, reconcileFunding, convertAmount, formatAmount, checkRecognition,
checkPlan, getProgrammeTarget, targetCommuneCount, programmeSummaryTarget), results and errors
(code and issue paths). A vector naming another function is reported under `notCovered`.

Modules: ntm_common (data, decimals, days, errors, a JSON Schema subset), ntm_eval (sets,
evaluation, districts, groups, recognition), ntm_scoring (buckets, summaries, targets),
ntm_funding (funding), ntm_plan (plans).

Usage: python3 ntm_reference.py <data dir> <conformance dir>  (prints a JSON report; exit 1 on a mismatch)
"""
import json
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ntm_eval  # noqa: E402
import ntm_funding  # noqa: E402
import ntm_plan  # noqa: E402
import ntm_scoring  # noqa: E402
from ntm_common import DATA, NtmError, load  # noqa: E402


def evaluate_call(i, o):
    if not isinstance(i, dict):
        raise NtmError("invalid-input", [[]])
    return ntm_eval.evaluate(i.get("subject"), i.get("input"), o)


FUNCTIONS = {
    "evaluateCommune": lambda i, o: ntm_eval.evaluate({"kind": "commune"}, i, o),
    "evaluate": evaluate_call,
    "evaluateDistrict": ntm_eval.evaluate_district,
    "getCriteriaSet": ntm_eval.get_criteria_set,
    "effectiveRegion": ntm_eval.effective_region,
    "classifyCommuneGroup": ntm_eval.classify_commune_group,
    "checkRecognition": ntm_eval.check_recognition,
    "classifyCriteriaCount": ntm_scoring.classify_count,
    "summarizeCommunes": ntm_scoring.summarize,
    "roundHalfUp": ntm_scoring.round_half_up,
    "getProgrammeTarget": ntm_scoring.get_target,
    "targetCommuneCount": ntm_scoring.target_count,
    "programmeSummaryTarget": ntm_scoring.summary_target,
    "aggregateFunding": ntm_funding.aggregate,
    "reconcileFunding": ntm_funding.reconcile,
    "convertAmount": ntm_funding.convert,
    "formatAmount": ntm_funding.format_amount,
    "checkPlan": ntm_plan.check_plan,
}


def error_projection(code, paths):
    """docs/conformance.md: issue paths as a set (deduplicated, sorted by their JSON texts)."""
    texts = sorted({json.dumps(p, ensure_ascii=False) for p in paths})
    return {"error": {"code": code, "paths": [json.loads(t) for t in texts]}}


def mismatches(expected, actual, path="$"):
    """docs/conformance.md §Comparison."""
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {json.dumps(expected, ensure_ascii=False)[:300]}, got {json.dumps(actual, ensure_ascii=False)[:300]}"]
        return [m for i, (e, a) in enumerate(zip(expected, actual)) for m in mismatches(e, a, f"{path}[{i}]")]
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {json.dumps(actual, ensure_ascii=False)[:300]}"]
        out = [f"{path}.{k}: not expected" for k in actual if k not in expected]
        for k, v in expected.items():
            out += [f"{path}.{k}: missing"] if k not in actual else mismatches(v, actual[k], f"{path}.{k}")
        return out
    if isinstance(expected, bool) or isinstance(actual, bool):
        same = type(expected) is type(actual) and expected == actual
    else:
        same = expected == actual
    return [] if same else [f"{path}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}"]


def run_case(c):
    """The case's actual projection: a result, or {error: {code, paths}}."""
    fn = FUNCTIONS[c["function"]]
    try:
        return json.loads(json.dumps(fn(c["input"], c.get("options", {}))))
    except NtmError as e:
        return error_projection(e.code, e.paths)


def main(data_dir, conformance_dir):
    DATA["dir"] = data_dir
    DATA["sets"] = load(data_dir, "data/sets.json")
    DATA["schemes"] = load(data_dir, "data/bucket-schemes.json")
    DATA["funding"] = load(data_dir, "data/funding-taxonomy.json")
    DATA["targets"] = load(data_dir, "data/programme-targets.json")
    DATA["periods"] = load(data_dir, "data/periods.json")
    report = {"passed": 0, "failed": [], "notCovered": {}}
    for name in sorted(f for f in os.listdir(conformance_dir) if f.endswith(".json")):
        with open(os.path.join(conformance_dir, name), encoding="utf-8") as f:
            cases = json.load(f)["cases"]
        for c in cases:
            if c["function"] not in FUNCTIONS:
                why = f"function {c['function']}"
                report["notCovered"][why] = report["notCovered"].get(why, 0) + 1
                continue
            expected = c["expected"]
            if isinstance(expected, dict) and "error" in expected:
                expected = error_projection(expected["error"]["code"], expected["error"]["paths"])
            try:
                actual = run_case(c)
            except Exception:  # noqa: BLE001 - a crash on a vector is a failure to report, not to hide
                actual = {"crash": traceback.format_exc(limit=3).splitlines()[-3:]}
            diff = mismatches(expected, actual)
            if diff:
                report["failed"].append({"name": c["name"], "rule": c.get("rule"), "mismatches": diff[:5]})
            else:
                report["passed"] += 1
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if report["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
