"""Real files for the check's tests, made with real libraries: text PDFs, scans, signed PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def text_pdf(path: Path, text: str = "Приказ о внедрении целевой модели наставничества. " * 5) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if Path(FONT).is_file():
        pdf.add_font("DejaVu", fname=FONT)
        pdf.set_font("DejaVu", size=12)
    else:  # a Latin text layer is a text layer all the same
        pdf.set_font("Helvetica", size=12)
        text = "Order on the implementation of the mentoring model. " * 5
    pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def scan_pdf(path: Path) -> Path:
    """An image-only PDF, as a scanner makes it: a page that is a picture, no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(image)
    for y in range(100, 1000, 30):
        draw.line((80, y, 770, y), fill=40, width=8)  # lines of «text» as a scan shows them
    png = path.with_suffix(".png")
    image.save(png)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=210)
    pdf.output(str(path))
    png.unlink()
    return path


def sign_pdf(source: Path, target: Path, signer_name: str = "Тестовый подписант") -> Path:
    """Sign with a fresh self-signed certificate (pyHanko): a real signature field with a CMS value."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, signer_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    folder = target.parent
    key_file, cert_file = folder / "signer.key.pem", folder / "signer.cert.pem"
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(key_file), str(cert_file))
    with source.open("rb") as inf:
        writer = IncrementalPdfFileWriter(inf)
        meta = signers.PdfSignatureMetadata(field_name="Signature1")
        with target.open("wb") as out:
            signers.sign_pdf(writer, meta, signer=signer, output=out)
    key_file.unlink()
    cert_file.unlink()
    return target
