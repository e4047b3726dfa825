package cn.redline.org;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Industry", description = "行业领域, reference data")
public record IndustryView(
        @Schema(maxLength = 40, example = "CONSTRUCTION") String code,
        @Schema(maxLength = 50, example = "建筑施工") String nameZh,
        @Schema(maxLength = 80, example = "Construction") String nameEn,
        boolean highRisk) {

    static IndustryView of(Industry i) {
        return new IndustryView(i.code, i.nameZh, i.nameEn, i.highRisk);
    }
}
