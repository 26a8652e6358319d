package dev.codatsandbox.webhooks;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * A consumer to register: Codat's {@code webhookConsumerPrototype} ({@code url}, {@code disabled},
 * {@code eventTypes}, {@code companyTags}, and the older {@code companyId}), plus, through the admin API and
 * configuration only, its {@code secret} ({@code whsec_} and base64; made from the seed when absent).
 */
@RegisterForReflection
public record ConsumerRequest(String url, Boolean disabled, List<String> eventTypes, List<String> companyTags,
        String companyId, String secret) {
}
