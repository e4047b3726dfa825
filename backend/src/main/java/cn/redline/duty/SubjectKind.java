package cn.redline.duty;

/** Who owes an obligation: an org (department, township, zone, enterprise) or a post (a leader, a head, an enterprise post). */
public enum SubjectKind {
    ORG, POST
}
