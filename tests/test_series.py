"""Importing a party's own series: mappings, units, idempotence, revisions, corrections, bad lines."""
import datetime as dt
import json

import pytest

from tollbook.records import Claimant
from tollbook.series import (MappingError, Speakers, bundled_general_staff, load_mapping, mapping_files,
                             mapping_from_flags, parse_map, parse_victims, point_record, read_rows)
from tollbook.store import Ledger

START = dt.date(2022, 7, 29)


def staff_csv(path, days=17, personnel=lambda i: 40_000 + 250 * i, tanks=lambda i: 1_700 + 10 * i, extra=""):
    """A small General-Staff-like file written for the tests: a personnel and a tank column."""
    lines = ["date,personnel,personnel*,tank,APC"]
    for i in range(days):
        lines.append(f"{START + dt.timedelta(days=i)},{personnel(i)},about,{tanks(i)},{3_900 + 20 * i}")
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


STAFF_MAPS = ("personnel=killed|casualties:people@personnel*", "tank=destroyed:tanks", "APC=destroyed:armoured_vehicles")


def staff_mapping(**kw):
    return mapping_from_flags("General Staff of the Armed Forces of Ukraine", "Russia/military", STAFF_MAPS,
                              affiliation="Ukraine", kind="military", since="2022-02-24", **kw)


@pytest.mark.parametrize("spec, column, metrics, unit, qcol", [
    ("tank=destroyed:tanks", "tank", ("destroyed",), "tanks", None),
    ("personnel=killed|casualties:people@personnel*", "personnel", ("killed", "casualties"), "people", "personnel*"),
    ("field artillery=destroyed:artillery", "field artillery", ("destroyed",), "artillery", None),
    ("drone=destroyed|shot_down:drones", "drone", ("destroyed", "shot_down"), "drones", None),
])
def test_a_map_flag_names_column_metrics_and_unit(spec, column, metrics, unit, qcol):
    m = parse_map(spec)
    assert (m.column, m.metrics, m.unit, m.qualifier_column) == (column, metrics, unit, qcol)


@pytest.mark.parametrize("spec", ["tank", "tank=destroyed", "tank=exploded:tanks", "=killed:people", "tank=destroyed:Big Tanks"])
def test_a_bad_map_flag_is_one_clear_error(spec):
    with pytest.raises(MappingError):
        parse_map(spec)


def test_victims_flag():
    assert parse_victims("Russia/military").affiliation == "Russia" and parse_victims("Russia/military").kind == "military"
    assert (parse_victims("civilian").affiliation, parse_victims("civilian").kind) == (None, "civilian")
    with pytest.raises(MappingError):
        parse_victims("Russia/robots")


def test_speakers_rule_reads_party_when_claims_carry_it_and_affiliation_until_then():
    rule = Speakers(parties=("Ukraine",), names=("General Staff of the Armed Forces of Ukraine",), affiliations=("Ukraine",))
    staff = Claimant("the General Staff", "General Staff of the Armed Forces of Ukraine", "Ukraine", "military")
    ministry = Claimant("the ministry", "Ukrainian Ministry of Defence", "Ukraine", "military")
    resident = Claimant("a resident", "resident", "Ukraine", "unknown")
    kremlin = Claimant("the Kremlin", "Kremlin", "Russia", "government")
    assert rule.speaks_for(staff) and rule.speaks_for(ministry)
    assert not rule.speaks_for(resident) and not rule.speaks_for(kremlin) and not rule.speaks_for(None)

    class WithParty:  # a claimant record once Claimant.party lands (issues 13/14)
        def __init__(self, party, kind, name="someone", affiliation=None):
            self.party, self.kind, self.name, self.affiliation = party, kind, name, affiliation

    assert rule.speaks_for(WithParty("Ukraine", "government"))
    assert not rule.speaks_for(WithParty("Russia", "military", affiliation="Ukraine"))  # party wins over affiliation
    assert not rule.speaks_for(WithParty("Ukraine", "media"))


