package cn.redline.org;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndustryRepository implements PanacheRepositoryBase<Industry, String> {

    public Set<String> codes() {
        return listAll().stream().map(i -> i.code).collect(Collectors.toSet());
    }
}
