package gov.ca.calhr.um.classification.service;

import gov.ca.calhr.um.commons.error.InvalidInput;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import gov.ca.calhr.um.classification.domain.SalaryRange;
import gov.ca.calhr.um.classification.domain.TitlePeriod;
import gov.ca.calhr.um.classification.domain.UmCategory;
import gov.ca.calhr.um.classification.events.ClassificationEvents;
import gov.ca.calhr.um.classification.repository.ClassificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bulk import of the catalog from CSV: all rows or none. Every row is checked first and every
 * error reported with its line and column; only a clean file is written, in one transaction.
 * Importing the same file again changes nothing (and announces nothing).
 *
 * <p>Columns (header row required, {@code #} starts a comment line): {@code class_code,
 * schematic_code, title, salary_min, salary_max}, and optionally {@code title_effective_from,
 * former_titles} ({@code Title until 2025-12-31|Older title until 2019-06-30}),
 * {@code alternate_ranges} ({@code B:3500.00-4200.00|C:...}), {@code um_category}
 * (LPEL/ELTPA/BRIDGING/NONE, a designation overriding the range default) and
 * {@code um_designation_reason}.
 */
@ApplicationScoped
public class CatalogImportService {

    public record ImportReport(int rows, int created, int updated, int unchanged) {
    }

    public record RowError(long line, String column, String message) {
    }

    private record Row(long line, String classCode, ClassificationChange change, List<TitlePeriod> titles) {
    }

    static final List<String> REQUIRED = List.of("class_code", "schematic_code", "title", "salary_min", "salary_max");
    private static final Pattern FORMER_TITLE = Pattern.compile("(.+?)\\s+until\\s+(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern RANGE = Pattern.compile("([A-Z]{1,4}):(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)");
    private static final int MAX_REPORTED_ERRORS = 200;

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS)
            .enable(CsvParser.Feature.TRIM_SPACES).build();
    private final ClassificationRepository repository;
    private final ClassificationService classifications;
    private final ClassificationEvents events;

    public CatalogImportService(ClassificationRepository repository, ClassificationService classifications,
                                ClassificationEvents events) {
        this.repository = repository;
        this.classifications = classifications;
        this.events = events;
    }

    @Transactional
    public ImportReport importCsv(String text, String caller) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(text, errors);
        checkUniqueCodes(rows, errors);
        Map<String, Classification> existing = repository.listAll().stream()
                .collect(Collectors.toMap(c -> c.classCode, Function.identity()));
        checkSchematicCodesAgainstCatalog(rows, existing, errors);
        reject(errors);
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            Classification c = existing.get(row.classCode());
            boolean isNew = c == null;
            if (isNew) {
                c = new Classification();
                c.classCode = row.classCode();
            }
            if (classifications.apply(c, row.change(), caller, isNew, row.titles()) || isNew) {
                repository.persist(c);
                events.upserted(c);
                if (isNew) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        return new ImportReport(rows.size(), created, updated, rows.size() - created - updated);
    }

    private List<Row> parse(String text, List<RowError> errors) {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            Set<String> header = ((CsvSchema) it.getParserSchema()).getColumnNames().stream().collect(Collectors.toSet());
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    errors.add(new RowError(1, column, "required column missing from the header"));
                }
            }
            if (!errors.isEmpty()) {
                return rows;
            }
            while (it.hasNextValue()) {
                // the parser stands at the start of the row now; after reading, at the next one
                long line = it.getCurrentLocation().getLineNr();
                Map<String, String> values = it.nextValue();
                Row row = row(line, values, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new RowError(0, "", "not readable as CSV: " + e.getMessage()));
        }
        return rows;
    }

    /** One data row, or null (with its errors recorded) when it is invalid. */
    private Row row(long line, Map<String, String> v, List<RowError> errors) {
        int before = errors.size();
        String classCode = value(v, "class_code");
        if (classCode == null || !classCode.matches("\\d{4}")) {
            errors.add(new RowError(line, "class_code", "must be a 4-digit class code"));
        }
        String schematic = value(v, "schematic_code");
        if (schematic == null || !OccupationalGroup.SCHEMATIC_CODE.matcher(schematic).matches()) {
            errors.add(new RowError(line, "schematic_code", "must be two letters then two letters or digits, e.g. JY20"));
        }
        String title = value(v, "title");
        if (title == null || title.length() > 200) {
            errors.add(new RowError(line, "title", "is required (at most 200 characters)"));
        }
        BigDecimal min = amount(line, v, "salary_min", errors);
        BigDecimal max = amount(line, v, "salary_max", errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(new RowError(line, "salary_min", "must not exceed salary_max"));
        }
        UmCategory category = null;
        String categoryText = value(v, "um_category");
        // no column, or an empty cell: the class keeps its designation; DEFAULT withdraws it
        boolean withdraw = "DEFAULT".equalsIgnoreCase(categoryText);
        if (categoryText != null && !withdraw) {
            try {
                category = UmCategory.valueOf(categoryText.toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, "um_category",
                        "must be one of LPEL, ELTPA, BRIDGING, NONE, or DEFAULT (back to the range default)"));
            }
        }
        String reason = value(v, "um_designation_reason");
        if (category != null && reason == null) {
            errors.add(new RowError(line, "um_designation_reason", "say why the class is designated " + category));
        }
        List<SalaryRange> ranges = ranges(line, value(v, "alternate_ranges"), errors);
        LocalDate titleFrom = date(line, "title_effective_from", value(v, "title_effective_from"), errors);
        List<TitlePeriod> titles = titles(line, title, titleFrom, value(v, "former_titles"), errors);
        if (errors.size() > before) {
            return null;
        }
        return new Row(line, classCode, new ClassificationChange(schematic, title, titleFrom, min, max, ranges,
                category, reason, withdraw), titles);
    }

    private static List<TitlePeriod> titles(long line, String current, LocalDate currentFrom, String former,
                                            List<RowError> errors) {
        List<TitlePeriod> history = new ArrayList<>();
        LocalDate start = Classification.BEGINNING;
        if (former != null) {
            List<TitlePeriod> formers = new ArrayList<>();
            for (String part : former.split("\\|")) {
                Matcher m = FORMER_TITLE.matcher(part.trim());
                LocalDate until = m.matches() ? date(line, "former_titles", m.group(2), errors) : null;
                if (until == null) {
                    errors.add(new RowError(line, "former_titles", "write each as 'Title until YYYY-MM-DD', separated by |"));
                    return history;
                }
                formers.add(new TitlePeriod(m.group(1).trim(), null, until));
            }
            formers.sort(Comparator.comparing((TitlePeriod t) -> t.effectiveTo));
            for (TitlePeriod t : formers) {
                t.effectiveFrom = start;
                history.add(t);
                start = t.effectiveTo.plusDays(1);
            }
        }
        LocalDate from = currentFrom != null ? currentFrom : start;
        if (from.isBefore(start)) {
            errors.add(new RowError(line, "title_effective_from", "must come after the last former title ended"));
        }
        history.add(new TitlePeriod(current, from, null));
        return history;
    }

    private static List<SalaryRange> ranges(long line, String text, List<RowError> errors) {
        List<SalaryRange> ranges = new ArrayList<>();
        if (text == null) {
            return ranges;
        }
        for (String part : text.split("\\|")) {
            Matcher m = RANGE.matcher(part.trim());
            if (!m.matches() || new BigDecimal(m.group(2)).compareTo(new BigDecimal(m.group(3))) > 0) {
                errors.add(new RowError(line, "alternate_ranges", "write each as 'B:3500.00-4200.00' (min not above max), separated by |"));
                return ranges;
            }
            ranges.add(new SalaryRange(m.group(1), new BigDecimal(m.group(2)), new BigDecimal(m.group(3))));
        }
        return ranges;
    }

    private static BigDecimal amount(long line, Map<String, String> v, String column, List<RowError> errors) {
        String text = value(v, column);
        try {
            BigDecimal amount = text == null ? null : new BigDecimal(text);
            if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(new RowError(line, column, "must be a monthly amount in dollars, e.g. 3615.00"));
            return null;
        }
    }

    private static LocalDate date(long line, String column, String text, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, column, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private static String value(Map<String, String> v, String column) {
        String s = v.get(column);
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void checkUniqueCodes(List<Row> rows, List<RowError> errors) {
        Map<String, Long> classCodes = new HashMap<>();
        Map<String, Long> schematicCodes = new HashMap<>();
        for (Row row : rows) {
            Long earlier = classCodes.putIfAbsent(row.classCode(), row.line());
            if (earlier != null) {
                errors.add(new RowError(row.line(), "class_code", "repeats line " + earlier));
            }
            earlier = schematicCodes.putIfAbsent(row.change().schematicCode(), row.line());
            if (earlier != null) {
                errors.add(new RowError(row.line(), "schematic_code", "repeats line " + earlier));
            }
        }
    }

    /** After the import, each schematic code must still name one class only. */
    private static void checkSchematicCodesAgainstCatalog(List<Row> rows, Map<String, Classification> existing,
                                                          List<RowError> errors) {
        Map<String, Row> inFile = rows.stream().collect(Collectors.toMap(Row::classCode, Function.identity()));
        Map<String, String> ownerOfCode = new HashMap<>();
        existing.values().stream().filter(c -> !inFile.containsKey(c.classCode))
                .forEach(c -> ownerOfCode.put(c.schematicCode, c.classCode));
        for (Row row : rows) {
            String owner = ownerOfCode.get(row.change().schematicCode());
            if (owner != null) {
                errors.add(new RowError(row.line(), "schematic_code", "belongs to class " + owner));
            }
        }
    }

    /** Throws a 400 problem listing the row errors, so that nothing is written. */
    private static void reject(List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        errors.sort(Comparator.comparingLong(RowError::line));
        throw InvalidInput.rejected("import-rejected", errors.size() + " error(s) in the file; nothing was imported",
                Map.of("rows", errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS))));
    }
}
