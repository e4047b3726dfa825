package cn.redline.org;

/** Fired inside the moving transaction when an org and its subtree get a new path. */
public record OrgMoved(String oldPath, String newPath) {
}
