package cn.redline.attachment;

import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One uploaded file, read and checked before anything is stored: a supported declared type (415), a
 * non-empty body within the size limit (400, 413), content whose leading bytes match the declared type
 * (415) and a plain file name (400).
 */
record Upload(String fileName, FileKind kind, byte[] bytes, String sha256) {

    static final int MAX_NAME = 200;
    /** No path separators or control characters: the name is shown to people and sent back in Content-Disposition. */
    private static final Pattern BAD_NAME_CHAR = Pattern.compile("[/\\\\\\p{Cntrl}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");

    static FileKind declaredKind(String contentType) {
        return FileKind.ofMediaType(contentType).orElseThrow(() -> new ProblemException(Problem.of(415,
                "unsupported-media-type", "Unsupported media type",
                "Upload a photo or a PDF with its own Content-Type: " + FileKind.allowed())));
    }

    /** Reads at most {@code maxBytes} (one more tells the body is too large) and checks the file. */
    static Upload read(String fileName, FileKind declared, InputStream body, long maxBytes) {
        String name = checkName(fileName);
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new ProblemException(Problem.of(413, "payload-too-large", "Payload too large",
                    "The file may be at most " + maxBytes + " bytes"));
        }
        if (bytes.length == 0) {
            throw ProblemException.invalid("body", "must be the file's bytes, not empty");
        }
        FileKind actual = FileKind.sniff(bytes).orElse(null);
        if (actual != declared) {
            String found = actual == null ? "is not a " + declared.mediaType + " file"
                    : "is a " + actual.mediaType + " file; send it with that Content-Type";
            throw new ProblemException(Problem.of(415, "content-type-mismatch", "Content does not match its type",
                    "The uploaded content " + found));
        }
        return new Upload(name, declared, bytes, sha256(bytes));
    }

    private static String checkName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty()) {
            throw ProblemException.invalid("fileName", "is required");
        }
        if (name.length() > MAX_NAME) {
            throw ProblemException.invalid("fileName", "must be at most " + MAX_NAME + " characters");
        }
        if (BAD_NAME_CHAR.matcher(name).find() || name.equals(".") || name.equals("..")) {
            throw ProblemException.invalid("fileName", "must be a plain file name without slashes or control characters");
        }
        return name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
