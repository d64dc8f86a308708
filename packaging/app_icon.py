"""The app's Windows icon, drawn at build time: a dated checklist on a navy tile."""

from __future__ import annotations

from pathlib import Path

ICON_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
NAVY = (31, 58, 96, 255)
WHITE = (255, 255, 255, 255)
TEAL = (38, 166, 154, 255)
PAPER = (234, 240, 246, 255)


def draw_icon(ico_path: Path) -> bool:
    """Write the icon (and a PNG beside it to look at); False when Pillow is not installed.

    Pillow comes with reportlab, so it is normally present; the build goes on without an icon
    rather than fail for want of one.
    """
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return False
    size = 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, size - 8, size - 8), radius=44, fill=NAVY)
    # A page with a calendar band across the top...
    draw.rounded_rectangle((56, 44, 200, 216), radius=14, fill=PAPER)
    draw.rectangle((56, 44, 200, 82), fill=TEAL)
    draw.rounded_rectangle((56, 44, 200, 70), radius=14, fill=TEAL)
    # ...three checklist rows, the first two ticked, drawn thick enough to survive 16 pixels.
    for row, ticked in enumerate((True, True, False)):
        top = 100 + row * 38
        draw.rectangle((74, top, 98, top + 24), outline=NAVY, width=5)
        draw.rectangle((110, top + 8, 182, top + 16), fill=NAVY)
        if ticked:
            draw.line((78, top + 12, 86, top + 20, 102, top - 2), fill=TEAL, width=7)
    ico_path.parent.mkdir(parents=True, exist_ok=True)
    image.save(ico_path.with_suffix(".png"))
    image.save(ico_path, sizes=ICON_SIZES)
    return True
