package cn.redline.platform;

/**
 * Where the caller sits in the org tree: the org's path and the scope it grants. The org feature resolves it
 * from {@link Caller#orgCode()} and {@link Caller#roles()}, so platform names no feature.
 */
public interface CallerPlace {

    String orgPath();

    Scope scope();
}
