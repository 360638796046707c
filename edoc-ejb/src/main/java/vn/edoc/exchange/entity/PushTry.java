package vn.edoc.exchange.entity;

import java.time.Duration;

/**
 * A push that ended: which attempt of the copy, by which worker, how long the endpoint took.
 *
 * @param attemptNo the copy's attempt counter when the worker claimed it
 */
public record PushTry(int attemptNo, String worker, Duration took) {}
