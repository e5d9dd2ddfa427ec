"""The training path: a tiny tagger trained on a handful of real articles."""

import torch

from stance.attribution.component import Attributor
from stance.attribution.train import AttributionSettings, evaluate_attributor, train_attribution
from stance.segment import segment


def test_train_save_load_predict(small_train, dev_articles, tmp_path) -> None:
    settings = AttributionSettings(epochs=2, batch_size=16, seed=1, trainable_layers=2)
    attributor, record = train_attribution(small_train, dev_articles[:3], settings)
    assert record["train_windows"] > 50
    losses = [h["train_loss"] for h in record["history"]]
    assert losses[-1] < losses[0]

    attributor.to_disk(tmp_path / "attribution")
    saved = sum(p.stat().st_size for p in (tmp_path / "attribution").iterdir())
    assert saved < 25e6  # only the tuned layers and the head are stored
    loaded = Attributor.from_disk(tmp_path / "attribution")
    text = dev_articles[0].text
    sents = segment(text)
    with torch.no_grad():
        a = attributor.tag([text], [sents])
        b = loaded.tag([text], [sents])
    # Weights are stored in float16: the spans may differ at a knife edge, no more.
    sa, sb = {(s.role, s.start, s.end) for s in a[0]}, {(s.role, s.start, s.end) for s in b[0]}
    assert len(sa & sb) >= 0.9 * max(len(sa), len(sb))
    metrics = evaluate_attributor(loaded, dev_articles[:3])
    assert 0.0 <= metrics["quote_f@0.5"] <= 1.0
