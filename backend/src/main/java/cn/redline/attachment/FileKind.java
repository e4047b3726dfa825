package cn.redline.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats Redline keeps as evidence, each recognised by its leading bytes. The declared
 * Content-Type is never trusted alone: a file is stored only when its bytes are what it claims to be, so
 * an HTML page or script can never be served back as an "image".
 */
public enum FileKind {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    PDF("application/pdf");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    public final String mediaType;

    FileKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public static Optional<FileKind> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(base)).findFirst();
    }

    /** The format the bytes actually are, by their signature, if it is one of ours. */
    public static Optional<FileKind> sniff(byte[] b) {
        if (startsWith(b, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(b, 0, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(k -> k.mediaType).toList());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(b, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
