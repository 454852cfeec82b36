"""parallel: the chunks sent to workers: as many documents as asked, fewer where their texts are long."""
from tollbook.parallel import CHUNK_CHARS, _next_chunk
from tollbook.records import Source
from tollbook.sources import InputError


def test_a_chunk_is_cut_by_count_and_by_the_length_of_its_texts():
    short = iter([Source(f"s{i}", "Two people were hurt.") for i in range(100)])
    assert [len(_next_chunk(short, 32)) for _ in range(4)] == [32, 32, 32, 4]
    # texts of a third of the limit each: three make a chunk, however many are asked
    long = iter([Source(f"l{i}", "x" * (CHUNK_CHARS // 3 + 1)) for i in range(7)])
    assert [len(_next_chunk(long, 32)) for _ in range(4)] == [3, 3, 1, 0]


def test_errors_in_the_stream_count_but_hold_no_text():
    items = iter([InputError("bad.jsonl:3", "not JSON")] * 5 + [Source("a", "One killed.")])
    assert len(_next_chunk(items, 32)) == 6
