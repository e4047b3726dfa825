package cn.redline.support;

import static cn.redline.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A third party following a change feed's nextCursor ({@code items} of records with an {@code id}), remembering the
 * last value of {@code stateField} it was given for every record and every delivery in order.
 */
public final class FeedReader {

    /** The last state delivered per record id. */
    public final Map<String, String> delivered = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final String token;
    private final String path;
    private final String stateField;
    private String cursor;

    public FeedReader(String token, String path, String stateField) {
        this.token = token;
        this.path = path;
        this.stateField = stateField;
    }

    /** Reads one page after the cursor; how many records it held. */
    public int page() {
        var req = as(token).queryParam("limit", 50);
        if (cursor != null) {
            req.queryParam("cursor", cursor);
        }
        JsonPath p = req.get(path).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = p.getList("items");
        for (Map<String, Object> item : items) {
            delivered.put((String) item.get("id"), (String) item.get(stateField));
            log.add(item.get("id") + " " + item.get(stateField));
        }
        cursor = p.getString("nextCursor");
        return items.size();
    }

    /** The states delivered for one record, in order. */
    public List<String> deliveries(String id) {
        return log.stream().filter(l -> l.startsWith(id + " ")).map(l -> l.substring(id.length() + 1)).toList();
    }

    /** Follows the cursor until a page comes back empty. */
    public void drain() {
        for (int i = 0; i < 1000 && page() > 0; i++) {
            // next page
        }
    }
}
