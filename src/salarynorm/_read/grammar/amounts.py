"""Amounts: a number with its currency signal.

Rules:

* ``amount``: a signal before the number ("$5", "US$ 3.14", "USD 200", "Rs. 20", "dollar 22.5 million"),
  after it ("5 €", "200 USD", "50 cents", "99p", "twenty dollars", "12 LPA"), "a dollar" (one, when the
  phrase ends there), or a bare number (the expression decides whether a bare number may be money);
* ``signed_number``: the number after a signal, with a minus ("$-5.00") and a redundant or more precise
  signal after it ("$10 dollars", "£94.50 GBP", "₹12 LPA");
* ``suffix_signal``: the signal after a number, also after a hyphen ("12-cent", "one-yen");
* ``minus_before``: "-$5.00", "(−€3)"; not the dash of "$3-$5";
* ``indian_salary``: "12 lakhs per annum", "a CTC of 1.2 crore" are money (rupees by convention);
* ``grand_signal``: "fifty grand" is dollars or pounds;
* ``slang_multiplier``, ``article_slang``: slang read in a money sense only ("made 50 bands", "it cost a
  grand", "made a mill last year", "a fiver", "two tenners"; never "two bands played", "a grand piano").
"""

from __future__ import annotations

from decimal import Decimal

from ..._decimals import scaled
from ..tokens import NUM, PUNCT, WORD
from .cents import cents_after, units_after
from .cursor import Cursor
from .digits import digits_at, digits_for, multiplier_at
from .nodes import CODE, IMPLIED, MINOR, NAME, UNIT, Amount, Signal
from .nodes import SIGN as SIGN_KIND
from .not_money import YEAR_LIKE_MAX, YEAR_LIKE_MIN, code_context, ordinary_name, weight
from .numerals import numeral_at
from .periods import period_phrase_at
from .signals import DOLLAR_SIGNS, make_signal, signal_at
from .words import words_at

__all__ = ["amount", "article_slang", "grand_signal", "minus_before", "money_words_before", "number_at",
           "slang_multiplier"]


def number_at(cur: Cursor, i: int, *, digits_only: bool = False) -> Amount | None:
    """The number starting at token i (digits, or words), with a following multiplier."""
    if i >= cur.n:
        return None
    tok = cur.t[i]
    if tok.kind == NUM:
        if cur.lang.myriad_scales:
            got = numeral_at(cur, i)  # "7万", "4억 2천만": digits that begin a numeral
            if got is not None:
                return got
        return digits_at(cur, i)
    if tok.kind == WORD and not digits_only:
        return words_at(cur, i)
    return None


