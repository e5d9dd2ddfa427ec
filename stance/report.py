"""A self-contained HTML evaluation report: metrics, plots, and the articles with
predicted quotes highlighted by stance and errors marked."""

from __future__ import annotations

import base64
import html
import io
import os
from pathlib import Path

from stance.evaluate import Evaluation
from stance.metrics import MATCH_AT, confusion, match_quotes
from stance.schema import LABELS, Article, Quote

COLOURS = {"accuse": "#f4a6a6", "deny": "#a6c8f4", "condemn": "#f4cf8a", "propose": "#aee0b0", "none": "#dddddd"}


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def confusion_png(evaluation: Evaluation, path: str | os.PathLike[str] | None = None) -> str:
    """The stance confusion matrix as a PNG (base64); also written to ``path`` if given."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matrix = confusion([p.gold for p in evaluation.pairs], [p.pred for p in evaluation.pairs])
    fig, ax = plt.subplots(figsize=(4.8, 4.2))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(LABELS)), LABELS, rotation=30)
    ax.set_yticks(range(len(LABELS)), LABELS)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    top = max(max(r) for r in matrix) or 1
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > top / 2 else "black")
    ax.set_title("Stance confusion")
    data = _png(fig)
    if path:
        fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return data


def reliability_png(evaluation: Evaluation) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bins = 10
    conf = [p.confidence for p in evaluation.pairs]
    right = [p.gold == p.pred for p in evaluation.pairs]
    xs, ys, ns = [], [], []
    for b in range(bins):
        idx = [i for i, c in enumerate(conf) if b / bins < c <= (b + 1) / bins]
        if idx:
            xs.append(sum(conf[i] for i in idx) / len(idx))
            ys.append(sum(right[i] for i in idx) / len(idx))
            ns.append(len(idx))
    fig, ax = plt.subplots(figsize=(4.2, 4.2))
    ax.plot([0, 1], [0, 1], "--", color="grey")
    ax.scatter(xs, ys, s=[20 + n for n in ns])
    ax.set_xlabel("confidence")
    ax.set_ylabel("accuracy")
    ax.set_title("Stance calibration")
    data = _png(fig)
    plt.close(fig)
    return data


def _metrics_table(metrics: dict[str, float]) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{v:.3f}</td></tr>"
        for k, v in sorted(metrics.items())
        if isinstance(v, float)
    )
    return f"<table class='metrics'><tr><th>metric</th><th>value</th></tr>{rows}</table>"


def _highlight(article: Article, gold: Article) -> str:
    """The article text with predicted quote contents marked; errors flagged."""
    matched = dict((pi, gi) for gi, pi in match_quotes(gold.quotes, article.quotes, MATCH_AT))
    marks: list[tuple[int, int, str]] = []
    notes = []
    for pi, q in enumerate(article.quotes):
        gi = matched.get(pi)
        g: Quote | None = gold.quotes[gi] if gi is not None else None
        error = "false quote" if g is None else ("stance: gold " + str(g.stance) if g.stance != q.stance else "")
        title = f"{q.speaker or '?'} | {q.stance} → {q.target or '-'}" + (f" | ERROR {error}" if error else "")
        for s in q.contents:
            marks.append(
                (
                    s.start,
                    s.end,
                    f"<mark class='{q.stance}{' err' if error else ''}' title='{html.escape(title, quote=True)}'>",
                )
            )
        notes.append(
            f"<li class='{'err' if error else ''}'><b>{html.escape(q.speaker or '?')}</b> "
            f"<span class='tag {q.stance}'>{q.stance}</span> → {html.escape(q.target or '-')}"
            f"{' — <b>' + html.escape(error) + '</b>' if error else ''}</li>"
        )
    found = set(matched.values())
    for gi, g in enumerate(gold.quotes):
        if gi not in found:
            notes.append(
                f"<li class='err'>missed: <b>{html.escape(g.speaker or '?')}</b> <span class='tag {g.stance}'>"
                f"{g.stance}</span> “{html.escape(g.contents[0].text[:90])}”</li>"
            )
    text = article.text
    out, pos = [], 0
    for start, end, tag in sorted(marks):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(tag + html.escape(text[start:end]) + "</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n\n", "</p><p>")
    return f"<div class='article'><h3>{html.escape(article.id)}</h3><p>{body}</p><ul>{''.join(notes)}</ul></div>"


def write_report(evaluation: Evaluation, path: str | os.PathLike[str], title: str = "stance evaluation") -> None:
    """Write one HTML page holding everything (images inline)."""
    gold = {a.id: a for a in evaluation.gold}
    plots = ""
    if evaluation.pairs:
        plots = (
            f"<img alt='confusion matrix' src='data:image/png;base64,{confusion_png(evaluation)}'>"
            f"<img alt='calibration' src='data:image/png;base64,{reliability_png(evaluation)}'>"
        )
    articles = "".join(_highlight(a, gold[a.id]) for a in evaluation.pred if a.id in gold)
    legend = "".join(f"<span class='tag {k}'>{k}</span> " for k in COLOURS)
    css = "".join(f".{k}{{background:{v}}}" for k, v in COLOURS.items())
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:auto}}{css}
mark.err{{outline:2px solid #c00}} li.err{{color:#900}} .tag{{padding:1px 5px;border-radius:3px}}
table.metrics td,table.metrics th{{padding:2px 10px;text-align:left}} .article{{border-top:1px solid #ccc}}
img{{margin:8px}}</style></head><body>
<h1>{html.escape(title)}</h1><p>Legend: {legend}; red outline = error; hover a quote for speaker, stance and target.</p>
<h2>Plots</h2>{plots}<h2>Metrics</h2>{_metrics_table(evaluation.metrics)}
<h2>Articles</h2>{articles}</body></html>"""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(page, encoding="utf-8")
