"""Outside check of the stance stage on PLOVER gold-standard sentences (CAMEO-coded).

    python scripts/plover_check.py [--plover ../shared/stance_data/plover_gsr/PLOVER_GSR_CAMEO.json]
                                   [--stance-model models/stance]

Only records whose category maps cleanly to our labels are used (PROVENANCE.md in
that folder): DISAPPROVE-0002 (CAMEO 111, denounce) -> condemn; DISAPPROVE-0003..0009
(CAMEO 112x, accuse/blame) -> accuse; DEMAND (requests and appeals to others) and the
four AGREE offers (-0005, -0014, -0022, -0036) -> propose; REJECT (refusing a proposal
or request, which our guidelines call none) -> none. There is no deny item. Each
sentence is one quote: contents = the sentence, cue = the first word of the coded
event text, speaker = the coded source actor; the stance model labels it. The data
is CC BY-SA and stays out of data/annotated.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCUSE = {f"PLOVER-GSR01-DISAPPROVE-{i:04d}" for i in range(3, 10)}
OFFERS = {f"PLOVER-GSR01-AGREE-{i:04d}" for i in (5, 14, 22, 36)}


def our_label(record: dict) -> str | None:
    rid, event = record.get("id", ""), record.get("event")
    if rid == "PLOVER-GSR01-DISAPPROVE-0002":
        return "condemn"
    if rid in ACCUSE:
        return "accuse"
    if event == "DEMAND" or rid in OFFERS:
        return "propose"
    if event == "REJECT":
        return "none"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--plover", default=str(ROOT.parent / "shared" / "stance_data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json")
    )
    parser.add_argument("--stance-model", default=str(ROOT / "models" / "stance"))
    args = parser.parse_args()

    from stance.metrics import classification_scores
    from stance.pipeline import load_stance_stage
    from stance.schema import Quote, Span
    from stance.segment import segment

    records = [r for r in json.loads(Path(args.plover).read_text(encoding="utf-8")) if our_label(r)]
    clf = load_stance_stage(Path(args.stance_model))
    texts, sentences, quotes, gold = [], [], [], []
    for r in records:
        text = r["text"]
        words = (r.get("eventText") or "").split()
        cue_at = text.find(words[0]) if words else -1
        cue = Span.of(text, cue_at, cue_at + len(words[0])) if cue_at >= 0 else None
        speaker = (r.get("source") or [{}])[0].get("actorText")
        texts.append(text)
        sentences.append(segment(text))
        quotes.append([Quote("indirect", [Span.of(text, 0, len(text))], cue=cue, speaker=speaker)])
        gold.append(our_label(r))
    clf.annotate(texts, sentences, quotes)
    pred = [q[0].stance for q in quotes]
    m = classification_scores(gold, pred, labels=("accuse", "condemn", "propose", "none"))
    print(f"records used: {len(records)} {dict(Counter(gold))}")
    print(f"accuracy: {m['stance_acc']:.3f}")
    for label in ("accuse", "condemn", "propose", "none"):
        n = int(m[f"stance_support_{label}"])
        print(f"  {label:<8} recall {m[f'stance_r_{label}']:.3f} (n={n})  precision {m[f'stance_p_{label}']:.3f}")
    print("predicted:", dict(Counter(pred)))


if __name__ == "__main__":
    main()
