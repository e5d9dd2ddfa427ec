"""British quotation marks: found, swapped for the tagger, and the shipped model's quotes
survive an article rewritten in that style."""

from __future__ import annotations

import copy

from stance.attribution.component import Attributor
from stance.metrics import score
from stance.quotemarks import model_view, single_quotation_pairs
from stance.schema import Article
from stance.segment import segment

BRITISH = (
    "The minister denied the claims.\n\n"
    "‘There has been no cover-up, and I reject that claim entirely,’ Wes Streeting told MPs. "
    "‘What happened at this trust’s maternity unit was a tragedy.’\n\n"
    "‘Families were ignored for years.\n\n"
    "‘They called it “a disgrace”,’ she said of the families’ campaign."
)


def test_single_quotations_pair_across_apostrophes_and_paragraphs() -> None:
    pairs = single_quotation_pairs(BRITISH)
    texts = [BRITISH[o : (c + 1 if c is not None else o + 20)] for o, c in pairs]
    assert texts[0] == "‘There has been no cover-up, and I reject that claim entirely,’"
    # "trust’s" is an apostrophe, not the closing mark.
    assert texts[1] == "‘What happened at this trust’s maternity unit was a tragedy.’"
    # A paragraph that opens a quotation and never closes it.
    assert pairs[2][1] is None and texts[2].startswith("‘Families")
    assert texts[3] == "‘They called it “a disgrace”,’"
    assert len(pairs) == 4  # "families’ campaign" opens nothing


def test_the_model_view_swaps_styles_straightens_marks_and_keeps_offsets() -> None:
    view = model_view(BRITISH)
    assert len(view) == len(BRITISH)
    assert view.count('"') == 7 and not any(c in view for c in "“”‘’")
    assert "\"They called it 'a disgrace',\"" in view
    assert "trust's" in view and "families' campaign" in view
    assert model_view("“Yes,” he said.") == '"Yes," he said.'
    american = 'He said "we will win" and added \'yes\' to the plan\'s "final" text.'
    assert model_view(american) is american  # double quotes outnumber single ones: left alone
    assert model_view("the '90s and rock 'n' roll") == "the '90s and rock 'n' roll"


def _british(article: Article) -> Article:
    """The same article with “x” as ‘x’ and "x" as 'x' (offsets unchanged)."""
    text = article.text.translate(str.maketrans({"“": "‘", "”": "’", '"': "'"}))
    quotes = copy.deepcopy(article.quotes)
    for q in quotes:
        q.reread(text)
    return Article(article.id, text, quotes)


def test_the_shipped_model_finds_quotes_in_british_style(dev_articles) -> None:
    attributor = Attributor.from_disk("models/attribution")
    # Twelve articles: on six, one or two quotes decide the margin.
    direct = [a for a in dev_articles if a.text.count('"') >= 6][:12]
    british = [_british(a) for a in direct]
    scores = {}
    for name, articles in (("american", direct), ("british", british)):
        texts = [a.text for a in articles]
        predicted = attributor.predict(texts, [segment(t) for t in texts])
        metrics, _ = score(articles, [Article(a.id, a.text, q) for a, q in zip(articles, predicted, strict=True)])
        scores[name] = metrics["quote_f@0.5"]
    # Without the swap these articles lose about a seventh of their quote F1 (0.96 -> 0.82).
    assert scores["british"] >= scores["american"] - 0.02, scores


def test_any_text_keeps_its_length_and_pairs_point_at_marks() -> None:
    import random

    rng = random.Random(7)
    alphabet = "ab C'‘’\"“”\n.,-"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert len(model_view(text)) == len(text)
        for opener, closer in single_quotation_pairs(text):
            assert text[opener] in "‘'" and (closer is None or (closer > opener and text[closer] in "’'"))
