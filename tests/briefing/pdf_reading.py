"""Reading rendered packs back with pypdf: text per page, outline, fonts."""

from __future__ import annotations

import io

import pypdf


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat_text(pdf: bytes) -> str:
    """Text with every whitespace run removed: wrapped lines compare as one."""
    return "".join(all_text(pdf).split())


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, in order."""
    r = reader(pdf)
    out: list[tuple[int, str, int]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, r.get_destination_page_number(item)))

    walk(r.outline, 0)
    return out


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in reader(pdf).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def embedded_font_files(pdf: bytes) -> list[str]:
    """BaseFont names of fonts that carry an embedded font program."""
    found = []
    for page in reader(pdf).pages:
        for ref in page.get("/Resources", {}).get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    found.append(str(font["/BaseFont"]))
    return found
