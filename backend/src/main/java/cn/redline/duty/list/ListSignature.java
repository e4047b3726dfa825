package cn.redline.duty.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A signature of one list version (§2.2): who signed for the holder or the issuer, when, how, over which content hash. */
@Entity
@Table(name = "list_signature")
public class ListSignature {

    @Id
    public UUID id;

    @Column(name = "list_id")
    public UUID listId;

    @Column(name = "version_no")
    public int versionNo;

    @Enumerated(EnumType.STRING)
    public SignatureRole role;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "person_ref")
    public String personRef;

    /** The holder post for a HOLDER signature. */
    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    /** The local day of signing, on which the signer held the post. */
    @Column(name = "sign_date")
    public LocalDate signDate;

    @Enumerated(EnumType.STRING)
    public SignatureMethod method;

    /** SHA-256 of the version's content (items, indicators, 文号) as signed. */
    @Column(name = "doc_hash")
    public String docHash;
}
