package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.UmAppointment;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.domain.timeline.LpelEntry;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.repository.ParticipantRepository;
import gov.ca.calhr.um.participants.repository.UmAppointmentRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies what follows from employees' timelines beyond their registry rows: the UM appointments
 * and what they end or reinstate (participation, open applications; {@link UmAppointments}) and
 * the welcome notices ({@link WelcomeNotices}). The state they start from is read for the whole
 * batch of employees at once. Part of {@link EmployeeTimelines}; runs in its caller's transaction.
 */
@ApplicationScoped
public class TimelineConsequences {

    /** What a batch of employees has now: UM appointments, standing notices, current participation (locked), open applications. */
    record Standing(Map<String, List<UmAppointment>> appointments, Map<String, List<WelcomeNotice>> notices,
                    Map<String, Participant> participants, Set<String> applying) {
    }

    private final UmAppointmentRepository appointmentRecords;
    private final WelcomeNoticeRepository noticeRecords;
    private final ParticipantRepository participantRecords;
    private final ApplicationRepository applicationRecords;
    private final UmAppointments umAppointments;
    private final WelcomeNotices welcomeNotices;

    public TimelineConsequences(UmAppointmentRepository appointmentRecords, WelcomeNoticeRepository noticeRecords,
                                ParticipantRepository participantRecords, ApplicationRepository applicationRecords,
                                UmAppointments umAppointments, WelcomeNotices welcomeNotices) {
        this.appointmentRecords = appointmentRecords;
        this.noticeRecords = noticeRecords;
        this.participantRecords = participantRecords;
        this.applicationRecords = applicationRecords;
        this.umAppointments = umAppointments;
        this.welcomeNotices = welcomeNotices;
    }

    /** The employees' welcome notices that stand, read only. */
    Map<String, List<WelcomeNotice>> standingNotices(Collection<String> employeeIds) {
        return noticeRecords.standingFor(employeeIds);
    }

    /** What the employees have now, read once for the batch; their participations are locked. */
    Standing load(Collection<String> employeeIds) {
        Map<String, List<UmAppointment>> appointments = appointmentRecords.forEmployees(employeeIds);
        Map<String, List<WelcomeNotice>> notices = noticeRecords.standingFor(employeeIds);
        Map<String, Participant> participants = participantRecords.currentForUpdate(employeeIds);
        Set<String> applying = applicationRecords.withOpenApplications(employeeIds);
        return new Standing(appointments, notices, participants, applying);
    }

    /** Brings the employee's UM appointments (and what they end) in line with the timeline; answers them as they are now. */
    List<UmAppointment> reconcileAppointments(String employeeId, Timeline t, Standing standing,
                                              boolean wasSeparated) {
        return umAppointments.reconcile(employeeId, t, standing.appointments().getOrDefault(employeeId, List.of()),
                standing.participants().get(employeeId), wasSeparated, standing.applying().contains(employeeId));
    }

    /** Brings the employee's welcome notices in line with the timeline; answers the notice standing for each LPEL entry. */
    Map<LpelEntry.Key, UUID> reconcileNotices(String employeeId, Timeline t, Standing standing, LocalDate day) {
        return welcomeNotices.reconcile(employeeId, t, standing.notices().getOrDefault(employeeId, List.of()), day);
    }
}
