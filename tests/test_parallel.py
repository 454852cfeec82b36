"""parallel: the chunks sent to workers (as many documents as asked, fewer where their texts are
long, smaller at the end of the input) and the results handed back in order."""
from concurrent.futures import Future

from tollbook.parallel import CHUNK_CHARS, TAIL_CHUNK, Chunks, _ordered
from tollbook.records import Source
from tollbook.sources import InputError


def _sizes(chunks: Chunks) -> list[int]:
    out = []
    while chunk := chunks.next():
        out.append(len(chunk))
    return out


def test_a_chunk_is_cut_by_count_and_by_the_length_of_its_texts():
    # (read far enough ahead that the end of the input is not yet in hand)
    short = Chunks([Source(f"s{i}", "Two people were hurt.") for i in range(1000)], 32, jobs=2, ahead=1000 - 96)
    assert _sizes(short)[:3] == [32, 32, 32]
    # texts of a third of the limit each: three make a chunk, however many are asked
    long = Chunks([Source(f"l{i}", "x" * (CHUNK_CHARS // 3 + 1)) for i in range(100)], 32, jobs=1, ahead=50)
    assert _sizes(long)[:3] == [3, 3, 3]


def test_the_last_chunks_get_smaller_so_the_workers_end_together():
    items = [Source(f"s{i}", "Two people were hurt.") for i in range(300)]
    sizes = _sizes(Chunks(items, 32, jobs=2))
    assert sum(sizes) == 300
    assert sizes[0] == 32 and max(sizes) == 32
    assert sizes == sorted(sizes, reverse=True)  # never larger again
    assert sizes[-1] <= TAIL_CHUNK and sizes[-3:] != [32, 32, 32]
    # every item once, in order
    chunks = Chunks(items, 32, jobs=2)
    seen = []
    while chunk := chunks.next():
        seen += [s.doc_id for s in chunk]
    assert seen == [s.doc_id for s in items]


def test_errors_in_the_stream_count_but_hold_no_text():
    items = [InputError("bad.jsonl:3", "not JSON")] * 5 + [Source("a", "One killed.")] + [Source("b", "x")] * 100
    assert len(Chunks(items, 32, jobs=1).next()) == 32


class _Late(Future):
    """A future whose result is there, but which says it is not done the first time it is asked."""

    def __init__(self, value) -> None:
        super().__init__()
        self.set_result(value)
        self.asked = False

    def done(self) -> bool:
        if not self.asked:
            self.asked = True
            return False
        return True


def test_the_caller_is_told_when_the_next_results_are_not_ready():
    calls = []
    out = list(_ordered(iter(range(100)), lambda fn, chunk: _Late(chunk), window=2, chunk_size=4,
                        waiting=calls.append))
    assert out == list(range(100))
    assert len(calls) == len(_sizes(Chunks(range(100), 4)))
    # how many items have yet to come back, once all are read (before: not known)
    assert calls[0] is None and 0 < calls[-1] <= TAIL_CHUNK
    known = [c for c in calls if c is not None]
    assert known == sorted(known, reverse=True) and known[0] < 100
