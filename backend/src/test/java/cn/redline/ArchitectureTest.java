package cn.redline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.OrgMoveHandler;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries (ENGINEERING.md "Architecture tests"): features form no cycle, {@code platform} names no
 * feature, and every entity located by a scope path follows its org when the org tree changes.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.redline");

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("cn.redline.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.redline.platform..")
                .should().dependOnClassesThat(resideInAPackage("cn.redline..").and(not(resideInAPackage("cn.redline.platform.."))))
                .check(MAIN);
    }

    @Test
    void everyEntityWithAScopePathHasAnOrgMoveHandler() {
        classes().that().areAnnotatedWith(Entity.class).and(CARRY_A_SCOPE_PATH).should(HAVE_AN_ORG_MOVE_HANDLER).check(MAIN);
    }

    @Test
    void orgMoveHandlersAreBeansTheOrgFeatureFinds() {
        classes().that().implement(OrgMoveHandler.class).should().beAnnotatedWith(ApplicationScoped.class).check(MAIN);
    }

    /** The rule above is only as good as its predicate: it must recognise today's scope-carrying entities. */
    @Test
    void theScopePathPredicateFindsTheScopedEntities() {
        Set<String> found = new TreeSet<>();
        MAIN.stream().filter(c -> c.isAnnotatedWith(Entity.class) && CARRY_A_SCOPE_PATH.test(c))
                .forEach(c -> found.add(c.getSimpleName()));
        assertEquals(Set.of("Accident", "Assessment", "AssessmentScheme", "AuditEntry", "Hazard", "HazardEvent", "ResponsibilityList"), found);
    }

    private static final DescribedPredicate<JavaClass> CARRY_A_SCOPE_PATH =
            DescribedPredicate.describe("carry a scope path", c -> c.getAllFields().stream().anyMatch(ArchitectureTest::isScopePath));

    private static boolean isScopePath(JavaField f) {
        String column = f.tryGetAnnotationOfType(Column.class).map(Column::name).orElse("");
        return f.getName().toLowerCase().endsWith("scopepath") || column.endsWith("scope_path") || column.endsWith("org_path");
    }

    private static final ArchCondition<JavaClass> HAVE_AN_ORG_MOVE_HANDLER = new ArchCondition<>(
            "have an " + OrgMoveHandler.class.getSimpleName() + " bean for it") {
        @Override
        public void check(JavaClass entity, ConditionEvents events) {
            boolean handled = MAIN.stream().anyMatch(c -> c.getInterfaces().stream()
                    .filter(JavaParameterizedType.class::isInstance).map(JavaParameterizedType.class::cast)
                    .anyMatch(t -> t.toErasure().isEquivalentTo(OrgMoveHandler.class)
                            && t.getActualTypeArguments().get(0).toErasure().equals(entity)));
            events.add(new SimpleConditionEvent(entity, handled, entity.getName()
                    + (handled ? " has" : " has no") + " OrgMoveHandler<" + entity.getSimpleName() + ">"));
        }
    };
}
