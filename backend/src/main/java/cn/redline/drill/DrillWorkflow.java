package cn.redline.drill;

import static cn.redline.drill.DrillStatus.CANCELLED;
import static cn.redline.drill.DrillStatus.CLOSED;
import static cn.redline.drill.DrillStatus.CONDUCTED;
import static cn.redline.drill.DrillStatus.EVALUATED;
import static cn.redline.drill.DrillStatus.IN_PROGRESS;
import static cn.redline.drill.DrillStatus.PLANNED;
import static cn.redline.drill.DrillStatus.PREPARING;
import static cn.redline.drill.DrillStatus.READY;
import static cn.redline.drill.DrillStatus.TERMINATED;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.platform.Caller;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drill workflow of §3.4 as one table: state × action → next state, who may act, when the action is available,
 * what it does. {@link Drills} runs it and lists allowedActions from the same rows. PLAN and RECORD_PAST create a
 * drill and so have no row. After the drill is held: SUBMIT_EVALUATION seals its evaluation ({@link DrillEvaluations}),
 * CLOSE files it once the summary report is attached and every finding has an owner and a deadline, a key unit
 * REPORTS it TO the REGULATOR once (the time never changes afterwards), and a safety office REOPENs a closed drill.
 */
public final class DrillWorkflow {

    /** §3.4 end: the photos a drill needs before it is conducted ("media minimum", default 3). */
    static final int MIN_PHOTOS = 3;

    /** What the guards and handlers read beyond the drill and the caller. */
    public interface Lookups {

        /** Whether the caller keeps the drill's organiser's drills: its own org or an office above it, an admin. */
        boolean organiser(Drill d, Caller c);

        /** The kinds of the files attached to the drill. */
        List<DrillFileKind> files(Drill d);

        /** What SUBMIT_EVALUATION waits for (item codes, team, conclusion, signedBy), or null without an evaluation. */
        List<String> evaluationGaps(Drill d);

        /** What CLOSE waits for beside the summary report, in words (findings without owner or deadline), or null. */
        String findingGaps(Drill d);

        /** Whether the drill's organiser is an emergency key unit (ERR 8): it reports its drills to the regulator. */
        boolean keyUnit(Drill d);

        /** Today in Asia/Shanghai and now, from the injected clock. */
        LocalDate today();

        OffsetDateTime now();
    }

    private final Lookups lookups;
    /** Who may seal a drill's evaluation (SUBMIT_EVALUATION's guard beside completeness). */
    private final Guard<Drill, Caller> evaluates;
    private final Workflow<Drill, DrillStatus, DrillAction, Caller, DrillTransition> table;

