package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.GoodFaithAction;
import gov.ca.calhr.um.reporting.domain.ProgramYear;
import gov.ca.calhr.um.reporting.domain.Tallies;
import gov.ca.calhr.um.reporting.repository.ProgramHistoryRepository;
import gov.ca.calhr.um.reporting.repository.ProgramHistoryRepository.PlanVersion;
import gov.ca.calhr.um.reporting.repository.ProgramYearRepository;
import gov.ca.calhr.um.reporting.repository.SpendCopyRepository;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Spend;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.WrittenPlan;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a department's annual report about its program in the year: the training spend
 * against what it stated (budget, amount assigned to UM), its good faith actions, and its written
 * UM plan as it stood at the year's end.
 */
@ApplicationScoped
public class ReportProgramSection {

    private final SpendCopyRepository spending;
    private final ProgramService programs;
    private final ProgramYearRepository programYears;
    private final ProgramHistoryRepository programHistory;

    public ReportProgramSection(SpendCopyRepository spending, ProgramService programs,
                                ProgramYearRepository programYears, ProgramHistoryRepository programHistory) {
        this.spending = spending;
        this.programs = programs;
        this.programYears = programYears;
        this.programHistory = programHistory;
    }

    /** The year's training spend by category, and the UM share against what the department stated. */
    Spend spend(String d, FiscalYear year) {
        Optional<ProgramYear> stated = programYears.find(d, year.toString());
        Map<String, BigDecimal> spendByCategory = Tallies.spend(spending.sumsByCategory(d, year));
        BigDecimal total = spendByCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal budget = stated.map(ProgramYear::trainingBudget).orElse(null);
        BigDecimal assigned = stated.map(ProgramYear::assignedToUm).orElse(null);
        BigDecimal umSpent = spendByCategory.get(Tallies.UM_CATEGORY);
        return new Spend(spendByCategory, total, budget, assigned, ProgramYear.percentOf(assigned, budget),
                umSpent, ProgramYear.percentOf(umSpent, budget));
    }

    /** The department's good faith actions of the year. */
    List<GoodFaithAction> actions(String d, FiscalYear year) {
        return programs.actions(d, year);
    }

    WrittenPlan writtenPlan(String department, FiscalYear year) {
        Optional<PlanVersion> plan = programHistory.before(department, DepartmentReportBuilder.endOf(year));
        List<String> written = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String element : ProgramHistoryRepository.ELEMENTS) {
            String text = plan.map(p -> p.elements().get(element)).orElse(null);
            (text == null || text.isBlank() ? missing : written).add(element);
        }
        return new WrittenPlan(plan.map(p -> p.coordinatorName() != null && !p.coordinatorName().isBlank())
                .orElse(false), written, missing, plan.map(PlanVersion::recordedAt).orElse(null));
    }
}
