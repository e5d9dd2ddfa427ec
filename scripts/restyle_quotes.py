"""Rewrite annotated articles in British quotation style, to measure a model on it.

Double quotation marks become single ones (“x” -> ‘x’, "x" -> 'x'); every mark is one
character for one, so the gold spans keep their offsets and only their text changes.

    python scripts/restyle_quotes.py data/annotated/test.jsonl runs/test-british.jsonl
    stance evaluate runs/test-british.jsonl --model models
"""

from __future__ import annotations

import argparse

from stance.schema import Span, read_jsonl, write_jsonl

BRITISH = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="annotated JSONL")
    parser.add_argument("output", help="the same articles in British quotation style")
    args = parser.parse_args()
    articles = []
    for article in read_jsonl(args.gold):
        text = article.text.translate(BRITISH)
        for q in article.quotes:
            q.contents = [Span.of(text, s.start, s.end) for s in q.contents]
            q.sources = [Span.of(text, s.start, s.end) for s in q.sources]
            q.cue = Span.of(text, q.cue.start, q.cue.end) if q.cue else None
        article.text = text
        articles.append(article)
    n = write_jsonl(args.output, articles)
    print(f"{n} articles written to {args.output}")


if __name__ == "__main__":
    main()
