package cn.redline.accident;

import java.util.UUID;

/**
 * Fired in the writer's transaction when an accident enters the register (by hand or pushed), so consequence rules of
 * other features (the 约谈 of a township head, A9) follow it without the register knowing them.
 */
public record AccidentRecorded(UUID accidentId, UUID territoryId, AccidentLevel level, java.time.LocalDate occurredOn,
                               String title, int deaths) {
}
