/**
 * Serving a body rendered once: its gzip made once too ({@link io.hvmon.app.api.cache.Rendered}), the encoding a request
 * accepts ({@link io.hvmon.app.api.cache.AcceptEncoding}), validators and conditional requests
 * ({@link io.hvmon.app.api.cache.ConditionalGet}), and the small holders that keep one value per version
 * ({@link io.hvmon.app.api.cache.Once}, {@link io.hvmon.app.api.cache.LatestValue}). Nothing here knows Hyper-V.
 */
package io.hvmon.app.api.cache;
