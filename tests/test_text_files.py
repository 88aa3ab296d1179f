"""Text files qa reads (rubrics, manifests, call JSON, verdict CSVs, glossaries, references) must be
UTF-8; anything else is refused with the byte, its offset and the encoding the file looks like."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from qa.calibrate import load_verdicts
from qa.cli import main
from qa.errors import ConfigError, TranscriptError
from qa.fileio import read_text
from qa.formats import load_call

KOREAN_RUBRIC = 'extends: helpdesk\nid: site\nversion: "1"\ndescription: 비밀번호 재설정 통화 평가 기준입니다\n'


def test_a_cp949_rubric_is_refused_with_its_encoding_named(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_bytes(KOREAN_RUBRIC.encode("cp949"))
    result = CliRunner().invoke(main, ["rubric", "check", str(path)])
    assert result.exit_code == 2
    assert f"{path}: not UTF-8 text (byte 0xba at offset 53); it looks like cp949 (Korean); save it as UTF-8." \
        in result.output


def test_utf8_with_a_byte_order_mark_reads(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + KOREAN_RUBRIC.encode("utf-8"))
    assert read_text(path) == KOREAN_RUBRIC
    assert CliRunner().invoke(main, ["rubric", "check", str(path)]).exit_code == 0


def test_call_json_and_verdict_csv_name_the_encoding(tmp_path):
    call = tmp_path / "call-01.json"
    call.write_bytes('{"call_id": "call-01", "segments": [{"text": "안녕하세요 고객님"}]}'.encode("cp949"))
    with pytest.raises(TranscriptError, match=r"not UTF-8 text .*; it looks like cp949 \(Korean\)"):
        load_call(call)
    labels = tmp_path / "labels.csv"
    labels.write_bytes("call_id,criterion,verdict,analyst\ncall-01,greeting.company,pass,김민지\n"
                       "call-02,greeting.company,fail,박서준\n".encode("cp949"))
    with pytest.raises(ConfigError, match=r"labels.csv: not UTF-8 text \(byte 0xb1 at offset 64\); it looks like cp949"):
        load_verdicts(labels)


def test_many_json_files_are_written_whole_private_and_with_no_temporary_file_left(tmp_path):
    from qa.fileio import write_json, write_json_many

    items = [(tmp_path / "many" / f"call-{i:03d}.result.json", {"call_id": f"call-{i:03d}", "score": i / 7})
             for i in range(150)]  # more than one batch of files held open at once
    (tmp_path / "many").mkdir()
    (tmp_path / "many" / "call-000.result.json").write_text("old")  # replaced, not appended to
    written = write_json_many(items)
    assert written == [path for path, _ in items]
    for path, data in items:
        single = write_json(tmp_path / "one.json", data)
        assert path.read_bytes() == single.read_bytes()
        assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in (tmp_path / "many").iterdir()) == sorted(p.name for p, _ in items)