def amount(cur: Cursor, i: int, *, and_cents: bool = True) -> Amount | None:
    """The amount starting at token i: a currency-signed number ("$5", "5 EUR", "twenty dollars",
    "50 cents"), or a bare number (the caller decides whether a bare number may be money).
    ``and_cents`` False keeps "and 50" out of the amount (after "between", "and" joins a range)."""
    tok = cur.t[i]
    lang = cur.lang
    # Signal first: "$5", "US$ 3.14", "USD 200", "Rs. 20", "dollar 22.5 million", "MAUD 60". In a language
    # that glues particles on (Korean), a currency word glued to an unknown syllable before it ends another
    # word: "직원 1만 명" (10,000 employees) holds no won.
    inside = bool(lang.glued_after_currency) and i > 0 and tok.attached and cur.t[i - 1].kind == WORD \
        and cur.t[i - 1].low not in cur.v.known_words
    if tok.kind != NUM and not inside:  # a sign, a code, a name; "[C]$" from its bracket
        sig = signal_at(cur, i, prefix=True)
        if sig is not None and sig.kind != MINOR and sig.t1 < cur.n:
            amt = signed_number(cur, sig, and_cents)
            if amt is not None:
                return amt
    # "a dollar", "an euro": one, when the phrase ends there; "a buck fifty": one and its cents.
    if tok.kind == WORD and tok.low in lang.articles and i + 1 < cur.n:
        sig = signal_at(cur, i + 1, prefix=False)
        weighs = sig is not None and sig.text.lower() in lang.weight_names \
            and (weight(cur, i, sig.t1) or (i > 0 and cur.t[i - 1].kind == NUM and cur.near(i)))
        # "a pound of flour"; "$1.125 a pound": a price per pound, not a pound of money
        if sig is not None and sig.kind in (NAME, MINOR) and cur.near(i + 1) and not weighs:
            after = cur.low(sig.t1)
            amt = Amount(Decimal(1), i, sig.t1, words=True)
            amt.signal = sig
            cents_after(cur, amt, and_cents=and_cents)
            if amt.decimals or ((sig.t1 >= cur.n or cur.t[sig.t1].kind == PUNCT
                                 or after in lang.article_money_followers)
                                and (sig.text.lower() not in lang.names_with_article_in_context
                                     or money_words_before(cur, i, pay=True))):
                units_after(cur, amt)
                return amt
        slang = article_slang(cur, i)
        if slang is not None:
            return slang  # "a grand", "made a mill", "a fiver"
    num = number_at(cur, i)
    if num is None:
        return None
    if num.t1 + num.tail < cur.n and not num.decimals and (num.words or not num.mult):
        note = lang.note_words.get(cur.low(num.t1 + num.tail))
        if note is not None and cur.spaced_once(num.t1 + num.tail) and num.number == num.number.to_integral():
            return _notes(cur, num.number * note, num.t0, num.t1 + num.tail + 1)  # "two tenners", "3 fivers"
    sig = suffix_signal(cur, num)
    if sig is not None and sig.text.lower() in lang.generic_units and sig.t1 < cur.n:
        named = signal_at(cur, sig.t1, prefix=False)
        if named is not None and named.kind == NAME and cur.near(named.t0):
            # "8亿元人民币", "72亿元人民币": the unit, then the name of its currency
            sig = make_signal(cur, NAME, sig.t0, named.t1, named.candidates, named.text.lower())
    if sig is not None and sig.kind == NAME and ordinary_name(cur, num, sig):
        return None  # "3 Pfund Mehl", "3 złote medale", "trois livres sur la Révolution"
    if sig is not None:
        num.signal = sig
        num.t1 = sig.t1
        num.tail = 0
        if not num.mult and sig.kind == CODE:  # "75 USD million"
            mult = multiplier_at(cur, num.t1)
            if mult is not None and mult[0] >= 6:
                num.number = scaled(num.number, mult[0])
                num.mult = mult[0]
                num.t1 += mult[1]
        digits_for(cur, num)
        cents_after(cur, num, and_cents=and_cents)
        units_after(cur, num)
        return num
    if not num.grand:
        slang_multiplier(cur, num)  # "made 50 bands", "made 2 mill last year"
    if num.words and not num.grand and not (num.mult and indian_salary(cur, i, num)):
        return None  # "five" alone is not money, even in a field
    if not cur.field and indian_salary(cur, i, num):
        num.signal = Signal(IMPLIED, cur.t[num.t1 - 1].text, lang.indian_scale_currencies, num.t1 - 1, num.t1,
                            cur.t[num.t1 - 1].start, cur.t[num.t1 - 1].end,
                            convention=lang.indian_scale_currencies[0])
    return num


def minus_before(cur: Cursor, i: int) -> bool:
    """True when a minus sign touches token i from the left and stands apart from what precedes it:
    "-$5.00", "(−€3)"; not the dash of "$3-$5" or "2-$5"."""
    lang = cur.lang
    if i < 1 or not cur.is_punct(i - 1, lang.minus_signs) or not cur.t[i].attached:
        return False
    if i < 2 or not cur.t[i - 1].attached:
        return True
    return cur.t[i - 2].kind == PUNCT and cur.t[i - 2].text in lang.minus_openers


