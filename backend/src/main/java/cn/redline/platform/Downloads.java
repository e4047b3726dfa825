package cn.redline.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How every download is named (RFC 6266): {@code attachment} with an ASCII fallback name for old clients plus the
 * exact UTF-8 name (RFC 8187 {@code filename*}), since Chinese file names are the norm.
 */
public final class Downloads {

    public static final String HEADER = "Content-Disposition";

    private Downloads() {
    }

    /** The fallback is the name with every character outside printable ASCII (and quote, backslash, %) as '_'. */
    public static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char ch : fileName.toCharArray()) {
            ascii.append(ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\' && ch != '%' ? ch : '_');
        }
        return contentDisposition(fileName, ascii.toString());
    }

    /** With a fallback of the caller's choice (an English name where the real one is all Chinese). */
    public static String contentDisposition(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + rfc8187(fileName);
    }

    private static String rfc8187(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
