"""Hostile PDFs, built byte by byte at test time (no corpus files committed).

`pdf_bytes` writes a small, valid PDF (Helvetica text, one content stream per page, a correct xref); the
other builders break it in one way each, the way councils' files break.
"""

from __future__ import annotations

import zlib
from pathlib import Path

PARAGRAPH = ("Minutes of the Cabinet meeting held on 12 March 2025. The Council resolved that the report on "
             "school transport be noted and the budget for 2025/26 be approved by members.")


def text_stream(lines: list[str], size: int = 11) -> bytes:
    """A content stream printing `lines` top to bottom in Helvetica."""
    ops = [f"BT /F1 {size} Tf {size + 3} TL 50 780 Td".encode()]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*".encode("latin-1"))
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_bytes(pages: list[bytes], extra: list[bytes] | None = None, page_extra: bytes = b"",
              compress: bool = False) -> bytes:
    """A PDF with one page per content stream; `extra` objects follow the pages (numbered from 4 + 2n)."""
    objects: list[bytes] = [b"", b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for stream in pages:
        page_no, content_no = len(objects), len(objects) + 1
        kids.append(f"{page_no} 0 R".encode())
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       + page_extra + f" /Contents {content_no} 0 R >>".encode())
        objects.append(_stream(stream, compress))
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + f"] /Count {len(pages)} >>".encode()
    objects += extra or []
    return _assemble(objects[1:])


def _stream(data: bytes, compress: bool) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


FRONT = ["Example Borough Council", "CABINET", "Minutes of the meeting held on Wednesday, 12 March 2025 at 10.00 am",
         "Present: Councillor Ada Pennington (Chair), Councillor Priya Halden", "",
         "22. Home to School Transport Policy", "RESOLVED: That the home to school transport policy be approved."]


def good_pages(count: int = 2) -> list[bytes]:
    """A minutes page, then pages of plain paragraphs."""
    rest = [text_stream([f"Page {n} of the pack.", *PARAGRAPH.split(". ")]) for n in range(2, count + 1)]
    return [text_stream(FRONT), *rest]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- one builder per kind of bad input ---------------------------------------------------------------------------

def good(path: Path) -> Path:
    return write(path, pdf_bytes(good_pages()))


def empty(path: Path) -> Path:
    return write(path, b"")


def html(path: Path) -> Path:
    return write(path, b"<!DOCTYPE html><html><head><title>404</title></head><body>Not found</body></html>")


def word(path: Path) -> Path:
    """An old Word document's header (OLE2 compound file) with some text after it."""
    return write(path, bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504 + b"Minutes of the meeting" * 40)


def truncated(path: Path) -> Path:
    """A three-page PDF cut off after its last object: no xref, no trailer, no %%EOF (pdfium opens the rest)."""
    data = pdf_bytes(good_pages(3))
    return write(path, data[: data.rindex(b"xref\n")])


def truncated_early(path: Path) -> Path:
    """A three-page PDF cut off at 40%: pdfium cannot open it."""
    data = pdf_bytes(good_pages(3))
    return write(path, data[: int(len(data) * 0.4)])


def broken_xref(path: Path) -> Path:
    """Every xref offset wrong (shifted), and startxref pointing at nothing: pdfium rebuilds the table by scanning."""
    data = pdf_bytes(good_pages())
    head, _, tail = data.partition(b"xref\n")
    tail = tail.replace(b" 00000 n", b" 00000 n").replace(b"0000000", b"0000099", 3)
    start = tail.rindex(b"startxref\n") + len(b"startxref\n")
    return write(path, head + b"xref\n" + tail[:start] + b"999999\n%%EOF\n")


