package cn.redline.org;

/** 三色管理: the enterprise's safety risk colour. */
public enum RiskColor { GREEN, YELLOW, RED }
