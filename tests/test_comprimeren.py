"""The gzip copy next to the search index: the same content, the same bytes at every build."""

import gzip

from macros.comprimeren import gzip_ernaast


def test_de_kopie_pakt_uit_tot_hetzelfde_bestand_en_is_elke_keer_gelijk(tmp_path):
    index = tmp_path / "search_index.json"
    index.write_text('{"docs": [' + ", ".join(['{"title": "Dilemmamethode"}'] * 500) + "]}", encoding="utf-8")
    kopie = gzip_ernaast(index)
    eerste = kopie.read_bytes()
    assert kopie.name == "search_index.json.gz"
    assert gzip.decompress(eerste) == index.read_bytes() and len(eerste) < len(index.read_bytes()) / 10
    assert gzip_ernaast(index).read_bytes() == eerste