def signed_number(cur: Cursor, sig: Signal, and_cents: bool) -> Amount | None:
    """The number after the signal ``sig``, or None."""
    lang = cur.lang
    j = sig.t1
    if cur.field and cur.is_punct(j, ":") and j + 1 < cur.n and cur.t[j].attached:
        j += 1  # price labels: "US$:12.99"
    minus = sig.kind in (SIGN_KIND, CODE) and cur.is_punct(j, lang.minus_signs) and cur.near(j) \
        and j + 1 < cur.n and cur.t[j + 1].kind == NUM and cur.t[j + 1].attached
    if minus:
        j += 1  # "$-5.00", "USD -5"
    if j >= cur.n or not cur.near(j):
        return None
    # A name goes before digits only ("ringgit 42", "dollar 22.5 million"), never before number words:
    # "the dollars thousand of times" is not money. Numerals counted in myriads are the language's digits:
    # "新台幣二兆八千八百億元" names its currency first, then the numerals and their unit.
    numerals = bool(lang.myriad_scales) and cur.t[j].kind == WORD and cur.t[j].low in cur.v.start_words
    if sig.kind == NAME and ((cur.t[j].kind != NUM and not numerals) or not cur.spaced_once(j)
                             or sig.text.lower() in lang.names_not_before_number):
        return None
    num = number_at(cur, j, digits_only=sig.kind not in (CODE, SIGN_KIND) and not numerals)
    if num is None:
        return None
    if numerals and sig.kind == NAME and not (num.t1 < cur.n and cur.low(num.t1) in lang.generic_units):
        return None  # a name before numerals only with their unit after them ("人民币八千元")
    # Words follow a code ("USD five million"), or a sign when they carry a scale ("$ one billion",
    # "US$ dois milhões"): a sign before a bare number word is seldom its amount ("$ one of them").
    if num.words and not (sig.kind == CODE or (sig.kind == SIGN_KIND and num.mult)
                          or (numerals and sig.kind == NAME)):
        return None
    if sig.kind == NAME and not num.mult and not num.decimals and num.number == num.number.to_integral() \
            and YEAR_LIKE_MIN <= num.number <= YEAR_LIKE_MAX and "," not in cur.t[j].text:
        return None
    generic = sig.kind == NAME and num.t1 < cur.n and cur.t[num.t1].low in lang.generic_units
    if generic:
        num.t1 += 1  # "港幣880元", "新台幣32,000元": the unit word after the number takes the name's currency
    elif sig.kind == NAME and (signal_at(cur, num.t1, prefix=False) is not None
                               or (cur.is_punct(num.t1, lang.range_dashes) and cur.t[num.t1].attached)):
        return None  # "won 500 euros": the number has a currency of its own; "won 3-1" is a score
    if sig.kind == SIGN_KIND and sig.text in DOLLAR_SIGNS and code_context(cur, sig, num):
        return None
    num.t0 = sig.t0
    num.signal = sig
    num.negative = minus
    # A redundant or more precise signal after the number: "$10 dollars", "£94.50 GBP", "$1,190.00 AUD".
    tail = signal_at(cur, num.t1, prefix=False)
    if tail is not None and tail.kind in (CODE, NAME) and cur.near(tail.t0):
        common = tuple(c for c in sig.candidates if c in tail.candidates)
        if common and not (tail.kind == CODE and _attached_to_number_after(cur, tail)):
            merged = make_signal(cur, tail.kind if len(common) < len(sig.candidates) else sig.kind, sig.t0,
                                 tail.t1, common, tail.text if len(common) == 1 else sig.text)
            merged.scale = sig.scale or tail.scale
            num.signal = merged
            num.t1 = tail.t1
    elif tail is not None and tail.kind == UNIT and tail.period and not num.mult and cur.near(tail.t0) \
            and any(c in tail.candidates for c in sig.candidates):
        # "₹12 LPA", "Rs 7-9 LPA": the sign names the currency, the unit adds lakhs and the year.
        num.signal = make_signal(cur, sig.kind, sig.t0, tail.t1, tail.candidates, sig.text, scale=tail.scale,
                                 period=tail.period)
        num.t1 = tail.t1
    digits_for(cur, num)
    cents_after(cur, num, and_cents=and_cents)
    units_after(cur, num)
    return num


def _attached_to_number_after(cur: Cursor, sig: Signal) -> bool:
    return sig.t1 < cur.n and cur.t[sig.t1].kind == NUM and cur.t[sig.t1].attached


