package gov.ca.calhr.um.participants.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A letter as a printable PDF (OpenPDF, US Letter): its first line is the heading, a line that
 * stands alone before a paragraph is a section heading, the rest are paragraphs as the text
 * template wrote them. Employees with little or no computer access get the letter on paper.
 */
final class LetterPdf {

    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 11);

    private LetterPdf() {
    }

    static byte[] write(String title, String text) {
        List<String> blocks = List.of(text.strip().split("\\R\\s*\\R"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Upward Mobility platform");
            document.open();
            for (int i = 0; i < blocks.size(); i++) {
                String block = blocks.get(i).strip();
                if (i == 0) {
                    document.add(paragraph(block, HEADING, 12));
                    continue;
                }
                String[] lines = block.split("\\R", 2);
                boolean headed = lines.length == 2 && lines[0].length() < 40 && !lines[0].endsWith(".")
                        && !lines[0].endsWith(",");
                if (headed) {
                    document.add(paragraph(lines[0], SECTION, 2));
                    document.add(paragraph(lines[1], TEXT, 8));
                } else {
                    document.add(paragraph(block, TEXT, 8));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the letter could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(spacingAfter);
        p.setLeading(font.getSize() * 1.35f);
        return p;
    }
}
