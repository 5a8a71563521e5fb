#!/usr/bin/env python3
"""Independent oracle for the hand-worked dates in DeadlineTableTest.cpp.

Counts day by day from reference/holidays-cn.csv, without any of OGI Desk's code, so the
table rows in the C++ tests are checked against a second implementation. Run:
    python3 tests/deadline/independent_dates.py
and compare with the rows (each printed as: what, input, expected).
"""
import csv
import datetime as dt
import pathlib

CSV = pathlib.Path(__file__).resolve().parents[2] / "resources/calendar/holidays-cn.csv"
EXCEPTIONS = {}
with open(CSV, encoding="utf-8") as f:
    for row in csv.DictReader(f):
        EXCEPTIONS[dt.date.fromisoformat(row["date"])] = row["kind"] == "work"


def is_work(d):
    return EXCEPTIONS.get(d, d.weekday() < 5)


def d(text):
    return dt.date.fromisoformat(text)


def add(trigger, n, paused=()):
    """The n-th counted working day after trigger; days in any (from, to] of `paused` are not counted."""
    day, counted = trigger, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if is_work(day) and not any(f < day <= t for f, t in paused):
            counted += 1
    return day


def between(after, up_to):
    n, day = 0, after
    while day < up_to:
        day += dt.timedelta(days=1)
        n += is_work(day)
    return n


def show(what, *args):
    print(what, *args)


if __name__ == "__main__":
    for r in ["2026-03-04", "2026-03-07", "2026-03-08", "2026-10-01", "2026-05-01", "2025-01-01",
              "2026-04-05", "2026-02-28", "2026-10-10", "2026-02-14", "2026-02-06", "2026-02-13",
              "2025-01-20", "2025-01-26", "2024-02-01", "2024-02-04", "2023-01-13", "2020-01-20",
              "2019-01-25", "2019-02-02", "2026-09-18", "2026-09-20", "2025-09-22", "2025-09-28",
              "2025-10-11", "2024-09-20", "2024-09-29", "2023-09-25", "2023-10-07", "2019-09-20",
              "2021-09-18", "2022-09-30", "2019-04-26", "2019-04-28", "2020-04-26", "2026-12-31"]:
        show("reply20", r, add(d(r), 20))
    for r in ["2026-09-28", "2026-02-10", "2025-04-30", "2026-01-01", "2025-09-30", "2024-12-31"]:
        show("notice7", r, add(d(r), 7))
    for r in ["2026-09-22", "2026-01-30", "2025-09-26"]:
        show("consult15", r, add(d(r), 15))
    # supplement: reply counts from the supplemented application's receipt
    show("supplement", "2026-02-12", add(d("2026-02-12"), 20))
    show("supplement", "2025-09-30", add(d("2025-09-30"), 20))
    # pauses: (receipt, [(from, to)...])
    cases = [
        ("2026-09-15", [("2026-09-22", "2026-10-09")]),
        ("2026-01-26", [("2026-02-03", "2026-02-25")]),
        ("2026-03-02", [("2026-03-05", "2026-03-12"), ("2026-03-20", "2026-04-08")]),
        ("2025-09-19", [("2025-09-26", "2025-10-13"), ("2025-10-20", "2025-10-24")]),
        ("2026-03-02", [("2026-03-30", "2026-04-02")]),
    ]
    for receipt, pauses in cases:
        p = [(d(f), d(t)) for f, t in pauses]
        show("paused", receipt, pauses, add(d(receipt), 20, p),
             "not counted:", [sum(1 for x in range((t - f).days) if is_work(f + dt.timedelta(days=x + 1))) for f, t in p])
    # extension: 20 + N working days
    show("extended20", "2026-09-15", add(d("2026-09-15"), 40))
    show("extended10", "2026-01-26", add(d("2026-01-26"), 30))
    show("ext+pause", "2026-09-15", add(d("2026-09-15"), 30, [(d("2026-09-22"), d("2026-10-09"))]))
    # working days between (status counts)
    for a, b in [("2026-10-12", "2026-10-29"), ("2026-02-13", "2026-03-06"), ("2026-09-30", "2026-10-09"),
                 ("2026-02-27", "2026-03-02")]:
        show("between", a, b, between(d(a), d(b)))
    # issue 16: the extension told or not (Art. 33(2)); receipt 2026-09-15
    show("reply20", "2026-09-15", add(d("2026-09-15"), 20), "extended20", add(d("2026-09-15"), 40))
    for a, b in [("2026-10-19", "2026-11-05"), ("2026-10-14", "2026-10-19"), ("2026-10-15", "2026-10-19"),
                 ("2026-10-20", "2026-11-16"), ("2026-10-19", "2026-11-16"), ("2026-10-19", "2026-11-04")]:
        show("between", a, b, between(d(a), d(b)))
    # issue 16: a consultation excludes at most 15 working days from the letter (Art. 32, 34)
    for receipt, letter in [("2026-09-15", "2026-09-22"), ("2026-01-26", "2026-02-03"), ("2026-03-02", "2026-03-05"),
                            ("2026-03-02", "2026-03-20")]:
        cap = add(d(letter), 15)
        show("consult-capped", receipt, letter, "15th day", cap, "due", add(d(receipt), 20, [(d(letter), cap)]))
    for a, b in [("2026-10-21", "2026-11-09"), ("2026-10-27", "2026-11-09"), ("2026-11-09", "2026-11-20"),
                 ("2026-11-09", "2026-11-16"), ("2026-03-10", "2026-03-20"), ("2026-03-27", "2026-04-21")]:
        show("between", a, b, between(d(a), d(b)))
    # issue 16: the fee is paid within 20 working days of the day after receiving the notice
    for received in ["2026-03-12", "2026-09-30", "2026-03-10", "2026-07-08", "2026-09-29"]:
        show("fee-from-receipt", received, add(d(received), 20))
    show("fee-from-notice (the old, wrong rule)", "2026-09-28", add(d("2026-09-28"), 20))
    # issue 16: the supplement period from the applicant's receipt of the notice (Art. 30)
    for received, days in [("2026-07-07", 10), ("2026-09-25", 10), ("2026-09-30", 15), ("2026-02-12", 10)]:
        show("supplement-from-receipt", received, days, add(d(received), days))
    # beyond the calendar: plain Monday-Friday
    show("reply20", "2026-12-15", add(d("2026-12-15"), 20))
    show("reply20", "2027-03-01", add(d("2027-03-01"), 20))
