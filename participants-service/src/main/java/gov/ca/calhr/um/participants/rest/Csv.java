package gov.ca.calhr.um.participants.rest;

/**
 * CSV rows as RFC 4180 writes them: a field with a comma, quote or line break is quoted, quotes
 * doubled; a field a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with a quote.
 */
final class Csv {

    private Csv() {
    }

    static String row(String... fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(field(fields[i]));
        }
        return row.append("\r\n").toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
