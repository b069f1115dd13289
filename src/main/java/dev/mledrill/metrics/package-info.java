/**
 * Health and metrics for {@code mle-drill run}: the {@link dev.mledrill.metrics.Metrics} port the
 * service reports through, decorators that count at the core's ports (answers, scores, posts,
 * feedback), and the optional HTTP listener serving {@code /healthz}, {@code /readyz} and
 * {@code /metrics} (Prometheus text, via Micrometer). Wired by the composition root only.
 */
package dev.mledrill.metrics;
