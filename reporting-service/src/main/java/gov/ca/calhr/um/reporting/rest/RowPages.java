package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.reporting.domain.ReportRows.EligibleEmployeeRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.ParticipantRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.SpendRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.UmAppointmentRow;

import java.util.List;

/**
 * The JSON shape of a page of a report's rows ({@link gov.ca.calhr.um.commons.rest.Page} of each
 * row type), named for the OpenAPI document: the drill-down operations answer either such a page or
 * CSV, so their Java return type cannot say it.
 */
final class RowPages {

    private RowPages() {
    }

    record UmAppointmentRowPage(List<UmAppointmentRow> items, int page, int size, long total) {
    }

    record EligibleEmployeeRowPage(List<EligibleEmployeeRow> items, int page, int size, long total) {
    }

    record ParticipantRowPage(List<ParticipantRow> items, int page, int size, long total) {
    }

    record SpendRowPage(List<SpendRow> items, int page, int size, long total) {
    }
}
