#!/usr/bin/python3
"""effleur course due|show|export as a user runs them, on a real journal file.

The journal is made by effleur itself (its first run creates and migrates the file); the clients,
their sessions and one course started from a client's record are then written into it as the
app writes them. Today is 10 March 2026 (--today), dates are in UTC (TZ=UTC). The expected dates
are counted from the protocols' plans: the plastic facial massage every other day, the complex's
Day II the day after Day I. The iCalendar file is read back with the icalendar package
(Debian's python3-icalendar), a parser that follows RFC 5545.

Usage: course.py EFFLEUR
"""

import datetime
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

import icalendar

EFFLEUR = sys.argv[1]
failures = []


def check(what, ok):
    if not ok:
        failures.append(what)
        print("FAILED:", what)


def run(*args, code=0):
    env = dict(os.environ, TZ="UTC", QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([EFFLEUR, "course", *args], capture_output=True, text=True, env=env)
    if p.returncode != code:
        print(p.stdout, p.stderr)
        failures.append(f"course {' '.join(args)}: exit {p.returncode}, wanted {code}")
    return p


def ms(date, hour=9):
    d = datetime.datetime.fromisoformat(date).replace(hour=hour, tzinfo=datetime.timezone.utc)
    return int(d.timestamp() * 1000)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "journal.sqlite")
    today = ["--database", db, "--today", "2026-03-10"]

    # An empty journal: nothing due, and the file is private.
    p = run("due", *today)
    check("empty journal: nothing due", p.stdout.strip() == "0 due by 2026-03-16")
    check("the journal file is private", os.stat(db).st_mode & 0o777 == 0o600)

    con = sqlite3.connect(db)
    version = con.execute("PRAGMA user_version").fetchone()[0]
    check("schema version 5 or later", version >= 5)

    def client(name):
        cur = con.execute(
            "INSERT INTO clients (name, created_ms, updated_ms) VALUES (?, ?, ?)",
            (name, ms("2026-02-01"), ms("2026-02-01")))
        return cur.lastrowid

    def session(who, protocol, title, date, day=None):
        stage = None if day is None else day - 1
        con.execute(
            "INSERT INTO sessions (client, protocol, protocol_version, protocol_title, "
            "protocol_hash, stage, day, started_ms, ended_ms, planned_ms, active_ms, outcome, "
            "verdict, gate_json) VALUES (?, ?, 1, ?, '00', ?, ?, ?, ?, 1200000, 1200000, "
            "'finished', 'clear', '{}')",
            (who, protocol, title, stage, day, ms(date), ms(date, 10)))

    def course(who, protocol, started):
        con.execute(
            "INSERT INTO courses (client, protocol, started, created_ms) VALUES (?, ?, ?, ?)",
            (who, protocol, started, ms("2026-03-01")))

    boris = client("Boris L.")
    session(boris, "plastic-facial", "Plastic facial massage", "2026-03-03")
    session(boris, "plastic-facial", "Plastic facial massage", "2026-03-05")
    course(boris, "plastic-facial", "2026-03-03")
    anna = client("Anna K.")
    session(anna, "kneading-prp-lymphatic", "Kneading", "2026-03-09", day=1)
    course(anna, "kneading-prp-lymphatic", "2026-03-09")
    cleo = client("Cleo M.")
    course(cleo, "plastic-facial", "2026-03-13")
    dana = client("Dana P.")  # a course due in April: not listed
    for i, date in enumerate(["2026-03-01", "2026-03-02", "2026-03-03"]):
        session(dana, "kneading-prp-lymphatic", "Kneading", date, day=i + 1)
    course(dana, "kneading-prp-lymphatic", "2026-03-01")
    con.commit()
    con.close()

    # course due: overdue first, then today, then this week.
    p = run("due", *today)
    lines = p.stdout.splitlines()
    check("due: four lines", len(lines) == 4)
    if len(lines) == 4:
        check("due: Boris overdue", lines[0].startswith("overdue    2026-03-07  Boris L.  plastic-facial  session 3"))
        check("due: why Boris is overdue",
              lines[0].endswith("(the course was interrupted: 5 days since the last session)"))
        check("due: Anna today", lines[1] == "today      2026-03-10  Anna K.  kneading-prp-lymphatic  day 2 of procedure 1")
        check("due: Cleo this week", lines[2] == "this week  2026-03-13  Cleo M.  plastic-facial  session 1")
        check("due: count", lines[3] == "3 due by 2026-03-16")

    p = run("due", "--json", *today)
    due = json.loads(p.stdout)
    check("due --json: three", len(due) == 3)
    if len(due) == 3:
        check("due --json: when", [d["when"] for d in due] == ["overdue", "today", "this-week"])
        check("due --json: Anna's day 2 is stage 1",
              due[1]["next"] == {"kind": "course", "session": 1, "day": 2, "stage": 1,
                                 "date": "2026-03-10", "moved": False, "reason": ""})
        check("due --json: Boris's finding",
              due[0]["findings"][-1]["kind"] == "interrupted" and due[0]["findings"][-1]["days"] == 5)
        check("due --json: done and planned",
              due[0]["done"] == 2 and due[0]["planned"] == {"min": 10, "max": 15})

    # course show CLIENT: the whole course.
    p = run("show", "Boris", "--json", *today)
    shown = json.loads(p.stdout)
    check("show --json: one course", len(shown) == 1)
    if shown:
        c = shown[0]
        check("show --json: started", c["started"] == "2026-03-03")
        check("show --json: sessions", [s["date"] for s in c["sessions"]] == ["2026-03-03", "2026-03-05"])
        check("show --json: eight planned, to the course's ten",
              len(c["upcoming"]) == 8 and c["upcoming"][-1]["date"] == "2026-03-21"
              and c["upcoming"][-1]["session"] == 10)
    p = run("show", "Anna", *today)
    check("show: Anna's next day", "next: day 2 of procedure 1, due 2026-03-10 (today)" in p.stdout)
    run("show", "Nobody", *today, code=1)
    run("show", *today, code=2)
    run("due", "--today", "2026-02-30", "--database", db, code=2)
    run("frobnicate", "--database", db, code=2)

    # course export --ics: read back by a real iCalendar parser.
    ics = os.path.join(tmp, "planned.ics")
    p = run("export", "--ics", ics, *today)
    check("export: says what it wrote", p.stdout.startswith("wrote " + ics))
    check("export: private file", os.stat(ics).st_mode & 0o777 == 0o600)
    raw = open(ics, "rb").read()
    check("export: CRLF line endings", b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""))
    check("export: lines of at most 75 octets", all(len(l) <= 75 for l in raw.split(b"\r\n")))
    cal = icalendar.Calendar.from_ical(raw)
    check("export: VERSION 2.0", str(cal.get("VERSION")) == "2.0")
    check("export: PRODID", "Effleur" in str(cal.get("PRODID")))
    events = [e for e in cal.walk("VEVENT")]
    uids = [str(e.get("UID")) for e in events]
    check("export: unique UIDs", len(uids) == len(set(uids)))
    by_summary = {str(e.get("SUMMARY")): e for e in events}
    boris3 = by_summary.get("Boris L.: Plastic facial massage, session 3")
    check("export: Boris's session 3", boris3 is not None)
    if boris3 is not None:
        check("export: an all-day event on 7 March",
              boris3.decoded("DTSTART") == datetime.date(2026, 3, 7)
              and boris3.decoded("DTEND") == datetime.date(2026, 3, 8))
        check("export: DTSTAMP in UTC", boris3.decoded("DTSTAMP").tzinfo is not None)
    anna2 = by_summary.get(
        "Anna K.: Kneading massage, PRP mesotherapy and lymphatic drainage (three-day complex), "
        "day 2 of procedure 1")
    check("export: Anna's day 2, its long summary unfolded whole", anna2 is not None)
    if anna2 is not None:
        check("export: day 2 on 10 March", anna2.decoded("DTSTART") == datetime.date(2026, 3, 10))
    # Boris 8 + Anna 2 (days 2 and 3) + Cleo 10 + Dana's next procedure (3 days) = 23.
    check("export: every planned session", len(events) == 23)
    p = run("export", "--ics", os.path.join(tmp, "cleo.ics"), "--client", "Cleo", *today)
    check("export --client: Cleo's ten", "(10 planned sessions)" in p.stdout)

if failures:
    print(f"{len(failures)} failed")
    sys.exit(1)
print("all passed")
