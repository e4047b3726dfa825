package cn.redline.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Keeps blobs and attachment rows together across a transaction's outcome: bytes are written before their
 * row and removed after their row is gone, so a row never names bytes that were deleted while it committed.
 */
@ApplicationScoped
class BlobCleanup {

    @Inject
    BlobStore blobs;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The blob of a row being created: removed again if the row does not commit. */
    void deleteUnlessCommitted(String key) {
        afterCompletion(key, false);
    }

    /** The blob of a row being deleted: removed once the deletion has committed. */
    void deleteOnceCommitted(String key) {
        afterCompletion(key, true);
    }

    private void afterCompletion(String key, boolean whenCommitted) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do until the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == whenCommitted) {
                    blobs.delete(key);
                }
            }
        });
    }
}
