package cn.redline.hazard;

import cn.redline.attachment.AttachmentView;
import cn.redline.hazard.HazardView.AcceptanceView;
import cn.redline.hazard.HazardView.EffectivenessView;
import cn.redline.hazard.HazardView.ExtensionView;
import cn.redline.hazard.HazardView.FiveMustsView;
import cn.redline.hazard.HazardView.SupervisionView;
import cn.redline.hazard.HazardWorkflow.Action;
import cn.redline.org.OrgView.OrgRef;
import cn.redline.platform.JsonBytes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * A ticket and a page of tickets written as JSON by hand, the hot path of list and get by id: the same bytes the
 * application's Jackson mapper writes for these records (HazardJsonTest compares them), without its per-property
 * dispatch and char-by-char generator (a third of a list page's CPU by JFR). Any other response containing a
 * ticket still goes through Jackson.
 */
public final class HazardJson {

    private static final byte[] ID = JsonBytes.name("id");
    private static final byte[] CODE = JsonBytes.name("code");
    private static final byte[] TITLE = JsonBytes.name("title");
    private static final byte[] DESCRIPTION = JsonBytes.name("description");
    private static final byte[] LEVEL = JsonBytes.name("level");
    private static final byte[] CATEGORY = JsonBytes.name("category");
    private static final byte[] INDUSTRY = JsonBytes.name("industry");
    private static final byte[] ENTERPRISE = JsonBytes.name("enterprise");
    private static final byte[] TERRITORY = JsonBytes.name("territory");
    private static final byte[] LOCATION_TEXT = JsonBytes.name("locationText");
    private static final byte[] LATITUDE = JsonBytes.name("latitude");
    private static final byte[] LONGITUDE = JsonBytes.name("longitude");
    private static final byte[] SOURCE = JsonBytes.name("source");
    private static final byte[] DISCOVERED_BY = JsonBytes.name("discoveredBy");
    private static final byte[] DISCOVERED_AT = JsonBytes.name("discoveredAt");
    private static final byte[] EXTERNAL_REF = JsonBytes.name("externalRef");
    private static final byte[] RESPONSIBLE_UNIT = JsonBytes.name("responsibleUnit");
    private static final byte[] RESPONSIBLE_PERSON = JsonBytes.name("responsiblePerson");
    private static final byte[] RECTIFICATION_MEASURES = JsonBytes.name("rectificationMeasures");
    private static final byte[] DEADLINE = JsonBytes.name("deadline");
    private static final byte[] STATE = JsonBytes.name("state");
    private static final byte[] OVERDUE = JsonBytes.name("overdue");
    private static final byte[] ESCALATED_TO = JsonBytes.name("escalatedTo");
    private static final byte[] FIVE_MUSTS = JsonBytes.name("fiveMusts");
    private static final byte[] SUPERVISION = JsonBytes.name("supervision");
    private static final byte[] PENDING_EXTENSION = JsonBytes.name("pendingExtension");
    private static final byte[] ACCEPTANCE = JsonBytes.name("acceptance");
    private static final byte[] REJECTION_REASON = JsonBytes.name("rejectionReason");
    private static final byte[] DUPLICATE_OF_CODE = JsonBytes.name("duplicateOfCode");
    private static final byte[] EFFECTIVENESS = JsonBytes.name("effectiveness");
    private static final byte[] CLOSED_AT = JsonBytes.name("closedAt");
    private static final byte[] ATTACHMENTS = JsonBytes.name("attachments");
    private static final byte[] ALLOWED_ACTIONS = JsonBytes.name("allowedActions");
    private static final byte[] VERSION = JsonBytes.name("version");
    private static final byte[] CREATED_AT = JsonBytes.name("createdAt");
    private static final byte[] UPDATED_AT = JsonBytes.name("updatedAt");
    private static final byte[] NAME = JsonBytes.name("name");
    private static final byte[] KIND = JsonBytes.name("kind");
    private static final byte[] MEASURES = JsonBytes.name("measures");
    private static final byte[] FUNDS = JsonBytes.name("funds");
    private static final byte[] EMERGENCY_PLAN = JsonBytes.name("emergencyPlan");
    private static final byte[] COMPLETE = JsonBytes.name("complete");
    private static final byte[] ISSUED_BY = JsonBytes.name("issuedBy");
    private static final byte[] DOCUMENT_NUMBER = JsonBytes.name("documentNumber");
    private static final byte[] LISTED_AT = JsonBytes.name("listedAt");
    private static final byte[] SIGNED_OFF_AT = JsonBytes.name("signedOffAt");
    private static final byte[] SIGNED_OFF_BY = JsonBytes.name("signedOffBy");
    private static final byte[] REQUESTED_DEADLINE = JsonBytes.name("requestedDeadline");
    private static final byte[] REASON = JsonBytes.name("reason");
    private static final byte[] REQUESTED_AT = JsonBytes.name("requestedAt");
    private static final byte[] ACCEPTOR_KIND = JsonBytes.name("acceptorKind");
    private static final byte[] ACCEPTOR_NAME = JsonBytes.name("acceptorName");
    private static final byte[] OPINION = JsonBytes.name("opinion");
    private static final byte[] ACCEPTED_AT = JsonBytes.name("acceptedAt");
    private static final byte[] EFFECTIVE = JsonBytes.name("effective");
    private static final byte[] NOTE = JsonBytes.name("note");
    private static final byte[] CHECKED_AT = JsonBytes.name("checkedAt");
    private static final byte[] FILE_NAME = JsonBytes.name("fileName");
    private static final byte[] CONTENT_TYPE = JsonBytes.name("contentType");
    private static final byte[] SIZE = JsonBytes.name("size");
    private static final byte[] SHA256 = JsonBytes.name("sha256");
    private static final byte[] UPLOADED_AT = JsonBytes.name("uploadedAt");
    private static final byte[] OWNER_TYPE = JsonBytes.name("ownerType");
    private static final byte[] OWNER_ID = JsonBytes.name("ownerId");
    private static final byte[] PURPOSE = JsonBytes.name("purpose");
    private static final byte[] ITEMS = JsonBytes.name("items");
    private static final byte[] NEXT_CURSOR = JsonBytes.name("nextCursor");

    private HazardJson() {
    }

    /** The JSON of a ticket or a page of tickets. */
    static byte[] bytes(Object value) {
        JsonBytes out;
        if (value instanceof HazardPages.HazardPage page) {
            out = new JsonBytes(1024 + 1536 * page.items().size());
            page(out, page);
        } else {
            out = new JsonBytes(2048);
            hazard(out, (HazardView) value);
        }
        return out.toBytes();
    }

    static void page(JsonBytes out, HazardPages.HazardPage page) {
        out.startObject().field(ITEMS);
        if (page.items() == null) {
            out.nullValue();
        } else {
            out.startArray();
            for (HazardView h : page.items()) {
                hazard(out, h);
            }
            out.endArray();
        }
        out.field(NEXT_CURSOR).value(page.nextCursor()).endObject();
    }

    static void hazard(JsonBytes out, HazardView h) {
        if (h == null) {
            out.nullValue();
            return;
        }
        out.startObject()
                .field(ID).value(h.id())
                .field(CODE).value(h.code())
                .field(TITLE).value(h.title())
                .field(DESCRIPTION).value(h.description())
                .field(LEVEL).value(h.level())
                .field(CATEGORY).value(h.category())
                .field(INDUSTRY).value(h.industry());
        org(out.field(ENTERPRISE), h.enterprise());
        org(out.field(TERRITORY), h.territory());
        out.field(LOCATION_TEXT).value(h.locationText())
                .field(LATITUDE).value(h.latitude())
                .field(LONGITUDE).value(h.longitude())
                .field(SOURCE).value(h.source())
                .field(DISCOVERED_BY).value(h.discoveredBy())
                .field(DISCOVERED_AT).value(h.discoveredAt())
                .field(EXTERNAL_REF).value(h.externalRef())
                .field(RESPONSIBLE_UNIT).value(h.responsibleUnit())
                .field(RESPONSIBLE_PERSON).value(h.responsiblePerson())
                .field(RECTIFICATION_MEASURES).value(h.rectificationMeasures())
                .field(DEADLINE).value(h.deadline())
                .field(STATE).value(h.state())
                .field(OVERDUE).value(h.overdue());
        org(out.field(ESCALATED_TO), h.escalatedTo());
        fiveMusts(out.field(FIVE_MUSTS), h.fiveMusts());
        supervision(out.field(SUPERVISION), h.supervision());
        extension(out.field(PENDING_EXTENSION), h.pendingExtension());
        acceptance(out.field(ACCEPTANCE), h.acceptance());
        out.field(REJECTION_REASON).value(h.rejectionReason())
                .field(DUPLICATE_OF_CODE).value(h.duplicateOfCode());
        effectiveness(out.field(EFFECTIVENESS), h.effectiveness());
        out.field(CLOSED_AT).value(h.closedAt());
        attachments(out.field(ATTACHMENTS), h.attachments());
        actions(out.field(ALLOWED_ACTIONS), h.allowedActions());
        out.field(VERSION).value(h.version())
                .field(CREATED_AT).value(h.createdAt())
                .field(UPDATED_AT).value(h.updatedAt())
                .endObject();
    }

    private static void org(JsonBytes out, OrgRef o) {
        if (o == null) {
            out.nullValue();
            return;
        }
        out.startObject().field(ID).value(o.id()).field(CODE).value(o.code()).field(NAME).value(o.name())
                .field(KIND).value(o.kind()).endObject();
    }

    private static void fiveMusts(JsonBytes out, FiveMustsView f) {
        if (f == null) {
            out.nullValue();
            return;
        }
        out.startObject().field(MEASURES).value(f.measures()).field(FUNDS).value(f.funds())
                .field(DEADLINE).value(f.deadline()).field(RESPONSIBLE_PERSON).value(f.responsiblePerson())
                .field(EMERGENCY_PLAN).value(f.emergencyPlan()).field(COMPLETE).value(f.complete()).endObject();
    }

    private static void supervision(JsonBytes out, SupervisionView s) {
        if (s == null) {
            out.nullValue();
            return;
        }
        out.startObject().field(LEVEL).value(s.level());
        org(out.field(ISSUED_BY), s.issuedBy());
        out.field(DOCUMENT_NUMBER).value(s.documentNumber()).field(LISTED_AT).value(s.listedAt())
                .field(SIGNED_OFF_AT).value(s.signedOffAt()).field(SIGNED_OFF_BY).value(s.signedOffBy()).endObject();
    }

    private static void extension(JsonBytes out, ExtensionView e) {
        if (e == null) {
            out.nullValue();
            return;
        }
        out.startObject().field(REQUESTED_DEADLINE).value(e.requestedDeadline()).field(REASON).value(e.reason())
                .field(REQUESTED_AT).value(e.requestedAt()).endObject();
    }

    private static void acceptance(JsonBytes out, AcceptanceView a) {
        if (a == null) {
            out.nullValue();
            return;
        }
        out.startObject().field(ACCEPTOR_KIND).value(a.acceptorKind()).field(ACCEPTOR_NAME).value(a.acceptorName())
                .field(OPINION).value(a.opinion()).field(ACCEPTED_AT).value(a.acceptedAt()).endObject();
    }

    private static void effectiveness(JsonBytes out, EffectivenessView e) {
        if (e == null) {
            out.nullValue();
            return;
        }
        out.startObject().field(EFFECTIVE).value(e.effective()).field(NOTE).value(e.note())
                .field(CHECKED_AT).value(e.checkedAt()).endObject();
    }

    private static void attachments(JsonBytes out, List<AttachmentView> files) {
        if (files == null) {
            out.nullValue();
            return;
        }
        out.startArray();
        for (AttachmentView a : files) {
            if (a == null) {
                out.nullValue();
                continue;
            }
            out.startObject().field(ID).value(a.id()).field(FILE_NAME).value(a.fileName())
                    .field(CONTENT_TYPE).value(a.contentType()).field(SIZE).value(a.size())
                    .field(SHA256).value(a.sha256()).field(UPLOADED_AT).value(a.uploadedAt())
                    .field(OWNER_TYPE).value(a.ownerType()).field(OWNER_ID).value(a.ownerId())
                    .field(PURPOSE).value(a.purpose()).endObject();
        }
        out.endArray();
    }

    private static void actions(JsonBytes out, List<Action> actions) {
        if (actions == null) {
            out.nullValue();
            return;
        }
        out.startArray();
        for (Action a : actions) {
            out.value(a);
        }
        out.endArray();
    }

    /** Writes a ticket ({@code GET /hazards/{id}}, and writers' answers). */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class ViewWriter extends Writer<HazardView> {
        public ViewWriter() {
            super(HazardView.class);
        }
    }

    /** Writes a page of tickets ({@code GET /hazards}). */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class PageWriter extends Writer<HazardPages.HazardPage> {
        public PageWriter() {
            super(HazardPages.HazardPage.class);
        }
    }

    abstract static class Writer<T> implements ServerMessageBodyWriter<T> {

        private final Class<T> type;

        Writer(Class<T> type) {
            this.type = type;
        }

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
                                   MediaType mediaType) {
            return type == this.type && json(mediaType);
        }

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == this.type && json(mediaType);
        }

        private static boolean json(MediaType mediaType) {
            return mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        }

        @Override
        public void writeResponse(T value, Type genericType, ServerRequestContext context)
                throws WebApplicationException, IOException {
            context.serverResponse().end(bytes(value));
        }

        @Override
        public void writeTo(T value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            out.write(bytes(value));
        }
    }
}
