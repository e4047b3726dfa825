package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.State;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Publishes which ticket states are open as an enum of the contract ({@code HazardOpenState}), taken from
 * {@link State#OPEN}: the SPA's generated client carries it as a value array, so "open" has one definition. Its
 * values are states, labelled as such: {@code x-labels-of} names the enum whose labels they take.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HazardContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Object> open = State.OPEN.stream().<Object>map(Enum::name).toList();
        openAPI.getComponents().addSchema("HazardOpenState", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("The states in which a ticket is open (not closed, not rejected); filter a list by them "
                        + "for the open tickets")
                .enumeration(open)
                .addExtension("x-labels-of", "State"));
    }
}
