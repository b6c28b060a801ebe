package org.happystation.points.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a certificate as a one-page A4 PDF. Chinese text uses STSong-Light with the UniGB-UCS2-H
 * encoding, one of the CJK fonts every PDF reader supplies itself, so the file embeds no font and the
 * server needs none installed; the QR code that opens the verification page is drawn as rectangles.
 * Small on purpose: a certificate is text, lines and a QR code.
 */
public final class CertificatePdf {

    private static final int WIDTH = 595;
    private static final int HEIGHT = 842;

    private final StringBuilder content = new StringBuilder();

    private CertificatePdf() {}

    /** The PDF of a certificate whose lines are already worded, with a QR code for the verification link. */
    public static byte[] render(String title, List<String> lines, String footer, String verificationUrl) {
        var pdf = new CertificatePdf();
        pdf.frame();
        pdf.text(title, 26, centred(title, 26), 760);
        int y = 700;
        for (String line : lines) {
            for (String wrapped : wrap(line, 30)) {
                pdf.text(wrapped, 14, 80, y);
                y -= 24;
            }
            y -= 4;
        }
        pdf.qr(verificationUrl, 80, 120, 130);
        pdf.text(footer, 10, 230, 190);
        pdf.text(verificationUrl, 9, 230, 170);
        return pdf.document();
    }

    private void frame() {
        content.append("0.1 0.3 0.6 RG 3 w 36 36 ")
                .append(WIDTH - 72)
                .append(' ')
                .append(HEIGHT - 72)
                .append(" re S\n");
        content.append("0.6 w 44 44 ")
                .append(WIDTH - 88)
                .append(' ')
                .append(HEIGHT - 88)
                .append(" re S\n0 0 0 RG\n");
    }

    private void text(String text, int size, int x, int y) {
        content.append("BT /F1 ")
                .append(size)
                .append(" Tf ")
                .append(x)
                .append(' ')
                .append(y)
                .append(" Td <");
        text.chars().forEach(c -> content.append(String.format("%04X", c)));
        content.append("> Tj ET\n");
    }

    private void qr(String text, int x, int y, int size) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            double module = (double) size / matrix.getWidth();
            content.append("0 0 0 rg\n");
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        content.append(String.format(
                                java.util.Locale.ROOT,
                                "%.2f %.2f %.2f %.2f re%n",
                                x + column * module,
                                y + size - (row + 1) * module,
                                module,
                                module));
                    }
                }
            }
            content.append("f\n");
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification link is too long for a QR code.", e);
        }
    }

    private byte[] document() {
        byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);
        var objects = new ArrayList<String>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "]"
                + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        objects.add(null); // the content stream, written with its bytes below
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
                + " /DescendantFonts [6 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
                + " /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        var out = new ByteArrayOutputStream();
        var offsets = new ArrayList<Integer>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            if (objects.get(i) == null) {
                write(out, "<< /Length " + stream.length + " >>\nstream\n");
                out.writeBytes(stream);
                write(out, "\nendstream");
            } else {
                write(out, objects.get(i));
            }
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        var table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Width in points: CJK characters are square, ASCII half as wide. */
    private static int centred(String text, int size) {
        int width = text.chars().map(c -> c < 128 ? size / 2 : size).sum();
        return Math.max(50, (WIDTH - width) / 2);
    }

    /** Breaks a line at a width counted in CJK characters (ASCII counts half). */
    static List<String> wrap(String line, int columns) {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        double used = 0;
        for (char c : line.toCharArray()) {
            double width = c < 128 ? 0.5 : 1;
            if (used + width > columns) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.append(c);
            used += width;
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
