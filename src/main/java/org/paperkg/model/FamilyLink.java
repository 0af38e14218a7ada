package org.paperkg.model;

import java.util.Objects;

/**
 * One step from a variant to its family, of one entity type: "ViT-B/16" to "ViT-B", "ImageNet-1k" to
 * "ImageNet", "3D object detection" to "object detection".
 *
 * @param narrowerKey  key of the variant
 * @param broaderKey   key of the family
 * @param broaderLabel a name of the family, for a family no paper mentions by itself
 */
public record FamilyLink(String narrowerKey, String broaderKey, String broaderLabel) {
    public FamilyLink {
        Objects.requireNonNull(narrowerKey, "narrowerKey");
        Objects.requireNonNull(broaderKey, "broaderKey");
        Objects.requireNonNull(broaderLabel, "broaderLabel");
    }
}
