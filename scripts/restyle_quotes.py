"""Rewrite annotated articles in another quotation style, to measure a model on it.

``--style british`` (the default): double quotation marks become single ones (“x” ->
‘x’, "x" -> 'x'). ``--style curly``: straight marks become curly ones ("x" -> “x”, ' ->
’). Every mark is one character for one, so the gold spans keep their offsets and only
their text changes.

    python scripts/restyle_quotes.py data/annotated/test.jsonl runs/test-british.jsonl
    python scripts/restyle_quotes.py data/annotated/test.jsonl runs/test-curly.jsonl --style curly
    stance evaluate runs/test-british.jsonl --model models
"""

from __future__ import annotations

import argparse

from stance.schema import read_jsonl, write_jsonl

BRITISH = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def british(text: str) -> str:
    return text.translate(BRITISH)


def curly(text: str) -> str:
    """Straight double marks open and close in turn within a paragraph; every straight
    single mark becomes ’ (apostrophes are the usual case)."""
    out, inside = [], False
    for ch in text:
        if ch == "\n":
            inside = False
        if ch == '"':
            ch, inside = ("”" if inside else "“"), not inside
        out.append("’" if ch == "'" else ch)
    return "".join(out)


STYLES = {"british": british, "curly": curly}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="annotated JSONL")
    parser.add_argument("output", help="the same articles in the other style")
    parser.add_argument("--style", choices=sorted(STYLES), default="british")
    args = parser.parse_args()
    restyle = STYLES[args.style]
    articles = []
    for article in read_jsonl(args.gold):
        text = restyle(article.text)
        for q in article.quotes:
            q.reread(text)
        article.text = text
        articles.append(article)
    n = write_jsonl(args.output, articles)
    print(f"{n} articles written to {args.output} ({args.style} style)")


if __name__ == "__main__":
    main()