    public DrillWorkflow(Lookups lookups) {
        this.lookups = lookups;
        Guard<Drill, Caller> organiser = when(lookups::organiser,
                "only the organizing org or an office above it keeps its drills");
        // 总指挥 or a delegate starts and ends; when none is named with an account, the organiser's staff act for them
        Guard<Drill, Caller> commands = when((d, c) -> d.people().commandNamed() ? d.people().commands(c.subject())
                : lookups.organiser(d, c), "only the drill's commander (总指挥) or a delegate starts and ends it");
        Guard<Drill, Caller> takesPart = when((d, c) -> lookups.organiser(d, c) || d.people().commands(c.subject())
                || d.people().evaluates(c.subject()), "only the organizer, the commander and the evaluators record the drill");
        Guard<Drill, Caller> documents = (d, c) -> missingDocuments(d);
        this.evaluates = when((d, c) -> lookups.organiser(d, c) || d.people().evaluates(c.subject()),
                "only the organizer, an office above it and the drill's evaluators submit its evaluation");
        Guard<Drill, Caller> evaluationComplete = (d, c) -> {
            List<String> gaps = lookups.evaluationGaps(d);
            return gaps == null ? "no evaluation entered (POST /drills/{id}/evaluation)"
                    : gaps.isEmpty() ? null : "the evaluation is incomplete, missing: " + String.join(", ", gaps);
        };
        Guard<Drill, Caller> closable = (d, c) -> {
            List<String> gaps = new ArrayList<>();
            if (!lookups.files(d).contains(DrillFileKind.SUMMARY_REPORT)) {
                gaps.add("the summary report (SUMMARY_REPORT) is not attached");
            }
            String findings = lookups.findingGaps(d);
            if (findings != null) {
                gaps.add(findings);
            }
            return gaps.isEmpty() ? null : String.join("; ", gaps);
        };
        Guard<Drill, Caller> keyUnit = when((d, c) -> lookups.keyUnit(d),
                "only an emergency key unit reports its drills to the regulator");
        Guard<Drill, Caller> notReported = when((d, c) -> d.reportedToRegulatorAt == null,
                "the drill was reported to the regulator already; the report's time never changes");
        this.table = Workflow.<Drill, DrillStatus, DrillAction, Caller, DrillTransition>table(
                        "drill", d -> d.status, (d, s) -> d.status = s, Caller::hasRole,
                        d -> "a " + d.form + " " + d.scope + " drill in state " + d.status)
                .on(DrillAction.PREPARE).from(PLANNED).to(PREPARING).by(Roles.DRILL_ORGANISERS)
                .when(organiser)
                .handle((d, c, q, data) -> { })
                .on(DrillAction.MARK_READY).from(PREPARING).to(READY).by(Roles.DRILL_ORGANISERS)
                .when(organiser).when(documents)
                .handle((d, c, q, data) -> { })
                .on(DrillAction.POSTPONE).from(PLANNED, PREPARING, READY).stays().by(Roles.DRILL_ORGANISERS)
                .when(organiser)
                .handle(this::postpone)
                .on(DrillAction.CANCEL).from(PLANNED, PREPARING, READY).to(CANCELLED).by(Roles.DRILL_COMMANDERS)
                .when(organiser)
                .handle(this::cancel)
                .on(DrillAction.START).from(READY).to(IN_PROGRESS).by(Roles.DRILL_COMMANDERS)
                .when(commands)
                .handle(this::start)
                .on(DrillAction.LOG).from(IN_PROGRESS, CONDUCTED, TERMINATED).stays().by(Roles.DRILL_PARTICIPANTS)
                .when(takesPart)
                .handle((d, c, q, data) -> {
                    throw ProblemException.invalid("action", "a timeline entry is posted to /drills/{id}/timeline");
                })
                .on(DrillAction.END).from(IN_PROGRESS).to(CONDUCTED).by(Roles.DRILL_COMMANDERS)
                .when(commands)
                .handle(this::end)
                .on(DrillAction.TERMINATE).from(IN_PROGRESS).to(TERMINATED).by(Roles.DRILL_COMMANDERS)
                .when(commands)
                .handle(this::terminate)
                .on(DrillAction.ATTACH).from(PLANNED, PREPARING, READY, IN_PROGRESS, CONDUCTED, TERMINATED, EVALUATED).stays()
                .by(Roles.DRILL_PARTICIPANTS)
                .when(takesPart)
                .handle(DrillWorkflow::attach)
                .on(DrillAction.SUBMIT_EVALUATION).from(CONDUCTED, TERMINATED).to(EVALUATED).by(Roles.DRILL_EVALUATION_SUBMITTERS)
                .when(evaluates).when(evaluationComplete)
                .handle((d, c, q, data) -> { })
                .on(DrillAction.CLOSE).from(EVALUATED).to(CLOSED).by(Roles.DRILL_ORGANISERS)
                .when(organiser).when(closable)
                .handle((d, c, q, data) -> { })
                .on(DrillAction.REPORT_TO_REGULATOR).from(EVALUATED, CLOSED).stays().by(Roles.DRILL_ORGANISERS)
                .when(organiser).when(keyUnit).when(notReported)
                .handle(this::reportToRegulator)
                .on(DrillAction.REOPEN).from(CLOSED).to(EVALUATED).by(Roles.ADMINISTRATORS)
                .when(organiser)
                .handle(DrillWorkflow::reopen)
                .build();
    }

    public Workflow<Drill, DrillStatus, DrillAction, Caller, DrillTransition> table() {
        return table;
    }

    /**
     * Refuses, as SUBMIT_EVALUATION itself would, a caller who may not seal the drill's evaluation now: the row's states,
     * its roles and who evaluates, judged from the row itself; the evaluation's completeness aside, which a pushed
     * evaluation is checked for on its input, so nothing is stored before the seal is known to be allowed.
     */
    void requireMaySeal(Drill d, Caller c) {
        var row = table.transitions().stream().filter(t -> t.action() == DrillAction.SUBMIT_EVALUATION).findFirst()
                .orElseThrow();
        String why = row.from().contains(d.status) ? evaluates.refusal(d, c) : "the drill is " + d.status;
        if (why != null) {
            throw Workflow.refusal("SUBMIT_EVALUATION is not possible for this drill: " + why, table.allowedActions(d, c));
        }
        if (row.roles().stream().noneMatch(c::hasRole)) {
            throw ProblemException.forbidden("Your role may not SUBMIT_EVALUATION a drill");
        }
    }

