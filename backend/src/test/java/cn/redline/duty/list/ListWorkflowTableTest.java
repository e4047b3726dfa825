package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The §2.3 table over HTTP: for every state a list can be in, each side (the issuing safety office, the holder post's
 * holder) is offered exactly the expected actions; every other action is refused with 409 and the allowed actions;
 * every offered action goes through and lands in its next state.
 */
@QuarkusTest
class ListWorkflowTableTest {

    private static final List<String> ACTIONS = List.of("SUBMIT", "DISCARD", "RETURN", "PUBLISH", "SIGN", "REVISE",
            "ARCHIVE");
    private static final Map<String, Map<String, Object>> REQUESTS = Map.of(
            "RETURN", Map.of("comment", "补充检查频次"), "REVISE", Map.of("comment", "年中调整"),
            "PUBLISH", Map.of("docNumber", "南安〔2026〕9号"));

    @Inject
    ListJob job;

    @Inject
    Clock clock;

    /** A state, how to reach it on a fresh township, and per side the actions offered and where each leads. */
    private record Row(String state, Function<Lists.Township, String> reach, Map<String, String> issuer,
                       Map<String, String> holder) {
    }

    private int year() {
        return Times.today(clock).getYear();
    }

    private List<Row> rows() {
        return List.of(
                new Row("DRAFT", t -> Lists.draft(t, year()), Map.of("SUBMIT", "IN_REVIEW", "DISCARD", "DISCARDED"), Map.of()),
                new Row("IN_REVIEW", t -> {
                    String id = Lists.draft(t, year());
                    Lists.act(Demo.nanmingSafety(), id, "SUBMIT").then().statusCode(200);
                    return id;
                }, Map.of("RETURN", "DRAFT", "PUBLISH", "PUBLISHED"), Map.of()),
                new Row("PUBLISHED", t -> Lists.published(t, year()), Map.of("SIGN", "PUBLISHED", "REVISE", "PUBLISHED"),
                        Map.of("SIGN", "PUBLISHED")),
                new Row("PUBLISHED", t -> {
                    String id = Lists.published(t, year());
                    Lists.act(t.headToken(), id, "SIGN").then().statusCode(200);
                    return id;
                }, Map.of("SIGN", "SIGNED", "REVISE", "PUBLISHED"), Map.of()),
                new Row("SIGNED", t -> Lists.signed(t, year() + 1), Map.of("REVISE", "SIGNED"), Map.of()),
                new Row("ACTIVE", t -> {
                    String id = Lists.signed(t, year());
                    job.run();
                    return id;
                }, Map.of("REVISE", "ACTIVE"), Map.of()),
                new Row("CLOSED", t -> {
                    String id = Lists.signed(t, year() - 1);
                    job.run();
                    return id;
                }, Map.of("ARCHIVE", "ARCHIVED"), Map.of()),
                new Row("DISCARDED", t -> {
                    String id = Lists.draft(t, year());
                    Lists.act(Demo.nanmingSafety(), id, "DISCARD").then().statusCode(200);
                    return id;
                }, Map.of(), Map.of()));
    }

    @Test
    void everyStateOffersEachSideExactlyItsRowsAndRefusesTheRestWithTheAllowedActions() {
        List<String> checked = new ArrayList<>();
        for (Row row : rows()) {
            Lists.Township t = Lists.township();
            String id = row.reach().apply(t);
            assertEquals(row.state(), Lists.status(id));
            for (var side : List.of(Map.entry(Demo.nanmingSafety(), row.issuer()), Map.entry(t.headToken(), row.holder()))) {
                List<String> offered = as(side.getKey()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200)
                        .extract().jsonPath().getList("allowedActions");
                List<String> expected = new ArrayList<>(ACTIONS.stream().filter(side.getValue()::containsKey).toList());
                if (row.state().equals("DRAFT") && side.getValue() == row.issuer()) {
                    expected.add(0, "EDIT");
                }
                assertEquals(expected, offered, row.state() + ": the actions offered");
                for (String action : ACTIONS) {
                    if (!side.getValue().containsKey(action)) {
                        var refused = Lists.act(side.getKey(), id, action, REQUESTS.getOrDefault(action, Map.of())).then();
                        if (side.getValue() == row.holder() && row.state().equals("CLOSED") && action.equals("ARCHIVE")) {
                            // the holder's own org passes the guard, but archiving is the safety office's: a role refusal
                            refused.statusCode(403);
                        } else {
                            refused.statusCode(409).body("allowedActions", equalTo(offered));
                        }
                        checked.add(row.state() + "/" + action + " refused");
                    }
                }
            }
            // every offered action goes through on a list of its own in the same state
            for (var side : List.of(Map.entry(true, row.issuer()), Map.entry(false, row.holder()))) {
                for (var legal : side.getValue().entrySet()) {
                    Lists.Township fresh = Lists.township();
                    String other = row.reach().apply(fresh);
                    String token = side.getKey() ? Demo.nanmingSafety() : fresh.headToken();
                    Lists.act(token, other, legal.getKey(), REQUESTS.getOrDefault(legal.getKey(), Map.of())).then()
                            .statusCode(200).body("status", equalTo(legal.getValue()));
                    checked.add(row.state() + "/" + legal.getKey() + " -> " + legal.getValue());
                }
            }
        }
        assertEquals(true, checked.size() > 60, "cells checked: " + checked.size());
    }

    @Test
    void theSystemStepsAreNotActionsOfACaller() {
        Lists.Township t = Lists.township();
        String id = Lists.signed(t, year());
        for (String action : List.of("ACTIVATE", "CLOSE", "EDIT")) {
            Lists.act(Demo.nanmingSafety(), id, action).then().statusCode(400);
        }
        // a leader of the district who does not hold the post signs nothing
        Lists.act(Demo.leader(), id, "SIGN").then().statusCode(409);
    }
}