def encrypted(path: Path, user_password: str) -> Path:
    """The good PDF encrypted with AES-256 (pikepdf); an empty user password means owner-password only."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_bytes(good_pages()))) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner-secret", user=user_password, R=6,
                                                     allow=pikepdf.Permissions(extract=False)))
    return path


def plumber_breaker(path: Path) -> Path:
    """A readable page whose /Rotate is a name, not a number: pdfplumber raises on it, pdfium ignores it."""
    return write(path, pdf_bytes(good_pages(1), page_extra=b"/Rotate /Sideways"))


def many_pages(path: Path, count: int = 2000) -> Path:
    """`count` pages sharing one content stream (a small file, a long document)."""
    return write(path, _shared_content_pdf(count, text_stream(["Page of the pack.", *PARAGRAPH.split(". ")])))


def _shared_content_pdf(count: int, stream: bytes) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               _stream(stream, False)]
    kids = []
    for _ in range(count):
        kids.append(f"{len(objects) + 1} 0 R".encode())
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + f"] /Count {count} >>".encode()
    return _assemble(objects)


def deep_nesting(path: Path, depth: int = 200_000) -> Path:
    """A page whose resources hold arrays nested `depth` deep, and a content stream of nested q operators."""
    nested = b"[" * depth + b"]" * depth
    content = b"q " * depth + text_stream(FRONT) + b" Q" * depth
    return write(path, pdf_bytes([content], page_extra=b"/Nest " + nested))


def stream_bomb(path: Path, megabytes: int = 300) -> Path:
    """A page whose content stream inflates from ~0.3 MB to `megabytes` MB of text operators."""
    chunk = b"BT /F1 1 Tf 10 10 Td (bomb) Tj ET\n" * 30_000
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(chunk) for _ in range(megabytes * 2**20 // len(chunk))]
    data = b"".join(parts) + compressor.flush()
    body = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
    pdf = pdf_bytes([b"placeholder"])
    return write(path, _replace_object(pdf, 5, body))


def _replace_object(pdf: bytes, number: int, body: bytes) -> bytes:
    """Rebuild `pdf` (as made by `pdf_bytes`) with object `number` replaced."""
    objects = []
    rest = pdf
    n = 1
    while (start := rest.find(f"\n{n} 0 obj\n".encode())) >= 0:
        end = rest.index(b"\nendobj\n", start)
        objects.append(body if n == number else rest[start + len(f"\n{n} 0 obj\n"):end])
        n += 1
    return _assemble(objects)


def million_chars(path: Path, count: int = 2_000_000) -> Path:
    """One page with `count` characters (one long string shown 1,000 times), plus a normal page."""
    width = count // 1000
    rows = (f"({chr(97 + n % 26) * width}) Tj T*".encode() for n in range(1000))
    content = b"BT /F1 0.7 Tf 0.8 TL 10 820 Td " + b" ".join(rows) + b" ET"
    return write(path, pdf_bytes([content, *good_pages(1)], compress=True))


def odd_text(path: Path) -> Path:
    """Readable text plus Private-Use-Area glyphs (a symbol font's ToUnicode map) and bytes that are not UTF-8."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Odd def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfrange "
            b"<20> <7E> <0020> <80> <FF> <E000> endbfrange 1 beginbfchar <7F> <D800> endbfchar "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    odd = bytes(range(0x80, 0x100)) + b"\x7f"
    escaped = odd.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    content = text_stream(FRONT) + b"\nBT /F2 11 Tf 50 300 Td (" + escaped + b") Tj ET"
    font2 = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode "
             + f"{6} 0 R".encode() + b" >>")
    pdf = pdf_bytes([content], extra=[_stream(cmap, False), font2],
                    page_extra=b"")
    pdf = pdf.replace(b"/Font << /F1 3 0 R >>", b"/Font << /F1 3 0 R /F2 7 0 R >>")
    return write(path, _reassemble(pdf))


def _reassemble(pdf: bytes) -> bytes:
    """Recompute the xref after an in-place edit."""
    return _replace_object(pdf, 0, b"")


def scanned(path: Path, source: Path | None = None, dpi: int = 200) -> Path:
    """A scan: each page of `source` (default: the good PDF) rendered to an image, and the images saved as a PDF
    with no text layer."""
    import pypdfium2 as pdfium

    source = source or good(path.with_suffix(".source.pdf"))
    pdf = pdfium.PdfDocument(str(source))
    try:
        images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def escapes(path: Path) -> Path:
    """The minutes page, then a line whose font's ToUnicode map turns glyphs into ESC, BEL, CSI and U+202E: a
    terminal title (OSC) and colour sequence, and a right-to-left override, in the text layer."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Esc def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <0020> endbfrange "
            b"4 beginbfchar <01> <001B> <02> <0007> <03> <202E> <04> <009B> endbfchar "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    content = text_stream(FRONT) + b"\nBT /F2 11 Tf 50 300 Td (school transport \x01]0;pwned\x02 \x01[31mred " \
                                   b"\x03evil \x0431m) Tj ET"
    font2 = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    pdf = pdf_bytes([content], extra=[_stream(cmap, False), font2])
    pdf = pdf.replace(b"/Font << /F1 3 0 R >>", b"/Font << /F1 3 0 R /F2 7 0 R >>")
    return write(path, _reassemble(pdf))


def glyph_bomb(path: Path, expansion: int = 30_000, glyphs: int = 2_000) -> Path:
    """A small PDF whose font's ToUnicode map turns one glyph into `expansion` characters, shown `glyphs` times:
    a few KB of file, `expansion * glyphs` characters of text layer."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Bomb def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <"
            + b"0061" * expansion + b"> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    rows = b" ".join(b"(" + b"A" * 50 + b") Tj T*" for _ in range(glyphs // 50))
    content = text_stream(FRONT) + b"\nBT /F2 1 Tf 1.2 TL 50 300 Td " + rows + b" ET"
    font2 = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    pdf = pdf_bytes([content], extra=[_stream(cmap, False), font2])
    pdf = pdf.replace(b"/Font << /F1 3 0 R >>", b"/Font << /F1 3 0 R /F2 7 0 R >>")
    return write(path, _reassemble(pdf))
