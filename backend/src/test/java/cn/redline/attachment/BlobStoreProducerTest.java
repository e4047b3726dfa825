package cn.redline.attachment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BlobStoreProducerTest {

    @Inject
    BlobStoreProducer producer;

    @Inject
    StorageConfig config;

    /** The test profile stores files on disk, as a default installation does: start-up says what that means. */
    @Test
    void startingWithTheFilesystemStoreWarnsThatSeveralInstancesNeedS3() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(BlobStoreProducer.class.getName());
        logger.addHandler(capture);
        try {
            producer.warnWhenLocal(null, config);
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(records.stream().anyMatch(r -> r.getLevel().intValue() == Level.WARNING.intValue()
                && r.getMessage().contains("several instances") && r.getMessage().contains("redline.storage.type=s3")),
                "a WARN naming the S3 store");
    }
}
