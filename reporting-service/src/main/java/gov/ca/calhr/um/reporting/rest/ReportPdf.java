package gov.ca.calhr.um.reporting.rest;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;
import gov.ca.calhr.um.reporting.rest.ReportPage.Bar;
import gov.ca.calhr.um.reporting.rest.ReportPage.Line;
import gov.ca.calhr.um.reporting.rest.ReportPage.View;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** The annual report as a PDF (OpenPDF): the page's figures, tables and appointments chart. */
final class ReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font NOTE = new Font(Font.HELVETICA, 9, Font.ITALIC);

    private ReportPdf() {
    }

    static byte[] write(DepartmentReport r) {
        View v = ReportPage.view(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(v.title());
            document.open();
            document.add(new Paragraph(v.title(), TITLE));
            document.add(new Paragraph(v.edition(), NOTE));
            heading(document, "Figures");
            document.add(table(v.figures()));
            heading(document, "Goals");
            if (v.goals().isEmpty()) {
                document.add(new Paragraph("No goals for the year.", TEXT));
            } else {
                PdfPTable goals = new PdfPTable(4);
                goals.setWidthPercentage(100);
                for (String h : List.of("ELTPA class", "Expected appointments", "Appointments", "Timetable")) {
                    goals.addCell(new Paragraph(h, HEADING));
                }
                v.goals().forEach(row -> row.forEach(cell -> goals.addCell(new Paragraph(cell, TEXT))));
                document.add(goals);
            }
            heading(document, "UM appointments");
            document.add(chart(writer, v.appointmentBars()));
            document.add(table(v.appointments()));
            heading(document, "Training spend");
            document.add(table(v.spend()));
            heading(document, "Good-faith actions");
            for (String a : v.goodFaithActions()) {
                document.add(new Paragraph(a, TEXT));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(List<Line> lines) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        for (Line l : lines) {
            table.addCell(new Paragraph(l.label(), TEXT));
            table.addCell(new Paragraph(l.value(), TEXT));
        }
        return table;
    }

    /** The appointments per fiscal year as bars, each year's goal as a red line across its bar. */
    private static Image chart(PdfWriter writer, List<Bar> bars) throws DocumentException {
        float width = 480;
        float height = 200;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        long max = Math.max(1, bars.stream().mapToLong(b -> Math.max(b.value(), b.goal() == null ? 0 : b.goal()))
                .max().orElse(1));
        float base = 30;
        float slot = (width - 40) / Math.max(1, bars.size());
        BaseFont font;
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        t.setColorStroke(Color.DARK_GRAY);
        t.moveTo(30, base);
        t.lineTo(width - 10, base);
        t.stroke();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            float x = 40 + i * slot;
            float h = 140f * b.value() / max;
            t.setColorFill(new Color(0x2b, 0x6c, 0xb0));
            t.rectangle(x, base, slot - 20, h);
            t.fill();
            t.beginText();
            t.setColorFill(Color.BLACK);
            t.setFontAndSize(font, 9);
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, Long.toString(b.value()), x + (slot - 20) / 2, base + h + 3, 0);
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, b.label(), x + (slot - 20) / 2, base - 12, 0);
            t.endText();
            if (b.goal() != null) {
                float g = base + 140f * b.goal() / max;
                t.setColorStroke(new Color(0xc5, 0x30, 0x30));
                t.setLineWidth(2);
                t.moveTo(x - 4, g);
                t.lineTo(x + slot - 16, g);
                t.stroke();
                t.setLineWidth(1);
                t.setColorStroke(Color.DARK_GRAY);
            }
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }
}
