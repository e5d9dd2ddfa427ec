"""Inter-annotator agreement between two independent annotations of the same articles.

    python scripts/agreement.py A.jsonl B.jsonl [--json out.json]

Both files are stance JSONL (resolve substring files first with
``stance convert substrings``). Articles are paired by id; only ids in both count.
Reports quote P/R/F1 of B against A (one-to-one, character overlap >= 0.5), speaker
agreement on matched quotes, target agreement where both gave the same stance, stance Cohen's kappa and the confusion matrix.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from stance.metrics import MATCH_AT, PRF, cohen_kappa, confusion, match_quotes, normalise_name
from stance.schema import LABELS, read_jsonl


def agreement(a_path: str, b_path: str) -> dict:
    a = {x.id: x for x in read_jsonl(a_path)}
    b = {x.id: x for x in read_jsonl(b_path)}
    ids = sorted(set(a) & set(b))
    prf = PRF()
    speakers = 0
    targets = targeted = 0
    sa, sb = [], []
    type_pairs: Counter[tuple[str, str]] = Counter()
    for i in ids:
        qa, qb = a[i].quotes, b[i].quotes
        m = match_quotes(qa, qb, MATCH_AT)
        prf.add(PRF(len(m), len(qb) - len(m), len(qa) - len(m)))
        for gi, pi in m:
            speakers += normalise_name(qa[gi].speaker) == normalise_name(qb[pi].speaker)
            sa.append(qa[gi].stance or "none")
            sb.append(qb[pi].stance or "none")
            type_pairs[(qa[gi].type, qb[pi].type)] += 1
            if qa[gi].stance == qb[pi].stance and qa[gi].stance not in (None, "none"):
                targeted += 1
                targets += normalise_name(qa[gi].target) == normalise_name(qb[pi].target)
    return {
        "articles": len(ids),
        "quotes_a": sum(len(a[i].quotes) for i in ids),
        "quotes_b": sum(len(b[i].quotes) for i in ids),
        "matched": len(sa),
        "quote_p": prf.p,
        "quote_r": prf.r,
        "quote_f": prf.f,
        "speaker_agreement": speakers / len(sa) if sa else 0.0,
        "stance_agreement": sum(x == y for x, y in zip(sa, sb, strict=False)) / len(sa) if sa else 0.0,
        "stance_kappa": cohen_kappa(sa, sb),
        # Targets compared where both gave the same stance other than none.
        "target_agreement": targets / targeted if targeted else 0.0,
        "target_n": targeted,
        "type_agreement": sum(v for (x, y), v in type_pairs.items() if x == y) / len(sa) if sa else 0.0,
        "confusion_labels": list(LABELS),
        "stance_confusion": confusion(sa, sb),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--json", help="Write the figures to this file.")
    args = parser.parse_args()
    result = agreement(args.a, args.b)
    for key, value in result.items():
        if key not in ("stance_confusion", "confusion_labels"):
            print(f"{key:>18}: {value:.3f}" if isinstance(value, float) else f"{key:>18}: {value}")
    print("stance confusion (rows A, columns B):")
    print(" " * 9 + "".join(f"{label:>9}" for label in LABELS))
    for label, row in zip(LABELS, result["stance_confusion"], strict=True):
        print(f"{label:>9}" + "".join(f"{v:>9}" for v in row))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)


if __name__ == "__main__":
    main()
