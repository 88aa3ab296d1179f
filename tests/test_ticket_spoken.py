"""Spoken forms of numbers and identifiers match the written ones, in English, Korean and Tagalog."""
from __future__ import annotations

import pytest

from qa.ticket.spoken import canonical, normalise, spoken_spans

CASES = [
    # English: digits one at a time, "oh", letters, NATO, double/triple, compound numbers
    ("three one six oh two", "31602"),
    ("C R Q seven seven one", "CRQ771"),
    ("bravo echo nine", "BE9"),
    ("double five", "55"),
    ("triple zero one", "0001"),
    ("my ticket is I N C zero zero one two three four five.", "my ticket is INC0012345."),
    ("H D eleven eighty nine", "HD1189"),
    ("fifteen hundred dollars", "1500 dollars"),
    ("one hundred and five", "105"),
    ("two thousand twenty six", "2026"),
    ("Fourteen twenty Maple Street", "1420 Maple Street"),
    ("zero nine one seven, five five five, one two three four", "09175551234"),
    ("L T dash two zero nine three one", "LT20931"),
    ("the error says oh x eight zero zero seven zero zero zero five", "the error says 0X80070005"),
    ("error eight oh nine", "error 809"),
    # plain words stay words
    ("oh no, I have two laptops", "oh no, I have 2 laptops"),
    ("bravo lima nine", "BL9"),
    # Tagalog and Spanish-derived numbers, English numbers inside Tagalog
    ("pito walo dalawa lima isa", "78251"),
    ("Ang account number ko ay siyete otso dos singko", "Ang account number ko ay 7825"),
    ("dalawampu't lima", "25"),
    ("limang daan", "500"),
    ("dos mil", "2000"),
    ("isang libo't limang daan na piso", "1500 na piso"),
    ("bente singko pesos", "25 pesos"),
    ("lima lang po", "5 lang po"),
    ("Ang ticket number niyo po ay INC zero zero three zero zero zero two.", "Ang ticket number niyo po ay INC0030002."),
    # Korean: sino-Korean digits, particles, compound numbers, letters read in Korean
    ("사번은 이 공 일 칠 삼이요", "사번은 20173이요"),
    ("공 일 공 오 오 이요", "01055 이요"),
    ("삼백오십만 원이에요", "3500000 원이에요"),
    ("삼만 오천 원은 환불", "35000 원은 환불"),
    ("테헤란로 백오십이 입니다", "테헤란로 152 입니다"),
    ("일억 이천만 삼천 원", "120003000 원"),
    ("에러 코드가 오 팔 공 공이 떠요", "에러 코드가 5800이 떠요"),
    ("여기 칠층인데요", "여기 7층인데요"),
    ("여기 오 층인데요", "여기 5 층인데요"),
    ("nasa ika-apat na palapag po kami", "nasa ika-4 na palapag po kami"),
    ("티켓 번호는 씨 알 큐 칠 칠 일 입니다", "티켓 번호는 CRQ771 입니다"),
    ("티켓 번호는 아이 엔 씨 공 공 이 공 공 공 이 입니다", "티켓 번호는 INC0020002 입니다"),
    ("하나 둘 셋", "123"),
    # Taglish: Tagalog, Spanish-derived and English numbers mixed, digit by digit or grouped
    ("siyete otso dos, singko singko, isa tres", "7825513"),
    ("Zero nine one seven, triple four, dalawa tatlo lima anim.", "09174442356."),
    ("Zero nine two eight, double five, isa dos tres, kwatro singko.", "09285512345."),
    ("Apat apat isa walo, zero zero lima dalawa.", "44180052."),
    ("P R N dos singko sero", "PRN250"),
    ("dos siyentos kwarenta Mabini Street", "240 Mabini Street"),
    ("limang daan at limampung piso", "550 piso"),
    ("na-refund na po yung isa, limang daan at limampung piso", "na-refund na po yung 1, 550 piso"),
    ("one thousand, two hundred", "1200"),
    ("oh nine seventeen, five five five, twelve thirty-four", "09175551234"),
    # Korean phone numbers in groups: a final 이 before more digits is the digit 2, not a particle
    ("연락처는 공일공 사칠팔이 삼삼일오입니다.", "연락처는 01047823315입니다."),
    # a word that only sounds like a digit counts between two digits, and nowhere else
    ("It's six one to eight four.", "It's 61284."),
    ("I go to work for five days", "I go to work for 5 days"),
    ("나는 이번에 일이 많아요", "나는 이번에 일이 많아요"),
    ("비가 와요", "비가 와요"),
    # a lower-case "o" between English digits is zero; in Tagalog "o" is "or"; a capital O is a letter
    ("Five oh three, five five five, o one eight two.", "5035550182."),
    ("dalawa o tatlong araw", "2 o 3 araw"),
    ("N A O, tres kuwatro singko.", "NAO345."),
    # Spanish tens in both spellings ("singkwenta", "singkuwenta"), like kwatro/kuwatro
    ("siyete siyentos singkuwenta pesos", "750 pesos"),
    ("dos siyentos kuwarenta", "240"),
]


@pytest.mark.parametrize("spoken, written", CASES)
def test_spoken_forms_are_written_out(spoken, written):
    assert normalise(spoken) == written


def test_written_numerals_separated_by_commas_or_semicolons_stay_apart():
    assert normalise("invoice INV-4471; 3-5 days") == "invoice INV4471; 35 days"
    assert normalise("ids 4412, 5531") == "ids 4412, 5531"


def test_spans_point_at_the_spoken_words():
    text = "it's four five seven one two, thanks"
    (span,) = spoken_spans(text)
    assert (text[span.start:span.end], span.value) == ("four five seven one two", "45712")


def test_a_number_read_through_a_sound_alike_word_is_marked_soft():
    # "and" between two plain digits ends a number (it joins only a compound: "two hundred and five")
    assert [(s.value, s.soft) for s in spoken_spans("It's six one to eight four, and two five.")] == [
        ("61284", True), ("25", False)]
    assert [s.soft for s in spoken_spans("siyete otso dos")] == [False]


def test_canonical_ignores_case_and_separators():
    assert canonical("inc-001 2345") == "INC0012345"
