package cn.redline.hazard;

import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 一患一档: a ticket's dossier as PDF — its facts, five musts, supervision listing, acceptance, effectiveness
 * review and the whole history. Chinese text needs a CJK TrueType font on the machine (fonts-wqy-zenhei
 * on Debian; configurable), embedded as a subset.
 */
@ApplicationScoped
public class HazardDossier {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");
    private static final Map<String, String> STATE = Map.of("REPORTED", "已登记", "CONFIRMED", "已确认", "RECTIFYING", "整改中",
            "PENDING_ACCEPTANCE", "待验收", "CLOSED", "已销号", "REJECTED", "已驳回");

    private static final Map<String, String> ACTION = Map.ofEntries(Map.entry("REPORT", "登记"), Map.entry("CONFIRM", "确认"),
            Map.entry("REJECT", "驳回"), Map.entry("FIX_ON_SPOT", "立即整改"), Map.entry("SET_FIVE_MUSTS", "落实五落实"),
            Map.entry("START_RECTIFICATION", "开始整改"), Map.entry("SUBMIT_FOR_ACCEPTANCE", "申请验收"),
            Map.entry("ACCEPT", "验收销号"), Map.entry("SEND_BACK", "退回整改"), Map.entry("REQUEST_EXTENSION", "申请延期"),
            Map.entry("APPROVE_EXTENSION", "批准延期"), Map.entry("REFUSE_EXTENSION", "不予延期"),
            Map.entry("LIST_FOR_SUPERVISION", "挂牌督办"), Map.entry("SIGN_OFF_LISTING", "签收督办"),
            Map.entry("VERIFY_EFFECTIVENESS", "效果评估"), Map.entry("ESCALATE", "逾期提级"), Map.entry("MOVE", "属地变更"));

    @ConfigProperty(name = "redline.pdf.font")
    Optional<String> configuredFont;

    private volatile BaseFont font;