def test_rows_are_read_with_units_and_qualifiers(tmp_path):
    rows = list(read_rows(staff_csv(tmp_path / "gs.csv", days=2), staff_mapping()))
    got = {(r.as_of, r.column.metric, r.column.unit): (r.value, r.qualifier, r.line) for r in rows}
    assert got[("2022-07-29", "killed", "people")] == (40_000, "about", 2)
    assert got[("2022-07-30", "destroyed", "tanks")] == (1_710, "exact", 3)
    assert got[("2022-07-30", "destroyed", "armoured_vehicles")] == (3_920, "exact", 3)


def test_bad_lines_are_named_and_the_rest_is_stored(tmp_path):
    path = staff_csv(tmp_path / "gs.csv", days=3, extra="2022-08-01,lots,about,1730,3960\nnot a date,1,about,2,3\n2022-08-02,-5,about,1740,3980\n")
    errors = []
    with Ledger.open(str(tmp_path / "l.db")) as led:
        (res,) = led.import_series([path], staff_mapping(), on_error=errors.append)
        assert [str(e) for e in errors] == ["gs.csv:5: personnel: 'lots' is not a number", "gs.csv:6: no date in column 'date'",
                                           "gs.csv:7: personnel: a running total cannot be negative (-5)"]
        assert res.errors == 3 and res.new == 3 * 3 + 2 * 2  # three good days of 3 columns, two more tank/APC figures


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary", "binary file, not CSV"),
    (b"day,figure\n2022-01-01,5\n", "no column 'date'"),
])
def test_an_unusable_file_is_one_line(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    errs = list(read_rows(path, staff_mapping()))
    assert len(errs) == 1 and message in str(errs[0]) and str(errs[0]).startswith("bad.csv:")


def test_reimport_is_idempotent_and_a_changed_day_becomes_a_revision(tmp_path):
    first = staff_csv(tmp_path / "gs.csv")
    with Ledger.open(str(tmp_path / "l.db")) as led:
        (a,) = led.import_series([first], staff_mapping())
        (b,) = led.import_series([first], staff_mapping())
        assert (a.new, a.revised, a.unchanged) == (51, 0, 0) and (b.new, b.revised, b.unchanged) == (0, 0, 51)
        # A later file changes one day (2022-08-05, the eighth) of the personnel figure.
        later = staff_csv(tmp_path / "gs-later.csv", personnel=lambda i: 40_000 + 250 * i + (50 if i == 7 else 0))
        (c,) = led.import_series([later], staff_mapping())
        assert (c.new, c.revised, c.unchanged) == (0, 1, 50)
        (killed,) = [s for s in led.series() if s.metric == "killed"]
        revs = [p for p in led.series_points(killed.series_id, current_only=False) if p.as_of == "2022-08-05"]
        assert [(p.revision, p.value, p.source, p.line) for p in revs] == [(0, 41_750, "gs.csv", 9), (1, 41_800, "gs-later.csv", 9)]
        current = {p.as_of: p.value for p in led.series_points(killed.series_id)}
        assert current["2022-08-05"] == 41_800 and len(current) == 17
        # The same later file again changes nothing.
        (d,) = led.import_series([later], staff_mapping())
        assert (d.new, d.revised) == (0, 0)


def test_a_correction_row_revises_the_day_before_it(tmp_path):
    from dataclasses import replace

    corrections = tmp_path / "corr.csv"
    corrections.write_text("date,tank,APC\n2022-08-06,-5,0\n", encoding="utf-8")
    with Ledger.open(str(tmp_path / "l.db")) as led:
        led.import_series([staff_csv(tmp_path / "gs.csv")], staff_mapping())
        (res,) = led.import_series([corrections], replace(staff_mapping(), corrections=True))
        (again,) = led.import_series([corrections], replace(staff_mapping(), corrections=True))
        assert (res.revised, again.revised, again.unchanged) == (1, 0, 1)
        (tanks,) = [s for s in led.series() if s.unit == "tanks"]
        revs = [p for p in led.series_points(tanks.series_id, current_only=False) if p.as_of == "2022-08-05"]
        assert [(p.revision, p.value) for p in revs] == [(0, 1_770), (1, 1_765)]
        assert revs[1].note == "corrected by -5 with the figures of 2022-08-06" and (revs[1].source, revs[1].line) == ("corr.csv", 2)
        # The day after the correction is the party's figure as published.
        assert {p.as_of: p.value for p in led.series_points(tanks.series_id)}["2022-08-06"] == 1_780


def test_a_series_figure_is_a_claim_of_its_party_with_scope_cumulative(tmp_path):
    with Ledger.open(str(tmp_path / "l.db")) as led:
        led.import_series([staff_csv(tmp_path / "gs.csv", days=2)], staff_mapping())
        (tanks,) = [s for s in led.series() if s.unit == "tanks"]
        rec = point_record(tanks, led.series_points(tanks.series_id)[-1])
    assert rec["scope"] == "cumulative" and rec["metric"] == "destroyed" and rec["unit"] == "tanks" and rec["value"] == 1_710
    assert rec["claimant"]["name"] == "General Staff of the Armed Forces of Ukraine" and rec["claimant"]["affiliation"] == "Ukraine"
    assert rec["victims"]["affiliation"] == "Russia" and rec["period"] == {"start": "2022-02-24", "end": "2022-07-30"}
    assert rec["source"] == {"file": "gs.csv", "line": 3} and rec["evidence"][0]["sentence"] == "gs.csv line 3: tank = 1,710"


def test_mapping_file_json_and_toml_agree(tmp_path):
    spec = {"party": "United Nations", "claimant": {"name": "UN Human Rights Monitoring Mission in Ukraine",
                                                     "affiliation": "United Nations", "kind": "international"},
            "victims": "civilian", "columns": {"killed": "killed:people", "injured": "wounded:people"},
            "speakers": {"affiliations": ["United Nations"], "kinds": ["international"]}}
    (tmp_path / "un.json").write_text(json.dumps(spec), encoding="utf-8")
    (tmp_path / "un.toml").write_text(
        'party = "United Nations"\nvictims = "civilian"\n'
        '[claimant]\nname = "UN Human Rights Monitoring Mission in Ukraine"\naffiliation = "United Nations"\nkind = "international"\n'
        '[columns]\nkilled = "killed:people"\ninjured = "wounded:people"\n'
        '[speakers]\naffiliations = ["United Nations"]\nkinds = ["international"]\n', encoding="utf-8")
    a, b = load_mapping(tmp_path / "un.json"), load_mapping(tmp_path / "un.toml")
    assert a == b and a.victims.kind == "civilian" and a.victims.affiliation is None
    (tmp_path / "broken.json").write_text('{"party": "x"}', encoding="utf-8")
    with pytest.raises(MappingError, match="broken.json"):
        load_mapping(tmp_path / "broken.json")



def test_the_bundled_general_staff_mapping_lists_its_files_and_licence():
    path = bundled_general_staff()
    jobs = mapping_files(path)
    assert [p.name for p, _ in jobs] == ["russia_losses_personnel.csv", "russia_losses_equipment.csv",
                                        "russia_losses_equipment_correction.csv"]
    assert [m.corrections for _, m in jobs] == [False, False, True] and all(p.exists() for p, _ in jobs)
    assert "MIT License" in (path.parent / "LICENSE").read_text(encoding="utf-8")
    units = {c.unit for c in jobs[0][1].columns}
    assert {"people", "tanks", "armoured_vehicles", "artillery", "aircraft", "helicopters", "drones", "ships", "missiles",
            "rocket_launchers", "air_defence", "vehicles"} <= units
