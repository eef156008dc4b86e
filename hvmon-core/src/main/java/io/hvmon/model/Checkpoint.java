package io.hvmon.model;

import java.time.OffsetDateTime;

/**
 * One checkpoint of a VM: what change events need to say which checkpoint was created or removed.
 *
 * @param id      the checkpoint's own GUID (from its settings' InstanceID), upper case; null when not readable
 * @param name    its name (ElementName), e.g. "SQL01 - (11/30/2026 - 10:00:00)"; null when Windows gives none
 * @param created CreationTime; null when unknown
 */
public record Checkpoint(String id, String name, OffsetDateTime created) {
}