    public byte[] render(HazardView h, List<HazardEventView> history,
                         java.util.function.Function<java.util.UUID, java.io.InputStream> open) {
        BaseFont base = font();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 9.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("隐患档案 " + h.code());
            doc.open();
            Paragraph p = new Paragraph("事故隐患档案（一患一档）", title);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
            Paragraph sub = new Paragraph(h.code() + "　" + h.title(), heading);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(10);
            doc.add(sub);

            section(doc, "基本信息", heading);
            PdfPTable facts = table(body,
                    "隐患等级", h.level() == HazardEnums.Level.MAJOR ? "重大隐患" : "一般隐患",
                    "当前状态", STATE.get(h.state().name()) + (h.overdue() ? "（已逾期）" : ""),
                    "类别", h.category().name(),
                    "行业", h.industry(),
                    "生产经营单位", h.enterprise() == null ? "—" : h.enterprise().name() + "（" + h.enterprise().code() + "）",
                    "属地", h.territory().name(),
                    "位置", join(h.locationText(), h.latitude() == null ? null : h.latitude() + ", " + h.longitude()),
                    "来源", h.source().name(),
                    "发现人 / 时间", h.discoveredBy() + " / " + time(h.discoveredAt()),
                    "隐患描述", h.description(),
                    "责任单位 / 责任人", join(h.responsibleUnit(), h.responsiblePerson()),
                    "整改措施", h.rectificationMeasures(),
                    "整改期限", h.deadline() == null ? null : h.deadline().toString(),
                    "逾期督办", h.escalatedTo() == null ? null : "已提级至 " + h.escalatedTo().name());
            doc.add(facts);

            if (h.fiveMusts() != null) {
                section(doc, "五落实（重大隐患）", heading);
                var f = h.fiveMusts();
                doc.add(table(body, "治理措施", f.measures(), "治理资金（元）", f.funds() == null ? null : f.funds().toPlainString(),
                        "治理时限", f.deadline() == null ? null : f.deadline().toString(), "责任人", f.responsiblePerson(),
                        "应急预案", f.emergencyPlan(), "是否齐全", f.complete() ? "齐全" : "未齐全"));
            }
            if (h.supervision() != null) {
                section(doc, "挂牌督办", heading);
                var s = h.supervision();
                doc.add(table(body, "督办级别", s.level().name(), "督办单位", s.issuedBy() == null ? null : s.issuedBy().name(),
                        "文号", s.documentNumber(), "挂牌时间", time(s.listedAt()),
                        "企业签收", s.signedOffAt() == null ? "未签收" : s.signedOffBy() + " " + time(s.signedOffAt())));
            }
            if (h.acceptance() != null) {
                section(doc, "验收销号", heading);
                var a = h.acceptance();
                doc.add(table(body, "验收方", a.acceptorKind() == HazardEnums.AcceptorKind.THIRD_PARTY ? "第三方" : "监管部门",
                        "验收单位", a.acceptorName(), "验收意见", a.opinion(), "验收时间", time(a.acceptedAt()),
                        "销号时间", time(h.closedAt())));
            }
            if (h.effectiveness() != null) {
                section(doc, "整改效果评估", heading);
                var e = h.effectiveness();
                doc.add(table(body, "结论", e.effective() ? "有效" : "无效", "说明", e.note(), "评估时间", time(e.checkedAt())));
            }

            List<cn.redline.attachment.AttachmentView> photos = h.attachments().stream()
                    .filter(a -> a.contentType().startsWith("image/") && !a.contentType().equals("image/webp")).toList();
            if (!h.attachments().isEmpty()) {
                section(doc, "现场照片与附件", heading);
                for (var a : h.attachments()) {
                    doc.add(new Paragraph(purpose(a.purpose()) + "：" + a.fileName() + "（" + time(a.uploadedAt()) + "）", body));
                    if (photos.contains(a)) {
                        try (java.io.InputStream in = open.apply(a.id())) {
                            com.lowagie.text.Image img = com.lowagie.text.Image.getInstance(in.readAllBytes());
                            img.scaleToFit(240, 180);
                            doc.add(img);
                        } catch (IOException | RuntimeException e) {
                            doc.add(new Paragraph("（未能收入照片“" + a.fileName() + "”：文件内容暂不可用）", body));
                        }
                    } else if (a.contentType().startsWith("image/")) {
                        doc.add(new Paragraph("（未能收入照片“" + a.fileName() + "”：WebP 格式无法嵌入 PDF，请另行下载）", body));
                    }
                }
            }

            section(doc, "处置过程", heading);
            PdfPTable log = new PdfPTable(new float[] {2.2f, 2f, 2.2f, 1.6f, 4f});
            log.setWidthPercentage(100);
            for (String head : List.of("时间", "操作", "操作人", "状态", "意见")) {
                PdfPCell c = new PdfPCell(new Phrase(head, new Font(base, 9.5f, Font.BOLD)));
                c.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
                log.addCell(c);
            }
            for (HazardEventView e : history) {
                log.addCell(new Phrase(time(e.at()), body));
                log.addCell(new Phrase(ACTION.getOrDefault(e.action(), e.action()), body));
                log.addCell(new Phrase(join(e.actorName(), e.actorOrgCode()), body));
                log.addCell(new Phrase(STATE.get(e.toState().name()), body));
                log.addCell(new Phrase(join(e.comment(), e.data() == null ? null : e.data().toString()), body));
            }
            doc.add(log);
            Paragraph footer = new Paragraph("导出时间 " + time(OffsetDateTime.now()) + "　Redline 安全生产责任制管理平台", body);
            footer.setSpacingBefore(12);
            doc.add(footer);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    private BaseFont font() {
        if (font == null) {
            List<String> candidates = configuredFont.map(List::of).orElse(FONT_CANDIDATES);
            for (String candidate : candidates) {
                String file = candidate.contains(".ttc,") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
                if (Files.isReadable(Path.of(file))) {
                    try {
                        font = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                        break;
                    } catch (DocumentException | IOException e) {
                        throw new IllegalStateException("Cannot load font " + candidate, e);
                    }
                }
            }
            if (font == null) {
                throw new ProblemException(Problem.of(503, "no-cjk-font", "Service unavailable",
                        "No Chinese font is installed for PDF export (install fonts-wqy-zenhei or set redline.pdf.font)"));
            }
        }
        return font;
    }

    private static String purpose(String p) {
        if (p == null) {
            return "附件";
        }
        return switch (p) {
            case "BEFORE" -> "整改前";
            case "AFTER" -> "整改后";
            default -> "附件";
        };
    }

    private static void section(Document doc, String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    /** A two-column label/value table; absent values show as a dash. */
    private static PdfPTable table(Font font, String... labelValues) {
        PdfPTable t = new PdfPTable(new float[] {1.3f, 4f});
        t.setWidthPercentage(100);
        for (int i = 0; i < labelValues.length; i += 2) {
            PdfPCell label = new PdfPCell(new Phrase(labelValues[i], font));
            label.setBackgroundColor(new Color(0xF5, 0xF5, 0xF5));
            t.addCell(label);
            t.addCell(new Phrase(labelValues[i + 1] == null || labelValues[i + 1].isBlank() ? "—" : labelValues[i + 1], font));
        }
        return t;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "　" + b;
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(HazardService.ZONE).format(TIME);
    }
}