    /**
     * The documents §3.4 mark_ready asks for that are not attached yet, in words, or null: 工作方案 always; 脚本 for a live
     * comprehensive drill; 评估方案 when it will be evaluated; a safety plan when large or high-risk; a public notice
     * when it may alarm the public.
     */
    String missingDocuments(Drill d) {
        List<DrillFileKind> needed = missing(d, lookups.files(d));
        return needed.isEmpty() ? null : "documents missing: " + needed;
    }

    /** The documents mark_ready still waits for, given the kinds of the files {@code present}. */
    List<DrillFileKind> missing(Drill d, List<DrillFileKind> present) {
        List<DrillFileKind> needed = new ArrayList<>(List.of(DrillFileKind.WORK_PLAN));
        if (d.form == DrillForm.LIVE && d.scope == DrillScope.COMPREHENSIVE) {
            needed.add(DrillFileKind.SCRIPT);
        }
        if (d.evaluationPlanned) {
            needed.add(DrillFileKind.EVALUATION_PLAN);
        }
        if (d.highRisk) {
            needed.add(DrillFileKind.SAFETY_PLAN);
        }
        if (d.affectsPublic) {
            needed.add(DrillFileKind.PUBLIC_NOTICE);
        }
        needed.removeAll(present);
        return needed;
    }

    private void postpone(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (q.plannedOn() == null) {
            errors.add(new Problem.FieldError("plannedOn", "give the new day"));
        } else if (!q.plannedOn().isAfter(d.plannedOn)) {
            errors.add(new Problem.FieldError("plannedOn", "must be after the day planned now (" + d.plannedOn + ")"));
        }
        if (blank(q.comment())) {
            errors.add(new Problem.FieldError("comment", "give the reason"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        data.put("previousPlannedOn", d.plannedOn.toString());
        data.put("plannedOn", q.plannedOn().toString());
        data.put("originalPlannedOn", d.originalPlannedOn.toString());
        data.put("reason", q.comment().strip());
        d.plannedOn = q.plannedOn();
        d.day = q.plannedOn();
    }

    private void cancel(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        if (blank(q.comment())) {
            throw ProblemException.invalid("comment", "give the reason");
        }
        d.cancelReason = q.comment().strip();
        data.put("reason", d.cancelReason);
    }

    private void start(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        d.actualStart = lookups.now();
        d.conductedOn = lookups.today();
        d.day = d.conductedOn;
        data.put("actualStart", d.actualStart.toString());
    }

    private void end(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (q.actualHeadcount() == null) {
            errors.add(new Problem.FieldError("actualHeadcount", "give how many took part"));
        }
        long photos = lookups.files(d).stream().filter(k -> k == DrillFileKind.PHOTO).count();
        if (photos < MIN_PHOTOS) {
            errors.add(new Problem.FieldError("attachmentIds", "a drill is documented with at least " + MIN_PHOTOS
                    + " photos; " + photos + " attached"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        d.actualHeadcount = q.actualHeadcount();
        d.actualEnd = lookups.now();
        data.put("actualHeadcount", d.actualHeadcount);
        data.put("photos", photos);
        data.put("actualEnd", d.actualEnd.toString());
    }

    private void terminate(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        if (q.terminationReason() == null) {
            throw ProblemException.invalid("terminationReason", "give why the drill was stopped");
        }
        d.terminationReason = q.terminationReason();
        d.actualEnd = lookups.now();
        data.put("terminationReason", d.terminationReason.name());
        if (!blank(q.comment())) {
            data.put("reason", q.comment().strip());
        }
    }

    private void reportToRegulator(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        d.reportedToRegulatorAt = lookups.now();
        data.put("reportedToRegulatorAt", d.reportedToRegulatorAt.toString());
    }

    private static void reopen(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        if (blank(q.comment())) {
            throw ProblemException.invalid("comment", "give the reason for reopening, e.g. what a spot check found");
        }
        data.put("reason", q.comment().strip());
    }

    private static void attach(Drill d, Caller c, DrillTransition q, Map<String, Object> data) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (q.fileKind() == null) {
            errors.add(new Problem.FieldError("fileKind", "say what the files are"));
        }
        if (q.attachmentIds() == null || q.attachmentIds().isEmpty()) {
            errors.add(new Problem.FieldError("attachmentIds", "give the files"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        data.put("fileKind", q.fileKind().name());
        data.put("attachments", q.attachmentIds().stream().map(Object::toString).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
