package cn.redline.org;

/** 巩固A类、提高B类、整治C类、淘汰D类: the enterprise's supervision class. */
public enum RiskClass { A, B, C, D }
