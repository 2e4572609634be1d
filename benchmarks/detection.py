"""Language detection, measured: the share of each example corpus (``tests/corpora/<language>``) detected
as its language, as None (read with the English default) and as another language; then mixed lines (a
job ad in one language quoting money or a title in another, short number-heavy lines), each with the
language detected and what ``extract`` reads in it.

    python benchmarks/detection.py
"""

from __future__ import annotations

import collections
import tomllib
from pathlib import Path

import salarynorm
from salarynorm._lang import languages, load
from salarynorm._lang.detect import detect

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "corpora"

# (text, the language a reader would say it is in)
MIXED = [
    ("Senior engineer, 年収600万円〜800万円", "en"),
    ("Senior engineer (Tokyo) – 年収600万円〜800万円、賞与年2回", "ja"),
    ("Backend developer, salary 月給30万円", "en"),
    ("Software Engineer (m/w/d) – Gehalt 60.000 € brutto jährlich", "de"),
    ("Software Engineer (m/w/d) – 60.000 €", "de"),
    ("Wir suchen einen Senior Data Engineer (m/w/d) für unser Team in Berlin. Gehalt: 70.000 € p.a.", "de"),
    ("Head of Sales DACH – Jahresgehalt bis zu 95.000 €", "de"),
    ("Product Manager – salaire : 55 000 € brut annuel", "fr"),
    ("Product Manager (H/F) – 55k€", "fr"),
    ("Full Stack Developer – sueldo 35.000 € brutos anuales", "es"),
    ("Sales Manager – stipendio 40.000 euro lordi annui", "it"),
    ("DevOps Engineer – salário R$ 12.000 por mês", "pt"),
    ("Data Scientist – wynagrodzenie 15 000 zł brutto", "pl"),
    ("Data Scientist – salaris € 4.500 per maand", "nl"),
    ("The role pays 45.000 € brutto per year.", "en"),
    ("45.000 € p.a.", None),
    ("€ 45.000 – 55.000", None),
    ("60k-80k EUR + bonus", None),
    ("$120,000 - $150,000 a year", "en"),
    ("CHF 120'000", None),
]


def corpora() -> None:
    print("example corpora (tests/corpora): detected as the language / None / another")
    for path in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        texts = [case["text"] for f in sorted(path.glob("*.toml"))
                 for case in tomllib.loads(f.read_text(encoding="utf-8")).get("case", [])]
        if not texts:
            continue
        got = collections.Counter(detect(t) for t in texts)
        other = len(texts) - got[path.name] - got[None]
        print(f"  {path.name}: {got[path.name] / len(texts):6.1%}  none {got[None]:3}  other {other:2}"
              f"  ({len(texts)} texts)")


def mixed() -> None:
    claimed = [language for language in languages() if load(language).scripts]
    print(f"\nmixed and short lines (languages claiming a script: {', '.join(claimed) or 'none'})")
    right = 0
    for text, expected in MIXED:
        found = detect(text)
        right += found == expected
        read = [(m.text, str(m.min), str(m.max), m.currency, m.period and m.period.value, m.language)
                for m in salarynorm.extract(text)]
        print(f"  {'ok ' if found == expected else 'NO '} {found!s:4} (want {expected!s:4}) {text!r}\n        {read}")
    print(f"  {right} of {len(MIXED)} as a reader would say")


if __name__ == "__main__":
    corpora()
    mixed()