def suffix_signal(cur: Cursor, num: Amount) -> Signal | None:
    """The signal after a number: "5 €", "10k$", "115USD", "50 cents", "99p", "one-yen", "12 LPA"."""
    j = num.t1 + num.tail
    if j >= cur.n:
        return None
    if num.mult and cur.t[j].low in cur.lang.scale_currency_links and cur.near(j) and j + 1 < cur.n:
        j += 1  # "2,1 milliards d'euros", "3 millones de dólares", "5 milioni di euro"
    hyphen = False
    if cur.is_punct(j, "-") and cur.t[j].attached and j + 1 < cur.n and cur.t[j + 1].attached:
        j += 1  # "12-cent", "one-yen"
        hyphen = True
    if not cur.near(j):
        return None
    sig = signal_at(cur, j, prefix=False)
    if sig is None:
        return None
    if hyphen and sig.kind not in (NAME, MINOR):
        return None
    if sig.kind == MINOR and sig.text in cur.lang.letter_minor_units and sig.text.isalpha():
        # "99p", "50c", "10 c": only after a small amount ("1080p" is a video format, "100c" a grade),
        # and not "p/h", "p/a", "ph" — those spell a period ("10p/hr" is £10 per hour in job ads).
        if cur.is_punct(sig.t1, "/") and cur.t[sig.t1].attached:
            return None
        small = num.decimals or (num.number < 100 and not num.mult)
        if not small or num.words:
            return None
        if not cur.t[j].attached and not (sig.t1 >= cur.n or cur.t[sig.t1].kind == PUNCT):
            return None
    if sig.kind == CODE and sig.t1 < cur.n and cur.t[sig.t1].kind == NUM and cur.t[sig.t1].attached \
            and not cur.t[j].attached:
        return None  # "3 USD50 cards": the code belongs to the number it touches
    if sig.kind == SIGN_KIND and not cur.t[j].attached and sig.t1 < cur.n and cur.t[sig.t1].attached \
            and cur.t[sig.t1].kind == NUM:
        return None  # "aged under 21 £10.18 an hour": a sign glued to the next number is that number's
    if sig.kind == SIGN_KIND and not cur.t[j].attached and sig.t1 < cur.n and cur.near(sig.t1):
        # "1 $ 10 dollars": a sign spaced on both sides binds to the right when the right side
        # confirms it with a name; "10 $ 30 $" keeps it on the left.
        right = number_at(cur, sig.t1, digits_only=True)
        if right is not None:
            tail = signal_at(cur, right.t1, prefix=False)
            if tail is not None and tail.kind == NAME:
                return None
    if num.words and sig.kind == SIGN_KIND and not cur.field and not cur.lang.myriad_scales:
        return None  # "five $" is not how money is written in words (but "七万円", "五元" is)
    glued = cur.lang.glued_after_currency
    if glued and sig.t1 < cur.n and cur.t[sig.t1].attached and cur.t[sig.t1].kind == WORD \
            and cur.t[sig.t1].low not in glued:
        return None  # "백엔드" (backend), "삼원색": the currency word is the start of another word
    lang = cur.lang
    unit = cur.t[sig.t1 - 1].low
    if lang.unspaced and (sig.kind == MINOR or (unit in lang.unit_chain and unit not in lang.generic_units)) \
            and sig.t1 < cur.n and cur.t[sig.t1].attached and cur.t[sig.t1].kind == WORD \
            and cur.t[sig.t1].low not in cur.v.known_words:
        return None  # "五角大楼" (the Pentagon), "五分钟" (five minutes), "三块蛋糕" (three pieces of cake)
    if sig.kind == MINOR and lang.minor_unit_blockers and _blocked(cur, num.t0, sig.t1):
        return None  # "10点30分" (half past ten), "得了90分" (90 points), "十二分三十秒"
    return sig


def _blocked(cur: Cursor, t0: int, t1: int) -> bool:
    """True when a word of ``minor_unit_blockers`` stands among the three tokens before an amount in minor
    units, or right after it before a number and another blocker ("十二分三十秒")."""
    blockers = cur.lang.minor_unit_blockers
    if any(cur.low(k) in blockers for k in range(max(0, t0 - 3), t0)):
        return True
    k = t1
    while k < cur.n and k < t1 + 6 and (cur.t[k].kind == NUM or cur.low(k) in cur.lang.units
                                         or cur.low(k) in cur.lang.small_scales):
        k += 1
    return k > t1 and cur.low(k) in blockers


def indian_salary(cur: Cursor, i: int, amt: Amount) -> bool:
    """"12 lakhs per annum", "a CTC of 1.2 crore": lakh or crore with a pay period after it or a pay word
    shortly before it is money (in rupees by convention); "12 lakh voters" is not."""
    lang = cur.lang
    if not any(cur.t[k].low in lang.indian_scales for k in range(amt.t0, amt.t1)):
        return False
    if period_phrase_at(cur, amt.t1) is not None:
        return True
    return any(cur.t[k].low in lang.pay_nouns for k in range(max(0, i - 5), i))


