package cn.redline.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words every problem in the caller's language (Accept-Language; zh-CN by default) from the label catalog: the
 * title by the problem's code (else its status), the detail from the catalog's template when its placeholders can be
 * filled. English keeps the server's own, more specific detail and field messages; Chinese gets the catalog's. The
 * {@code type} URI and the codes never change with the language.
 */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p) {
            Labels l = Labels.forAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.setEntity(word(p, l));
            response.getHeaders().putSingle("Content-Language", l.language());
        }
    }

    static Problem word(Problem p, Labels l) {
        String key = p.code() != null && l.find("problem." + p.code() + ".title") != null ? "problem." + p.code()
                : "problem.http-" + p.status();
        String title = l.find(key + ".title");
        String detail = p.detail();
        if (!Labels.EN.equals(l.language())) {
            String template = detailTemplate(l, key, p);
            detail = template != null ? template : detail;
        }
        List<Problem.FieldError> errors = p.errors() == null ? null : p.errors().stream()
                .map(e -> Labels.EN.equals(l.language()) ? e
                        : new Problem.FieldError(e.field(), e.code(), l.text("fieldError." + (l.find("fieldError." + e.code()) == null
                                ? "invalid" : e.code()))))
                .toList();
        return p.worded(title == null ? p.title() : title, detail, errors);
    }

    private static String detailTemplate(Labels l, String key, Problem p) {
        Map<String, String> args = new HashMap<>();
        if (p.args() != null) {
            p.args().forEach((name, value) -> {
                String label = l.find("problemSubject." + value);
                args.put(name, label == null ? value : label);
            });
        }
        String text = l.text(key + ".detail", args);
        if (text.contains("{{") || text.equals(key + ".detail")) {
            String generic = l.find("problem.http-" + p.status() + ".detail");
            return generic;
        }
        return text;
    }
}
