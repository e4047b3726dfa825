package cn.redline.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 行业领域: reference data, seeded by migration. */
@Entity
@Table(name = "industry")
public class Industry {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "high_risk")
    public boolean highRisk;

    @Column(name = "sort_order")
    public int sortOrder;
}
