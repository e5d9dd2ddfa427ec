"""The sentence splitter on the English Golden Rules and on news quotation cases."""

import pytest

from stance.segment import SentenceSplitter, segment

# The English "Golden Rules" of the Pragmatic Segmenter, as used by pysbd's tests.
GOLDEN_RULES = [
    ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    ("What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
    ("There it is! I found it.", ["There it is!", "I found it."]),
    ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    ("Please turn to p. 55.", ["Please turn to p. 55."]),
    ("Were Jane and co. at the party?", ["Were Jane and co. at the party?"]),
    (
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        ["They closed the deal with Pitt, Briggs & Co. at noon."],
    ),
    ("Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", "They should know."]),
    (
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."],
    ),
    ("I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    ("St. Michael's Church is on 5th st. near the light.", ["St. Michael's Church is on 5th st. near the light."]),
    ("That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
    ("I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
    ("I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
    ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
    ("I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
    ("I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
    pytest.param(
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."],
        marks=pytest.mark.xfail(reason="needs semantics; pysbd fails it too", strict=True),
    ),
    ("She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
    ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
    (
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
    ),
    (
        "Her email is Jane.Doe@example.com. I sent her an email.",
        ["Her email is Jane.Doe@example.com.", "I sent her an email."],
    ),
    (
        "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
        ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."],
    ),
    ("She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]),
    ('She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']),
    (
        'She turned to him, "This is great." She held the book out to show him.',
        ['She turned to him, "This is great."', "She held the book out to show him."],
    ),
    ("Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
    ("Hello?? Who is there?", ["Hello??", "Who is there?"]),
    ("Hello!? Is that you?", ["Hello!?", "Is that you?"]),
    ("Hello?! Is that you?", ["Hello?!", "Is that you?"]),
    ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
    ("1.) The first item. 2.) The second item.", ["1.) The first item.", "2.) The second item."]),
    ("1) The first item 2) The second item", ["1) The first item", "2) The second item"]),
    ("1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]),
    ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
    ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
    ("• 9. The first item • 10. The second item", ["• 9. The first item", "• 10. The second item"]),
    ("⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]),
    (
        "a. The first item b. The second item c. The third list item",
        ["a. The first item", "b. The second item", "c. The third list item"],
    ),
    (
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        ["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
    ),
    ("She works at Yahoo! in the accounting department.", ["She works at Yahoo! in the accounting department."]),
    (
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
    ),
    (
        "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
        ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"],
    ),
    (
        '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
        ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
    ),
    (
        "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission "
        "with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a "
        "period . . . . Next sentence.",
        [
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission "
            "with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a "
            "period . . . .",
            "Next sentence.",
        ],
    ),
    ("I never meant that.... She left the store.", ["I never meant that....", "She left the store."]),
    (
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
    ),
    (
        "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting "
        "compounds. . . . The practice was not abandoned. . . .",
        [
            "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting "
            "compounds.",
            ". . . The practice was not abandoned. . . .",
        ],
    ),
]

# Cases from news text that matter for quote attribution.
NEWS_CASES = [
    (
        '"We are confident the North Korean government is responsible for this destructive attack. They must pay," '
        "Mr. Stroh said on Sat. Dec. 20.",
        [
            '"We are confident the North Korean government is responsible for this destructive attack. They must '
            'pay," Mr. Stroh said on Sat. Dec. 20.'
        ],
    ),
    (
        "“We take it very seriously,” Obama said. “We will respond.”",
        ["“We take it very seriously,” Obama said.", "“We will respond.”"],
    ),
    ('"Why now?" Smith asked. Nobody answered.', ['"Why now?" Smith asked.', "Nobody answered."]),
    ('"It is over." said the minister.', ['"It is over." said the minister.']),
    (
        "Gen. David Petraeus met U.N. envoy Lakhdar Brahimi. The U.N. Security Council meets on Dec. 3.",
        ["Gen. David Petraeus met U.N. envoy Lakhdar Brahimi.", "The U.N. Security Council meets on Dec. 3."],
    ),
    ("The rate rose 3.5 percent at 10:30 a.m. on Monday.", ["The rate rose 3.5 percent at 10:30 a.m. on Monday."]),
    ("President George W. Bush spoke. He left.", ["President George W. Bush spoke.", "He left."]),
    ("He lives at No. 10 Downing St. in London.", ["He lives at No. 10 Downing St. in London."]),
    ("Acme Inc. said profits fell. Shares dropped.", ["Acme Inc. said profits fell.", "Shares dropped."]),
    ("Daily Press Briefing\nJohn Kirby\nWashington, DC", ["Daily Press Briefing", "John Kirby", "Washington, DC"]),
    ("A first paragraph without a stop\n\nA second one.", ["A first paragraph without a stop", "A second one."]),
    ("This line was wrapped\nin the middle of a sentence.", ["This line was wrapped\nin the middle of a sentence."]),
    ("- first point\n- second point", ["- first point", "- second point"]),
    ("He waited... Then he left.", ["He waited...", "Then he left."]),
    (
        '"We will not allow it. Mr. Mnangagwa, respect the people."\n\nHe added more.',
        ['"We will not allow it.', 'Mr. Mnangagwa, respect the people."', "He added more."],
    ),
    ("Officials in Washington, D.C. said it was over.", ["Officials in Washington, D.C. said it was over."]),
]


def _texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


@pytest.mark.parametrize(("text", "expected"), GOLDEN_RULES)
def test_golden_rules(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_CASES)
def test_news_cases(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "  Mr. Smith said hello.  \n\n“Fine,” she said.  "
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert [s.text for s in spans] == ["Mr. Smith said hello.", "“Fine,” she said."]


def test_empty_and_blank_text() -> None:
    assert segment("") == []
    assert segment(" \n\n \t") == []


def test_pipe_matches_call() -> None:
    texts = ["One. Two.", "Three!"]
    splitter = SentenceSplitter()
    assert list(splitter.pipe(texts)) == [splitter(t) for t in texts]