def money_words_before(cur: Cursor, t0: int, *, pay: bool = False) -> bool:
    """True when a word of money (``money_context_words``; with ``pay`` also a pay noun) stands among the
    three words before token t0, in the same clause: "made 50 bands", "it cost him a grand"."""
    lang = cur.lang
    for k in range(t0 - 1, max(-1, t0 - 4), -1):
        if cur.t[k].kind == PUNCT or not cur.near(k + 1):
            return False
        w = cur.t[k].low
        if w in lang.money_context_words or (pay and w in lang.pay_nouns):
            return True
    return False


def slang_multiplier(cur: Cursor, num: Amount) -> None:
    """Make ``num`` money by a slang multiplier after it, in a money sense only: a word of money shortly
    before it or a pay period after it ("made 50 bands", "made 2 mill last year", "50 bands a year");
    "two bands played", "3 bands on the bill" and "a paper mill" stay what they are."""
    table = cur.lang.money_multipliers_in_context
    if not table or num.decimals:
        return
    if num.mult:
        j = num.t1  # "2 mill": the multiplier is read already
        if num.scale_word not in table or table[num.scale_word] != num.mult:
            return
        power = 0
    else:
        j = num.t1 + num.tail
        if j >= cur.n or cur.t[j].low not in table or not cur.spaced_once(j):
            return
        power = table[cur.t[j].low]
        j += 1
    if not (money_words_before(cur, num.t0) or period_phrase_at(cur, j) is not None):
        return
    if power:
        num.number = scaled(num.number, power)
        num.mult = power
        num.scale_word = cur.t[j - 1].low
        num.t1 = j
        num.tail = 0
    num.grand = True


def article_slang(cur: Cursor, i: int) -> Amount | None:
    """"a fiver" (a note word after an article), and "a grand", "a mill" (a money multiplier after an
    article) where a word of money stands shortly before or a pay period follows ("it cost a grand", "made
    a mill last year", "a grand a month"; never "a grand piano", "a paper mill", "a grand, sweeping
    gesture"); None otherwise."""
    lang = cur.lang
    j = i + 1
    w = cur.low(j)
    if not cur.spaced_once(j):
        return None
    note = lang.note_words.get(w)
    if note is not None:
        return _notes(cur, Decimal(note), i, j + 1)
    if w in lang.money_multipliers and w in lang.multipliers:
        power = lang.multipliers[w]
    elif w in lang.money_multipliers_in_context:
        power = lang.money_multipliers_in_context[w]
    else:
        return None
    ends = j + 1 >= cur.n or cur.t[j + 1].kind == PUNCT or cur.low(j + 1) in lang.article_money_followers
    period = period_phrase_at(cur, j + 1) is not None
    if not ((ends and money_words_before(cur, i)) or period):
        return None
    amt = Amount(scaled(Decimal(1), power), i, j + 1, mult=power, words=True)
    amt.scale_word = w
    amt.grand = True
    return amt


def _notes(cur: Cursor, value: Decimal, t0: int, t1: int) -> Amount:
    """``value`` in banknotes named by the word before t1 ("a fiver", "two tenners"): pounds, or another
    reading of ``note_names`` the text takes."""
    amt = Amount(value, t0, t1, words=True)
    tok = cur.t[t1 - 1]
    readings = [cur.names.get(name, ()) for name in cur.lang.note_names]
    cands = tuple(dict.fromkeys([*(r[0] for r in readings if r), *(c for r in readings for c in r)]))
    if cands:
        amt.signal = Signal(IMPLIED, tok.text, cands, t1 - 1, t1, tok.start, tok.end, convention=cands[0])
    return amt


def grand_signal(cur: Cursor, amt: Amount) -> Signal:
    """"fifty grand" is dollars or pounds, whichever the text is about: the first reading of each money
    multiplier name first (USD by convention, GBP or any dollar through ``default_currency``)."""
    tok = cur.t[amt.t1 - 1]
    readings = [cur.names.get(name, ()) for name in cur.lang.money_multiplier_names]
    firsts = [r[0] for r in readings if r]
    cands = tuple(dict.fromkeys([*firsts, *(c for r in readings for c in r)]))
    return Signal(IMPLIED, tok.text, cands, amt.t1 - 1, amt.t1, tok.start, tok.end, convention=cands[0])
