"""The peer of Vigie's leaflets: WeasyPrint making the equivalent HTML leaflet for the first N
capsules of a site written by `examples/generate_site.rs`: A5 with 3 mm bleed and crop marks, a
band of colour, the photo (brought to 300 dpi once, as Vigie does), the text justified and
hyphenated, a call to action, the contact block, the QR code (segno, SVG) and the URL, in the
same font (Atkinson Hyperlegible, from the default theme).

    python3 benches/weasyprint_leaflets.py SITE_DIR OUT_DIR N

Prints the time of the first leaflet (cold) and the mean and median of the others, in ms.
"""

import io
import pathlib
import re
import statistics
import sys
import time

import segno
import weasyprint
from PIL import Image

REPO = pathlib.Path(__file__).resolve().parent.parent
FONTS = REPO / "themes/default/fonts"

CSS = f"""
@font-face {{ font-family: Atkinson; src: url("{(FONTS / 'AtkinsonHyperlegible-Regular.ttf').as_uri()}"); }}
@font-face {{ font-family: Atkinson; font-weight: bold; src: url("{(FONTS / 'AtkinsonHyperlegible-Bold.ttf').as_uri()}"); }}
@page {{ size: 148mm 210mm; bleed: 3mm; marks: crop; margin: 10mm 11mm; }}
html {{ font-family: Atkinson; font-size: 10pt; color: device-cmyk(0 0 0 1); }}
body {{ margin: 0; }}
.band {{ background: device-cmyk(1 0.5 0 0.3); color: white; margin: -13mm -14mm 0; padding: 13mm 14mm 5mm; }}
.kind {{ font-size: 7pt; font-weight: bold; text-transform: uppercase; letter-spacing: .06em; }}
h1 {{ font-size: 21pt; margin: 2.5mm 0 0; line-height: 1.1; }}
.photo {{ width: 100%; height: 54mm; object-fit: cover; border-radius: 1.5mm; margin-top: 5mm; }}
.body {{ text-align: justify; hyphens: auto; margin-top: 4mm; }}
.body p {{ margin: 0 0 .8em; }}
.cta {{ background: device-cmyk(.12 .04 0 0); border-left: 2.5pt solid device-cmyk(1 .5 0 .3); padding: 3mm 3.5mm; font-weight: bold; }}
.foot {{ position: absolute; bottom: 0; left: 0; right: 0; display: flex; justify-content: space-between; align-items: flex-end; border-top: .4pt solid black; padding-top: 2.5mm; font-size: 8pt; }}
.qr {{ width: 26mm; height: 26mm; }}
.url {{ text-align: right; font-size: 7pt; }}
"""


def markdown_to_html(body):
    """The generated capsules hold paragraphs, **bold** and one bullet list: enough here."""
    html = []
    for block in body.strip().split("\n\n"):
        block = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", block)
        lines = block.splitlines()
        items = [l[2:] for l in lines if l.startswith("- ")]
        text = " ".join(l for l in lines if not l.startswith("- "))
        if text:
            html.append(f"<p>{text}</p>")
        if items:
            html.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    return "\n".join(html)


def main():
    site, out, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    capsules = sorted((site / "content/capsules").iterdir())[:n]
    photos = {}
    times = []
    for folder in capsules:
        text = (folder / "index.fr.md").read_text()
        _, front, body = text.split("+++", 2)
        title = re.search(r'title = "(.*)"', front).group(1)
        photo_html = ""
        photo = folder / "photo.jpg"
        if photo.exists():
            inode = photo.stat().st_ino
            if inode not in photos:
                picture = Image.open(photo)
                width = 1748  # 148 mm at 300 dpi, as Vigie prints it
                picture = picture.resize((width, round(picture.height * width / picture.width)))
                buffer = io.BytesIO()
                picture.save(buffer, "JPEG", quality=85)
                path = out / f"photo-{inode}.jpg"
                path.write_bytes(buffer.getvalue())
                photos[inode] = path.as_uri()
            photo_html = f'<img class="photo" src="{photos[inode]}" alt="">'
        url = f"https://bench.exemple.be/fr/capsules/{folder.name}/"
        started = time.perf_counter()
        qr = segno.make(url, error="m").svg_data_uri(scale=4, dark="black")
        html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<meta name="author" content="Banc d'essai"></head><body>
<div class="band"><div class="kind">Conseil · Banc d'essai</div><h1>{title}</h1></div>
{photo_html}<div class="body">{markdown_to_html(body)}</div>
<div class="cta">Demandez une visite gratuite du conseiller en techno-prévention.</div>
<div class="foot"><div><strong>Service de prévention</strong><br>Téléphone : +32 64 00 00 00<br>
Urgence : appelez le 112. Police : 101.</div><div><img class="qr" src="{qr}" alt="">
<div class="url">{url.removeprefix("https://")}</div></div></div></body></html>"""
        weasyprint.HTML(string=html).write_pdf(out / f"{folder.name}.pdf",
                                                stylesheets=[weasyprint.CSS(string=CSS)])
        times.append((time.perf_counter() - started) * 1000)
    rest = times[1:] or times
    print(f"weasyprint {weasyprint.__version__}: {len(times)} leaflets, first {times[0]:.0f} ms, "
          f"then mean {statistics.mean(rest):.0f} ms, median {statistics.median(rest):.0f} ms per leaflet")


if __name__ == "__main__":
    main()
