package cn.redline.dutyreport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The subtree and year every report over lists reads ({@code @Valid @BeanParam SubtreeYear at}). */
public class SubtreeYear {

    @Parameter(description = "The subtree's root; the caller's org when omitted")
    @QueryParam("orgId")
    public UUID orgId;

    @Parameter(description = "The year; this year when omitted")
    @QueryParam("year")
    @Min(2000)
    @Max(2100)
    public Integer year;
}
